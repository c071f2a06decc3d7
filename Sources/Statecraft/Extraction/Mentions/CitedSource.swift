/// Finds the actor phrases of a sentence that only name where a report comes from — `według Reutersa`,
/// `Reuters podaje, że …`, `jak donosi „Washington Post”`, `according to Reuters`, `the Post reported` —
/// and news media named in the sentence at all: they are the source of the text, not actors of the
/// events it reports (annotation: "a news agency cited as the source is optional and takes part in no
/// relation"). A person who says something stays the actor of what they say (`X skrytykował Y`).
struct CitedSource {
    let lexicon: Lexicon
    let language: Language?

    /// Words that introduce the source of a report (folded).
    static let accordingTo: Set<String> = ["wedlug", "wg", "according", "cytowany", "cytowana", "cytowane", "cited", "quoted"]

    /// Verbs of reporting whose subject, right before or after them, is a cited source (folded).
    static let reportingVerbs: Set<String> = [
        "podaje", "podala", "podal", "podaly", "podali", "donosi", "doniosl", "doniosla", "donosza", "pisze", "pisal", "pisala",
        "informuje", "informowal", "informowala", "poinformowal", "poinformowala", "poinformowaly", "przypomina", "przypomnial",
        "przypomniala", "zwraca", "relacjonuje", "cytuje", "ustalil", "ustalila", "reports", "reported", "wrote", "writes",
    ]

    /// Marks that may stand between a source and its verb: quotes and dashes.
    static let quotes: Set<String> = ["\"", "„", "”", "“", "«", "»", "'"]

    /// The indices of `phrases` that are cited sources.
    func sources(in tokens: [Token], sentence: Range<Int>, phrases: [ActorPhrase]) -> Set<Int> {
        var found = Set<Int>()
        for (position, phrase) in phrases.enumerated() {
            if isMedia(phrase.entity) {
                found.insert(position)
                continue
            }
            guard phrase.preposition == nil || phrase.preposition == "to", !phrase.isAdjective else { continue }
            let before = word(before: phrase.tokens.lowerBound, in: tokens, sentence: sentence)
            if let before, Self.accordingTo.contains(before) {
                found.insert(position)
            } else if phrase.preposition != nil {
                continue
            } else if phrase.kind == .organization, isQuoted(phrase, in: tokens, sentence: sentence),
                before.map(Self.reportingVerbs.contains) ?? false
                    || word(after: phrase.tokens.upperBound, in: tokens, sentence: sentence).map(Self.reportingVerbs.contains) ?? false
            {
                // `jak donosi „Washington Post”`, `„The Independent” informował`: a paper's title in quotes.
                // `Ryanair podał, że …` and `poinformował Antonio Escobar` are speakers, actors of what they say.
                found.insert(position)
            }
        }
        return found
    }

    private func isQuoted(_ phrase: ActorPhrase, in tokens: [Token], sentence: Range<Int>) -> Bool {
        let before = phrase.tokens.lowerBound - 1
        return before >= sentence.lowerBound && Self.quotes.contains(tokens[before].text)
    }

    private func isMedia(_ entity: String) -> Bool {
        guard let entry = lexicon.entryIndex[entity] else { return false }
        return lexicon.entries[entry].subtype == "media"
    }

    private func word(before index: Int, in tokens: [Token], sentence: Range<Int>) -> String? {
        var position = index - 1
        while position >= sentence.lowerBound, Self.quotes.contains(tokens[position].text) { position -= 1 }
        guard position >= sentence.lowerBound, tokens[position].isWord else { return nil }
        // `Jak donosi`, `according to`: the word before `to` counts.
        if tokens[position].key == "to", position > sentence.lowerBound { return tokens[position - 1].key }
        return tokens[position].key
    }

    private func word(after index: Int, in tokens: [Token], sentence: Range<Int>) -> String? {
        var position = index
        while position < sentence.upperBound, Self.quotes.contains(tokens[position].text) { position += 1 }
        guard position < sentence.upperBound, tokens[position].isWord else { return nil }
        return tokens[position].key
    }
}
