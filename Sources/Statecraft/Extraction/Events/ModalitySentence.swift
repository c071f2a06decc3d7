/// One sentence as ``ModalityReader`` sees it: its cues, its clauses and whether a later sentence
/// attributes the quote it opens. Made once per sentence (``ModalityReader/sentence(_:range:language:)``)
/// and asked for the status of each of its events.
struct ModalitySentence: Sendable {
    let tokens: [Token]
    let range: Range<Int>
    let language: Language?
    let occurrences: [ModalityReader.Occurrence]
    let clauses: ClauseMap
    /// The verb of saying that closes, in a later sentence, the quote this sentence opens.
    let quoteSpeaker: String?

    /// The status of the event whose trigger is tokens[trigger]; `future`: the trigger is itself a
    /// future form (see ``ModalityReader/status(of:in:range:language:future:)``).
    func status(of trigger: Int, future: Bool) -> Status {
        reading(of: trigger, future: future).status
    }

    /// The status and the cues that gave it.
    func reading(of trigger: Int, future: Bool) -> (status: Status, cues: [String]) {
        var status: Status = future ? .expected : .asserted
        guard range.contains(trigger) else { return (status, []) }
        var inSpeech = false
        var conditional = false
        var deferred: [(Status, Status, String)] = []
        var applied: [String] = []
        // The verb of saying or accusing that is the trigger made the claim a later denial denies.
        let triggerClaims = occurrences.contains {
            $0.tokens.contains(trigger) && $0.entry.cue.effect == .status(.reported)
        }
        for occurrence in occurrences {
            guard case .status(let signalled) = occurrence.entry.cue.effect,
                !(triggerClaims && occurrence.entry.cue.scope == .back),
                reaches(occurrence, trigger)
            else { continue }
            let cue = occurrence.entry.cue
            if cue.scope == .speech { inSpeech = true }
            if cue.conditional { conditional = true }
            if let speechStatus = cue.inSpeech {
                deferred.append((signalled, speechStatus, occurrence.entry.phrase))
            } else {
                status = max(status, signalled)
                applied.append(occurrence.entry.phrase)
            }
        }
        // A quote that runs over several sentences is attributed at its end ("- …. … - mówił X").
        if !inSpeech, let quoteSpeaker {
            inSpeech = true
            status = max(status, .reported)
            applied.append(quoteSpeaker)
        }
        for (plain, speechStatus, phrase) in deferred {
            status = max(status, inSpeech && !conditional ? speechStatus : plain)
            applied.append(phrase)
        }
        return (status, applied)
    }

    /// Whether a cue reaches the trigger (see ``ModalityCue/Scope``).
    private func reaches(_ occurrence: ModalityReader.Occurrence, _ trigger: Int) -> Bool {
        let cue = occurrence.entry.cue
        let start = occurrence.tokens.lowerBound
        let end = occurrence.tokens.upperBound
        // A cue is not said of the word it is, except a word's ending (`przekazałaby`).
        if occurrence.tokens.contains(trigger) { return occurrence.isEnding }
        guard clauses.segment(of: start) == clauses.segment(of: trigger) else { return false }
        switch cue.scope {
        case .word:
            if trigger >= end {
                return trigger - end <= cue.window && clauses.sameClause(end - 1, trigger)
            }
            return cue.both && start - trigger - 1 <= 1 && clauses.sameClause(trigger, start)
        case .clause:
            if clauses.governs(start, trigger) { return true }
            // A sentence adverb set off by a comma ("Possibly, Russia …", "Prawdopodobnie, …") reaches the next clause.
            let clause = clauses.clause(of: start)
            return clauses.isOnly(occurrence.tokens, wordsOfClause: clause, in: tokens)
                && clauses.clause(of: trigger) == clause + 1
        case .following:
            return trigger >= end && clauses.governs(end - 1, trigger)
        case .sentence:
            return true
        case .speech:
            if trigger >= end {
                guard clauses.governs(end - 1, trigger) else { return false }
                return !cue.needsComplement || clauses.complementBetween(end - 1, trigger)
            }
            // An attribution after the statement is short: the speaker, perhaps a time.
            let rest = (end..<range.upperBound).count(where: { tokens[$0].isWord })
            return cue.back && rest <= 10 && reachesBack(from: start, to: trigger)
        case .conditional:
            if clauses.governs(start, trigger) { return true }
            let clause = clauses.clause(of: start)
            let target = clauses.clause(of: trigger)
            // "If …, Russia would …, that …": the main clause after the condition, and what it governs.
            let main = clauses.lastGoverned(after: clause) + 1
            if target >= main, main < clauses.clauseCount, clauses.governs(clauses.start(ofClause: main), trigger) { return true }
            // "NATO will respond, if Russia attacks."
            return clause > 0 && target == clause - 1 && clauses.firstWord(ofClause: clause, in: tokens) == start
        case .back:
            // A denial after the claim ("…, which Ankara has rejected") reaches the clause before it
            // and the clauses that one hangs from, not the whole sentence.
            guard reachesBack(from: start, to: trigger) else {
                return false
            }
            var first = clauses.clause(of: start) - 1
            while first > 0, clauses.isGoverned(first) { first -= 1 }
            return clauses.clause(of: trigger) >= first
        }
    }


    /// Coordinators after which a verb of saying starts a new statement, not an attribution.
    static let coordinators: [Language: Set<String>] = Dictionary(
        uniqueKeysWithValues: Language.allCases.map { ($0, ClosedClassWords.standard.words(.clauseCoordinator, language: $0)) })

    /// Whether a verb of saying at `speech` attributes what comes before it: it stands in the
    /// sentence's last clause, at most 6 tokens after the dash, closing quote or comma that opens
    /// that clause, the clause does not open with a coordinator, and the trigger comes before.
    private func reachesBack(from speech: Int, to trigger: Int) -> Bool {
        let clause = clauses.clause(of: speech)
        guard clause == clauses.clauseCount - 1, clause > 0 else { return false }
        var opening = clauses.start(ofClause: clause)
        let mark = tokens[opening].text
        guard mark == "," || ClauseMap.dashes.contains(mark) else { return false }
        // "„…” - powiedział": the closing quote before the dash belongs to the quote.
        if opening > range.lowerBound, ClauseMap.closingQuotes.contains(tokens[opening - 1].text) { opening -= 1 }
        guard speech - opening <= 6, trigger < opening else { return false }
        if let first = (opening + 1..<speech).first(where: { tokens[$0].isWord }) {
            let key = tokens[first].key
            let coordinator = language.map { Self.coordinators[$0]!.contains(key) } ?? Self.coordinators.values.contains { $0.contains(key) }
            if coordinator { return false }
        }
        return true
    }
}
