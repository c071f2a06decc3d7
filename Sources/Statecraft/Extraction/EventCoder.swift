/// Reads what passes between actors in a sentence: the event expressions of the ``EventLexicon``
/// (verbs and event nouns), their participants by the frame's slots — Polish cases and prepositions,
/// English subjects, objects and prepositions, passives, possessives, state adjectives, coordination —
/// the goods that pass, the status (``ModalityReader``), the date (``DateReader``), and the exchanges
/// that link two transfers into one transaction (`w zamian`, `in exchange for`, `pay … for`, `oil for
/// weapons`).
///
/// It is a pattern-based event coder in the tradition of the CAMEO dictionaries of KEDS, TABARI and
/// PETRARCH (Schrodt, "CAMEO: Conflict and Mediation Event Observations Event and Actor Codebook",
/// 2012), without a parser: roles come from case, prepositions and word order within the clause.
/// Unlike those coders it codes modality and exchanges.
struct EventCoder {
    let lexicon: Lexicon
    let patterns: PhraseTable<EventFrame>?
    let goodsWords: PhraseTable<GoodsCategory>?
    let barters: PhraseTable<Bool>?
    let language: Language?
    let dateReader: DateReader
    let modality: ModalityReader
    let documentDate: PartialDate?

    /// The last date the text gave in the current paragraph.
    private var anchor: PartialDate?
    /// The transfers of the sentences before (for `in turn`, `in return for`, pronouns), at most 64.
    private var previousEvents: [CodedEvent] = []
    /// The subject of the previous sentence, and where the current sentence starts (Polish dropped subjects).
    private var previousSubject: (entity: String, kind: EntityKind)?
    private var clauseStart = 0
    private var currentSubject: (entity: String, kind: EntityKind)?
    /// Barters whose parties the sentence does not name (`the oil-for-sugar programme`), for the
    /// ``ExchangeLinker``; the caller takes them after each sentence.
    var openBarters: [OpenBarter] = []
    /// Whether a sentence before set people free (`Rosja i Białoruś uwolniły 16 osób`), for the swap told after it.
    private var releasedBefore = false

    init(lexicon: Lexicon, events: EventLexicon, modality: ModalityReader, language: Language?, documentDate: PartialDate?) {
        self.lexicon = lexicon
        self.language = language
        patterns = language.flatMap { events.events[$0] }
        goodsWords = language.flatMap { events.goods[$0] }
        barters = language.flatMap { events.barters[$0] }
        dateReader = DateReader(language: language, documentDate: documentDate)
        self.modality = modality
        self.documentDate = documentDate
    }

    /// A trigger found in a sentence.
    private struct Trigger {
        var frame: EventFrame
        var tokens: Range<Int>
        var clause: Range<Int>
    }

    /// A goods word found in a sentence.
    private struct GoodsWord {
        var category: GoodsCategory
        var tokens: Range<Int>
    }

    /// The events of one sentence. `phrases` are its actor phrases; `ensure` makes a lexicon entry an
    /// entity of the document and gives its id (for the state behind an adjective such as
    /// `północnokoreańskiej broni`).
    mutating func code(
        sentence: Sentence, index sentenceIndex: Int, tokens: [Token], phrases: [ActorPhrase],
        ensure: (Int) -> String
    ) -> (events: [CodedEvent], exchanges: [CodedExchange]) {
        let range = sentence.tokens
        if range.lowerBound < tokens.count, tokens[range.lowerBound].lineBreaksBefore > 0, let current = anchor {
            // A new paragraph: the days of the news (`we wtorek`) carry on; a look back (`w 2022 roku`) ends.
            let near = current.day != nil && documentDate.map { abs($0.dayNumber - current.dayNumber) <= 7 } ?? false
            if !near { anchor = nil }
        }
        let dates = dateReader.dates(in: tokens, range: range, anchor: anchor).filter { $0.kind != .deadline }
        defer {
            if let last = dates.last { anchor = last.date }
        }
        // The sentence's subject (for a Polish sentence after it that leaves its subject out): its first
        // person or state without a preposition that may be nominative.
        previousSubject = currentSubject
        clauseStart = range.lowerBound
        if let first = phrases.first(where: { $0.preposition == nil && !$0.isPossessive && ($0.kind == .person || $0.kind == .state) && $0.maybeNominative }) {
            currentSubject = (first.entity, first.kind)
        } else {
            currentSubject = nil
        }
        guard let patterns else { return ([], []) }
        let clauses = ClauseMap.eventClauses(of: range, in: tokens, language: language)
        func clause(of index: Int) -> Range<Int> { clauses.first { $0.contains(index) } ?? range }

        // Triggers and goods words, outside the actor names.
        var inPhrase = Set<Int>()
        for phrase in phrases { inPhrase.formUnion(phrase.tokens) }
        var triggers: [Trigger] = []
        var cues: [Trigger] = []
        var goods: [GoodsWord] = []
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

        // News media and sources cited (`według Reutersa`) take part in no event of the sentence.
        let cited = CitedSource(lexicon: lexicon, language: language).sources(in: tokens, sentence: range, phrases: phrases)
        var events: [CodedEvent] = []
        var counterSpans: [(event: Int, span: Range<Int>)] = []
        var mutualPairs: [(Int, Int)] = []
        for trigger in triggers {
            guard let kind = trigger.frame.kind else { continue }
            // What is given in return is not what this event gives. Only a transfer has a return:
            // praise "in exchange for support" is no leg of a transaction.
            var counterSpan: Range<Int>?
            if kind.takesGoods, let preposition = trigger.frame.counterPreposition {
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
            for cue in cues where kind.takesGoods && cue.frame.introducesCounter && cue.clause == trigger.clause && cue.tokens.lowerBound > trigger.tokens.lowerBound {
                counterSpan = cue.tokens.lowerBound..<trigger.clause.upperBound
            }
            // `In return for the shells, Russia gave …`, `W zamian za amunicję Rosja przekazała …`: the cue's
            // phrase before the event, up to a comma or the next actor, is what is given back.
            for cue in cues where kind.takesGoods && cue.frame.introducesCounter && cue.clause == trigger.clause && cue.tokens.upperBound <= trigger.tokens.lowerBound {
                let end = (cue.tokens.upperBound..<trigger.tokens.lowerBound).first { index in
                    tokens[index].key == "," || phrases.contains { $0.tokens.lowerBound == index && !$0.isAdjective }
                }
                counterSpan = cue.tokens.lowerBound..<(end ?? trigger.tokens.lowerBound)
            }
            // A supply that is halted (`cut off gas supplies`, `wstrzymał dostawy`) is no supply.
            if kind.takesGoods, triggers.contains(where: { $0.frame.halts && $0.clause == trigger.clause && $0.tokens.upperBound <= trigger.tokens.lowerBound && trigger.tokens.lowerBound - $0.tokens.upperBound <= 4 }) {
                continue
            }
            // Its goods: from the word to the next event word of the clause, and the noun adjuncts right before it.
            let nextTrigger = triggers.first { $0.tokens.lowerBound > trigger.tokens.lowerBound && $0.clause == trigger.clause && !($0.frame.isNoun && $0.frame.kind?.takesGoods == true && kind.takesGoods) }
            let window = max(trigger.clause.lowerBound, trigger.tokens.lowerBound - 3)..<(nextTrigger?.tokens.lowerBound ?? trigger.clause.upperBound)
            var categories: [GoodsCategory] = []
            if kind.takesGoods {
                for word in goods where window.contains(word.tokens.lowerBound) && !(counterSpan?.contains(word.tokens.lowerBound) ?? false) {
                    if !categories.contains(word.category) { categories.append(word.category) }
                }
                if trigger.frame.releases { categories = [.people] }
                if categories.isEmpty {
                    if trigger.frame.needsGoods { continue }
                    categories = [trigger.frame.defaultGoods ?? .goods]
                }
            }
            // `wymieniają ropę za broń`: different goods each way are a barter (below), not a swap of like for like.
            if trigger.frame.mutual, categories.count != 1 { continue }
            let found = participants(of: trigger, kind: kind, tokens: tokens, phrases: phrases, goods: goods, events: events, cited: cited, ensure: ensure)
            guard let (sources, targets) = found else { continue }
            let future = isFutureForm(trigger, tokens: tokens)
            let status = modality.status(of: trigger.tokens.lowerBound, in: tokens, range: range, language: language, future: future)
            let date = nearestDate(to: trigger.tokens.lowerBound, clause: trigger.clause, dates: dates) ?? anchor ?? documentDate
            for source in sources {
                for target in targets where source.entity != target.entity {
                    guard admits(kind, source: source.kind, target: target.kind) else { continue }
                    let event = CodedEvent(
                        kind: kind, source: source.entity, target: target.entity, goods: categories.sorted(), status: status,
                        date: date, sentence: sentenceIndex, trigger: trigger.tokens.lowerBound)
                    if let duplicate = events.firstIndex(where: { Self.sameTransfer($0, event) && trigger.clause.contains($0.trigger) }) {
                        // `przekaże … pomoc`: the verb and its object noun are one transfer.
                        for category in event.goods where !events[duplicate].goods.contains(category) {
                            events[duplicate].goods.append(category)
                        }
                        events[duplicate].goods.sort()
                        if kind == .aids { events[duplicate].kind = .aids }
                        continue
                    }
                    if events.contains(where: { $0.kind == event.kind && $0.source == event.source && $0.target == event.target && $0.goods == event.goods }) { continue }
                    events.append(event)
                    if let counterSpan { counterSpans.append((events.count - 1, counterSpan)) }
                    if trigger.frame.mutual {
                        // `Rosja i Ukraina wymieniły jeńców`, `a prisoner swap between A and B`: each gives the other.
                        var back = event
                        (back.source, back.target) = (event.target, event.source)
                        events.append(back)
                        mutualPairs.append((events.count - 2, events.count - 1))
                    }
                }
            }
        }

        // Exchanges.
        var exchanges = mutualPairs.map { pair in
            CodedExchange(legs: [pair.0, pair.1], status: events[pair.0].status, date: events[pair.0].date, sentence: sentenceIndex)
        }
        let transfers = events.indices.filter { events[$0].kind.takesGoods }
        func reverse(of leg: Int, goodsIn span: Range<Int>) -> Int {
            let original = events[leg]
            var categories: [GoodsCategory] = []
            // What is given in return is not what is paid (`zapłaciła za rosyjskie baterie 2,5 mld dolarów`).
            for word in goods where span.contains(word.tokens.lowerBound) && !categories.contains(word.category) && !original.goods.contains(word.category) {
                categories.append(word.category)
            }
            // People set free for a person (`released Griner in exchange for Viktor Bout, the arms dealer`): a swap.
            if original.goods == [.people] {
                let head = span.lowerBound..<((span.lowerBound..<span.upperBound).first { tokens[$0].key == "," } ?? span.upperBound)
                if !goods.contains(where: { head.contains($0.tokens.lowerBound) && $0.category != .people }) { categories = [.people] }
            }
            // `In return for the warships, …`: the transfer the text told already.
            if let told = (events + previousEvents).last(where: { event in
                event.kind.takesGoods && event.source == original.target && event.target == original.source
                    && (categories.isEmpty || !Set(event.goods).isDisjoint(with: categories))
            }) {
                if let index = events.firstIndex(of: told) { return index }
                events.append(told)
                return events.count - 1
            }
            let counter = CodedEvent(
                kind: .supplies, source: original.target, target: original.source,
                goods: categories.isEmpty ? [.goods] : categories.sorted(), status: original.status, date: original.date,
                sentence: sentenceIndex, trigger: span.lowerBound)
            events.append(counter)
            return events.count - 1
        }
        if !cues.isEmpty || !counterSpans.isEmpty {
            var paired = Set(mutualPairs.flatMap { [$0.0, $0.1] })
            // Two transfers of the sentence in opposite directions.
            for first in transfers {
                for second in transfers where second > first && !paired.contains(first) && !paired.contains(second) {
                    if events[first].source == events[second].target && events[first].target == events[second].source {
                        exchanges.append(CodedExchange(legs: [first, second], status: events[first].status, date: events[first].date, sentence: sentenceIndex))
                        paired.formUnion([first, second])
                    }
                }
            }
            // One transfer and what is given in return for it.
            for (leg, span) in counterSpans where !paired.contains(leg) {
                let counter = reverse(of: leg, goodsIn: span)
                exchanges.append(CodedExchange(legs: [leg, counter], status: events[leg].status, date: events[leg].date, sentence: sentenceIndex))
                paired.insert(leg)
            }
            // `in return for the warships, Britain grants …`: the cue's phrase is what the other side gave.
            for cue in cues where cue.frame.introducesCounter {
                for leg in transfers where !paired.contains(leg) && !cue.clause.contains(events[leg].trigger) {
                    let counter = reverse(of: leg, goodsIn: cue.clause)
                    exchanges.append(CodedExchange(legs: [leg, counter], status: events[leg].status, date: events[leg].date, sentence: sentenceIndex))
                    paired.insert(leg)
                }
            }
            // `Israel, in turn, supplies …`: the return of a transfer the sentence before told.
            if cues.contains(where: { !$0.frame.introducesCounter }) {
                for leg in transfers where !paired.contains(leg) {
                    if let earlier = previousEvents.firstIndex(where: { $0.kind.takesGoods && $0.source == events[leg].target && $0.target == events[leg].source }) {
                        events.append(previousEvents[earlier])
                        exchanges.append(CodedExchange(legs: [events.count - 1, leg], status: events[leg].status, date: events[leg].date, sentence: sentenceIndex))
                        paired.insert(leg)
                    }
                }
                // `W zamian A, B i C przekazały Rosji jej obywateli`: people handed over in return for people the
                // text told were set free — one swap, whatever the number of parties.
                let handed = transfers.filter { !paired.contains($0) && events[$0].goods == [.people] }
                if !handed.isEmpty, previousEvents.contains(where: { $0.goods == [.people] }) || sentenceIndex > 0 && releasedBefore {
                    // The people given back go to the parties as a group; the text does not say who takes
                    // whom, so one leg back goes to the first party named.
                    var legs = handed
                    for leg in handed.prefix(1) {
                        let back = CodedEvent(
                            kind: .supplies, source: events[leg].target, target: events[leg].source, goods: [.people], status: events[leg].status,
                            date: events[leg].date, sentence: sentenceIndex, trigger: events[leg].trigger)
                        events.append(back)
                        legs.append(events.count - 1)
                    }
                    exchanges.append(CodedExchange(legs: legs, status: events[handed[0]].status, date: events[handed[0]].date, sentence: sentenceIndex))
                    paired.formUnion(handed)
                }
            }
        }
        // `a trade of oil for weapons` between two actors.
        exchanges.append(
            contentsOf: goodsForGoods(
                in: range, tokens: tokens, goods: goods, phrases: phrases, dates: dates, events: &events,
                exchanged: Set(exchanges.flatMap(\.legs)), sentence: sentenceIndex, ensure: ensure))
        if triggers.contains(where: { $0.frame.releases }) { releasedBefore = true }
        // The transfers told so far (for `in turn`, `in return for`, pronouns), the latest last.
        previousEvents.append(contentsOf: events.filter { $0.sentence == sentenceIndex && $0.kind.takesGoods })
        if previousEvents.count > 64 { previousEvents.removeFirst(previousEvents.count - 64) }
        return (events, exchanges)
    }

    /// Whether two events are the same transfer read twice (a verb and its object noun).
    private static func sameTransfer(_ a: CodedEvent, _ b: CodedEvent) -> Bool {
        a.kind.takesGoods && b.kind.takesGoods && a.source == b.source && a.target == b.target && a.trigger != b.trigger
    }

    private func admits(_ kind: RelationKind, source: EntityKind, target: EntityKind) -> Bool {
        guard OntologyCheck.admits(kind, source: source, target: target) else { return false }
        if source == .place { return false }
        if target == .place { return kind == .visits || kind == .attacks }
        return true
    }

    // MARK: Participants

    private typealias Party = (entity: String, kind: EntityKind)

    private func participants(
        of trigger: Trigger, kind: RelationKind, tokens: [Token], phrases: [ActorPhrase], goods: [GoodsWord],
        events: [CodedEvent], cited: Set<Int>, ensure: (Int) -> String
    ) -> (sources: [Party], targets: [Party])? {
        let frame = trigger.frame
        let at = trigger.tokens.lowerBound
        let inClause = phrases.indices.filter { trigger.clause.contains(phrases[$0].tokens.lowerBound) }
        var used = cited
        if frame.releases, let found = released(by: trigger, tokens: tokens, phrases: phrases, inClause: inClause, goods: goods, ensure: ensure) {
            used.formUnion(found.used)
        } else if frame.releases {
            return nil
        }
        let negated = language == .pl && at > trigger.clause.lowerBound && tokens[at - 1].key == "nie"

        // `sending Syrian mercenaries`, `rosyjskiej ropy`: an adjective on traded goods says where they come from.
        for position in inClause where phrases[position].isAdjective {
            let next = phrases[position].tokens.upperBound
            if goods.contains(where: { $0.tokens.lowerBound == next }) { used.insert(position) }
        }

        let subjectBefore = inClause.contains { position in
            let phrase = phrases[position]
            return phrase.tokens.upperBound <= at && phrase.preposition == nil && !phrase.isPossessive && phrase.maybeNominative
        }

        func find(_ slot: EventFrame.Slot) -> [Party]? {
            switch slot {
            case .subject:
                return subject(of: trigger, in: inClause, phrases: phrases, tokens: tokens, excluding: used).map { expand($0, phrases) }
            case .grammaticalCase(let name):
                let candidates = inClause.filter { position in
                    let phrase = phrases[position]
                    guard phrase.preposition == nil, !phrase.isAdjective, !used.contains(position) else { return false }
                    if phrase.hasCase(name) { return true }
                    // Polish negation puts the object in the genitive: `nie zaatakowała Polski`.
                    if name == "acc", negated, phrase.hasCase("gen"), phrase.tokens.lowerBound > at { return true }
                    // A name of unknown case after the verb may be its object: when inflected, or when the subject
                    // came before the verb (`Polska skrytykowała Węgry`; but `Sankcje skrytykowała Rosja`).
                    return name == "acc" && phrase.cases == nil && phrase.tokens.lowerBound > at
                        && (!phrase.isBaseForm || subjectBefore)
                }
                return nearest(candidates, to: trigger, phrases: phrases, preferAfter: true).map { expand($0, phrases) }
            case .object:
                let candidate = inClause.first { position in
                    let phrase = phrases[position]
                    return phrase.tokens.lowerBound >= trigger.tokens.upperBound && phrase.preposition == nil && !used.contains(position)
                        && !phrase.isPossessive
                }
                // Only the words of a noun phrase between the verb and its object.
                if let candidate, (trigger.tokens.upperBound..<phrases[candidate].tokens.lowerBound).allSatisfy({ tokens[$0].isWord && tokens[$0].shape != .number || tokens[$0].key == "'" }) {
                    return expand(candidate, phrases)
                }
                return objectAdjective(after: trigger, tokens: tokens, goods: goods, ensure: ensure)
            case .preposition(let preposition):
                // English prepositional phrases follow the word; Polish ones may come first (`z Moskwą podpisała`).
                let candidates = inClause.filter { position in
                    phrases[position].preposition == preposition && !used.contains(position)
                        && (language != .en || phrases[position].tokens.lowerBound >= trigger.tokens.upperBound)
                }
                if let found = nearest(candidates, to: trigger, phrases: phrases, preferAfter: true) { return expand(found, phrases) }
                // `z polskich magazynów`, `from Russian stocks`: a state adjective after the preposition.
                guard let at = trigger.clause.first(where: { $0 >= trigger.tokens.upperBound && tokens[$0].text.lowercased() == preposition }),
                    at + 1 < trigger.clause.upperBound
                else { return nil }
                return stateAdjective(near: at + 1..<at + 1, in: tokens, clause: trigger.clause, after: true, ensure: ensure).map { [$0] }
            case .possessor:
                let candidates = inClause.filter { position in
                    let phrase = phrases[position]
                    guard !used.contains(position), phrase.preposition == nil || phrase.preposition == "of" else { return false }
                    if language == .en { return phrase.isPossessive || phrase.preposition == "of" }
                    guard phrase.hasCase("gen"), phrase.tokens.lowerBound > trigger.clause.lowerBound else { return false }
                    let before = tokens[phrase.tokens.lowerBound - 1]
                    return before.isWord && (before.shape == .lower || before.isInitial)
                }
                return nearest(candidates, to: trigger, phrases: phrases, preferAfter: true).map { expand($0, phrases) }
            case .pronoun:
                // Resolved below, once the actor is known.
                return nil
            case .adjective:
                // A state adjective right before the noun (skipping goods words) or right after it.
                if let position = inClause.first(where: { position in
                    let phrase = phrases[position]
                    // `with Turkey's backing`: the preposition belongs to the noun, not to its possessor.
                    guard phrase.isAdjective || phrase.isPossessive || language == .en, !used.contains(position),
                        phrase.preposition == nil || phrase.isPossessive
                    else { return false }
                    let end = phrase.tokens.upperBound + (phrase.isPossessive ? 2 : 0)
                    if end <= at {
                        let between = end..<at
                        return between.count <= 2 && between.allSatisfy { index in goods.contains { $0.tokens.contains(index) } }
                    }
                    return phrase.isAdjective && phrase.tokens.lowerBound == trigger.tokens.upperBound
                }) {
                    return expand(position, phrases)
                }
                // Polish: the genitive right after the noun (`inwazja Rosji`, `spotkanie Kim-Putin`, `wizyta Xi`).
                if language == .pl, let position = inClause.first(where: { position in
                    let phrase = phrases[position]
                    return phrase.tokens.lowerBound == trigger.tokens.upperBound && phrase.preposition == nil && !used.contains(position)
                        && (phrase.cases.map { $0.contains(":gen") } ?? true)
                }) {
                    return expand(position, phrases)
                }
                // `Israeli arms sales`: over the goods words before the noun.
                var start = at
                while start > trigger.clause.lowerBound, goods.contains(where: { $0.tokens.contains(start - 1) }) { start -= 1 }
                return stateAdjective(near: start..<trigger.tokens.upperBound, in: tokens, clause: trigger.clause, after: false, ensure: ensure).map { [$0] }
            case .origin:
                // A buyer's goods follow the verb: `Wenezuelskie wojsko kupiło …` names the buyer, not the seller.
                for word in goods where trigger.clause.contains(word.tokens.lowerBound) && !(frame.subjectReceives && word.tokens.upperBound <= at) {
                    if let state = stateAdjective(near: word.tokens, in: tokens, clause: trigger.clause, after: true, ensure: ensure) { return [state] }
                }
                return nil
            }
        }

        func first(of slots: [EventFrame.Slot]) -> [Party]? {
            for slot in slots {
                if let found = find(slot) {
                    for party in found {
                        if let position = inClause.first(where: { phrases[$0].entity == party.entity }) { used.insert(position) }
                    }
                    return found
                }
            }
            return nil
        }

        // The agent of an event noun: the adjective or the actor right after it (`spotkanie Kim-Putin`),
        // an English noun adjunct or possessive before it, `przez`/`by`.
        var agentSlots: [EventFrame.Slot] = []
        if frame.isNoun {
            agentSlots = [.preposition(language == .en ? "by" : "przez"), .adjective]
        }
        let passive = !frame.isNoun && isPassive(trigger, tokens: tokens)
        var targets: [Party]?
        var sources: [Party]?
        // An event noun after a preposition (`sankcje za zakup`, `talks about purchases`) is not said of the subject.
        let nounAfterPreposition = frame.isNoun && at > trigger.clause.lowerBound
            && ActorPhrase.preposition(tokens[at - 1], in: language == .en ? ActorPhrase.englishPrepositions : ActorPhrase.polishPrepositions) != nil
        if frame.subjectReceives {
            let buyer = first(of: agentSlots) ?? (nounAfterPreposition ? nil : first(of: [.subject]))
            sources = first(of: frame.sources)
            targets = buyer
        } else if passive {
            sources = first(of: [.preposition(language == .en ? "by" : "przez")])
            // Polish keeps its case roles in the passive (`zostały dostarczone Ukrainie`); else the subject.
            if language == .pl { targets = first(of: frame.targets) }
            targets = targets ?? first(of: [.subject])
            // `the purchase would be paid for with a loan`: the buyer of the sale told pays its seller.
            if sources == nil, frame.counterPreposition != nil,
                let sold = (previousEvents + events).last(where: { $0.kind.takesGoods && !$0.goods.contains(.money) })
            {
                sources = [(sold.target, entityKind(sold.target, phrases: phrases) ?? .state)]
                targets = [(sold.source, entityKind(sold.source, phrases: phrases) ?? .state)]
            }
        } else {
            targets = first(of: frame.targets)
            sources = first(of: frame.sources + agentSlots) ?? first(of: [.subject])
        }
        if targets == nil, frame.targets.contains(.pronoun) || kind.takesGoods, let sources {
            // `przekaże im`, `give them`: the other party of the sentence's transfer before.
            let pronouns: Set<String> = language == .en ? ["them", "him", "her", "it"] : ["im", "jej", "jemu", "mu", "nim", "nia", "nich"]
            if (trigger.tokens.upperBound..<trigger.clause.upperBound).contains(where: { pronouns.contains(tokens[$0].key) }),
                case let actors = sources.map({ party in capitalState(of: party).map { lexicon.entries[$0].id } ?? party.entity }),
                let earlier = (events + previousEvents).last(where: { $0.kind.takesGoods && !actors.contains($0.source) && actors.contains($0.target) })
            {
                targets = [(earlier.source, entityKind(earlier.source, phrases: phrases) ?? .state)]
            }
        }
        if frame.releases, targets == nil, let found = released(by: trigger, tokens: tokens, phrases: phrases, inClause: inClause, goods: goods, ensure: ensure) {
            targets = found.state.map { [($0.entity, $0.kind)] }
            // `freed Trevor Reed in return for a Russian pilot serving a sentence in the United States`: the
            // other state the sentence names.
            if targets == nil, let sources,
                let other = phrases.last(where: { phrase in phrase.kind == .state && !phrase.isPossessive && !sources.contains { $0.entity == phrase.entity } })
            {
                targets = [(other.entity, .state)]
            }
        }
        // `Donald Trump wyśmiał go`, `criticized him`: an object pronoun after the word is the actor the
        // sentence before was about (its subject).
        if targets == nil, !kind.takesGoods, let sources, let carried = previousSubject, !sources.contains(where: { $0.entity == carried.entity }),
            (trigger.tokens.upperBound..<min(trigger.tokens.upperBound + 2, trigger.clause.upperBound)).contains(where: { index in
                Self.objectPronouns.contains(tokens[index].text.lowercased())
            })
        {
            targets = [carried]
        }
        // `zapłaciła za rosyjskie baterie`, `za rosyjskie reaktory Węgry zapłacą`: the payee is where the goods
        // paid for come from.
        if targets == nil, let preposition = frame.counterPreposition,
            let at = (trigger.tokens.upperBound..<trigger.clause.upperBound).first(where: { tokens[$0].key == preposition })
                ?? trigger.clause.first(where: { $0 < trigger.tokens.lowerBound && tokens[$0].key == preposition })
        {
            for word in goods where word.tokens.lowerBound > at && trigger.clause.contains(word.tokens.lowerBound) {
                if let state = stateAdjective(near: word.tokens, in: tokens, clause: trigger.clause, after: true, ensure: ensure) {
                    targets = [state]
                    break
                }
            }
        }
        // `Indie zapłacą za systemy 5 mld dolarów`: the payee is who the text said delivers to the payer.
        if targets == nil, frame.counterPreposition != nil, let sources,
            let sold = (previousEvents + events).last(where: { event in
                event.kind.takesGoods && !event.goods.contains(.money) && sources.contains { $0.entity == event.target } && !sources.contains { $0.entity == event.source }
            })
        {
            targets = [(sold.source, entityKind(sold.source, phrases: phrases) ?? .state)]
        }
        // `a company that Washington had sanctioned`: the object of a relative clause is the noun before it.
        if targets == nil, let sources, isRelativeClause(trigger.clause, tokens: tokens),
            let antecedent = phrases.lastIndex(where: { $0.tokens.upperBound <= trigger.clause.lowerBound }),
            !sources.contains(where: { $0.entity == phrases[antecedent].entity })
        {
            targets = [(phrases[antecedent].entity, phrases[antecedent].kind)]
        }
        // `Hungary denied that it supplied …`, `Węgry zaprzeczyły, że dostarczyły …`: the subject of a
        // complement clause that is a pronoun, or dropped, is the main clause's.
        if sources == nil, targets != nil, !frame.isNoun, isComplementClauseWithoutSubject(trigger, tokens: tokens, phrases: phrases, inClause: inClause),
            let main = phrases.indices.last(where: { index in
                let phrase = phrases[index]
                return phrase.tokens.upperBound <= trigger.clause.lowerBound && phrase.preposition == nil && !phrase.isPossessive
                    && phrase.maybeNominative && !cited.contains(index)
            })
        {
            sources = expand(main, phrases)
        }
        // Polish drops a subject the sentence before named: `Erdoğan powtarzał … W sierpniu odwiedził …`.
        if sources == nil, targets != nil, language == .pl, !frame.isNoun, let carried = previousSubject,
            trigger.clause.lowerBound == clauseStart, !inClause.contains(where: { phrases[$0].tokens.upperBound <= at && phrases[$0].preposition == nil })
        {
            sources = [carried]
        }
        // Symmetric events between coordinated actors: `Putin i Kim mają prowadzić negocjacje`, `talks between A and B`.
        if kind.isSymmetric || frame.mutual, targets == nil || sources == nil {
            if let sources, sources.count >= 2 { return ([sources[0]], Array(sources.dropFirst())) }
            if let between = inClause.first(where: { ["between", "miedzy"].contains(phrases[$0].preposition ?? "") }) {
                let pair = expand(between, phrases)
                if pair.count >= 2 { return ([pair[0]], [pair[1]]) }
                // `między Rosją a Ukrainą`: Polish pairs with `a`.
                let end = phrases[between].tokens.upperBound
                if pair.count == 1, language == .pl, end + 1 < tokens.count, tokens[end].key == "a",
                    let other = phrases.first(where: { $0.tokens.lowerBound == end + 1 }), other.entity != pair[0].entity
                {
                    return ([pair[0]], [(other.entity, other.kind)])
                }
            }
        }
        guard let sources, let targets else { return nil }
        // A capital acting or acted upon is its state (`podpisała z Moskwą`), except as a destination.
        return (sources.map { stateOfCapital($0, ensure: ensure) }, kind == .visits ? targets : targets.map { stateOfCapital($0, ensure: ensure) })
    }

    /// Who a release sets free: a person right after the verb (`released American basketball star Brittney
    /// Griner`, `uwolniła Szalita`) or a people word (`prisoners`, `więźniów`), with the state an adjective
    /// gives them. `used` are the phrases that name them (not the parties of the transfer).
    private func released(
        by trigger: Trigger, tokens: [Token], phrases: [ActorPhrase], inClause: [Int], goods: [GoodsWord], ensure: (Int) -> String
    ) -> (state: Party?, used: Set<Int>)? {
        let after = trigger.tokens.upperBound
        let near = after..<min(trigger.clause.upperBound, after + 7)
        guard let person = inClause.first(where: { phrases[$0].kind == .person && phrases[$0].preposition == nil && near.contains(phrases[$0].tokens.lowerBound) })
            ?? goods.first(where: { $0.category == .people && near.contains($0.tokens.lowerBound) }).map({ _ in -1 })
        else { return nil }
        var used = Set<Int>()
        var state: Party?
        let end = person >= 0 ? phrases[person].tokens.lowerBound : near.upperBound
        for position in inClause where phrases[position].tokens.lowerBound >= after && phrases[position].tokens.upperBound <= end {
            used.insert(position)
            if state == nil, phrases[position].isAdjective, phrases[position].kind == .state {
                state = (phrases[position].entity, .state)
            }
        }
        for index in after..<end where state == nil && tokens[index].isWord {
            state = stateAdjective(near: index..<index, in: tokens, clause: trigger.clause, after: true, ensure: ensure)
        }
        if person >= 0 {
            used.insert(person)
            // The apposition after the name (`Trevor Reed, a former Marine`) names no party either.
            for position in inClause where phrases[position].tokens.lowerBound == phrases[person].tokens.upperBound + 1 && phrases[position].kind == .person {
                used.insert(position)
            }
        }
        return (state, used)
    }

    /// The lexicon entry of the state a capital stands for; `nil` for other parties.
    private func capitalState(of party: Party) -> Int? {
        guard party.kind == .place, let entry = lexicon.entryIndex[party.entity], let capitalOf = lexicon.entries[entry].capitalOf
        else { return nil }
        return lexicon.entryIndex[capitalOf]
    }

    /// The state a capital stands for, made an entity of the document; other parties as they are.
    private func stateOfCapital(_ party: Party, ensure: (Int) -> String) -> Party {
        guard let state = capitalState(of: party) else { return party }
        return (ensure(state), .state)
    }

    private func entityKind(_ id: String, phrases: [ActorPhrase]) -> EntityKind? {
        phrases.first { $0.entity == id }?.kind ?? lexicon.entryIndex[id].map { lexicon.entries[$0].kind }
    }

    /// The phrase and those coordinated with it.
    private func expand(_ position: Int, _ phrases: [ActorPhrase]) -> [Party] {
        let group = phrases[position].group
        var parties: [Party] = []
        for phrase in phrases where phrase.group == group && !parties.contains(where: { $0.entity == phrase.entity }) {
            parties.append((phrase.entity, phrase.kind))
        }
        return parties
    }

    private func nearest(_ candidates: [Int], to trigger: Trigger, phrases: [ActorPhrase], preferAfter: Bool) -> Int? {
        let after = candidates.filter { phrases[$0].tokens.lowerBound >= trigger.tokens.upperBound }
        let before = candidates.filter { phrases[$0].tokens.upperBound <= trigger.tokens.lowerBound }
        if preferAfter, let first = after.first { return first }
        return before.last ?? after.first
    }

    /// The subject: the actor before the word in its clause with no preposition (in Polish one that may
    /// be nominative, before or after the verb); a participle's noun (`Wojskom rosyjskim atakującym`,
    /// `Russian troops attacking`).
    private func subject(of trigger: Trigger, in clause: [Int], phrases: [ActorPhrase], tokens: [Token], excluding used: Set<Int>) -> Int? {
        let at = trigger.tokens.lowerBound
        let key = tokens[at].key
        if isAttributiveParticiple(key), let last = clause.last(where: { phrases[$0].tokens.upperBound <= at }),
            at - phrases[last].tokens.upperBound <= 1
        {
            return last
        }
        let candidates = clause.filter { position in
            let phrase = phrases[position]
            guard !used.contains(position), phrase.preposition == nil, !phrase.isPossessive else { return false }
            // The object of a participle after an actor (`wojska rosyjskie atakujące Ukrainę`, `Russian troops
            // attacking Ukraine`) is not the subject of the main verb.
            let participle = phrase.tokens.lowerBound - 1
            if participle > trigger.clause.lowerBound, participle != at, tokens[participle].shape == .lower,
                isAttributiveParticiple(tokens[participle].key),
                clause.contains(where: { phrases[$0].tokens.upperBound <= participle && participle - phrases[$0].tokens.upperBound <= 1 })
            {
                return false
            }
            if language == .pl { return phrase.maybeNominative && !(phrase.cases?.isEmpty ?? false) || phrase.cases == nil }
            return true
        }
        if let before = candidates.last(where: { phrases[$0].tokens.upperBound <= at }) {
            if language == .pl, let cases = phrases[before].cases, !cases.contains(":nom") {
                // fall through to the ones after the verb
            } else {
                return before
            }
        }
        if language == .pl {
            return candidates.first { phrases[$0].tokens.lowerBound >= trigger.tokens.upperBound && (phrases[$0].cases?.contains(":nom") ?? true) }
        }
        return nil
    }

    /// A `that`/`że` clause whose subject is a personal pronoun (English) or left out (Polish).
    private func isComplementClauseWithoutSubject(_ trigger: Trigger, tokens: [Token], phrases: [ActorPhrase], inClause: [Int]) -> Bool {
        let start = trigger.clause.lowerBound
        let opener = tokens[start].text.lowercased()
        guard ["that", "że", "iż"].contains(opener) else { return false }
        if inClause.contains(where: { phrases[$0].tokens.upperBound <= trigger.tokens.lowerBound && phrases[$0].preposition == nil }) { return false }
        if language == .en {
            return start + 1 < trigger.clause.upperBound && ["it", "they", "he", "she", "we"].contains(tokens[start + 1].key)
        }
        return true
    }

    /// A clause opened by a relative pronoun after a noun (`a company that …`, `firma, którą …`), not a
    /// complement (`said that …`) or a clause about the sentence before it (`…, which Ankara rejected`).
    private func isRelativeClause(_ clause: Range<Int>, tokens: [Token]) -> Bool {
        let opener = tokens[clause.lowerBound].key
        guard ClauseMap.relativePronouns.contains(opener), clause.lowerBound > 0 else { return false }
        let before = tokens[clause.lowerBound - 1]
        if language == .en {
            guard opener == "that", before.isWord else { return false }
            return !before.key.hasSuffix("ed") && !before.key.hasSuffix("ing") && !Self.speechVerbs.contains(before.key)
        }
        return true
    }

    /// Object pronouns that stand for a person or state named before (as written: `ją`, `nią`).
    static let objectPronouns = ClosedClassWords.standard.words(.objectPronoun)

    static let speechVerbs = ClosedClassWords.standard.words(.speechVerb)

    private func isAttributiveParticiple(_ key: String) -> Bool {
        if language == .en { return key.hasSuffix("ing") }
        return ["acy", "acym", "acego", "acej", "aca", "ace", "acych", "acymi"].contains { key.hasSuffix($0) }
    }

    /// A state adjective on the object right after the verb (`striking Armenian positions`, `pochwalił
    /// chiński plan`), unless it names where traded goods come from.
    private func objectAdjective(after trigger: Trigger, tokens: [Token], goods: [GoodsWord], ensure: (Int) -> String) -> [Party]? {
        var index = trigger.tokens.upperBound
        if index < trigger.clause.upperBound, ["the", "a", "an", "rowniez", "takze", "tez"].contains(tokens[index].key) { index += 1 }
        guard index < trigger.clause.upperBound, !goods.contains(where: { $0.tokens.contains(index + 1) || $0.tokens.contains(index + 2) }),
            let state = stateAdjective(near: index..<index, in: tokens, clause: trigger.clause, after: true, ensure: ensure)
        else { return nil }
        return [state]
    }

    /// `was criticized by`, `were supplied by`; `została skrytykowana przez`, `zostały dostarczone`.
    private func isPassive(_ trigger: Trigger, tokens: [Token]) -> Bool {
        let key = tokens[trigger.tokens.lowerBound].key
        let be: Set<String>
        switch language {
        case .en:
            guard key.hasSuffix("ed") || key.hasSuffix("en") || ["met", "sent", "sold", "struck", "bought", "paid"].contains(key) else { return false }
            be = ["was", "were", "is", "are", "be", "been", "being"]
        case .pl:
            // A passive participle (folded: `skrytykowana`, `dostarczone`, `zaatakowany`, `wzięci`).
            guard ["ny", "na", "ne", "ni", "ty", "ta", "te", "ci"].contains(where: { key.hasSuffix($0) }) else { return false }
            be = ["zostal", "zostala", "zostalo", "zostali", "zostaly", "zostanie", "zostana", "zostac", "byl", "byla", "bylo", "byli",
                "byly", "jest", "sa", "bedzie", "beda", "byc"]
        case nil:
            return false
        }
        var index = trigger.tokens.lowerBound - 1
        var steps = 0
        while index >= trigger.clause.lowerBound, steps < 3 {
            if be.contains(tokens[index].key) { return true }
            guard tokens[index].shape == .lower else { return false }
            index -= 1
            steps += 1
        }
        return false
    }

    /// The state behind an adjective next to `words` (`północnokoreańskiej broni`, `broni rosyjskiej`,
    /// `Israeli-made drones`, `North Korean weapons`).
    private func stateAdjective(near words: Range<Int>, in tokens: [Token], clause: Range<Int>, after: Bool, ensure: (Int) -> String) -> Party? {
        var positions: [Range<Int>] = []
        if words.isEmpty {
            // The adjective starting at `words.lowerBound`.
            for length in [2, 1] where words.lowerBound + length <= clause.upperBound {
                positions.append(words.lowerBound..<words.lowerBound + length)
            }
        }
        for length in [2, 1] where !words.isEmpty {
            let start = words.lowerBound - length
            if start >= clause.lowerBound { positions.append(start..<words.lowerBound) }
            if start - 1 >= clause.lowerBound, tokens[words.lowerBound - 1].key == "made" { positions.append(start - 1..<words.lowerBound - 1) }
            let end = words.upperBound + length
            if after, end <= clause.upperBound, language == .pl { positions.append(words.upperBound..<end) }
        }
        for span in positions {
            let key = span.map { tokens[$0].key }.joined(separator: " ")
            guard let targets = lexicon.targets(key) else { continue }
            for target in targets where target.use == .adjective {
                guard case .entry(let entry) = target.referent, lexicon.entries[entry].kind == .state else { continue }
                return (ensure(entry), .state)
            }
        }
        return nil
    }

    // MARK: Status, dates

    /// A Polish perfective verb in a non-past form (`przekażą`, `spotka się`): the future.
    private func isFutureForm(_ trigger: Trigger, tokens: [Token]) -> Bool {
        guard language == .pl, trigger.frame.perfective, !trigger.frame.isNoun else { return false }
        let key = tokens[trigger.tokens.lowerBound].key
        // Past (`-ł`, `-li`, `-ły`, folded to `l`), infinitive (`-ć`), passive participle, gerund: not the future.
        let notFuture = ["l", "la", "lo", "li", "ly", "lem", "lam", "les", "las", "lismy", "lysmy", "liscie", "lyscie", "c",
            "ny", "na", "ne", "no", "nych", "nym", "nej", "nego", "ty", "ta", "te", "to", "nie", "nia"]
        return !notFuture.contains { key.hasSuffix($0) }
    }

    private func nearestDate(to index: Int, clause: Range<Int>, dates: [DateExpression]) -> PartialDate? {
        let inClause = dates.filter { clause.contains($0.tokens.lowerBound) }
        let pool = inClause.isEmpty ? dates : inClause
        return pool.min { abs($0.tokens.lowerBound - index) < abs($1.tokens.lowerBound - index) }?.date
    }

    // MARK: Exchanges of goods for goods

    /// `a trade of oil for weapons`, `ropa za żywność`, `oil-for-food`, `Chinese loans repaid with Angolan
    /// crude`: two goods words joined by a barter linker of the dictionary. The parties are the state
    /// adjectives of the goods, else the sentence's two actors (the first gives the first goods); with
    /// neither, the barter is left to the ``ExchangeLinker``, which finds its legs elsewhere in the document.
    private mutating func goodsForGoods(
        in range: Range<Int>, tokens: [Token], goods: [GoodsWord], phrases: [ActorPhrase], dates: [DateExpression],
        events: inout [CodedEvent], exchanged: Set<Int>, sentence: Int, ensure: (Int) -> String
    ) -> [CodedExchange] {
        guard let barters else { return [] }
        var exchanges: [CodedExchange] = []
        for (position, given) in goods.enumerated() where position + 1 < goods.count {
            // The linker after the first goods word (a one-word linker right after it: `oil-for-sugar`), and
            // the second goods word right after the linker (an adjective may stand between).
            var linker: Range<Int>?
            var at = given.tokens.upperBound
            while at < range.upperBound, at <= given.tokens.upperBound + 6, linker == nil {
                if let match = barters.longestMatch(at: at, in: tokens, end: range.upperBound),
                    match.tokens.count > 1 || at - given.tokens.upperBound <= 1
                {
                    linker = match.tokens
                }
                if goods.contains(where: { $0.tokens.lowerBound == at }) { break }
                at += 1
            }
            guard let linker,
                let taken = goods[(position + 1)...].first(where: { $0.tokens.lowerBound >= linker.upperBound && $0.tokens.lowerBound - linker.upperBound <= 2 }),
                given.category != taken.category || given.category == .people
            else { continue }
            let status = modality.status(of: given.tokens.lowerBound, in: tokens, range: range, language: language, future: false)
            let date = nearestDate(to: given.tokens.lowerBound, clause: range, dates: dates) ?? anchor ?? documentDate
            // A transfer of either goods the sentence states (`kupiła od Rosji gaz za ruble`, `Sonangol sells oil
            // to Chinese buyers`) is a leg: it sets the direction, and what is given for it is no part of it.
            if let stated = events.indices.first(where: { events[$0].kind.takesGoods && events[$0].goods.contains(given.category) })
                ?? events.indices.first(where: { events[$0].kind.takesGoods && events[$0].goods.contains(taken.category) })
            {
                guard !exchanged.contains(stated) else { continue }
                // What the transfer names outside the barter (`wpompowały miliardy dolarów w ramach umowy
                // „cukier za kredyty”`) is what it gives.
                let barter = given.tokens.lowerBound..<taken.tokens.upperBound
                let outside = Set(goods.filter { !barter.contains($0.tokens.lowerBound) }.map(\.category))
                let givesTaken = outside.contains(taken.category) && !outside.contains(given.category)
                let first = events[stated].goods.contains(given.category) && !givesTaken ? given.category : taken.category
                let second = first == given.category ? taken.category : given.category
                if first != second, !outside.contains(second) { events[stated].goods.removeAll { $0 == second } }
                let leg = events[stated]
                let counter = CodedEvent(
                    kind: .supplies, source: leg.target, target: leg.source, goods: [second], status: leg.status, date: leg.date,
                    sentence: sentence, trigger: taken.tokens.lowerBound)
                events.append(counter)
                exchanges.append(CodedExchange(legs: [stated, events.count - 1], status: leg.status, date: leg.date, sentence: sentence))
                continue
            }
            var parties: [Party] = []
            // `Chinese loans … Angolan crude`: each goods word names its giver.
            if let giver = stateAdjective(near: given.tokens, in: tokens, clause: range, after: false, ensure: ensure),
                let taker = stateAdjective(near: taken.tokens, in: tokens, clause: range, after: false, ensure: ensure), giver.entity != taker.entity
            {
                parties = [giver, taker]
            } else {
                for phrase in phrases where !parties.contains(where: { $0.entity == phrase.entity }) && phrase.kind != .place {
                    parties.append((phrase.entity, phrase.kind))
                }
            }
            guard parties.count == 2 else {
                openBarters.append(OpenBarter(given: given.category, taken: taken.category, status: status, date: date, sentence: sentence))
                continue
            }
            let first = CodedEvent(kind: .supplies, source: parties[0].entity, target: parties[1].entity, goods: [given.category], status: status, date: date, sentence: sentence, trigger: given.tokens.lowerBound)
            let second = CodedEvent(kind: .supplies, source: parties[1].entity, target: parties[0].entity, goods: [taken.category], status: status, date: date, sentence: sentence, trigger: taken.tokens.lowerBound)
            events.append(first)
            events.append(second)
            exchanges.append(CodedExchange(legs: [events.count - 2, events.count - 1], status: status, date: date, sentence: sentence))
        }
        return exchanges
    }
}
