/// Tells Polish from English, and both from other languages, by the words of the text's first
/// chunk: closed-class words (`languages.tsv`), the words of each language's event dictionary
/// (`attacks`, `met`, `spotkał`), Polish declined forms of lexicon names (`Rosji`, `Putinem`) and
/// the letters of each language (`ą ę ł ś ż`; `ä ß ç è ñ` of others). One short sentence is enough
/// ("Russia attacks Ukraine.", "Putin met Kim in Vostochny."); a text with as much evidence of
/// another language (`der`, `und`, `les`, `que`) is neither, and is `nil`.
struct LanguageDetector {
    /// The closed-class words, by language; `other`: those of languages Statecraft does not read.
    struct Words: Sendable {
        var english: Set<String> = []
        var polish: Set<String> = []
        var other: Set<String> = []

        /// Parses `languages.tsv`: `en|pl|other`, a tab, space-separated folded words.
        init(_ text: String, file: String) throws(ExtractionError) {
            for (number, line) in LexiconParser.lines(text) {
                let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard columns.count == 2 else {
                    throw .invalidLexicon(file: file, line: number, message: "expected: language (en, pl or other), a tab, words")
                }
                let words = columns[1].split(separator: " ").map(String.init)
                if let bad = words.first(where: { NameFolding.fold($0) != $0 }) {
                    throw .invalidLexicon(file: file, line: number, message: "'\(bad)' is not folded (lowercase, no diacritics)")
                }
                switch columns[0] {
                case "en": english.formUnion(words)
                case "pl": polish.formUnion(words)
                case "other": other.formUnion(words)
                default: throw .invalidLexicon(file: file, line: number, message: "unknown language '\(columns[0])' (en, pl or other)")
                }
            }
            if let shared = other.intersection(english.union(polish)).sorted().first {
                throw .invalidLexicon(file: file, line: 0, message: "'\(shared)' is listed for other languages and for en or pl")
            }
        }

        /// The shipped word lists; a line that does not parse is a defect the tests catch.
        static let bundled: Words = {
            do { return try Words(BundledData.text(of: "languages.tsv"), file: "languages.tsv") } catch {
                preconditionFailure("bundled language words: \(error)")
            }
        }()
    }

    static let polishLetters = Set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ".unicodeScalars)
    /// Letters of other Latin-script languages, none of them Polish or English.
    static let otherLetters = Set("äöüßàâçèéêëîïôûùœñãõÄÖÜÀÂÇÈÉÊËÎÔÛÑ".unicodeScalars)

    let words: Words
    let lexicon: Lexicon?
    let events: EventLexicon?

    init(words: Words = .bundled, lexicon: Lexicon? = nil, events: EventLexicon? = nil) {
        self.words = words
        self.lexicon = lexicon
        self.events = events
    }

    /// The language of the text's first words, or `nil` when it is neither Polish nor English.
    func detect(_ tokens: [Token]) -> Language? {
        let tokens = Array(tokens.prefix(4000))
        var polishHits = 0
        var englishHits = 0
        var otherHits = 0
        var wordCount = 0
        var polishLetters = 0
        var otherLetters = 0
        for token in tokens where token.isWord {
            wordCount += 1
            if token.shape == .lower || token.isInitial {
                if listed(token.key, in: \.polish) { polishHits += 1 }
                if listed(token.key, in: \.english) { englishHits += 1 }
                if listed(token.key, in: \.other) { otherHits += 1 }
            } else if token.shape == .capitalized, isDeclinedPolishName(token.key) {
                polishHits += 1
            }
            for scalar in token.text.unicodeScalars where scalar.value >= 0xC0 {
                if Self.polishLetters.contains(scalar) { polishLetters += 1 }
                if Self.otherLetters.contains(scalar) { otherLetters += 1 }
            }
        }
        guard wordCount > 0 else { return nil }
        englishHits += eventWords(in: tokens, language: .en)
        polishHits += eventWords(in: tokens, language: .pl)
        let polish = Double(polishHits) + Double(polishLetters / 2)
        let english = Double(englishHits)
        let other = Double(otherHits) + Double(otherLetters) / 2
        let best = max(polish, english)
        if best / Double(wordCount) < 0.12 || best < 1 || other >= best { return nil }
        return polish >= english ? .pl : .en
    }

    private func listed(_ key: String, in list: KeyPath<Words, Set<String>>) -> Bool {
        words[keyPath: list].contains(key)
    }

    /// A case form of a lexicon name that only Polish declension gives (`Rosji`, `Putinem`).
    private func isDeclinedPolishName(_ key: String) -> Bool {
        guard let targets = lexicon?.targets(key), !targets.isEmpty else { return false }
        return targets.allSatisfy { $0.cases != nil && NameFolding.fold($0.base) != key }
    }

    /// The lowercase words that start an event expression of the language's dictionary.
    private func eventWords(in tokens: [Token], language: Language) -> Int {
        guard let patterns = events?.events[language] else { return 0 }
        var count = 0
        var index = 0
        while index < tokens.count {
            guard tokens[index].shape == .lower, let match = patterns.longestMatch(at: index, in: tokens, end: tokens.count) else {
                index += 1
                continue
            }
            count += 1
            index = match.tokens.upperBound
        }
        return count
    }
}
