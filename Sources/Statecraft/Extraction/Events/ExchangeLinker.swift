/// Links the legs of exchanges that a document tells apart: a barter named without its parties (`the
/// oil-for-sugar programme`, `umowy „ropa za kredyty”`) is the exchange of a transfer of one of its goods
/// told anywhere in the document (`the Soviet Union has offered to buy Cuban sugar`) and of the transfer
/// back of the other goods — told too, or read from the barter. One job: the coder reads sentences, the
/// linker reads the document once it has been read.
struct ExchangeLinker {
    /// A leg of a linked exchange: a relation already told, or a transfer the barter implies.
    enum Leg: Equatable {
        case told(EntityResolver.RelationKey)
        case implied(CodedEvent)
    }

    struct Link {
        var legs: [Leg]
        /// The told exchange the barter names (its anchor is a leg of it) when what it adds is unnamed goods:
        /// the link adds its legs to that exchange rather than telling another.
        var extends: EntityResolver.RelationKey?
        var status: Status
        var date: PartialDate?
        var evidence: Evidence
    }

    private struct Told {
        var key: EntityResolver.RelationKey
        var event: CodedEvent
        var sentence: Int
    }

    private var told: [Told] = []
    /// The transfers that are legs of an exchange the sentences told.
    private var exchanged: Set<EntityResolver.RelationKey> = []
    private var barters: [(barter: OpenBarter, sentence: Int, evidence: Evidence)] = []

    /// A transfer told in the document's sentence `sentence` (counted over the whole document).
    mutating func record(_ event: CodedEvent, key: EntityResolver.RelationKey, sentence: Int) {
        guard event.kind.takesGoods else { return }
        told.append(Told(key: key, event: event, sentence: sentence))
    }

    /// The legs of an exchange a sentence told.
    mutating func recordExchange(_ legs: [EntityResolver.RelationKey]) {
        exchanged.formUnion(legs)
    }

    mutating func record(_ barter: OpenBarter, sentence: Int, evidence: Evidence) {
        barters.append((barter, sentence, evidence))
    }

    /// For each open barter, the transfer of either of its goods told nearest to it (the earlier on a tie;
    /// a leg of an exchange told already before any other: the barter names that deal),
    /// and the transfer back of the other goods between the same two parties: told, else implied.
    func links() -> [Link] {
        var links: [Link] = []
        for (barter, sentence, evidence) in barters {
            var candidates = told.filter { $0.event.goods.contains(barter.given) || $0.event.goods.contains(barter.taken) }
            if candidates.contains(where: { exchanged.contains($0.key) }) { candidates.removeAll { !exchanged.contains($0.key) } }
            guard let anchor = candidates.min(by: { abs($0.sentence - sentence) < abs($1.sentence - sentence) }) else { continue }
            let other = anchor.event.goods.contains(barter.given) ? barter.taken : barter.given
            let back = told.filter { $0.event.source == anchor.event.target && $0.event.target == anchor.event.source && $0.event.goods.contains(other) }
            let counter: Leg
            if let found = back.min(by: { abs($0.sentence - sentence) < abs($1.sentence - sentence) }) {
                counter = .told(found.key)
            } else {
                counter = .implied(
                    CodedEvent(
                        kind: .supplies, source: anchor.event.target, target: anchor.event.source, goods: [other], status: barter.status,
                        date: barter.date, sentence: barter.sentence, trigger: 0))
            }
            // A told deal named again with what else it gives (`the arrangement is oil for infrastructure`) grows
            // by that leg; a barter of other named goods for the same transfer (`arms for hostages` after arms paid
            // for in cash) is a deal of its own.
            let extends = exchanged.contains(anchor.key) && other == .goods ? anchor.key : nil
            links.append(Link(legs: [.told(anchor.key), counter], extends: extends, status: barter.status, date: barter.date, evidence: evidence))
        }
        return links
    }
}
