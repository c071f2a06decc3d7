/// The other leg of a transfer a sentence gives in return (`In return, Russia will sell Ukraine gas`, `W
/// zamian Chiny udzielą Rosji kredytu`) when the text told nothing the receiver had given as a transfer:
/// the return cue still says the receiver gave the giver something — `goods`, the ontology's "anything
/// else" (a base's lease, port rights, visas). One job, after the coder has read a sentence: the coder
/// pairs a returned transfer with a transfer told before; this stage answers the ones left unpaired.
struct ReturnLegs {
    let patterns: PhraseTable<EventFrame>?
    /// The words that may stand before the cue (`And in return`, `A w zamian`).
    let conjunctions: Set<String>

    init(events: EventLexicon, language: Language?) {
        patterns = language.flatMap { events.events[$0] }
        conjunctions = language.map { ClosedClassWords.standard.words(.conjunction, language: $0) } ?? []
    }

    /// For each transfer of the sentence that no exchange holds, when the sentence opens with a return cue
    /// that names nothing after it (`in return`, not `in return for the fleet`): the transfer back of
    /// `goods`, to pair with it.
    func implied(in sentence: Sentence, tokens: [Token], events: [CodedEvent], exchanges: [CodedExchange]) -> [(leg: Int, back: CodedEvent)] {
        guard let patterns, opensWithReturnCue(sentence, tokens: tokens, patterns: patterns) else { return [] }
        let paired = Set(exchanges.flatMap(\.legs))
        var answered: [(Int, CodedEvent)] = []
        for (index, event) in events.enumerated() where event.kind.takesGoods && !paired.contains(index) {
            // A transfer already answered by one of the other direction in the sentence is no open leg.
            if events.contains(where: { $0.kind.takesGoods && $0.source == event.target && $0.target == event.source }) { continue }
            let back = CodedEvent(
                kind: .supplies, source: event.target, target: event.source, goods: [.goods], status: event.status, date: event.date,
                sentence: event.sentence, trigger: event.trigger)
            answered.append((index, back))
        }
        return answered
    }

    private func opensWithReturnCue(_ sentence: Sentence, tokens: [Token], patterns: PhraseTable<EventFrame>) -> Bool {
        var index = sentence.tokens.lowerBound
        while index < sentence.tokens.upperBound, !tokens[index].isWord { index += 1 }  // an opening quote or dash
        if index < sentence.tokens.upperBound, conjunctions.contains(tokens[index].key) { index += 1 }
        guard let match = patterns.longestMatch(at: index, in: tokens, end: sentence.tokens.upperBound) else { return false }
        return match.value.isExchangeCue && !match.value.introducesCounter
    }
}
