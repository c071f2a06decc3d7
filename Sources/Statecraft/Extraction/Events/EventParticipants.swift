/// The event coder's second stage: who takes part in an event — the actors of the trigger's clause in
/// the slots its frame names (Polish cases and prepositions, English subjects, objects and
/// prepositions), read through passives, possessives, state adjectives, coordination, relative and
/// complement clauses, releases and payments, with the discourse (the subject and the transfers of
/// the sentences before) for pronouns and dropped subjects.
struct ParticipantReader {
    typealias Trigger = SentenceTriggers.Trigger
    typealias GoodsWord = SentenceTriggers.GoodsWord
    typealias Party = DiscourseState.Party

    let lexicon: Lexicon
    let language: Language?
    /// The discourse as the current sentence found it.
    let discourse: DiscourseState

    private var previousSubject: Party? { discourse.previousSubject }
    private var previousEvents: [CodedEvent] { discourse.previousEvents }
    private var clauseStart: Int { discourse.clauseStart }

    /// The sources and targets of the event `trigger` codes (of `kind`), from the actor phrases of its
    /// clause; `events` are those the sentence coded before it, `cited` the phrases of cited sources,
    /// which take part in no event. `nil` when the text does not name both.
    func participants(
        of trigger: Trigger, kind: RelationKind, tokens: [Token], phrases: [ActorPhrase], goods: [GoodsWord],
        events: [CodedEvent], cited: Set<Int>, ensure: (Int) -> String
    ) -> (sources: [Party], targets: [Party])? {
        guard var search = SlotSearch(reader: self, trigger: trigger, tokens: tokens, phrases: phrases, goods: goods, cited: cited, ensure: ensure)
        else { return nil }
        var (sources, targets) = roles(of: trigger, events: events, search: &search, ensure: ensure)
        if targets == nil {
            targets = impliedTargets(of: trigger, kind: kind, sources: sources, search: search, events: events, ensure: ensure)
        }
        if sources == nil, targets != nil {
            sources = impliedSources(of: trigger, search: search, cited: cited)
        }
        // Symmetric events between coordinated actors: `Putin i Kim mają prowadzić negocjacje`, `talks between A and B`.
        if kind.isSymmetric || trigger.frame.mutual, targets == nil || sources == nil {
            return pair(sources: sources, search: search)
        }
        guard let sources, let targets else { return nil }
        // A capital acting or acted upon is its state (`podpisała z Moskwą`), except as a destination.
        return (sources.map { stateOfCapital($0, ensure: ensure) }, kind == .visits ? targets : targets.map { stateOfCapital($0, ensure: ensure) })
    }

    /// The parties in the frame's roles: the buyer and the seller of a purchase, the agent (`by`,
    /// `przez`) and the recipient of a passive, else the frame's target and source slots (an event
    /// noun's agent its adjective, possessor or `by` phrase), the subject the source of last resort.
    private func roles(
        of trigger: Trigger, events: [CodedEvent], search: inout SlotSearch, ensure: (Int) -> String
    ) -> (sources: [Party]?, targets: [Party]?) {
        let frame = trigger.frame
        let at = trigger.tokens.lowerBound
        let (tokens, phrases) = (search.tokens, search.phrases)
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
            let buyer = search.first(of: agentSlots, ensure: ensure) ?? (nounAfterPreposition ? nil : search.first(of: [.subject], ensure: ensure))
            sources = search.first(of: frame.sources, ensure: ensure)
            targets = buyer
        } else if passive {
            sources = search.first(of: [.preposition(language == .en ? "by" : "przez")], ensure: ensure)
            // Polish keeps its case roles in the passive (`zostały dostarczone Ukrainie`); else the subject.
            if language == .pl { targets = search.first(of: frame.targets, ensure: ensure) }
            targets = targets ?? search.first(of: [.subject], ensure: ensure)
            // `the purchase would be paid for with a loan`: the buyer of the sale told pays its seller.
            if sources == nil, frame.counterPreposition != nil,
                let sold = (previousEvents + events).last(where: { $0.kind.takesGoods && !$0.goods.contains(.money) })
            {
                sources = [(sold.target, entityKind(sold.target, phrases: phrases) ?? .state)]
                targets = [(sold.source, entityKind(sold.source, phrases: phrases) ?? .state)]
            }
        } else {
            targets = search.first(of: frame.targets, ensure: ensure)
            sources = search.first(of: frame.sources + agentSlots, ensure: ensure) ?? search.first(of: [.subject], ensure: ensure)
        }
        return (sources, targets)
    }

    /// A target the slots did not name, read from the discourse and the sentence: the other party of a
    /// transfer told before (`przekaże im`), the state of people set free, the actor an object pronoun
    /// stands for, the payee of a payment, the noun a relative clause is about.
    private func impliedTargets(
        of trigger: Trigger, kind: RelationKind, sources: [Party]?, search: SlotSearch, events: [CodedEvent], ensure: (Int) -> String
    ) -> [Party]? {
        let frame = trigger.frame
        let (tokens, phrases, goods, inClause) = (search.tokens, search.phrases, search.goods, search.inClause)
        if frame.targets.contains(.pronoun) || kind.takesGoods, let sources {
            // `przekaże im`, `give them`: the other party of the sentence's transfer before.
            let pronouns = ClosedClassWords.standard.words(.transferPronoun, language: language ?? .pl)
            if (trigger.tokens.upperBound..<trigger.clause.upperBound).contains(where: { pronouns.contains(tokens[$0].key) }),
                case let actors = sources.map({ party in capitalState(of: party).map { lexicon.entries[$0].id } ?? party.entity }),
                let earlier = (events + previousEvents).last(where: { $0.kind.takesGoods && !actors.contains($0.source) && actors.contains($0.target) })
            {
                return [(earlier.source, entityKind(earlier.source, phrases: phrases) ?? .state)]
            }
        }
        if frame.releases, let found = released(by: trigger, tokens: tokens, phrases: phrases, inClause: inClause, goods: goods, ensure: ensure) {
            if let state = found.state { return [(state.entity, state.kind)] }
            // `freed Trevor Reed in return for a Russian pilot serving a sentence in the United States`: the
            // other state the sentence names.
            if let sources,
                let other = phrases.last(where: { phrase in phrase.kind == .state && !phrase.isPossessive && !sources.contains { $0.entity == phrase.entity } })
            {
                return [(other.entity, .state)]
            }
        }
        // `Donald Trump wyśmiał go`, `criticized him`: an object pronoun after the word is the actor the
        // sentence before was about (its subject).
        if !kind.takesGoods, let sources, let carried = previousSubject, !sources.contains(where: { $0.entity == carried.entity }),
            (trigger.tokens.upperBound..<min(trigger.tokens.upperBound + 2, trigger.clause.upperBound)).contains(where: { index in
                Self.objectPronouns.contains(tokens[index].text.lowercased())
            })
        {
            return [carried]
        }
        // `zapłaciła za rosyjskie baterie`, `za rosyjskie reaktory Węgry zapłacą`: the payee is where the goods
        // paid for come from.
        if let preposition = frame.counterPreposition,
            let at = (trigger.tokens.upperBound..<trigger.clause.upperBound).first(where: { tokens[$0].key == preposition })
                ?? trigger.clause.first(where: { $0 < trigger.tokens.lowerBound && tokens[$0].key == preposition })
        {
            for word in goods where word.tokens.lowerBound > at && trigger.clause.contains(word.tokens.lowerBound) {
                if let state = stateAdjective(near: word.tokens, in: tokens, clause: trigger.clause, after: true, ensure: ensure) {
                    return [state]
                }
            }
        }
        // `Indie zapłacą za systemy 5 mld dolarów`: the payee is who the text said delivers to the payer.
        if frame.counterPreposition != nil, let sources,
            let sold = (previousEvents + events).last(where: { event in
                event.kind.takesGoods && !event.goods.contains(.money) && sources.contains { $0.entity == event.target } && !sources.contains { $0.entity == event.source }
            })
        {
            return [(sold.source, entityKind(sold.source, phrases: phrases) ?? .state)]
        }
        // `a company that Washington had sanctioned`: the object of a relative clause is the noun before it.
        if let sources, isRelativeClause(trigger.clause, tokens: tokens),
            let antecedent = phrases.lastIndex(where: { $0.tokens.upperBound <= trigger.clause.lowerBound }),
            !sources.contains(where: { $0.entity == phrases[antecedent].entity })
        {
            return [(phrases[antecedent].entity, phrases[antecedent].kind)]
        }
        return nil
    }

    /// A source the slots did not name: the main clause's subject for a complement clause without one
    /// of its own (`Hungary denied that it supplied …`), the subject of the sentence before for a Polish
    /// sentence that drops it.
    private func impliedSources(of trigger: Trigger, search: SlotSearch, cited: Set<Int>) -> [Party]? {
        let frame = trigger.frame
        let at = trigger.tokens.lowerBound
        let (tokens, phrases, inClause) = (search.tokens, search.phrases, search.inClause)
        // `Hungary denied that it supplied …`, `Węgry zaprzeczyły, że dostarczyły …`: the subject of a
        // complement clause that is a pronoun, or dropped, is the main clause's.
        if !frame.isNoun, isComplementClauseWithoutSubject(trigger, tokens: tokens, phrases: phrases, inClause: inClause),
            let main = phrases.indices.last(where: { index in
                let phrase = phrases[index]
                return phrase.tokens.upperBound <= trigger.clause.lowerBound && phrase.preposition == nil && !phrase.isPossessive
                    && phrase.maybeNominative && !cited.contains(index)
            })
        {
            return expand(main, phrases)
        }
        // Polish drops a subject the sentence before named: `Erdoğan powtarzał … W sierpniu odwiedził …`.
        if language == .pl, !frame.isNoun, let carried = previousSubject,
            trigger.clause.lowerBound == clauseStart, !inClause.contains(where: { phrases[$0].tokens.upperBound <= at && phrases[$0].preposition == nil })
        {
            return [carried]
        }
        return nil
    }

    /// The two sides of a symmetric event whose slots named one side only: coordinated actors (`Putin i
    /// Kim mają prowadzić negocjacje`) or a `between` phrase (`talks between A and B`, `między Rosją a Ukrainą`).
    private func pair(sources: [Party]?, search: SlotSearch) -> (sources: [Party], targets: [Party])? {
        let (tokens, phrases, inClause) = (search.tokens, search.phrases, search.inClause)
        if let sources, sources.count >= 2 { return ([sources[0]], Array(sources.dropFirst())) }
        if let between = inClause.first(where: { Self.betweenPrepositions.contains(phrases[$0].preposition ?? "") }) {
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
        return nil
    }

    /// Who a release sets free: a person right after the verb (`released American basketball star Brittney
    /// Griner`, `uwolniła Szalita`) or a people word (`prisoners`, `więźniów`), with the state an adjective
    /// gives them. `used` are the phrases that name them (not the parties of the transfer).
    func released(
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
    fileprivate func expand(_ position: Int, _ phrases: [ActorPhrase]) -> [Party] {
        let group = phrases[position].group
        var parties: [Party] = []
        for phrase in phrases where phrase.group == group && !parties.contains(where: { $0.entity == phrase.entity }) {
            parties.append((phrase.entity, phrase.kind))
        }
        return parties
    }

    fileprivate func nearest(_ candidates: [Int], to trigger: Trigger, phrases: [ActorPhrase], preferAfter: Bool) -> Int? {
        let after = candidates.filter { phrases[$0].tokens.lowerBound >= trigger.tokens.upperBound }
        let before = candidates.filter { phrases[$0].tokens.upperBound <= trigger.tokens.lowerBound }
        if preferAfter, let first = after.first { return first }
        return before.last ?? after.first
    }

    /// The subject: the actor before the word in its clause with no preposition (in Polish one that may
    /// be nominative, before or after the verb); a participle's noun (`Wojskom rosyjskim atakującym`,
    /// `Russian troops attacking`).
    fileprivate func subject(of trigger: Trigger, in clause: [Int], phrases: [ActorPhrase], tokens: [Token], excluding used: Set<Int>) -> Int? {
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
        guard Self.complementizers.contains(opener) else { return false }
        if inClause.contains(where: { phrases[$0].tokens.upperBound <= trigger.tokens.lowerBound && phrases[$0].preposition == nil }) { return false }
        if language == .en {
            return start + 1 < trigger.clause.upperBound && Self.subjectPronouns.contains(tokens[start + 1].key)
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
    static let betweenPrepositions = ClosedClassWords.standard.words(.betweenPreposition)
    static let complementizers = ClosedClassWords.standard.words(.complementizer)
    static let subjectPronouns = ClosedClassWords.standard.words(.subjectPronoun, language: .en)
    static let objectFillers = ClosedClassWords.standard.words(.objectFiller)
    static let irregularParticiples = ClosedClassWords.standard.words(.irregularParticiple, language: .en)
    static let activeParticipleEndings = ClosedClassWords.standard.words(.activeParticipleEnding, language: .pl)
    static let passiveParticipleEndings = ClosedClassWords.standard.words(.passiveParticipleEnding, language: .pl)
    static let passiveAuxiliaries: [Language: Set<String>] = Dictionary(
        uniqueKeysWithValues: Language.allCases.map { ($0, ClosedClassWords.standard.words(.passiveAuxiliary, language: $0)) })

    private func isAttributiveParticiple(_ key: String) -> Bool {
        if language == .en { return key.hasSuffix("ing") }
        return Self.activeParticipleEndings.contains { key.hasSuffix($0) }
    }

    /// A state adjective on the object right after the verb (`striking Armenian positions`, `pochwalił
    /// chiński plan`), unless it names where traded goods come from.
    fileprivate func objectAdjective(after trigger: Trigger, tokens: [Token], goods: [GoodsWord], ensure: (Int) -> String) -> [Party]? {
        var index = trigger.tokens.upperBound
        if index < trigger.clause.upperBound, Self.objectFillers.contains(tokens[index].key) { index += 1 }
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
            guard key.hasSuffix("ed") || key.hasSuffix("en") || Self.irregularParticiples.contains(key) else { return false }
            be = Self.passiveAuxiliaries[.en]!
        case .pl:
            // A passive participle (folded: `skrytykowana`, `dostarczone`, `zaatakowany`, `wzięci`).
            guard Self.passiveParticipleEndings.contains(where: { key.hasSuffix($0) }) else { return false }
            be = Self.passiveAuxiliaries[.pl]!
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
    func stateAdjective(near words: Range<Int>, in tokens: [Token], clause: Range<Int>, after: Bool, ensure: (Int) -> String) -> Party? {
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
}

/// One trigger's search for its participants: the actor phrases of its clause and which of them have
/// a role already, slot by slot.
private struct SlotSearch {
    typealias Party = DiscourseState.Party

    let reader: ParticipantReader
    let trigger: SentenceTriggers.Trigger
    let tokens: [Token]
    let phrases: [ActorPhrase]
    let goods: [SentenceTriggers.GoodsWord]
    /// The phrases of the trigger's clause.
    let inClause: [Int]
    /// The phrases that have a role, or can have none (cited sources, the people a release sets free,
    /// the origin of traded goods).
    private(set) var used: Set<Int>
    /// A Polish negated verb (`nie zaatakowała Polski`: its object is genitive).
    let negated: Bool
    /// Whether a phrase that may be the subject stands before the trigger.
    let subjectBefore: Bool

    /// `nil` for a release that names nobody set free.
    init?(
        reader: ParticipantReader, trigger: SentenceTriggers.Trigger, tokens: [Token], phrases: [ActorPhrase],
        goods: [SentenceTriggers.GoodsWord], cited: Set<Int>, ensure: (Int) -> String
    ) {
        let language = reader.language
        let frame = trigger.frame
        let at = trigger.tokens.lowerBound
        let inClause = phrases.indices.filter { trigger.clause.contains(phrases[$0].tokens.lowerBound) }
        var used = cited
        if frame.releases {
            guard let found = reader.released(by: trigger, tokens: tokens, phrases: phrases, inClause: inClause, goods: goods, ensure: ensure)
            else { return nil }
            used.formUnion(found.used)
        }
        // `sending Syrian mercenaries`, `rosyjskiej ropy`: an adjective on traded goods says where they come from.
        for position in inClause where phrases[position].isAdjective {
            let next = phrases[position].tokens.upperBound
            if goods.contains(where: { $0.tokens.lowerBound == next }) { used.insert(position) }
        }
        self.reader = reader
        self.trigger = trigger
        self.tokens = tokens
        self.phrases = phrases
        self.goods = goods
        self.inClause = inClause
        self.used = used
        negated = language == .pl && at > trigger.clause.lowerBound && tokens[at - 1].key == "nie"
        subjectBefore = inClause.contains { position in
            let phrase = phrases[position]
            return phrase.tokens.upperBound <= at && phrase.preposition == nil && !phrase.isPossessive && phrase.maybeNominative
        }
    }

    /// The parties of the first of `slots` that names any; their phrases have a role from then on.
    mutating func first(of slots: [EventFrame.Slot], ensure: (Int) -> String) -> [Party]? {
        for slot in slots {
            if let found = find(slot, ensure: ensure) {
                for party in found {
                    if let position = inClause.first(where: { phrases[$0].entity == party.entity }) { used.insert(position) }
                }
                return found
            }
        }
        return nil
    }

    /// The parties in one slot of the frame, among the phrases without a role.
    private func find(_ slot: EventFrame.Slot, ensure: (Int) -> String) -> [Party]? {
        let language = reader.language
        let frame = trigger.frame
        let at = trigger.tokens.lowerBound
        switch slot {
        case .subject:
            return reader.subject(of: trigger, in: inClause, phrases: phrases, tokens: tokens, excluding: used).map { reader.expand($0, phrases) }
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
            return reader.nearest(candidates, to: trigger, phrases: phrases, preferAfter: true).map { reader.expand($0, phrases) }
        case .object:
            let candidate = inClause.first { position in
                let phrase = phrases[position]
                return phrase.tokens.lowerBound >= trigger.tokens.upperBound && phrase.preposition == nil && !used.contains(position)
                    && !phrase.isPossessive
            }
            // Only the words of a noun phrase between the verb and its object.
            if let candidate, (trigger.tokens.upperBound..<phrases[candidate].tokens.lowerBound).allSatisfy({ tokens[$0].isWord && tokens[$0].shape != .number || tokens[$0].key == "'" }) {
                return reader.expand(candidate, phrases)
            }
            return reader.objectAdjective(after: trigger, tokens: tokens, goods: goods, ensure: ensure)
        case .preposition(let preposition):
            // English prepositional phrases follow the word; Polish ones may come first (`z Moskwą podpisała`).
            let candidates = inClause.filter { position in
                phrases[position].preposition == preposition && !used.contains(position)
                    && (language != .en || phrases[position].tokens.lowerBound >= trigger.tokens.upperBound)
            }
            if let found = reader.nearest(candidates, to: trigger, phrases: phrases, preferAfter: true) { return reader.expand(found, phrases) }
            // `z polskich magazynów`, `from Russian stocks`: a state adjective after the preposition.
            guard let at = trigger.clause.first(where: { $0 >= trigger.tokens.upperBound && tokens[$0].text.lowercased() == preposition }),
                at + 1 < trigger.clause.upperBound
            else { return nil }
            return reader.stateAdjective(near: at + 1..<at + 1, in: tokens, clause: trigger.clause, after: true, ensure: ensure).map { [$0] }
        case .possessor:
            let candidates = inClause.filter { position in
                let phrase = phrases[position]
                guard !used.contains(position), phrase.preposition == nil || phrase.preposition == "of" else { return false }
                if language == .en { return phrase.isPossessive || phrase.preposition == "of" }
                guard phrase.hasCase("gen"), phrase.tokens.lowerBound > trigger.clause.lowerBound else { return false }
                let before = tokens[phrase.tokens.lowerBound - 1]
                return before.isWord && (before.shape == .lower || before.isInitial)
            }
            return reader.nearest(candidates, to: trigger, phrases: phrases, preferAfter: true).map { reader.expand($0, phrases) }
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
                return reader.expand(position, phrases)
            }
            // Polish: the genitive right after the noun (`inwazja Rosji`, `spotkanie Kim-Putin`, `wizyta Xi`).
            if language == .pl, let position = inClause.first(where: { position in
                let phrase = phrases[position]
                return phrase.tokens.lowerBound == trigger.tokens.upperBound && phrase.preposition == nil && !used.contains(position)
                    && (phrase.cases.map { $0.contains(":gen") } ?? true)
            }) {
                return reader.expand(position, phrases)
            }
            // `Israeli arms sales`: over the goods words before the noun.
            var start = at
            while start > trigger.clause.lowerBound, goods.contains(where: { $0.tokens.contains(start - 1) }) { start -= 1 }
            return reader.stateAdjective(near: start..<trigger.tokens.upperBound, in: tokens, clause: trigger.clause, after: false, ensure: ensure).map { [$0] }
        case .origin:
            // A buyer's goods follow the verb: `Wenezuelskie wojsko kupiło …` names the buyer, not the seller.
            for word in goods where trigger.clause.contains(word.tokens.lowerBound) && !(frame.subjectReceives && word.tokens.upperBound <= at) {
                if let state = reader.stateAdjective(near: word.tokens, in: tokens, clause: trigger.clause, after: true, ensure: ensure) { return [state] }
            }
            return nil
        }
    }
}
