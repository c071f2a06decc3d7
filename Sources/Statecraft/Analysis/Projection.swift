/// Which part of a typed ``Graph`` becomes an ``AnalysisIndex``, and how: the entity kinds that become
/// nodes, the relations that become edges (by kind, status and date), direction, edge weights and the
/// signed view.
///
/// - Nodes are the entities of the chosen kinds, in the graph's order; an entity's id is its label.
/// - A relation becomes an edge when its kind and status are chosen, both its ends are nodes, and its
///   date overlaps the time window (`since`/`until`, see ``PartialDate/overlaps(since:until:)``).
///   Undated relations are kept: nothing places them outside the window.
/// - Directed projections give an arc `source → target`, and both arcs for a symmetric kind
///   (`meets`, `negotiates`…). Undirected projections give an edge `{source, target}`.
/// - Several relations between the same two nodes merge into one edge (see ``AnalysisIndex``), whose
///   weight is set by ``Weighting`` and whose sign (signed view) is the sign of the sum of the
///   relations' polarities.
public struct Projection: Sendable, Hashable {
    /// How the relations merged into an edge weigh it.
    public enum Weighting: Sendable, Hashable {
        /// Every edge weighs 1, however many relations it merges.
        case unit
        /// The number of relations merged into the edge: repeated, evidenced facts weigh more.
        case relationCount
        /// The sum of a per-kind intensity over the relations merged into the edge
        /// (``Projection/goldsteinIntensity`` by default).
        case intensity([RelationKind: Double])

        /// Intensities from the magnitude of the Goldstein (1992) conflict–cooperation scale value
        /// of each kind's CAMEO event code; structural kinds weigh 1.
        ///
        /// Goldstein, J. S. (1992). A conflict-cooperation scale for WEIS events data. *Journal of
        /// Conflict Resolution* 36(2), 369–385.
        public static let goldsteinIntensity: Self = .intensity(Projection.goldsteinIntensity)
    }

    public static let goldsteinIntensity: [RelationKind: Double] = [
        .leads: 1, .officialOf: 1, .partOf: 1, .memberOf: 1, .locatedIn: 1,
        .meets: 2.5, .visits: 1.9, .negotiates: 7, .agrees: 8, .supports: 3.5, .cooperates: 6,
        .supplies: 6, .aids: 7, .criticizes: 2, .accuses: 2, .opposes: 4, .threatens: 6,
        .sanctions: 8, .attacks: 9,
    ]

    public var entityKinds: Set<EntityKind>
    public var relationKinds: Set<RelationKind>
    /// By default every status but `denied`: a denied fact connects nothing.
    public var statuses: Set<Status>
    public var since: PartialDate?
    public var until: PartialDate?
    public var isDirected: Bool
    public var weighting: Weighting
    /// Keep each edge's sign (polarity) for signed analysis (``SignedBalance``).
    public var isSigned: Bool

    public static let defaultStatuses: Set<Status> = Set(Status.allCases).subtracting([.denied])

    public init(
        entityKinds: Set<EntityKind> = Set(EntityKind.allCases),
        relationKinds: Set<RelationKind> = Set(RelationKind.allCases),
        statuses: Set<Status> = Projection.defaultStatuses,
        since: PartialDate? = nil, until: PartialDate? = nil,
        isDirected: Bool = true, weighting: Weighting = .unit, isSigned: Bool = false
    ) {
        self.entityKinds = entityKinds
        self.relationKinds = relationKinds
        self.statuses = statuses
        self.since = since
        self.until = until
        self.isDirected = isDirected
        self.weighting = weighting
        self.isSigned = isSigned
    }

    /// Whether `relation` passes the kind, status and time filters.
    public func admits(_ relation: Relation) -> Bool {
        guard relationKinds.contains(relation.kind), statuses.contains(relation.status) else { return false }
        guard let date = relation.date else { return true }
        return date.overlaps(since: since, until: until)
    }

    /// The weight one relation adds to its edge.
    func weight(of relation: Relation) -> Double {
        switch weighting {
        case .unit, .relationCount: 1
        case .intensity(let table): table[relation.kind] ?? 1
        }
    }

    var isWeighted: Bool {
        if case .unit = weighting { return false }
        return true
    }
}

extension AnalysisIndex {
    /// The index of `graph` seen through `projection`, keeping the relations behind every arc.
    public init(_ graph: Graph, projection: Projection = Projection()) {
        var labels: [String] = []
        var position: [Entity.ID: Int32] = [:]
        for entity in graph.entities where projection.entityKinds.contains(entity.kind) {
            guard position[entity.id] == nil else { continue }
            position[entity.id] = Int32(labels.count)
            labels.append(entity.id.rawValue)
        }
        var edges: [Edge] = []
        for (index, relation) in graph.relations.enumerated() where projection.admits(relation) {
            guard let source = position[relation.source], let target = position[relation.target] else {
                continue
            }
            let edge = Edge(
                source: source, target: target, weight: projection.weight(of: relation),
                sign: Int8(relation.kind.polarity.sign), relation: Int32(index))
            edges.append(edge)
            if projection.isDirected, relation.kind.isSymmetric, source != target {
                var reverse = edge
                reverse.source = target
                reverse.target = source
                edges.append(reverse)
            }
        }
        self.init(
            labels: labels, edges: edges, directed: projection.isDirected,
            weighted: projection.isWeighted, signed: projection.isSigned, relations: true)
    }
}
