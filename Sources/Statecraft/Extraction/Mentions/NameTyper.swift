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
        if words.count >= 2, NameCues.honorifics.contains(keys[0]) {
            kind = .person
        } else if keys.contains(where: NameCues.organizationWords.contains) {
            kind = .organization
        } else if afterTitle || NameCues.personHeads.contains(beforeKey) {
            kind = hasDigits ? .organization : .person
        } else if words.count >= 2, !hasDigits, firstLabels.contains(.givenName), NameCues.organizationHeads.contains(beforeKey) {
            kind = .person  // linii Michaelem O'Leary'm: the airline's chief, not the airline
        } else if NameCues.organizationHeads.contains(beforeKey) {
            kind = .organization
        } else if words.count == 1, words[0].shape == .upper, (2...8).contains(words[0].text.unicodeScalars.count) {
            kind = lastLabels.contains(.place) ? .place : .organization
        } else if words.count == 1, Self.hasInnerCapital(words[0].text) {
            kind = .organization  // AirHelp, easyJet
        } else if words.count >= 2, !hasDigits, firstLabels.contains(.givenName) || (language == .en && words.count <= 3 && lastLabels.contains(.surname)) {
            kind = .person
        } else if NameCues.placeHeads.contains(beforeKey) {
            kind = .place
        } else if words.count == 1 {
            if lastLabels.contains(.place) {
                kind = .place
            } else if lastLabels.contains(.organization) {
                kind = .organization
            } else if lastLabels.contains(.surname) {
                kind = .person
            } else if NameCues.placePrepositions.contains(beforeKey), !words[0].isInitial, language == .pl || !lastAnalysis.isCommonWord {
                kind = .place  // do Orlando, do Porto
            } else if lastLabels.contains(.givenName) {
                return nil  // a given name alone
            } else if beforeKey == "na", !lastAnalysis.isCommonWord {
                kind = .place
            } else {
                return nil
            }
        } else if (2...4).contains(words.count), !hasDigits,
            !words.contains(where: { $0.shape == .upper || lemmatizer.analyse($0.text).isCommonWord })
        {
            kind = .person
        } else if language == .en, (2...3).contains(words.count), !hasDigits, !words.contains(where: { $0.shape == .upper }),
            !firstAnalysis.isCommonWord, Self.standsInPersonApposition(run, in: tokens, sentence: sentence)
        {
            kind = .person  // `Viktor Bout, the Russian arms dealer`: a surname that is also a word (bout, reed)
        } else {
            return nil
        }
        return (kind, base(of: words, kind: kind, before: beforeKey, previous: afterTitle ? previous : nil), nil)
    }

    /// Whether a noun for a person heads an apposition beside the name at `run`: after it (`Viktor Bout, the
    /// Russian arms dealer`, `Trevor Reed, a former Marine`) or before it (`a former Marine, Trevor Reed,`).
    static func standsInPersonApposition(_ run: [Int], in tokens: [Token], sentence: Sentence) -> Bool {
        let end = run[run.count - 1] + 1
        if end + 1 < sentence.tokens.upperBound, tokens[end].text == ",",
            ["a", "an", "the", "another", "his", "her", "their"].contains(tokens[end + 1].key)
        {
            var index = end + 2
            while index < min(end + 7, sentence.tokens.upperBound), tokens[index].isWord {
                if NameCues.personNouns.contains(tokens[index].key) { return true }
                index += 1
            }
        }
        let start = run[0]
        if start - 2 >= sentence.tokens.lowerBound, tokens[start - 1].text == ",", NameCues.personNouns.contains(tokens[start - 2].key),
            end < sentence.tokens.upperBound, [",", "."].contains(tokens[end].text)
        {
            return true
        }
        return false
    }

    static func hasInnerCapital(_ word: String) -> Bool {
        word.unicodeScalars.dropFirst().contains { ScalarClass.of($0).contains(.uppercase) }
            && word.unicodeScalars.contains { ScalarClass.of($0).contains(.alphabetic) && !ScalarClass.of($0).contains(.uppercase) }
    }

    static func join(_ parts: [String], _ words: [Token]) -> String {
        var text = ""
        for (part, word) in zip(parts, words) {
            if !text.isEmpty { text += word.afterHyphen ? "-" : " " }
            text += part
        }
        return text
    }

    /// The base form: every word of a person's name; the first word (the head) of other names.
    func base(of words: [Token], kind: EntityKind, before: String, previous: Mention?) -> String {
        guard language == .pl || (language == nil && words.contains { $0.text.contains("ą") || $0.text.contains("ę") }) else {
            return Self.join(words.map { Self.englishBase($0.text) }, words)
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
                    parts.append(Self.isInflection(word.text, of: first.base) ? first.base : word.text)
                } else if word.text.unicodeScalars.count == 1 || NameCues.connectors.contains(word.key) {
                    parts.append(word.text)
                } else {
                    parts.append(lemmatizer.personBase(word.text, feminine: feminine, oblique: oblique))
                }
            }
            return Self.join(parts, words)
        case .organization, .place, .state:
            var parts = words.map(\.text)
            // Leading adjectives and the head noun: `Międzynarodowej Federacji Pracowników` →
            // `Międzynarodowa Federacja Pracowników`.
            var adjectives: [Int] = []
            for (position, word) in words.enumerated() where word.shape != .upper {
                let analysis = lemmatizer.analyse(word.text)
                let base = analysis.isProperNoun || !analysis.isCommonWord ? analysis.base : analysis.base
                if Self.isAdjective(base), position < words.count - 1 {
                    adjectives.append(position)
                    continue
                }
                parts[position] = base
                for adjective in adjectives {
                    parts[adjective] = Self.agree(lemmatizer.analyse(words[adjective].text).base, with: base)
                }
                // Adjectives after the head, in its case: `Sądu Najwyższego` → `Sąd Najwyższy`.
                for following in (position + 1)..<words.count {
                    let word = words[following].text
                    let adjective = lemmatizer.analyse(word).base
                    guard Self.isAdjective(adjective), ["ego", "ej", "emu", "ym", "ą", "ich", "ych", "im"].contains(where: word.hasSuffix) else { break }
                    parts[following] = Self.capitalised(Self.agree(adjective, with: base), like: word)
                }
                break
            }
            return Self.join(parts, words)
        }
    }

    static func capitalised(_ text: String, like word: String) -> String {
        guard let first = word.first, first.isUppercase, let textFirst = text.first else { return text }
        return String(textFirst).uppercased() + text.dropFirst()
    }

    /// Whether `word` can be a Polish inflected form of the given name `base` (`Marty` of `Marta`, `Steffena`
    /// of `Steffen`) — not a dictionary accident (`Eddie` is not a form of `Edda`).
    static func isInflection(_ word: String, of base: String) -> Bool {
        guard word != base else { return true }
        if base.hasSuffix("a") {
            let stem = String(base.dropLast())
            let softened: String = {
                for (ending, replacement) in [("ch", "sze"), ("t", "cie"), ("d", "dzie"), ("r", "rze"), ("ł", "le"), ("k", "ce"), ("g", "dze")] where stem.hasSuffix(ending) {
                    return String(stem.dropLast(ending.count)) + replacement
                }
                return stem + "ie"
            }()
            return [stem + "y", stem + "i", softened, stem + "ę", stem + "ą", stem + "ii", stem + "ji", stem + "o"].contains(word)
        }
        // A consonant stem takes a masculine ending (`Steffena`, `Emilem`); `Emily` is no form of `Emil`.
        let endings: Set<String> = ["", "a", "owi", "em", "u", "e", "ie", "owie", "ów", "om", "ami", "ach"]
        for stem in [base, String(base.dropLast())] where word.hasPrefix(stem) {
            if endings.contains(String(word.dropFirst(stem.count))) { return true }
        }
        return false
    }

    /// An adjective's base form (`polski`, `międzynarodowy`).
    static func isAdjective(_ base: String) -> Bool {
        let lower = base.lowercased()
        return lower.count > 4 && (lower.hasSuffix("y") || lower.hasSuffix("i")) && !lower.hasSuffix("ii")
    }

    /// The adjective in the gender of its noun: `międzynarodowy` + `Federacja` → `międzynarodowa`.
    static func agree(_ adjective: String, with noun: String) -> String {
        let lower = noun.lowercased()
        let stem = adjective.dropLast()
        if lower.hasSuffix("a") { return stem + (adjective.hasSuffix("i") && !adjective.hasSuffix("ki") && !adjective.hasSuffix("gi") ? "ia" : "a") }
        if lower.hasSuffix("o") || lower.hasSuffix("e") || lower.hasSuffix("um") { return stem + (adjective.hasSuffix("ki") || adjective.hasSuffix("gi") ? "ie" : "e") }
        return adjective
    }

    /// English possessives: `Putin's` → `Putin`.
    static func englishBase(_ word: String) -> String {
        for suffix in ["'s", "’s"] where word.hasSuffix(suffix) { return String(word.dropLast(2)) }
        return word
    }
}
