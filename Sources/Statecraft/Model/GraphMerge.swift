/// Why two graphs could not be merged.
public enum MergeError: Error, Equatable, CustomStringConvertible {
    /// The same entity id stands for entities of different kinds.
    case conflictingEntityKinds(id: Entity.ID, existing: EntityKind, incoming: EntityKind)

    public var description: String {
        switch self {
        case .conflictingEntityKinds(let id, let existing, let incoming):
            "entity '\(id)' is \(existing.withArticle) in one graph and \(incoming.withArticle) in the other"
        }
    }
}

extension Graph {
    /// The graph with `other` merged in, as when two articles are read into one graph.
    ///
    /// - Documents unify by id; fields one of them lacks are taken from the other.
    /// - Entities unify by id: names and aliases are united (the receiving graph's name stays
    ///   canonical, the other's becomes an alias), the first subtype and identifiers that are set win,
    ///   attributes are united (the receiving graph's value wins). Different kinds under one id are an
    ///   error.
    /// - Relations that state the same fact (``Relation/fact``: kind, ends — in either order for
    ///   symmetric kinds —, date, status, role) unify, keeping all their evidence and goods. A relation
    ///   whose id is already taken by another fact gets a new id (`r7` → `r7-2`).
    /// - Transactions unify when their legs (after the relation ids are mapped), status and date
    ///   agree; evidence is united.
    ///
    /// Ids of the receiving graph never change, so merging is stable, and merging a graph into itself
    /// changes nothing. To merge many graphs into one, ``GraphMerger`` does the same in place,
    /// without re-indexing the growing graph for every merge.
    public func merging(_ other: Graph) throws(MergeError) -> Graph {
        var merger = GraphMerger(self)
        try merger.merge(other)
        return merger.graph
    }
}

/// Merges graphs into one, one after another, by the rules of ``Graph/merging(_:)``. It keeps what
/// it knows about the graph it builds (which relation states which fact, which transaction
/// exchanges which legs) between merges, so merging a corpus article by article costs time in
/// proportion to the articles, not to the graph built so far.
public struct GraphMerger: Sendable {
    /// The graph merged so far.
    public private(set) var graph: Graph
    private var factIndex: [Relation.Fact: Relation.ID] = [:]
    private var exchangeIndex: [Exchange: Transaction.ID] = [:]
    /// Relations whose evidence is known to be sorted: new evidence goes in by binary search,
    /// instead of hashing and sorting all of it again — a fact that hundreds of articles state
    /// would otherwise make merging a corpus quadratic.
    private var sortedEvidence: Set<Relation.ID> = []

    /// What makes transactions the same exchange: their legs, status and date.
    private struct Exchange: Hashable, Sendable {
        var legs: Set<Relation.ID>
        var status: Status
        var date: PartialDate?

        init(_ transaction: Transaction) {
            legs = Set(transaction.legs)
            status = transaction.status
            date = transaction.date
        }
    }

    /// Starts from `graph`, whose ids will never change.
    public init(_ graph: Graph = Graph()) {
        self.graph = graph
        for relation in graph.relations where factIndex[relation.fact] == nil {
            factIndex[relation.fact] = relation.id
        }
        for transaction in graph.transactions where exchangeIndex[Exchange(transaction)] == nil {
            exchangeIndex[Exchange(transaction)] = transaction.id
        }
    }

    /// Merges `other` in. On an error the graph is left as it was.
    public mutating func merge(_ other: Graph) throws(MergeError) {
        // Check every entity kind first, so that an error leaves nothing half merged.
        var kinds: [Entity.ID: EntityKind] = [:]
        for entity in other.entities {
            let existing = kinds[entity.id] ?? graph.entity(entity.id)?.kind
            if let existing, existing != entity.kind {
                throw .conflictingEntityKinds(id: entity.id, existing: existing, incoming: entity.kind)
            }
            kinds[entity.id] = existing ?? entity.kind
        }

        for document in other.documents {
            guard var existing = graph.document(document.id) else {
                graph.add(document)
                continue
            }
            guard existing != document else { continue }
            existing.language = existing.language ?? document.language
            existing.date = existing.date ?? document.date
            existing.title = existing.title ?? document.title
            existing.source = existing.source ?? document.source
            existing.digest = existing.digest ?? document.digest
            graph.replace(existing)
        }

        for entity in other.entities {
            guard var existing = graph.entity(entity.id) else {
                graph.add(entity)
                continue
            }
            var known = Set(existing.allNames)
            for name in entity.allNames where known.insert(name).inserted {
                existing.aliases.append(name)
            }
            existing.subtype = existing.subtype ?? entity.subtype
            existing.identifiers.iso3166 = existing.identifiers.iso3166 ?? entity.identifiers.iso3166
            existing.identifiers.wikidata = existing.identifiers.wikidata ?? entity.identifiers.wikidata
            existing.attributes.merge(entity.attributes) { mine, _ in mine }
            if existing != graph.entity(entity.id) { graph.replace(existing) }
        }

        var relationIDs: [Relation.ID: Relation.ID] = [:]
        for relation in other.relations {
            let fact = relation.fact
            let target: Relation.ID? =
                graph.relation(relation.id)?.fact == fact ? relation.id : factIndex[fact]
            if let target, var existing = graph.relation(target) {
                let count = existing.evidence.count
                if sortedEvidence.contains(target) || Self.isSorted(existing.evidence) {
                    existing.evidence = Self.insert(relation.evidence, intoSorted: existing.evidence)
                    sortedEvidence.insert(target)
                } else {
                    existing.evidence = Self.union(existing.evidence, relation.evidence)
                    if existing.evidence.count != count { sortedEvidence.insert(target) }
                }
                existing.goods = Self.union(existing.goods, relation.goods)
                existing.place = existing.place ?? relation.place
                if let confidence = relation.confidence {
                    existing.confidence = max(existing.confidence ?? confidence, confidence)
                }
                graph.replace(existing)
                relationIDs[relation.id] = target
            } else {
                var incoming = relation
                incoming.id = freeID(near: relation.id) { graph.relation($0) != nil }
                graph.add(incoming)
                factIndex[fact] = incoming.id
                relationIDs[relation.id] = incoming.id
            }
        }

        for transaction in other.transactions {
            var incoming = transaction
            incoming.legs = transaction.legs.map { relationIDs[$0] ?? $0 }
            let exchange = Exchange(incoming)
            let twin =
                [graph.transaction(transaction.id)].compactMap { $0 }.first { $0.sameExchange(as: incoming) }
                ?? exchangeIndex[exchange].flatMap { graph.transaction($0) }
            if var existing = twin {
                existing.evidence = Self.union(existing.evidence, incoming.evidence)
                graph.replace(existing)
            } else {
                incoming.id = freeID(near: transaction.id) { graph.transaction($0) != nil }
                graph.add(incoming)
                if exchangeIndex[exchange] == nil { exchangeIndex[exchange] = incoming.id }
            }
        }
    }

    /// `union(sorted, elements)`, for a sorted array: each element of `elements` it lacks is
    /// inserted in its place.
    private static func insert<T: Comparable>(_ elements: [T], intoSorted sorted: [T]) -> [T] {
        var result = sorted
        for element in elements {
            var low = 0
            var high = result.count
            while low < high {
                let middle = (low + high) / 2
                if result[middle] < element { low = middle + 1 } else { high = middle }
            }
            if low == result.count || result[low] != element { result.insert(element, at: low) }
        }
        return result
    }

    private static func isSorted<T: Comparable>(_ elements: [T]) -> Bool {
        zip(elements, elements.dropFirst()).allSatisfy { !($1 < $0) }
    }

    /// `a` followed by the elements of `b` it lacks, sorted.
    private static func union<T: Comparable & Hashable>(_ a: [T], _ b: [T]) -> [T] {
        var seen = Set(a)
        var result = a
        for element in b where seen.insert(element).inserted { result.append(element) }
        return result == a ? a : result.sorted()
    }

    private func freeID<Subject>(
        near id: Identifier<Subject>, taken: (Identifier<Subject>) -> Bool
    ) -> Identifier<Subject> {
        guard taken(id) else { return id }
        var suffix = 2
        while taken(Identifier("\(id.rawValue)-\(suffix)")) { suffix += 1 }
        return Identifier("\(id.rawValue)-\(suffix)")
    }
}

extension Transaction {
    /// Whether both transactions exchange the same legs with the same status and date.
    func sameExchange(as other: Transaction) -> Bool {
        Set(legs) == Set(other.legs) && status == other.status && date == other.date
    }
}
