/// Tells Polish from English by their commonest words and Polish letters; anything else is `nil`.
enum LanguageDetector {
    static let polish: Set<String> = [
        "i", "w", "z", "na", "sie", "że", "ze", "nie", "do", "jest", "to", "przez", "oraz", "jak", "od",
        "po", "dla", "czy", "ktory", "ktore", "ktora", "tego", "jego", "ich", "tym", "bylo", "byl", "sa",
        "tez", "takze", "juz", "ale", "lub", "a", "o", "we", "pod", "nad", "kiedy", "roku",
    ]
    static let english: Set<String> = [
        "the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "was", "by", "as", "said",
        "it", "at", "from", "his", "he", "be", "has", "have", "are", "were", "which", "an", "this", "not",
        "would", "will", "its", "their", "after", "but",
    ]

    static let polishLetterSet = Set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ".unicodeScalars)

    /// The language of the text's first words, or `nil` when it is neither Polish nor English.
    static func detect(_ tokens: [Token]) -> Language? {
        var polishHits = 0
        var englishHits = 0
        var words = 0
        var polishLetters = 0
        for token in tokens.prefix(4000) where token.isWord {
            words += 1
            if token.shape == .lower || token.isInitial {
                if polish.contains(token.key) { polishHits += 1 }
                if english.contains(token.key) { englishHits += 1 }
            }
            for scalar in token.text.unicodeScalars where scalar.value >= 0xD3 && polishLetterSet.contains(scalar) {
                polishLetters += 1
            }
        }
        guard words > 0 else { return nil }
        let polishScore = Double(polishHits + polishLetters / 2) / Double(words)
        let englishScore = Double(englishHits) / Double(words)
        if max(polishScore, englishScore) < 0.12 || max(polishHits + polishLetters, englishHits) < 2 { return nil }
        return polishScore >= englishScore ? .pl : .en
    }
}
