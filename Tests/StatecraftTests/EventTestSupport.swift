import Testing

@testable import Statecraft

/// Helpers for the event-coder suites: run the public extractor on one or two sentences of our own
/// and look at the event relations (not the structural ones titles and the lexicon add).
enum EventSupport {
    /// The document date most tests use: Wednesday 13 September 2023.
    static let documentDate = "2023-09-13"

    static func graph(_ text: String, _ language: Language, date: String? = documentDate) -> Graph {
        ExtractionSupport.graph(text, language: language, date: date)
    }
}

extension Graph {
    /// The relations that are events (`meets`, `supplies`, `attacks`…), not standing facts.
    var events: [Relation] { relations.filter { !$0.kind.isStructural } }

    func events(_ kind: RelationKind) -> [Relation] { events.filter { $0.kind == kind } }

    /// The event of this kind from `source` to `target` (either way for a symmetric kind).
    func event(_ kind: RelationKind, _ source: String, _ target: String) -> Relation? {
        let forward = relations.first { $0.kind == kind && $0.source.rawValue == source && $0.target.rawValue == target }
        guard forward == nil, kind.isSymmetric else { return forward }
        return relations.first { $0.kind == kind && $0.source.rawValue == target && $0.target.rawValue == source }
    }

    func legs(of transaction: Transaction) -> [Relation] { transaction.legs.compactMap { relation($0) } }

    /// The events, one line each, for failure messages.
    var eventSummary: String {
        let lines = events.map { relation in
            "\(relation.kind.rawValue) \(relation.source.rawValue)→\(relation.target.rawValue) \(relation.goods.map(\.rawValue)) "
                + "\(relation.status.rawValue) \(relation.date?.description ?? "no date")"
        }
        let exchanges = transactions.map { "transaction \($0.legs.map(\.rawValue)) \($0.status.rawValue)" }
        return (lines + exchanges).joined(separator: "; ")
    }
}

/// Expects an event relation and checks what is given of it. Returns it for further checks.
@discardableResult
func expectEvent(
    _ graph: Graph, _ kind: RelationKind, _ source: String, _ target: String, goods: [GoodsCategory]? = nil,
    status: Status? = .asserted, date: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
) -> Relation? {
    guard let found = graph.event(kind, source, target) else {
        Issue.record("no \(kind.rawValue) \(source)→\(target); events: \(graph.eventSummary)", sourceLocation: sourceLocation)
        return nil
    }
    if let goods {
        #expect(found.goods == goods, "goods of \(kind.rawValue) \(source)→\(target): \(graph.eventSummary)", sourceLocation: sourceLocation)
    }
    if let status {
        #expect(found.status == status, "status of \(kind.rawValue) \(source)→\(target): \(graph.eventSummary)", sourceLocation: sourceLocation)
    }
    if let date {
        #expect(found.date?.description == date, "date of \(kind.rawValue) \(source)→\(target): \(graph.eventSummary)", sourceLocation: sourceLocation)
    }
    return found
}

/// Expects exactly these events (kind, source, target), nothing more.
func expectOnlyEvents(_ graph: Graph, _ expected: [(RelationKind, String, String)], sourceLocation: SourceLocation = #_sourceLocation) {
    for (kind, source, target) in expected where graph.event(kind, source, target) == nil {
        Issue.record("no \(kind.rawValue) \(source)→\(target); events: \(graph.eventSummary)", sourceLocation: sourceLocation)
    }
    #expect(graph.events.count == expected.count, "expected \(expected.count) events, got: \(graph.eventSummary)", sourceLocation: sourceLocation)
}
