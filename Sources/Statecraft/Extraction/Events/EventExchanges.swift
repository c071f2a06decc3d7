/// The event coder's third stage: the exchanges of a sentence — two transfers in opposite directions
/// with an exchange cue, a transfer and what is given in return for it (`w zamian za`, `pays … for`),
/// the return of a transfer told before (`in turn`), like goods swapped (`wymieniły jeńców`), people
/// handed over for people set free, and goods given for goods (`oil-for-sugar`, `ropa za żywność`) —
/// linking them into ``CodedExchange``s and adding the legs the text implies.
struct ExchangeReader {
    typealias Party = DiscourseState.Party

    let language: Language?
    let barters: PhraseTable<Bool>?
    let modality: ModalityReader
    let documentDate: PartialDate?
    /// The discourse as the current sentence found it.
    let discourse: DiscourseState
    let participants: ParticipantReader
    /// Barters whose parties the sentence does not name (`the oil-for-sugar programme`), for the
    /// ``ExchangeLinker``.
    private(set) var openBarters: [OpenBarter] = []

    init(
        language: Language?, barters: PhraseTable<Bool>?, modality: ModalityReader, documentDate: PartialDate?,
        discourse: DiscourseState, participants: ParticipantReader
    ) {
        self.language = language
        self.barters = barters
        self.modality = modality
        self.documentDate = documentDate
        self.discourse = discourse
        self.participants = participants
    }

    /// The exchanges of the sentence `tokens[range]` numbered `sentence`, whose events (`events`, to
    /// which implied legs are added) the triggers coded; `counterSpans` say where a transfer's return
    /// is told, `mutualPairs` are swaps of like goods.
    mutating func exchanges(
        sentence: Int, range: Range<Int>, tokens: [Token], phrases: [ActorPhrase], dates: [DateExpression],
        triggers: SentenceTriggers, events: inout [CodedEvent], counterSpans: [(event: Int, span: Range<Int>)],
        mutualPairs: [(Int, Int)], ensure: (Int) -> String
    ) -> [CodedExchange] {
        var exchanges = mutualPairs.map { pair in
            CodedExchange(legs: [pair.0, pair.1], status: events[pair.0].status, date: events[pair.0].date, sentence: sentence)
        }
        let transfers = events.indices.filter { events[$0].kind.takesGoods }
        func reverse(of leg: Int, goodsIn span: Range<Int>) -> Int {
            let original = events[leg]
            var categories: [GoodsCategory] = []
            // What is given in return is not what is paid (`zapłaciła za rosyjskie baterie 2,5 mld dolarów`).
            for word in triggers.goods where span.contains(word.tokens.lowerBound) && !categories.contains(word.category) && !original.goods.contains(word.category) {
                categories.append(word.category)
            }
            // People set free for a person (`released Griner in exchange for Viktor Bout, the arms dealer`): a swap.
            if original.goods == [.people] {
                let head = span.lowerBound..<((span.lowerBound..<span.upperBound).first { tokens[$0].key == "," } ?? span.upperBound)
                if !triggers.goods.contains(where: { head.contains($0.tokens.lowerBound) && $0.category != .people }) { categories = [.people] }
            }
            // `In return for the warships, …`: the transfer the text told already.
            if let told = (events + discourse.previousEvents).last(where: { event in
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
                sentence: sentence, trigger: span.lowerBound)
            events.append(counter)
            return events.count - 1
        }
        if !triggers.cues.isEmpty || !counterSpans.isEmpty {
            var paired = Set(mutualPairs.flatMap { [$0.0, $0.1] })
            // Two transfers of the sentence in opposite directions.
            for first in transfers {
                for second in transfers where second > first && !paired.contains(first) && !paired.contains(second) {
                    if events[first].source == events[second].target && events[first].target == events[second].source {
                        exchanges.append(CodedExchange(legs: [first, second], status: events[first].status, date: events[first].date, sentence: sentence))
                        paired.formUnion([first, second])
                    }
                }
            }
            // One transfer and what is given in return for it.
            for (leg, span) in counterSpans where !paired.contains(leg) {
                let counter = reverse(of: leg, goodsIn: span)
                exchanges.append(CodedExchange(legs: [leg, counter], status: events[leg].status, date: events[leg].date, sentence: sentence))
                paired.insert(leg)
            }
            // `in return for the warships, Britain grants …`: the cue's phrase is what the other side gave.
            for cue in triggers.cues where cue.frame.introducesCounter {
                for leg in transfers where !paired.contains(leg) && !cue.clause.contains(events[leg].trigger) {
                    let counter = reverse(of: leg, goodsIn: cue.clause)
                    exchanges.append(CodedExchange(legs: [leg, counter], status: events[leg].status, date: events[leg].date, sentence: sentence))
                    paired.insert(leg)
                }
            }
            // `Israel, in turn, supplies …`: the return of a transfer the sentence before told.
            if triggers.cues.contains(where: { !$0.frame.introducesCounter }) {
                for leg in transfers where !paired.contains(leg) {
                    if let earlier = discourse.previousEvents.firstIndex(where: { $0.kind.takesGoods && $0.source == events[leg].target && $0.target == events[leg].source }) {
                        events.append(discourse.previousEvents[earlier])
                        exchanges.append(CodedExchange(legs: [events.count - 1, leg], status: events[leg].status, date: events[leg].date, sentence: sentence))
                        paired.insert(leg)
                    }
                }
                // `W zamian A, B i C przekazały Rosji jej obywateli`: people handed over in return for people the
                // text told were set free — one swap, whatever the number of parties.
                let handed = transfers.filter { !paired.contains($0) && events[$0].goods == [.people] }
                if !handed.isEmpty, discourse.previousEvents.contains(where: { $0.goods == [.people] }) || sentence > 0 && discourse.releasedBefore {
                    // The people given back go to the parties as a group; the text does not say who takes
                    // whom, so one leg back goes to the first party named.
                    var legs = handed
                    for leg in handed.prefix(1) {
                        let back = CodedEvent(
                            kind: .supplies, source: events[leg].target, target: events[leg].source, goods: [.people], status: events[leg].status,
                            date: events[leg].date, sentence: sentence, trigger: events[leg].trigger)
                        events.append(back)
                        legs.append(events.count - 1)
                    }
                    exchanges.append(CodedExchange(legs: legs, status: events[handed[0]].status, date: events[handed[0]].date, sentence: sentence))
                    paired.formUnion(handed)
                }
            }
        }
        // `a trade of oil for weapons` between two actors.
        exchanges.append(
            contentsOf: goodsForGoods(
                in: range, tokens: tokens, goods: triggers.goods, phrases: phrases, dates: dates, events: &events,
                exchanged: Set(exchanges.flatMap(\.legs)), sentence: sentence, ensure: ensure))
        return exchanges
    }

    /// `a trade of oil for weapons`, `ropa za żywność`, `oil-for-food`, `Chinese loans repaid with Angolan
    /// crude`: two goods words joined by a barter linker of the dictionary. The parties are the state
    /// adjectives of the goods, else the sentence's two actors (the first gives the first goods); with
    /// neither, the barter is left to the ``ExchangeLinker``, which finds its legs elsewhere in the document.
    private mutating func goodsForGoods(
        in range: Range<Int>, tokens: [Token], goods: [SentenceTriggers.GoodsWord], phrases: [ActorPhrase], dates: [DateExpression],
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
            let date = discourse.date(of: given.tokens.lowerBound, clause: range, dates: dates, documentDate: documentDate)
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
            if let giver = participants.stateAdjective(near: given.tokens, in: tokens, clause: range, after: false, ensure: ensure),
                let taker = participants.stateAdjective(near: taken.tokens, in: tokens, clause: range, after: false, ensure: ensure), giver.entity != taker.entity
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
