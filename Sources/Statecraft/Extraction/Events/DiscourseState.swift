/// What the event coder carries from one sentence to the next: the date the text last gave (dates
/// without a year or month of their own read against it), the transfers told so far (for `in turn`,
/// `in return for`, pronouns), the subject of the sentence before (Polish dropped subjects, object
/// pronouns), and whether people were set free before (for a swap told after it).
struct DiscourseState {
    /// An actor the discourse is about.
    typealias Party = (entity: String, kind: EntityKind)

    /// The last date the text gave in the current paragraph.
    private(set) var anchor: PartialDate?
    /// The transfers of the sentences before, the latest last; at most 64.
    private(set) var previousEvents: [CodedEvent] = []
    /// The subject of the sentence before the current one.
    private(set) var previousSubject: Party?
    /// The subject of the current sentence.
    private(set) var currentSubject: Party?
    /// Where the current sentence starts.
    private(set) var clauseStart = 0
    /// Whether a sentence before set people free (`Rosja i Białoruś uwolniły 16 osób`).
    private(set) var releasedBefore = false

    /// Moves on to the sentence `tokens[range]` with its actor phrases: a new paragraph keeps the days
    /// of the news (`we wtorek`) but ends a look back (`w 2022 roku`); the sentence's subject is its first
    /// person or state without a preposition that may be nominative.
    mutating func begin(sentence range: Range<Int>, tokens: [Token], phrases: [ActorPhrase], documentDate: PartialDate?) {
        if range.lowerBound < tokens.count, tokens[range.lowerBound].lineBreaksBefore > 0, let current = anchor {
            let near = current.day != nil && documentDate.map { abs($0.dayNumber - current.dayNumber) <= 7 } ?? false
            if !near { anchor = nil }
        }
        previousSubject = currentSubject
        clauseStart = range.lowerBound
        if let first = phrases.first(where: { $0.preposition == nil && !$0.isPossessive && ($0.kind == .person || $0.kind == .state) && $0.maybeNominative }) {
            currentSubject = (first.entity, first.kind)
        } else {
            currentSubject = nil
        }
    }

    /// Records what the sentence numbered `sentence` told: its dates, its events, whether it set people free.
    mutating func end(sentence: Int, dates: [DateExpression], events: [CodedEvent], releases: Bool) {
        if let last = dates.last { anchor = last.date }
        if releases { releasedBefore = true }
        previousEvents.append(contentsOf: events.filter { $0.sentence == sentence && $0.kind.takesGoods })
        if previousEvents.count > 64 { previousEvents.removeFirst(previousEvents.count - 64) }
    }

    /// The date of an event at `tokens[index]`: the nearest date of its clause (else of the sentence),
    /// else the date the text gave last, else the document's.
    func date(of index: Int, clause: Range<Int>, dates: [DateExpression], documentDate: PartialDate?) -> PartialDate? {
        let inClause = dates.filter { clause.contains($0.tokens.lowerBound) }
        let pool = inClause.isEmpty ? dates : inClause
        return pool.min { abs($0.tokens.lowerBound - index) < abs($1.tokens.lowerBound - index) }?.date ?? anchor ?? documentDate
    }
}
