/// Which part of a graph to keep: entity kinds, relation kinds, statuses and a time window.
/// `nil` or empty criteria keep everything.
public struct GraphFilter: Sendable, Equatable {
    public var entityKinds: Set<EntityKind>
    public var relationKinds: Set<RelationKind>
    public var statuses: Set<Status>
    /// Keep dated relations with a day on or after `since`; undated (structural) ones are kept.
    public var since: PartialDate?
    /// Keep dated relations with a day on or before `until`.
    public var until: PartialDate?

    public init(
        entityKinds: Set<EntityKind> = [], relationKinds: Set<RelationKind> = [],
        statuses: Set<Status> = [], since: PartialDate? = nil, until: PartialDate? = nil
    ) {
        self.entityKinds = entityKinds
        self.relationKinds = relationKinds
        self.statuses = statuses
        self.since = since
        self.until = until
    }

    public var keepsEverything: Bool {
        entityKinds.isEmpty && relationKinds.isEmpty && statuses.isEmpty && since == nil && until == nil
    }

    public func keeps(_ entity: Entity) -> Bool {
        entityKinds.isEmpty || entityKinds.contains(entity.kind)
    }

    /// Whether the relation itself passes (its ends are checked by ``apply(to:)``).
    public func keeps(_ relation: Relation) -> Bool {
        if !relationKinds.isEmpty, !relationKinds.contains(relation.kind) { return false }
        if !statuses.isEmpty, !statuses.contains(relation.status) { return false }
        if let date = relation.date, !date.overlaps(since: since, until: until) { return false }
        return true
    }

    /// The subgraph this filter keeps: entities of the kept kinds; relations that pass and whose
    /// ends are kept; transactions whose legs are all kept. When relations are filtered (by kind,
    /// status or time), entities left without any relation are dropped too, so the picture shows
    /// what the filter asked for rather than a cloud of unconnected names. Documents are kept.
    public func apply(to graph: Graph) -> Graph {
        guard !keepsEverything else { return graph }
        let entityIDs = Set(graph.entities.filter(keeps).map(\.id))
        let relations = graph.relations.filter {
            keeps($0) && entityIDs.contains($0.source) && entityIDs.contains($0.target)
        }
        let relationIDs = Set(relations.map(\.id))
        let transactions = graph.transactions.filter { $0.legs.allSatisfy(relationIDs.contains) }
        let filtersRelations = !relationKinds.isEmpty || !statuses.isEmpty || since != nil || until != nil
        let connected = Set(relations.flatMap { [$0.source, $0.target] })
        let entities = graph.entities.filter {
            entityIDs.contains($0.id) && (!filtersRelations || connected.contains($0.id))
        }
        return Graph(
            documents: graph.documents, entities: entities, relations: relations,
            transactions: transactions)
    }
}
