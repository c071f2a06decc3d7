/// Types a capitalised name the lexicon does not know — person, organisation or place — from the words
/// inside it (`Ministry`, `Agencja`, `Airlines`), the words before it (a title, `pan`, `agencja`,
/// `miasto`), the gazetteer (given names, surnames, places), and reduces it to its base form.
struct NameTyper {
    let lexicon: Lexicon
    let lemmatizer: Lemmatizer
    let language: Language?

    /// The kind, base form and (when known) case of the name made of the tokens at `run`; `nil` when
    /// nothing says what it is.
    func type(_ run: [Int], in tokens: [Token], sentence: Sentence, previous: Mention?) -> (EntityKind, String, String?)? {
        let words = run.map { tokens[$0] }
        let keys = words.map(\.key)
        let before = run[0] > sentence.tokens.lowerBound ? tokens[run[0] - 1] : nil
        let beforeKey = before?.isWord == true ? before!.key : ""
        let afterTitle = previous.map { mention in
            if case .title = mention.reference { return mention.tokens.upperBound == run[0] }
            return false
        } ?? false
        let firstAnalysis = lemmatizer.analyse(words[0].text)
        let firstLabels = lexicon.labels(ofBase: firstAnalysis.base)
        let lastAnalysis = lemmatizer.analyse(words[words.count - 1].text)
        let lastLabels = lexicon.labels(ofBase: lastAnalysis.base)
        let hasDigits = words.contains { $0.shape == .number }

        let kind: EntityKind
        if keys.contains(where: NameCues.organizationWords.contains) || NameCues.organizationHeads.contains(beforeKey) {
            kind = .organization
        } else if afterTitle || NameCues.personHeads.contains(beforeKey) {
            kind = hasDigits ? .organization : .person
        } else if words.count == 1, words[0].shape == .upper, (2...6).contains(words[0].text.unicodeScalars.count) {
            kind = lastLabels.contains(.place) ? .place : .organization
        } else if words.count >= 2, !hasDigits, firstLabels.contains(.givenName) || (language == .en && words.count <= 3 && lastLabels.contains(.surname)) {
            kind = .person
        } else if NameCues.placeHeads.contains(beforeKey) {
            kind = .place
        } else if words.count == 1 {
            if lastLabels.contains(.place) {
                kind = .place
            } else if lastLabels.contains(.organization) {
                kind = .organization
            } else if lastLabels.contains(.surname) || lastLabels.contains(.givenName) {
                kind = .person
            } else if NameCues.placePrepositions.contains(beforeKey), lastAnalysis.isProperNoun {
                kind = .place
            } else {
                return nil
            }
        } else if (2...4).contains(words.count), !hasDigits {
            kind = .person
        } else {
            return nil
        }
        return (kind, base(of: words, kind: kind, before: beforeKey, previous: afterTitle ? previous : nil), nil)
    }

    /// The base form: every word of a person's name; the first word (the head) of other names.
    func base(of words: [Token], kind: EntityKind, before: String, previous: Mention?) -> String {
        guard language == .pl || (language == nil && words.contains { $0.text.contains("ą") || $0.text.contains("ę") }) else {
            return words.map(\.text).joined(separator: " ")
        }
        switch kind {
        case .person:
            let first = lemmatizer.analyse(words[0].text)
            let labels = lexicon.labels(ofBase: first.base)
            let feminine = labels.contains(.femaleGivenName) && (first.base == words[0].text || first.base.hasSuffix("a"))
            let oblique =
                (first.isProperNoun && first.base != words[0].text)
                || NameCues.obliquePrepositions.contains(before)
                || (previous?.cases.map { !$0.contains(":nom") } ?? false)
                || words.contains { NameDeclension.isClearlyOblique($0.text) }
            if words.count == 1 {
                return lemmatizer.personBase(words[0].text, feminine: feminine, oblique: oblique)
            }
            var parts: [String] = []
            for (position, word) in words.enumerated() {
                if position == 0, first.isProperNoun, labels.contains(.givenName) {
                    parts.append(first.base)
                } else if word.text.unicodeScalars.count == 1 || NameCues.connectors.contains(word.key) {
                    parts.append(word.text)
                } else {
                    parts.append(lemmatizer.personBase(word.text, feminine: feminine, oblique: oblique))
                }
            }
            return parts.joined(separator: " ")
        case .organization, .place, .state:
            var parts = words.map(\.text)
            if words[0].shape != .upper {
                parts[0] = lemmatizer.analyse(words[0].text).base
            }
            return parts.joined(separator: " ")
        }
    }
}
