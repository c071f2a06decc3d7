/// Turns a ``Graph`` into its graph document, in the canonical order (see ``GraphDocument``).
enum GraphDocumentEncoder {
    static func value(of graph: Graph) -> JSONValue {
        .object([
            ("format", .string(GraphDocument.format)),
            ("version", .number(Double(GraphDocument.version))),
            ("documents", .array(graph.documents.sorted { $0.id < $1.id }.map(value(of:)))),
            ("entities", .array(graph.entities.sorted { $0.id < $1.id }.map(value(of:)))),
            ("relations", .array(graph.relations.sorted { $0.id < $1.id }.map(value(of:)))),
            ("transactions", .array(graph.transactions.sorted { $0.id < $1.id }.map(value(of:)))),
        ])
    }

    private static func value(of document: Document) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("id", .string(document.id.rawValue))]
        members.appendIfPresent("language", document.language.map(JSONValue.string))
        members.appendIfPresent("date", document.date.map { .string($0.description) })
        members.appendIfPresent("title", document.title.map(JSONValue.string))
        members.appendIfPresent("source", document.source.map(JSONValue.string))
        members.appendIfPresent("digest", document.digest.map(JSONValue.string))
        return .object(members)
    }

    private static func value(of entity: Entity) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("id", .string(entity.id.rawValue)),
            ("kind", .string(entity.kind.rawValue)),
            ("name", .string(entity.name)),
        ]
        let aliases = Array(Set(entity.aliases)).sorted { NameOrder.precedes($0, $1) }
        if !aliases.isEmpty { members.append(("aliases", .array(aliases.map(JSONValue.string)))) }
        members.appendIfPresent("subtype", entity.subtype.map(JSONValue.string))
        if !entity.identifiers.isEmpty {
            var identifiers: [(key: String, value: JSONValue)] = []
            identifiers.appendIfPresent("iso3166", entity.identifiers.iso3166.map(JSONValue.string))
            identifiers.appendIfPresent("wikidata", entity.identifiers.wikidata.map(JSONValue.string))
            members.append(("identifiers", .object(identifiers)))
        }
        if !entity.attributes.isEmpty {
            let sorted = entity.attributes.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            members.append(("attributes", .object(sorted.map { ($0.key, .string($0.value)) })))
        }
        return .object(members)
    }

    private static func value(of relation: Relation) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("id", .string(relation.id.rawValue)),
            ("kind", .string(relation.kind.rawValue)),
            ("source", .string(relation.source.rawValue)),
            ("target", .string(relation.target.rawValue)),
            ("status", .string(relation.status.rawValue)),
        ]
        members.appendIfPresent("date", relation.date.map { .string($0.description) })
        if !relation.goods.isEmpty {
            members.append(("goods", .array(Set(relation.goods).sorted().map { .string($0.rawValue) })))
        }
        members.appendIfPresent("role", relation.role.map(JSONValue.string))
        members.appendIfPresent("place", relation.place.map { .string($0.rawValue) })
        members.appendIfPresent("confidence", relation.confidence.map(JSONValue.number))
        members.appendEvidence(relation.evidence)
        return .object(members)
    }

    private static func value(of transaction: Transaction) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("id", .string(transaction.id.rawValue)),
            ("legs", .array(transaction.legs.map { .string($0.rawValue) })),
            ("status", .string(transaction.status.rawValue)),
        ]
        members.appendIfPresent("date", transaction.date.map { .string($0.description) })
        members.appendEvidence(transaction.evidence)
        return .object(members)
    }
}

/// Orders names as a reader expects: by folded form, then by bytes.
enum NameOrder {
    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        let (left, right) = (NameFolding.fold(lhs), NameFolding.fold(rhs))
        if left != right { return left.utf8.lexicographicallyPrecedes(right.utf8) }
        return lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }
}

extension Array where Element == (key: String, value: JSONValue) {
    fileprivate mutating func appendIfPresent(_ key: String, _ value: JSONValue?) {
        if let value { append((key, value)) }
    }

    fileprivate mutating func appendEvidence(_ evidence: [Evidence]) {
        guard !evidence.isEmpty else { return }
        let spans = Set(evidence).sorted().map { span -> JSONValue in
            .object([
                ("document", .string(span.document.rawValue)),
                ("start", .number(Double(span.start))),
                ("end", .number(Double(span.end))),
                ("text", .string(span.text)),
            ])
        }
        append(("evidence", .array(spans)))
    }
}
