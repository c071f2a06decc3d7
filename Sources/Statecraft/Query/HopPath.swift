extension Graph {
    /// A shortest chain of relations between two entities, ignoring direction: the entities in
    /// order (`from` first, `to` last) and the relation crossed at each hop. `nil` when they are
    /// not connected. Among equally short chains the one found first by breadth-first search over
    /// relations in id order is returned, so the answer is deterministic.
    ///
    /// Breadth-first search: Moore, E. F. (1959). The shortest path through a maze. *Proceedings of
    /// the International Symposium on the Theory of Switching*, 285–292.
    public func hopPath(from: Entity.ID, to: Entity.ID) -> (entities: [Entity.ID], relations: [Relation.ID])? {
        guard entity(from) != nil, entity(to) != nil else { return nil }
        if from == to { return ([from], []) }
        var adjacency: [Entity.ID: [(Entity.ID, Relation.ID)]] = [:]
        for relation in relations.sorted(by: { $0.id < $1.id }) where relation.source != relation.target {
            adjacency[relation.source, default: []].append((relation.target, relation.id))
            adjacency[relation.target, default: []].append((relation.source, relation.id))
        }
        var previous: [Entity.ID: (Entity.ID, Relation.ID)] = [:]
        var frontier = [from]
        var seen: Set<Entity.ID> = [from]
        while !frontier.isEmpty {
            var next: [Entity.ID] = []
            for current in frontier {
                for (neighbour, relation) in adjacency[current] ?? [] where seen.insert(neighbour).inserted {
                    previous[neighbour] = (current, relation)
                    if neighbour == to {
                        var entities = [to]
                        var crossed: [Relation.ID] = []
                        var cursor = to
                        while let (before, relation) = previous[cursor] {
                            entities.append(before)
                            crossed.append(relation)
                            cursor = before
                        }
                        return (entities.reversed(), crossed.reversed())
                    }
                    next.append(neighbour)
                }
            }
            frontier = next
        }
        return nil
    }
}
