import Testing

@testable import Statecraft

/// The one phrase index: phrases as written (diacritics tell Polish words apart) and folded patterns
/// with `*` prefix words, the ranking of phrases that match at one token, languages.
@Suite struct PhraseTableTests {
    private func tokens(_ text: String) -> [Token] {
        var tokenizer = Tokenizer()
        return tokenizer.tokens(of: text)
    }

    /// The payload of the phrase found at `index` of `text`, and how many tokens it covers.
    private func found(_ table: PhraseTable<String>, in text: String, at index: Int = 0, language: Language? = nil) -> (String, Int)? {
        let tokens = tokens(text)
        return table.match(at: index, in: tokens, end: tokens.count, language: language).map { ($0.entry.payload, $0.end - index) }
    }

    @Test func diacriticsMustAgreeWhenEitherSideHasThem() {
        var tokenizer = Tokenizer()
        var table = PhraseTable<Int>()
        table.add("że", language: .pl, payload: 1, tokenizer: &tokenizer)
        table.add("maja", language: .pl, payload: 2, tokenizer: &tokenizer)
        let tokens = tokenizer.tokens(of: "Że ze maja mają Maja")
        #expect(table.match(at: 0, in: tokens, end: tokens.count, language: .pl)?.entry.payload == 1)
        #expect(table.match(at: 1, in: tokens, end: tokens.count, language: .pl) == nil)
        #expect(table.match(at: 2, in: tokens, end: tokens.count, language: .pl)?.entry.payload == 2)
        #expect(table.match(at: 3, in: tokens, end: tokens.count, language: .pl) == nil)
        #expect(table.match(at: 4, in: tokens, end: tokens.count, language: .pl)?.entry.payload == 2)
        // Another language's phrases are not found.
        #expect(table.match(at: 0, in: tokens, end: tokens.count, language: .en) == nil)
    }

    @Test func longestPhraseFirst() {
        var tokenizer = Tokenizer()
        var table = PhraseTable<String>()
        table.add("nie", language: .pl, payload: "nie", tokenizer: &tokenizer)
        table.add("nie tylko", language: .pl, payload: "nie tylko", tokenizer: &tokenizer)
        let tokens = tokenizer.tokens(of: "nie tylko")
        #expect(table.match(at: 0, in: tokens, end: 2, language: nil)?.entry.payload == "nie tylko")
        #expect(table.match(at: 0, in: tokens, end: 1, language: nil)?.entry.payload == "nie")
    }

    @Test func aFoldedPatternMatchesEverySpellingAndPrefixWordsMatchEndings() {
        var table = PhraseTable<String>()
        table.add(pattern: "dostarcz*", language: .pl, payload: "supply")
        table.add(pattern: "w zamian", language: .pl, payload: "exchange")
        #expect(found(table, in: "dostarczyły broń")?.0 == "supply")
        #expect(found(table, in: "Dostarczenie")?.0 == "supply")
        #expect(found(table, in: "W zamian za") ?? ("", 0) == ("exchange", 2))
        #expect(found(table, in: "dostawa") == nil)
        #expect(table.starts(with: "dostarczono") && table.starts(with: "w") && !table.starts(with: "zamian"))
    }

    @Test func moreWordsThenALongerFirstWordThenAWholeWordThenTheLaterAdditionWin() {
        var table = PhraseTable<String>()
        table.add(pattern: "przekaz*", language: nil, payload: "short prefix")
        table.add(pattern: "przekazywa*", language: nil, payload: "long prefix")
        table.add(pattern: "dostaw*", language: nil, payload: "prefix")
        table.add(pattern: "dostaw", language: nil, payload: "word")
        table.add(pattern: "nalozyc", language: nil, payload: "verb")
        table.add(pattern: "nalozyc sankcje", language: nil, payload: "phrase")
        table.add(pattern: "pomoc", language: nil, payload: "bundled")
        table.add(pattern: "pomoc", language: nil, payload: "user's")
        #expect(found(table, in: "przekazywał")?.0 == "long prefix")
        #expect(found(table, in: "przekazał")?.0 == "short prefix")
        #expect(found(table, in: "dostaw")?.0 == "word")
        #expect(found(table, in: "nałożyć sankcje") ?? ("", 0) == ("phrase", 2))
        #expect(found(table, in: "nałożyć cła")?.0 == "verb")
        #expect(found(table, in: "pomoc")?.0 == "user's")
    }

    @Test func aRefusedPhraseLeavesTheLowerRankedOnesAndMatchesGivesEveryPayloadOfTheWords() {
        var table = PhraseTable<String>()
        table.add(pattern: "atak*", language: nil, payload: "any")
        table.add(pattern: "atak", language: nil, payload: "first")
        table.add(pattern: "atak", language: nil, payload: "second")
        let tokens = tokens("atak")
        let refused = table.match(at: 0, in: tokens, end: 1, language: nil, accepting: { payload, _ in payload == "any" })
        #expect(refused?.entry.payload == "any")
        let all = table.matches(at: 0, in: tokens, end: 1, language: nil, accepting: { _, _ in true })
        #expect(all?.entries.map(\.payload) == ["second", "first"])
    }

    @Test func shortPrefixesAndLanguagesAreHonoured() {
        var table = PhraseTable<String>()
        table.add(pattern: "ka*", language: .pl, payload: "pl")
        table.add(pattern: "kam*", language: .en, payload: "en")
        #expect(found(table, in: "kamera", language: .pl)?.0 == "pl")
        #expect(found(table, in: "kamera", language: .en)?.0 == "en")
        #expect(found(table, in: "kamera")?.0 == "en")
        #expect(found(table, in: "ka", language: .pl)?.0 == "pl")
        #expect(found(table, in: "ba") == nil)
    }
}
