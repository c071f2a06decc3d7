extension Graph {
    /// The graph with an extracted document's graph merged in, as when a corpus is read article by
    /// article. Unlike ``merging(_:)`` it cannot fail: a name read as a person in one article and as
    /// an organisation in another keeps both, the newcomer's id suffixed with its kind
    /// (`skycop` → `skycop-person`).
    public func absorbing(_ other: Graph) -> Graph {
        var merger = GraphMerger(self)
        merger.absorb(other)
        return merger.graph
    }
}

extension GraphMerger {
    /// Merges an extracted document's graph in, in place, by the rules of ``Graph/absorbing(_:)``.
    public mutating func absorb(_ other: Graph) {
        var renamed: [Entity.ID: Entity.ID] = [:]
        for entity in other.entities {
            guard let existing = graph.entity(entity.id), existing.kind != entity.kind else { continue }
            // The suffixed id must itself be free: not another kind's in the graph, not the newcomer's own.
            var candidate = Entity.ID("\(entity.id.rawValue)-\(entity.kind.rawValue)")
            var number = 1
            while graph.entity(candidate).map({ $0.kind != entity.kind }) ?? false || other.entity(candidate) != nil
                || renamed.values.contains(candidate)
            {
                number += 1
                candidate = Entity.ID("\(entity.id.rawValue)-\(entity.kind.rawValue)-\(number)")
            }
            renamed[entity.id] = candidate
        }
        var incoming = other
        if !renamed.isEmpty {
            incoming = Graph(documents: other.documents)
            for var entity in other.entities {
                entity.id = renamed[entity.id] ?? entity.id
                incoming.add(entity)
            }
            for var relation in other.relations {
                relation.source = renamed[relation.source] ?? relation.source
                relation.target = renamed[relation.target] ?? relation.target
                relation.place = relation.place.map { renamed[$0] ?? $0 }
                incoming.add(relation)
            }
            for transaction in other.transactions { incoming.add(transaction) }
        }
        // Kinds were reconciled above; a conflict left is one within `other` itself, and a merge
        // that throws changes nothing.
        try? merge(incoming)
    }
}
