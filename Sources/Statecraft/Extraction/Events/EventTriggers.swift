/// The event coder's first stage: what in a sentence may code an event — the event expressions of the
/// ``EventLexicon`` (verbs and event nouns) and its exchange cues (`w zamian`, `in return`), each in its
/// event clause, and the goods words — found outside the actors' names; and, per trigger, what it
/// gives in return, whether it is halted, and its goods.
struct SentenceTriggers {
    /// An event expression or exchange cue found in a sentence.
    struct Trigger {
        var frame: EventFrame
        var tokens: Range<Int>
        var clause: Range<Int>
    }

    /// A goods word found in a sentence.
    struct GoodsWord {
        var category: GoodsCategory
        var tokens: Range<Int>
    }

    /// The event expressions, left to right.
    private(set) var triggers: [Trigger] = []
    /// The exchange cues, left to right.
    private(set) var cues: [Trigger] = []
    /// The goods words, left to right.
    private(set) var goods: [GoodsWord] = []

    /// The triggers of the sentence `tokens[range]` cut into `clauses`, outside the words of `phrases`.
    init(
        in range: Range<Int>, tokens: [Token], phrases: [ActorPhrase], clauses: [Range<Int>],
        patterns: PhraseTable<EventFrame>, goodsWords: PhraseTable<GoodsCategory>?
    ) {
        func clause(of index: Int) -> Range<Int> { clauses.first { $0.contains(index) } ?? range }
        var inPhrase = Set<Int>()
        for phrase in phrases { inPhrase.formUnion(phrase.tokens) }
        var index = range.lowerBound
        while index < range.upperBound {
            guard tokens[index].isWord, !inPhrase.contains(index) else {
                index += 1
                continue
            }
            if let goodsMatch = goodsWords?.longestMatch(at: index, in: tokens, end: range.upperBound) {
                goods.append(GoodsWord(category: goodsMatch.value, tokens: goodsMatch.tokens))
            }
            if let match = patterns.longestMatch(at: index, in: tokens, end: range.upperBound) {
                let found = Trigger(frame: match.value, tokens: match.tokens, clause: clause(of: index))
                if found.frame.isExchangeCue { cues.append(found) } else { triggers.append(found) }
                index = match.tokens.upperBound
                continue
            }
            index += 1
        }
    }

    /// What is given in return for the transfer `trigger` codes: after its counter preposition (`zapłaciła
    /// za …`, `pays for …`, up to what it pays with), before it (`za rosyjskie reaktory Węgry zapłacą`), or
    /// after an exchange cue of its clause (`w zamian za …`, `In return for the shells, Russia gave …`).
    /// Only a transfer has a return: praise "in exchange for support" is no leg of a transaction.
    func counterSpan(of trigger: Trigger, kind: RelationKind, tokens: [Token], phrases: [ActorPhrase]) -> Range<Int>? {
        guard kind.takesGoods else { return nil }
        var counterSpan: Range<Int>?
        if let preposition = trigger.frame.counterPreposition {
            if let at = (trigger.tokens.upperBound..<trigger.clause.upperBound).first(where: { tokens[$0].key == preposition }) {
                // `pays for the sugar with crude oil`: what it pays with is no part of what it pays for.
                let means = trigger.frame.meansPreposition.flatMap { word in (at..<trigger.clause.upperBound).first { tokens[$0].key == word } }
                counterSpan = at..<(means ?? trigger.clause.upperBound)
            } else if let at = trigger.clause.first(where: { $0 < trigger.tokens.lowerBound && tokens[$0].key == preposition }) {
                // `za rosyjskie reaktory Węgry zapłacą`: the phrase before the verb, up to a comma or an actor.
                let end = (at + 1..<trigger.tokens.lowerBound).first { index in
                    tokens[index].key == "," || phrases.contains { $0.tokens.lowerBound == index && !$0.isAdjective }
                }
                counterSpan = at..<(end ?? trigger.tokens.lowerBound)
            }
        }
        for cue in cues where cue.frame.introducesCounter && cue.clause == trigger.clause && cue.tokens.lowerBound > trigger.tokens.lowerBound {
            counterSpan = cue.tokens.lowerBound..<trigger.clause.upperBound
        }
        // `In return for the shells, Russia gave …`, `W zamian za amunicję Rosja przekazała …`: the cue's
        // phrase before the event, up to a comma or the next actor, is what is given back.
        for cue in cues where cue.frame.introducesCounter && cue.clause == trigger.clause && cue.tokens.upperBound <= trigger.tokens.lowerBound {
            let end = (cue.tokens.upperBound..<trigger.tokens.lowerBound).first { index in
                tokens[index].key == "," || phrases.contains { $0.tokens.lowerBound == index && !$0.isAdjective }
            }
            counterSpan = cue.tokens.lowerBound..<(end ?? trigger.tokens.lowerBound)
        }
        return counterSpan
    }

    /// Whether the transfer `trigger` codes is halted (`cut off gas supplies`, `wstrzymał dostawy`): no supply.
    func isHalted(_ trigger: Trigger) -> Bool {
        triggers.contains { $0.frame.halts && $0.clause == trigger.clause && $0.tokens.upperBound <= trigger.tokens.lowerBound && trigger.tokens.lowerBound - $0.tokens.upperBound <= 4 }
    }

    /// The goods of the event `trigger` codes, from the word to the next event word of its clause and
    /// the noun adjuncts right before it, outside what is given in return; the frame's default when the
    /// text names none; `nil` when the frame needs goods and the text names none. Empty for kinds that
    /// take no goods.
    func goods(of trigger: Trigger, kind: RelationKind, outside counterSpan: Range<Int>?) -> [GoodsCategory]? {
        guard kind.takesGoods else { return [] }
        let nextTrigger = triggers.first { $0.tokens.lowerBound > trigger.tokens.lowerBound && $0.clause == trigger.clause && !($0.frame.isNoun && $0.frame.kind?.takesGoods == true && kind.takesGoods) }
        let window = max(trigger.clause.lowerBound, trigger.tokens.lowerBound - 3)..<(nextTrigger?.tokens.lowerBound ?? trigger.clause.upperBound)
        var categories: [GoodsCategory] = []
        for word in goods where window.contains(word.tokens.lowerBound) && !(counterSpan?.contains(word.tokens.lowerBound) ?? false) {
            if !categories.contains(word.category) { categories.append(word.category) }
        }
        if trigger.frame.releases { categories = [.people] }
        if categories.isEmpty {
            if trigger.frame.needsGoods { return nil }
            categories = [trigger.frame.defaultGoods ?? .goods]
        }
        return categories
    }

    private static let nonFutureEndings = ClosedClassWords.standard.words(.nonFutureEnding, language: .pl)

    /// A Polish perfective verb in a non-past form (`przekażą`, `spotka się`): the future.
    static func isFutureForm(_ trigger: Trigger, tokens: [Token], language: Language?) -> Bool {
        guard language == .pl, trigger.frame.perfective, !trigger.frame.isNoun else { return false }
        let key = tokens[trigger.tokens.lowerBound].key
        // Past (`-ł`, `-li`, `-ły`, folded to `l`), infinitive (`-ć`), passive participle, gerund: not the future.
        return !nonFutureEndings.contains { key.hasSuffix($0) }
    }
}
