/// An actor as it stands in a sentence: one or more mentions bound together (`rzecznik Kremla Dmitrij
/// Pieskow`, `Russia's Gazprom`), the entity the phrase stands for — the person when one is named, else
/// the head organisation or state — the preposition before it, its grammatical cases, and the
/// coordination it is part of (`Putin i Kim`, `Poland and Bulgaria`).
struct ActorPhrase: Sendable, Equatable {
    var entity: String
    var kind: EntityKind
    /// The tokens of the whole phrase.
    var tokens: Range<Int>
    /// `number:case` readings of the head mention (`sg:gen,sg:dat`), `nil` when unknown.
    var cases: String?
    /// The folded preposition right before the phrase (`z`, `na`, `to`), if any.
    var preposition: String?
    /// The head is written in its base form (`Rosja`, not `Rosję`): in Polish, a nominative.
    var isBaseForm = true
    /// The phrase is a state adjective or demonym (`rosyjskie`, `Russian`).
    var isAdjective: Bool
    /// The phrase modifies the noun after it (`Russia's` in `Russia's Gazprom`, an English noun adjunct).
    var isPossessive = false
    /// Phrases with the same group are coordinated.
    var group: Int

    func hasCase(_ name: String) -> Bool { cases?.contains(":\(name)") ?? false }
    var maybeNominative: Bool { cases.map { $0.contains(":nom") } ?? true }

    static let polishPrepositions = ClosedClassWords.standard.words(.preposition, language: .pl)
    static let englishPrepositions = ClosedClassWords.standard.words(.preposition, language: .en)

    /// Words that may stand between coordinated actors.
    static let coordinators = conjunctions.union([",", "the"])
    /// The coordinators that join actors on their own (a comma needs one of these or a hyphen in the list).
    static let conjunctions = ClosedClassWords.standard.words(.conjunction).union(["-"])

    /// Nouns for a state's or organisation's people that take its place in the sentence.
    static let authorityNouns = ClosedClassWords.standard.words(.authorityNoun, language: .pl)

    static let englishAuthorityNouns = ClosedClassWords.standard.words(.authorityNoun, language: .en)

    static func isAuthorityNoun(_ token: Token) -> Bool {
        token.shape == .lower && authorityNouns.contains(token.key)
    }

    /// Stems of the common nouns a name stands in apposition to (`związek`, `linia`, `firma`, `partia`):
    /// `ze związkiem portugalskich pilotów SPAC`, `z brytyjskim związkiem BALPA`.
    static let appositionHeads: [String] = [
        "zwiazk", "zwiazek", "organizac", "firm", "spolk", "lini", "przewoznik", "parti", "stowarzysz", "agencj", "koncern",
        "gazet", "dziennik", "portal", "bank", "fundac", "komisj", "komitet", "grup", "ugrupowan", "stacj", "telewizj",
        "operator", "producent", "centrali", "federac", "konfederac",
    ]

    /// The preposition before a short run of lower-case words (at most four) with an apposition head
    /// among them, right before `start`.
    static func appositionPreposition(before start: Int, in tokens: [Token], sentence: Range<Int>, prepositions: Set<String>) -> String? {
        var index = start - 1
        var words = 0
        var head = false
        while index >= sentence.lowerBound, words < 4, tokens[index].isWord, tokens[index].shape == .lower {
            if let word = preposition(tokens[index], in: prepositions) { return head ? word : nil }
            if appositionHeads.contains(where: { tokens[index].key.hasPrefix($0) }) { head = true }
            words += 1
            index -= 1
        }
        if head, index >= sentence.lowerBound, let word = preposition(tokens[index], in: prepositions) { return word }
        return nil
    }

    /// A Polish relational adjective (`włoskim`, `niemieckiej`, `brytyjskich`), by its ending.
    static func isRelationalAdjective(_ key: String) -> Bool {
        ["skim", "ckim", "skiej", "ckiej", "skich", "ckich", "skiego", "ckiego", "skimi", "ckimi", "ski", "cki", "ska", "cka"]
            .contains { key.hasSuffix($0) }
    }

    /// The token as a preposition (by its written form: `że` is not `ze`), canonical.
    static func preposition(_ token: Token, in prepositions: Set<String>) -> String? {
        guard token.isWord else { return nil }
        let written = token.text.lowercased()
        guard written.unicodeScalars.allSatisfy({ $0.isASCII }), prepositions.contains(written) else { return nil }
        return canonicalPreposition(written)
    }

    /// The preposition as the dictionaries name it (`ze` → `z`, `we` → `w`).
    static func canonicalPreposition(_ key: String) -> String {
        switch key {
        case "ze": "z"
        case "we": "w"
        case "przeciwko": "przeciw"
        default: key
        }
    }

    /// The actor phrases of `tokens[sentence]` from its resolved mentions, left to right.
    /// `resolved[i]` is the entity of `mentions[i]` (nil for titles), `kindOf` an entity's kind.
    static func phrases(
        in tokens: [Token], sentence: Range<Int>, mentions: ArraySlice<Mention>, resolved: ArraySlice<String?>,
        language: Language?, kindOf: (String) -> EntityKind?
    ) -> [ActorPhrase] {
        let prepositions = language == .en ? englishPrepositions : polishPrepositions
        // Runs of mentions with nothing but titles, `of`, `the` or a possessive `'s` between them.
        var runs: [[Int]] = []
        var previousEnd = -1
        for position in mentions.indices {
            let mention = mentions[position]
            // A name inside another (`Korea` in `Korea Północna`'s organisation): the outer one stands.
            guard mention.tokens.lowerBound >= previousEnd else { continue }
            let hyphenated = previousEnd == mention.tokens.lowerBound && tokens[mention.tokens.lowerBound].afterHyphen
            let bound = previousEnd >= 0 && !hyphenated && (previousEnd..<mention.tokens.lowerBound).allSatisfy { index in
                ["of", "the", "'", "’", "s", "ds"].contains(tokens[index].key)
            }
            if bound, !runs.isEmpty { runs[runs.count - 1].append(position) } else { runs.append([position]) }
            previousEnd = mention.tokens.upperBound
        }
        var phrases: [ActorPhrase] = []
        var group = 0
        var lastEnd = -1
        // Groups with a conjunction or a hyphen between members: a comma alone is no coordination
        // (`According to Reuters, Germany …`, `If China sold weapons to Russia, the US would …`).
        var conjoined = Set<Int>()
        for run in runs {
            let members = run.compactMap { position -> (Mention, String, EntityKind)? in
                guard let id = resolved[position], let kind = kindOf(id) else { return nil }
                return (mentions[position], id, kind)
            }
            guard !members.isEmpty else { continue }
            // The person when one is named; else the last (`Russia's Gazprom`) in English, the first
            // (`Departament Stanu USA`) in Polish.
            let head = members.last { $0.2 == .person } ?? (language == .en ? members.last! : members.first!)
            let start = mentions[run.first!].tokens.lowerBound
            let end = mentions[run.last!].tokens.upperBound
            // `władze Korei Północnej`, `the North Korean authorities`: the noun's role is the actor's.
            var cases = head.0.cases
            if case .entry(_, let use) = head.0.reference, use == .adjective || use == .demonym, language == .pl {
                // An adjective agrees with its noun, whose role it is: `szef polskiego rządu podziękował`.
                cases = nil
            }
            var phraseStart = start
            if language == .pl, start > sentence.lowerBound, Self.isAuthorityNoun(tokens[start - 1]) {
                phraseStart = start - 1
                cases = nil
            }
            // `rządy w Mińsku`, `władze w Moskwie`: the authority of the place named after `w`.
            if language == .pl, start > sentence.lowerBound + 1, tokens[start - 1].key == "w", Self.isAuthorityNoun(tokens[start - 2]) {
                phraseStart = start - 2
                cases = nil
            }
            var preposition: String?
            if phraseStart > sentence.lowerBound, let word = Self.preposition(tokens[phraseStart - 1], in: prepositions) {
                preposition = word
            } else if language == .pl, let word = Self.appositionPreposition(before: phraseStart, in: tokens, sentence: sentence, prepositions: prepositions) {
                // `ze związkiem portugalskich pilotów SPAC`: the preposition governs the noun the name stands beside.
                preposition = word
            } else if phraseStart > sentence.lowerBound + 1, tokens[phraseStart - 1].key == "the",
                let word = Self.preposition(tokens[phraseStart - 2], in: prepositions)
            {
                preposition = word
            }
            // Coordinated with the phrase before: only `i`, `oraz`, `and`, a comma or a hyphen between.
            let gap = lastEnd >= 0 && start >= lastEnd ? lastEnd..<start : start..<start
            let coordinated =
                lastEnd >= 0
                && ((gap.isEmpty && tokens[start].afterHyphen)
                    || (!gap.isEmpty && gap.allSatisfy { Self.coordinators.contains(tokens[$0].key) }
                        && gap.contains { tokens[$0].key != "the" })
                    // `z brytyjskim związkiem BALPA i włoskim ANPAC`: a conjunction, then the next name's adjective.
                    || (language == .pl && gap.count >= 2 && Self.conjunctions.contains(tokens[gap.lowerBound].key)
                        && gap.dropFirst().allSatisfy { tokens[$0].shape == .lower && Self.isRelationalAdjective(tokens[$0].key) }))
            if !coordinated {
                group += 1
            } else if (gap.isEmpty && tokens[start].afterHyphen) || gap.contains(where: { Self.conjunctions.contains(tokens[$0].key) }) {
                conjoined.insert(group)
            }
            let isAdjective: Bool
            if case .entry(_, let use) = head.0.reference { isAdjective = use == .adjective || use == .demonym } else { isAdjective = false }
            var phrase = ActorPhrase(
                entity: head.1, kind: head.2, tokens: start..<end, cases: cases, preposition: preposition,
                isAdjective: isAdjective, group: group)
            if end < sentence.upperBound - 1, ["'", "’"].contains(tokens[end].key), tokens[end + 1].key == "s" {
                // `Touadéra's government` is Touadéra acting; `Russia's Gazprom` is Gazprom.
                let noun = end + 2 < sentence.upperBound ? tokens[end + 2].key : ""
                phrase.isPossessive = !Self.englishAuthorityNouns.contains(noun)
            }
            // By the written letters: `Ukrainę` folds to the key of `Ukraine`, but is not its base form.
            let written = head.0.tokens.map { tokens[$0].text.lowercased() }.joined(separator: " ")
            phrase.isBaseForm = written == head.0.base.lowercased()
            phrases.append(phrase)
            lastEnd = end
        }
        for index in phrases.indices where !conjoined.contains(phrases[index].group) && index > 0 && phrases[index - 1].group == phrases[index].group {
            group += 1
            let old = phrases[index].group
            for later in index..<phrases.count where phrases[later].group == old { phrases[later].group = group }
        }
        // `z brytyjskim związkiem BALPA i włoskim ANPAC`, `with Russia and China`: a member coordinated
        // after a phrase with a preposition is governed by it too.
        for index in phrases.indices.dropFirst() where phrases[index].preposition == nil && phrases[index - 1].group == phrases[index].group {
            phrases[index].preposition = phrases[index - 1].preposition
        }
        return phrases
    }
}
