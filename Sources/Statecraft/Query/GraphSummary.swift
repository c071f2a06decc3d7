/// What a graph holds, counted: entities by kind, relations by kind and by status, transactions,
/// documents, and the span of dates — what `statecraft stats` prints.
public struct GraphSummary: Sendable, Equatable {
    public var documents: Int
    public var entities: Int
    public var relations: Int
    public var transactions: Int
    public var evidence: Int
    /// Counts in vocabulary order; kinds with no element are left out.
    public var entitiesByKind: [(kind: EntityKind, count: Int)]
    public var relationsByKind: [(kind: RelationKind, count: Int)]
    public var relationsByStatus: [(status: Status, count: Int)]
    /// The earliest and latest date on any relation, transaction or document.
    public var dateRange: ClosedRange<PartialDate>?

    public init(_ graph: Graph) {
        documents = graph.documents.count
        entities = graph.entities.count
        relations = graph.relations.count
        transactions = graph.transactions.count
        evidence =
            graph.relations.reduce(0) { $0 + $1.evidence.count }
            + graph.transactions.reduce(0) { $0 + $1.evidence.count }
        entitiesByKind = Self.count(graph.entities.map(\.kind)).map { (kind: $0.0, count: $0.1) }
        relationsByKind = Self.count(graph.relations.map(\.kind)).map { (kind: $0.0, count: $0.1) }
        relationsByStatus = Self.count(graph.relations.map(\.status)).map { (status: $0.0, count: $0.1) }
        let dates =
            graph.relations.compactMap(\.date) + graph.transactions.compactMap(\.date)
            + graph.documents.compactMap(\.date)
        dateRange = dates.min().flatMap { first in dates.max().map { first...$0 } }
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.table == rhs.table
    }

    private static func count<T: DeclarationOrdered & Hashable>(_ values: [T]) -> [(T, Int)] {
        var counts: [T: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        return T.allCases.compactMap { value in counts[value].map { (value, $0) } }
    }

    /// A plain-text table, one figure per line, sections separated by blank lines.
    public var table: String {
        var rows: [(String, String)] = [
            ("documents", "\(documents)"), ("entities", "\(entities)"), ("relations", "\(relations)"),
            ("transactions", "\(transactions)"), ("evidence spans", "\(evidence)"),
        ]
        if let dateRange { rows.append(("dates", "\(dateRange.lowerBound) … \(dateRange.upperBound)")) }
        var sections = [rows]
        sections.append(entitiesByKind.map { ("entity: \($0.kind.rawValue)", "\($0.count)") })
        sections.append(relationsByKind.map { ("relation: \($0.kind.rawValue)", "\($0.count)") })
        sections.append(relationsByStatus.map { ("status: \($0.status.rawValue)", "\($0.count)") })
        let width = sections.joined().map(\.0.count).max() ?? 0
        return sections.filter { !$0.isEmpty }.map { section in
            section.map { label, value in
                label + String(repeating: " ", count: width - label.count + 2) + value
            }.joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
    }

    /// The same figures as pretty-printed JSON with a fixed key order.
    public var json: String {
        func counts<T: RawRepresentable>(_ pairs: [(T, Int)]) -> JSONValue where T.RawValue == String {
            .object(pairs.map { ($0.0.rawValue, .number(Double($0.1))) })
        }
        var members: [(key: String, value: JSONValue)] = [
            ("documents", .number(Double(documents))), ("entities", .number(Double(entities))),
            ("relations", .number(Double(relations))), ("transactions", .number(Double(transactions))),
            ("evidence", .number(Double(evidence))),
            ("entitiesByKind", counts(entitiesByKind.map { ($0.kind, $0.count) })),
            ("relationsByKind", counts(relationsByKind.map { ($0.kind, $0.count) })),
            ("relationsByStatus", counts(relationsByStatus.map { ($0.status, $0.count) })),
        ]
        if let dateRange {
            members.append((
                "dates",
                .object([
                    ("first", .string(dateRange.lowerBound.description)),
                    ("last", .string(dateRange.upperBound.description)),
                ])
            ))
        }
        return JSONWriter().write(.object(members))
    }
}
