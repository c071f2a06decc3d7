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
    /// - Documents unify by id.
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
    /// changes nothing.
    public func merging(_ other: Graph) throws(MergeError) -> Graph {
        var merged = self

        for document in other.documents {
            guard var existing = merged.document(document.id) else {
                merged.add(document)
                continue
            }
            guard existing != document else { continue }
            existing.language = existing.language ?? document.language
            existing.date = existing.date ?? document.date
            existing.title = existing.title ?? document.title
            existing.source = existing.source ?? document.source
            merged.replace(existing)
        }

        for entity in other.entities {
            guard var existing = merged.entity(entity.id) else {
                merged.add(entity)
                continue
            }
            guard existing.kind == entity.kind else {
                throw .conflictingEntityKinds(id: entity.id, existing: existing.kind, incoming: entity.kind)
            }
            var known = Set(existing.allNames)
            for name in entity.allNames where known.insert(name).inserted {
                existing.aliases.append(name)
            }
            existing.subtype = existing.subtype ?? entity.subtype
            existing.identifiers.iso3166 = existing.identifiers.iso3166 ?? entity.identifiers.iso3166
            existing.identifiers.wikidata = existing.identifiers.wikidata ?? entity.identifiers.wikidata
            existing.attributes.merge(entity.attributes) { mine, _ in mine }
            if existing != merged.entity(entity.id) { merged.replace(existing) }
        }

        var factIndex: [Relation.Fact: Relation.ID] = [:]
        for relation in merged.relations where factIndex[relation.fact] == nil {
            factIndex[relation.fact] = relation.id
        }
        var relationIDs: [Relation.ID: Relation.ID] = [:]
        for relation in other.relations {
            let fact = relation.fact
            let target: Relation.ID? =
                merged.relation(relation.id)?.fact == fact ? relation.id : factIndex[fact]
            if let target, var existing = merged.relation(target) {
                existing.evidence = Self.union(existing.evidence, relation.evidence)
                existing.goods = Self.union(existing.goods, relation.goods)
                existing.place = existing.place ?? relation.place
                if let confidence = relation.confidence {
                    existing.confidence = max(existing.confidence ?? confidence, confidence)
                }
                merged.replace(existing)
                relationIDs[relation.id] = target
            } else {
                var incoming = relation
                incoming.id = merged.freeRelationID(near: relation.id)
                merged.add(incoming)
                factIndex[fact] = incoming.id
                relationIDs[relation.id] = incoming.id
            }
        }

        for transaction in other.transactions {
            var incoming = transaction
            incoming.legs = transaction.legs.map { relationIDs[$0] ?? $0 }
            let twin =
                [merged.transaction(transaction.id)].compactMap { $0 }.first { $0.sameExchange(as: incoming) }
                ?? merged.transactions.first { $0.sameExchange(as: incoming) }
            if var existing = twin {
                existing.evidence = Self.union(existing.evidence, incoming.evidence)
                merged.replace(existing)
            } else {
                incoming.id = merged.freeTransactionID(near: transaction.id)
                merged.add(incoming)
            }
        }
        return merged
    }

    /// `a` followed by the elements of `b` it lacks, sorted.
    private static func union<T: Comparable & Hashable>(_ a: [T], _ b: [T]) -> [T] {
        var seen = Set(a)
        var result = a
        for element in b where seen.insert(element).inserted { result.append(element) }
        return result == a ? a : result.sorted()
    }

    private func freeRelationID(near id: Relation.ID) -> Relation.ID {
        freeID(near: id) { relation($0) != nil }
    }

    private func freeTransactionID(near id: Transaction.ID) -> Transaction.ID {
        freeID(near: id) { transaction($0) != nil }
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
