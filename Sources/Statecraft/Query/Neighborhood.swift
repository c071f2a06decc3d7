/// An ego network: the entities within `depth` hops of one entity in an ``AnalysisIndex`` (along
/// out-arcs; build the index undirected to follow relations both ways), like `nx.ego_graph`, and
/// the part of the graph among them.
public struct Neighborhood: Sendable {
    /// Each entity reached with its distance, nearest first, then by id.
    public var members: [(entity: Entity, distance: Int)]
    /// The entities reached, the relations among them that passed the projection, the places those
    /// relations name, the documents their evidence cites, and the transactions whose legs all remain.
    public var graph: Graph

    public init(of center: Int, depth: Int, in index: AnalysisIndex, graph source: Graph) throws(AnalysisError) {
        guard depth >= 0 else {
            throw .invalidParameter(name: "depth", value: "\(depth)", reason: "must be 0 or more")
        }
        var distance = [Int](repeating: -1, count: index.nodeCount)
        distance[center] = 0
        var frontier = [center]
        var reached = [center]
        for level in 0..<depth where !frontier.isEmpty {
            var next: [Int] = []
            for v in frontier {
                for w in index.successors(of: v) where distance[w] < 0 {
                    distance[w] = level + 1
                    next.append(w)
                    reached.append(w)
                }
            }
            frontier = next
        }
        let entities = reached.compactMap { source.entity(Entity.ID(index.labels[$0])) }
        members = zip(entities, reached.map { distance[$0] }).map { (entity: $0, distance: $1) }
            .sorted { ($0.distance, $0.entity.id) < ($1.distance, $1.entity.id) }
        var relationPositions = Set<Int>()
        for v in reached {
            for arc in index.arcs(of: v) where distance[Int(index.targets[arc])] >= 0 {
                relationPositions.formUnion(index.relationPositions(ofArc: arc))
            }
        }
        let relations = relationPositions.sorted().map { source.relations[$0] }
        let relationIDs = Set(relations.map(\.id))
        let cited = Set(relations.flatMap { $0.evidence.map(\.document) })
        // Places where the relations happened come along, so the document stays valid.
        let included = Set(entities.map(\.id))
        var places: [Entity] = []
        for place in relations.compactMap(\.place) where !included.contains(place) && !places.contains(where: { $0.id == place }) {
            if let entity = source.entity(place) { places.append(entity) }
        }
        graph = Graph(
            documents: source.documents.filter { cited.contains($0.id) },
            entities: entities + places,
            relations: relations,
            transactions: source.transactions.filter { $0.legs.allSatisfy(relationIDs.contains) })
    }

    /// `distance  id  kind  name`, one entity per line.
    public var table: String {
        let rows = members.map { ("\($0.distance)", $0.entity.id.rawValue, $0.entity.kind.rawValue, $0.entity.name) }
        let idWidth = max(2, rows.map(\.1.count).max() ?? 0)
        let kindWidth = max(4, rows.map(\.2.count).max() ?? 0)
        func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
        var output = "depth  \(pad("id", idWidth))  \(pad("kind", kindWidth))  name\n"
        for row in rows {
            output += "\(pad(row.0, 5))  \(pad(row.1, idWidth))  \(pad(row.2, kindWidth))  \(row.3)\n"
        }
        return output
    }
}
