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
///
/// It works in stages, each a type with one job: ``SentenceTriggers`` (the event words, exchange cues
/// and goods of a sentence), ``ParticipantReader`` (who takes part), ``ExchangeReader`` (what is given
/// for what), and ``DiscourseState`` (what carries from one sentence to the next); this type runs them
/// sentence by sentence and makes the events.

struct EventCoder {
    let lexicon: Lexicon
    let patterns: PhraseTable<EventFrame>?
    let goodsWords: PhraseTable<GoodsCategory>?
    let barters: PhraseTable<Bool>?
    let language: Language?
    let dateReader: DateReader
    let modality: ModalityReader
    let documentDate: PartialDate?

    private var discourse = DiscourseState()
    /// Barters whose parties the sentence does not name (`the oil-for-sugar programme`), for the
    /// ``ExchangeLinker``; the caller takes them after each sentence.
    var openBarters: [OpenBarter] = []

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

    /// The events of one sentence. `phrases` are its actor phrases; `ensure` makes a lexicon entry an
    /// entity of the document and gives its id (for the state behind an adjective such as
    /// `północnokoreańskiej broni`).
    mutating func code(
        sentence: Sentence, index sentenceIndex: Int, tokens: [Token], phrases: [ActorPhrase],
        ensure: (Int) -> String
    ) -> (events: [CodedEvent], exchanges: [CodedExchange]) {
        let range = sentence.tokens
        discourse.begin(sentence: range, tokens: tokens, phrases: phrases, documentDate: documentDate)
        let dates = dateReader.dates(in: tokens, range: range, anchor: discourse.anchor).filter { $0.kind != .deadline }
        guard let patterns else {
            discourse.end(sentence: sentenceIndex, dates: dates, events: [], releases: false)
            return ([], [])
        }
        let clauses = ClauseMap.eventClauses(of: range, in: tokens, language: language)
        let triggers = SentenceTriggers(in: range, tokens: tokens, phrases: phrases, clauses: clauses, patterns: patterns, goodsWords: goodsWords)
        let participants = ParticipantReader(lexicon: lexicon, language: language, discourse: discourse)
        // News media and sources cited (`według Reutersa`) take part in no event of the sentence.
        let cited = CitedSource(lexicon: lexicon, language: language).sources(in: tokens, sentence: range, phrases: phrases)

        var events: [CodedEvent] = []
        var counterSpans: [(event: Int, span: Range<Int>)] = []
        var mutualPairs: [(Int, Int)] = []
        for trigger in triggers.triggers {
            guard let kind = trigger.frame.kind else { continue }
            let counterSpan = triggers.counterSpan(of: trigger, kind: kind, tokens: tokens, phrases: phrases)
            if kind.takesGoods, triggers.isHalted(trigger) { continue }
            guard let categories = triggers.goods(of: trigger, kind: kind, outside: counterSpan) else { continue }
            // `wymieniają ropę za broń`: different goods each way are a barter, not a swap of like for like.
            if trigger.frame.mutual, categories.count != 1 { continue }
            let found = participants.participants(of: trigger, kind: kind, tokens: tokens, phrases: phrases, goods: triggers.goods, events: events, cited: cited, ensure: ensure)
            guard let (sources, targets) = found else { continue }
            let future = SentenceTriggers.isFutureForm(trigger, tokens: tokens, language: language)
            let status = modality.status(of: trigger.tokens.lowerBound, in: tokens, range: range, language: language, future: future)
            let date = discourse.date(of: trigger.tokens.lowerBound, clause: trigger.clause, dates: dates, documentDate: documentDate)
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

        var reader = ExchangeReader(
            language: language, barters: barters, modality: modality, documentDate: documentDate, discourse: discourse,
            participants: participants)
        let exchanges = reader.exchanges(
            sentence: sentenceIndex, range: range, tokens: tokens, phrases: phrases, dates: dates, triggers: triggers, events: &events,
            counterSpans: counterSpans, mutualPairs: mutualPairs, ensure: ensure)
        openBarters.append(contentsOf: reader.openBarters)
        discourse.end(sentence: sentenceIndex, dates: dates, events: events, releases: triggers.triggers.contains { $0.frame.releases })
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
}
