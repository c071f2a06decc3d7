/// A fact between two entities: a standing relation (`leads`, `part_of`…) or an event (`meets`,
/// `supplies`, `attacks`…), with its status, date and the evidence it was read from.
public struct Relation: Identifiable, Hashable, Sendable {
    public typealias ID = Identifier<Relation>

    public var id: ID
    public var kind: RelationKind
    public var source: Entity.ID
    public var target: Entity.ID
    public var status: Status
    /// When it happened or holds, as precise as the text allows.
    public var date: PartialDate?
    /// What is transferred; only on `supplies` and `aids`.
    public var goods: [GoodsCategory]
    /// The office held (`spokesperson`, `foreign minister`); only on `official_of`.
    public var role: String?
    /// Where it happened: a place entity.
    public var place: Entity.ID?
    /// How sure the extractor is, 0…1.
    public var confidence: Double?
    public var evidence: [Evidence]

    public init(
        id: ID, kind: RelationKind, source: Entity.ID, target: Entity.ID,
        status: Status = .asserted, date: PartialDate? = nil, goods: [GoodsCategory] = [],
        role: String? = nil, place: Entity.ID? = nil, confidence: Double? = nil,
        evidence: [Evidence] = []
    ) {
        self.id = id
        self.kind = kind
        self.source = source
        self.target = target
        self.status = status
        self.date = date
        self.goods = goods
        self.role = role
        self.place = place
        self.confidence = confidence
        self.evidence = evidence
    }

    /// The fact this relation states, independent of its id and evidence: two relations with the
    /// same fact say the same thing. Symmetric kinds ignore the direction.
    public var fact: Fact {
        let ends =
            kind.isSymmetric && target < source ? (target, source) : (source, target)
        return Fact(kind: kind, first: ends.0, second: ends.1, date: date, status: status, role: role)
    }

    public struct Fact: Hashable, Sendable {
        public var kind: RelationKind
        public var first: Entity.ID
        public var second: Entity.ID
        public var date: PartialDate?
        public var status: Status
        public var role: String?
    }
}
