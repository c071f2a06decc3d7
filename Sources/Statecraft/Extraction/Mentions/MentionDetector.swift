/// Finds the mentions of a chunk of text: lexicon names in any inflected form (longest match first),
/// titles, and capitalised names the lexicon does not know, typed by their context and reduced to
/// their base form. Sentence-initial words, headline capitals and quote openers only make a name when
/// the dictionary knows them as proper nouns.
struct MentionDetector {
    let lexicon: Lexicon
    let lemmatizer: Lemmatizer
    let language: Language?
    let date: PartialDate?
    let typer: NameTyper

    init(lexicon: Lexicon, lemmatizer: Lemmatizer, language: Language?, date: PartialDate?) {
        self.lexicon = lexicon
        self.lemmatizer = lemmatizer
        self.language = language
        self.date = date
        typer = NameTyper(lexicon: lexicon, lemmatizer: lemmatizer, language: language)
    }

    /// Mentions of `sentences`, in text order. `seen` holds lexicon entries the document has already
    /// mentioned (they win ambiguous family names).
    func mentions(in tokens: [Token], sentences: [Sentence], seen: Set<Int>) -> [Mention] {
        var result: [Mention] = []
        var seen = seen
        for (sentenceIndex, sentence) in sentences.enumerated() {
            let titleCase = isTitleCase(tokens, sentence)
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                let token = tokens[index]
                guard token.isWord else {
                    index += 1
                    continue
                }
                if let (mention, next) = lexiconMatch(at: index, in: tokens, sentence: sentence, sentenceIndex: sentenceIndex, seen: seen, titleCase: titleCase) {
                    /// Reads the lexicon name as the start of a longer unknown name, when there is one.
                    func readLongerName() -> Bool {
                        let (mentions, after) = unknownNames(at: index, in: tokens, sentence: sentence, sentenceIndex: sentenceIndex, titleCase: titleCase, previous: result.last, ignoringLexiconAt: index)
                        guard !mentions.isEmpty else { return false }
                        result.append(contentsOf: mentions)
                        index = max(after, index + 1)
                        return true
                    }
                    // `General Services Administration`: a Polish text writes its titles in lower case.
                    if isCapitalisedTitleInName(mention, tokens: tokens, sentence: sentence), readLongerName() { continue }
                    if !refersToActor(mention, tokens: tokens, sentence: sentence) {
                        index = next
                        continue
                    }
                    if startsLongerName(mention, tokens: tokens, sentence: sentence), readLongerName() { continue }
                    result.append(mention)
                    if case .entry(let entry, _) = mention.reference { seen.insert(entry) }
                    result.append(contentsOf: nestedStates(in: mention, tokens: tokens, sentenceIndex: sentenceIndex))
                    index = next
                    continue
                }
                if token.isCapitalized, language != nil {
                    // Names the lexicon does not know are read in Polish and English only.
                    let (mentions, next) = unknownNames(at: index, in: tokens, sentence: sentence, sentenceIndex: sentenceIndex, titleCase: titleCase, previous: result.last, ignoringLexiconAt: nil)
                    result.append(contentsOf: mentions)
                    index = max(next, index + 1)
                    continue
                }
                index += 1
            }
        }
        return result
    }

    /// Word stems of the nouns an adjective or demonym of a state acts through: `rosyjskie wojska`,
    /// `Russian troops`, `strona rosyjska`, `US officials`.
    static let actorHeads: [String] = ClosedClassWords.standard.words(.actorHeadStem).sorted()

    /// Whether a lexicon mention names an actor: an adjective only next to a noun the state acts
    /// through (not `irlandzki przewoźnik`), a demonym only in the plural (`Amerykanie`, not `Polak`) and
    /// not counted (`1027 Palestyńczyków`).
    private func refersToActor(_ mention: Mention, tokens: [Token], sentence: Sentence) -> Bool {
        guard case .entry(let entry, let use) = mention.reference else { return true }
        switch use {
        case .adjective:
            guard lexicon.entries[entry].kind == .state else { return true }
            var neighbours: [Token] = []
            if mention.tokens.upperBound < sentence.tokens.upperBound { neighbours.append(tokens[mention.tokens.upperBound]) }
            if mention.tokens.upperBound + 1 < sentence.tokens.upperBound { neighbours.append(tokens[mention.tokens.upperBound + 1]) }
            if mention.tokens.lowerBound > sentence.tokens.lowerBound { neighbours.append(tokens[mention.tokens.lowerBound - 1]) }
            return neighbours.contains { token in token.isWord && Self.actorHeads.contains { token.key.hasPrefix($0) } }
        case .demonym:
            // Counted people (`1027 Palestyńczyków`, `20 Americans`) are people, not their state.
            if mention.tokens.lowerBound > sentence.tokens.lowerBound, tokens[mention.tokens.lowerBound - 1].shape == .number { return false }
            if let cases = mention.cases { return cases.contains("pl:") }
            return lexicon.pluralDemonyms[mention.base] == nil
        case .name, .shortName:
            return true
        }
    }

    /// A title written with a capital inside a Polish sentence and followed by another capitalised word:
    /// part of a name (`General Services Administration`, `Prezydent Hotel`), not a title.
    private func isCapitalisedTitleInName(_ mention: Mention, tokens: [Token], sentence: Sentence) -> Bool {
        guard language == .pl, case .title = mention.reference else { return false }
        let first = tokens[mention.tokens.lowerBound]
        guard first.isCapitalized, !first.isInitial, !isAfterOpeningQuote(mention.tokens.lowerBound, tokens),
            mention.tokens.upperBound < sentence.tokens.upperBound
        else { return false }
        let next = tokens[mention.tokens.upperBound]
        return next.isWord && next.isCapitalized
    }

    /// A one-word place or state name that begins an organisation's name (`Warsaw Enterprise Institute`).
    private func startsLongerName(_ mention: Mention, tokens: [Token], sentence: Sentence) -> Bool {
        guard case .entry(let entry, .name) = mention.reference, mention.tokens.count == 1,
            lexicon.entries[entry].kind == .place || lexicon.entries[entry].kind == .state
        else { return false }
        var position = mention.tokens.upperBound
        var found = false
        while position < sentence.tokens.upperBound, tokens[position].isWord, tokens[position].isCapitalized {
            if NameCues.organizationWords.contains(tokens[position].key) { found = true }
            position += 1
        }
        return found
    }

    /// A headline in title case (`Putin Meets Kim at Remote Spaceport`): capitals there prove nothing.
    private func isTitleCase(_ tokens: [Token], _ sentence: Sentence) -> Bool {
        let words = tokens[sentence.tokens].filter { $0.isWord && $0.shape != .number }
        guard words.count >= 3, let last = tokens[sentence.tokens].last, last.isWord || last.text == "\"" else { return false }
        let capitalised = words.filter(\.isCapitalized).count
        return Double(capitalised) / Double(words.count) >= 0.7 && language == .en
    }

    // MARK: Lexicon

    private func lexiconMatch(
        at index: Int, in tokens: [Token], sentence: Sentence, sentenceIndex: Int, seen: Set<Int>, titleCase: Bool
    ) -> (Mention, Int)? {
        guard lexicon.firstWords.contains(tokens[index].key) else { return nil }
        // The word tokens from here on (dots inside a name are skipped: `Wlk. Brytania`).
        var positions: [Int] = []
        var position = index
        while position < sentence.tokens.upperBound, positions.count < lexicon.longestPhrase {
            let token = tokens[position]
            if token.isWord {
                positions.append(position)
            } else if token.text != "." {
                break
            }
            position += 1
        }
        var prefixes: [String] = []
        prefixes.reserveCapacity(positions.count)
        for position in positions {
            prefixes.append(prefixes.isEmpty ? tokens[position].key : prefixes[prefixes.count - 1] + " " + tokens[position].key)
        }
        var length = positions.count
        while length > 0 {
            let key = prefixes[length - 1]
            if let targets = lexicon.targets(key) {
                let words = positions[0..<length].map { tokens[$0] }
                let fitting = targets.filter { target in
                    (target.language == nil || language == nil || target.language == language)
                        && target.shapes.count == words.count
                        && zip(target.shapes, words).allSatisfy { $0.accepts($1) }
                }
                if let target = choose(fitting, words: words, at: positions[0], in: tokens, sentence: sentence, seen: seen, titleCase: titleCase) {
                    let last = positions[length - 1]
                    let reference: Mention.Reference =
                        switch target.referent {
                        case .entry(let entry): .entry(entry, target.use)
                        case .title(let title): .title(title)
                        }
                    let mention = Mention(
                        reference: reference, tokens: positions[0]..<(last + 1), start: tokens[positions[0]].start,
                        end: tokens[last].end, base: target.base, cases: target.cases, sentence: sentenceIndex)
                    return (mention, last + 1)
                }
            }
            length -= 1
        }
        return nil
    }

    /// States named inside an organisation's name: `Departament Stanu USA` also mentions the United
    /// States (a place named after one — `Dystrykt Kolumbii` — does not).
    private func nestedStates(in mention: Mention, tokens: [Token], sentenceIndex: Int) -> [Mention] {
        guard mention.tokens.count > 1, case .entry(let outer, _) = mention.reference, lexicon.entries[outer].kind == .organization else { return [] }
        var found: [Mention] = []
        var start = mention.tokens.lowerBound
        while start < mention.tokens.upperBound {
            var matched = false
            for end in stride(from: mention.tokens.upperBound, to: start, by: -1) where (start, end) != (mention.tokens.lowerBound, mention.tokens.upperBound) {
                let words = tokens[start..<end].filter(\.isWord)
                guard !words.isEmpty else { continue }
                let key = words.map(\.key).joined(separator: " ")
                guard let target = lexicon.targets(key)?.first(where: { target in
                    guard case .entry(let entry) = target.referent, target.use == .name, lexicon.entries[entry].kind == .state else { return false }
                    return target.shapes.count == words.count && zip(target.shapes, words).allSatisfy { $0.accepts($1) }
                }), case .entry(let entry) = target.referent else { continue }
                found.append(
                    Mention(
                        reference: .entry(entry, .name), tokens: start..<end, start: tokens[start].start, end: tokens[end - 1].end,
                        base: target.base, cases: target.cases, sentence: sentenceIndex))
                start = end
                matched = true
                break
            }
            if !matched { start += 1 }
        }
        return found
    }

    private func choose(
        _ targets: [Lexicon.Target], words: [Token], at index: Int, in tokens: [Token], sentence: Sentence,
        seen: Set<Int>, titleCase: Bool
    ) -> Lexicon.Target? {
        guard !targets.isEmpty else { return nil }
        let first = words[0]
        // A capitalised lexicon word opening a sentence may be a common word (`Kim jest…`, `Total`).
        if words.count == 1, first.isInitial || titleCase, first.shape == .capitalized,
            // A title is a common word by nature (`Prezydent Donald Trump …`, `Szefowa …`): it stays.
            targets.allSatisfy({ target in
                if case .title = target.referent { return false }
                return target.use == .shortName || target.use == .name
            }), lemmatizer.analyse(first.text).isCommonWord,
            !lemmatizer.analyse(first.text).isProperNoun
        {
            return nil
        }
        let names = targets.filter { $0.use != .shortName }
        if !names.isEmpty {
            // Equal ranks: the base spelled most like the text (Kraków, not Krakow, for Krakowa).
            let surface = words.map(\.text).joined(separator: " ")
            return names.min { (rank($0), -Self.sharedPrefix($0.base, surface)) < (rank($1), -Self.sharedPrefix($1.base, surface)) }
        }
        // A family name alone: not inside a longer capitalised name (`Eric Trump`, `Martin Locher`).
        let before = index - 1
        if before >= sentence.tokens.lowerBound, !first.afterHyphen, tokens[before].isCapitalized, tokens[before].isWord,
            !tokens[before].isInitial || !lemmatizer.analyse(tokens[before].text).isCommonWord
        {
            if !(tokens[before].text.unicodeScalars.count == 1) { return nil }
        }
        let after = index + words.count
        if after < sentence.tokens.upperBound, tokens[after].isWord, tokens[after].shape == .capitalized, !tokens[after].afterHyphen,
            lexicon.targets(tokens[after].key) == nil
        {
            return nil
        }
        let people = targets.compactMap { target -> (Lexicon.Target, Int)? in
            guard case .entry(let entry) = target.referent else { return nil }
            let seenRank = seen.contains(entry) ? 0 : 2
            // Without a document date anyone may be meant.
            let inOffice = date == nil || lexicon.entries[entry].links.contains { $0.holds(at: date) && ($0.kind == "leads" || $0.kind == "official_of") } ? 0 : 1
            // A family name alone names a lexicon person only when the document named them before
            // or they held office at its date.
            guard seenRank == 0 || inOffice == 0 else { return nil }
            return (target, seenRank + inOffice)
        }
        return people.min { $0.1 < $1.1 }?.0
    }

    static func sharedPrefix(_ a: String, _ b: String) -> Int {
        zip(a.unicodeScalars, b.unicodeScalars).prefix { $0 == $1 }.count
    }

    /// Names before demonyms before adjectives; states before organisations, places and people.
    private func rank(_ target: Lexicon.Target) -> Int {
        var rank =
            switch target.use {
            case .name: 0
            case .demonym: 10
            case .adjective: 20
            case .shortName: 30
            }
        if case .entry(let entry) = target.referent {
            let kindRank: Int =
                switch lexicon.entries[entry].kind {
                case .state: 0
                case .organization: 1
                case .place: 2
                case .person: 3
                }
            rank += kindRank
        } else {
            rank += 5
        }
        return rank
    }

    // MARK: Names the lexicon does not know

    private func unknownNames(
        at index: Int, in tokens: [Token], sentence: Sentence, sentenceIndex: Int, titleCase: Bool, previous: Mention?,
        ignoringLexiconAt ignored: Int?
    ) -> ([Mention], Int) {
        // The run of capitalised words (with connectors and initials) from `index`.
        var run: [Int] = []
        var position = index
        var hasOrganizationWord = false
        while position < sentence.tokens.upperBound {
            let token = tokens[position]
            if token.isWord, token.isCapitalized || (token.shape == .number && !run.isEmpty && !token.afterHyphen && token.text.unicodeScalars.count <= 4) {
                if token.shape != .number, token.text.unicodeScalars.contains(where: { ScalarClass.of($0).contains(.digit) }) {
                    break  // a code (FR1426), not a name
                }
                if !run.isEmpty, position != ignored, lexicon.firstWords.contains(token.key),
                    lexiconStarts(at: position, in: tokens, sentence: sentence, anyUse: token.afterHyphen)
                {
                    break
                }
                if let last = run.last, tokens[last].shape == .upper, token.shape == .capitalized, !token.afterHyphen {
                    break  // an acronym before a name: VC Martin Locher
                }
                run.append(position)
                if NameCues.organizationWords.contains(token.key) { hasOrganizationWord = true }
                position += 1
                continue
            }
            if !run.isEmpty, token.isWord, token.shape == .lower,
                NameCues.connectors.contains(token.key)
                    || (hasOrganizationWord && NameCues.organizationConnectors.contains(token.key)
                        && !(["and", "i", "&"].contains(token.key) && NameCues.organizationWords.contains(tokens[run[run.count - 1]].key))),
                position + 1 < sentence.tokens.upperBound, tokens[position + 1].isCapitalized
            {
                run.append(position)
                position += 1
                continue
            }
            if !run.isEmpty, token.text == ".", let last = run.last, tokens[last].text.unicodeScalars.count == 1,
                tokens[last].shape == .capitalized, position + 1 < sentence.tokens.upperBound, tokens[position + 1].isCapitalized
            {
                position += 1  // an initial: George W. Bush
                continue
            }
            break
        }
        let next = position
        // Drop words that never start a name, and sentence-initial or headline words the dictionary
        // knows as common words.
        while let first = run.first {
            let token = tokens[first]
            let folded = token.key
            if NameCues.neverNames.contains(folded) || token.shape == .number
                || (token.shape == .lower && (NameCues.connectors.contains(folded) || NameCues.organizationConnectors.contains(folded)))
            {
                run.removeFirst()
                continue
            }
            let headsAName = NameCues.organizationWords.contains(folded) && run.count > 1
            if token.isInitial || titleCase || isAfterOpeningQuote(first, tokens), !headsAName {
                let analysis = lemmatizer.analyse(token.text)
                if analysis.isCommonWord, token.shape != .upper {
                    run.removeFirst()
                    continue
                }
            }
            break
        }
        if let first = run.first, first > index, lexicon.firstWords.contains(tokens[first].key) {
            // Words dropped from the front: read again from the first one kept, so that a lexicon
            // name there (`Spotkanie Kim-Putin` → Kim) is matched as one.
            return ([], first)
        }
        if titleCase {
            // In a title-case headline every word must be a proper noun to the dictionary.
            run = run.filter { position in
                let analysis = lemmatizer.analyse(tokens[position].text)
                return !(analysis.isCommonWord && !analysis.isProperNoun)
            }
        }
        // Shouting (BARDZO DZIWNE): capitals that spell common words. One such word alone within two
        // lower-case words of an organisation noun is its acronym (`związku partnerskiego FORSA`).
        let loneAcronym = run.count(where: { tokens[$0].shape != .number }) == 1 && tokens[run[0]].shape == .upper
            && (run[0] + 1 >= sentence.tokens.upperBound || tokens[run[0] + 1].shape != .upper)
            && (1...2).contains { back in
                let at = run[0] - back
                guard at >= sentence.tokens.lowerBound else { return false }
                return NameCues.organizationHeads.contains(tokens[at].key) && tokens[at..<run[0]].allSatisfy { $0.isWord && $0.shape == .lower }
            }
        if loneAcronym { run = [run[0]] }  // `FORSA 12 lipca`: the number is the date's
        run = run.filter { position in
            let token = tokens[position]
            guard token.shape == .upper, token.text.unicodeScalars.count >= 4, !loneAcronym else { return true }
            let word = String(token.text.prefix(1)) + token.text.dropFirst().lowercased()
            return !lemmatizer.analyse(word).isCommonWord && !lemmatizer.analyse(token.text.lowercased()).isCommonWord
        }
        while let last = run.last, tokens[last].shape == .lower || NameCues.neverNames.contains(tokens[last].key) {
            run.removeLast()
        }
        guard !run.isEmpty else { return ([], next) }
        if run.count == 1 {
            let token = tokens[run[0]]
            let analysis = lemmatizer.analyse(token.text)
            let afterPreposition = language == .pl && run[0] > sentence.tokens.lowerBound && NameCues.placePrepositions.contains(tokens[run[0] - 1].key)
            if analysis.isCommonWord, !analysis.isProperNoun, token.shape != .upper, token.isInitial || !afterPreposition {
                return ([], next)
            }
        }
        guard let (kind, base, cases) = typer.type(run, in: tokens, sentence: sentence, previous: previous) else {
            return ([], next)
        }
        let mention = Mention(
            reference: .unknown(kind), tokens: run[0]..<(run[run.count - 1] + 1), start: tokens[run[0]].start,
            end: tokens[run[run.count - 1]].end, base: base, cases: cases, sentence: sentenceIndex)
        return ([mention], next)
    }

    private func lexiconStarts(at position: Int, in tokens: [Token], sentence: Sentence, anyUse: Bool) -> Bool {
        var keys: [String] = []
        var index = position
        while index < sentence.tokens.upperBound, keys.count < lexicon.longestPhrase, tokens[index].isWord {
            keys.append(tokens[index].key)
            if let targets = lexicon.targets(keys.joined(separator: " ")),
                targets.contains(where: { anyUse || $0.use != .shortName })
            {
                return true
            }
            index += 1
        }
        return false
    }

    private func isAfterOpeningQuote(_ index: Int, _ tokens: [Token]) -> Bool {
        guard index > 0 else { return true }
        return SentenceSplitter.openers.contains(tokens[index - 1].text)
    }
}
