/// Relations that the text presents as given in exchange for each other: arms for food, drones for
/// money, prisoners for unfrozen funds. Each leg is a `supplies` or `aids` relation, which stays in
/// the graph as a relation of its own.
public struct Transaction: Identifiable, Hashable, Sendable {
    public typealias ID = Identifier<Transaction>

    public var id: ID
    /// The relations exchanged, two or more.
    public var legs: [Relation.ID]
    public var status: Status
    public var date: PartialDate?
    public var evidence: [Evidence]

    public init(
        id: ID, legs: [Relation.ID], status: Status = .asserted, date: PartialDate? = nil,
        evidence: [Evidence] = []
    ) {
        self.id = id
        self.legs = legs
        self.status = status
        self.date = date
        self.evidence = evidence
    }
}
