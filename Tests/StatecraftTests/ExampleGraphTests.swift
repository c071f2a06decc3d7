import Foundation
import Testing

@testable import Statecraft

/// The example graph in `graphs/`, read from the article in `graphs/sources/`.
@Suite("Example graph")
struct ExampleGraphTests {
    static func example() throws -> Graph {
        try GraphDocument.read(Fixtures.exampleGraph.path)
    }

    @Test("it decodes and validates")
    func decodes() throws {
        let graph = try Self.example()
        #expect(graph.validate().isEmpty)
        #expect(graph.documents.count == 1)
        #expect(graph.entities.count >= 12)
        #expect(graph.relations.count >= 8)
        #expect(graph.transactions.count == 1)
    }

    @Test("it is what `statecraft extract` reads from the bundled article, byte for byte (make run regenerates it)")
    func regenerated() throws {
        let result = try CLITests.run(
            ["extract", "graphs/sources/kim-putin-vostochny-2023.pl.txt", "--quiet"], in: Fixtures.packageRoot)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Array(result.stdout.utf8) == (try Fixtures.exampleGraphBytes()))
    }

    @Test("it re-serialises byte-identically")
    func byteIdentical() throws {
        let bytes = try Fixtures.exampleGraphBytes()
        let graph = try GraphDocument.decode(bytes)
        #expect(Array(GraphDocument.encode(graph).utf8) == bytes)
    }

    @Test("every evidence span is the text at its offsets in the article, in Unicode scalars")
    func evidenceMatchesArticle() throws {
        let graph = try Self.example()
        let article = Array(try String(contentsOf: Fixtures.exampleArticle, encoding: .utf8).unicodeScalars)
        let document = try #require(graph.documents.first)
        #expect(document.source == "graphs/sources/kim-putin-vostochny-2023.pl.txt")
        let spans = graph.relations.flatMap(\.evidence) + graph.transactions.flatMap(\.evidence)
        #expect(spans.count >= graph.relations.count - 6)
        for span in spans {
            #expect(span.document == document.id)
            #expect(span.start >= 0 && span.start <= span.end && span.end <= article.count, "\(span.start)..<\(span.end)")
            guard span.start >= 0, span.start <= span.end, span.end <= article.count else { continue }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: article[span.start..<span.end])
            #expect(String(text) == span.text, "span \(span.start)..<\(span.end)")
        }
    }

    @Test("names in the article resolve to the right entities", arguments: [
        ("Władimir Putin", "vladimir-putin"),
        ("WLADIMIR PUTIN", "vladimir-putin"),
        ("Kim Dzong Un", "kim-jong-un"),
        ("Kim Jong-un", "kim-jong-un"),
        ("kim jong un", "kim-jong-un"),
        ("Korea Północna", "PRK"),
        ("korea polnocna", "PRK"),
        ("Wostocznyj", "vostochny-cosmodrome"),
        ("Bajkonur", "baikonur-cosmodrome"),
        ("Dmitrij Pieskow", "dmitry-peskov"),
        ("Departament Stanu USA", "us-department-of-state"),
        ("Wschodni Okręg Wojskowy", "eastern-military-district"),
        ("AP", "associated-press"),
        ("Kreml", "kremlin"),
        ("Rosja", "RUS"),
        ("RUS", "RUS"),
    ])
    func names(_ name: String, _ id: String) throws {
        #expect(try Self.example().resolve(name).map(\.id.rawValue) == [id])
    }

    @Test("the arms-for-food-and-energy transaction")
    func transaction() throws {
        let graph = try Self.example()
        let transaction = try #require(graph.transactions.first)
        #expect(transaction.status == .hypothetical)
        #expect(transaction.date == PartialDate("2023-09"))
        let legs = transaction.legs.compactMap { graph.relation($0) }
        #expect(legs.allSatisfy { $0.kind == .supplies || $0.kind == .aids })
        #expect(legs.map(\.goods) == [[.arms], [.energy, .food]])
        #expect(legs.map(\.source) == ["PRK", "RUS"])
        #expect(legs.map(\.target) == ["RUS", "PRK"])
        #expect(legs.allSatisfy { $0.status == .hypothetical && !$0.evidence.isEmpty })
    }

    @Test("the symmetric meeting")
    func meeting() throws {
        let graph = try Self.example()
        let meetings = graph.relations.filter { $0.kind == .meets }
        #expect(meetings.count == 1)
        #expect(Set([meetings.first?.source, meetings.first?.target]) == Set<Entity.ID?>(["vladimir-putin", "kim-jong-un"]))
        #expect(meetings.first?.status == .asserted)
        #expect(meetings.first?.date == PartialDate("2023-09"))
        // The meeting stated the other way round is the same fact.
        var reversed = try #require(meetings.first)
        swap(&reversed.source, &reversed.target)
        #expect(reversed.fact == meetings.first?.fact)
    }

    @Test("the summary counts what the graph holds")
    func summary() throws {
        let graph = try Self.example()
        let summary = GraphSummary(graph)
        #expect(summary.documents == 1)
        #expect(summary.entities == graph.entities.count)
        #expect(summary.relations == graph.relations.count)
        #expect(summary.transactions == 1)
        #expect(summary.evidence == graph.relations.flatMap(\.evidence).count + graph.transactions.flatMap(\.evidence).count)
        #expect(summary.entitiesByKind.map(\.count).reduce(0, +) == graph.entities.count)
        #expect(summary.relationsByStatus.map(\.count).reduce(0, +) == graph.relations.count)
        #expect(summary.relationsByStatus.first { $0.status == .hypothetical }?.count == 2)
        #expect(summary.relationsByKind.map(\.count).reduce(0, +) == graph.relations.count)
        #expect(summary.relationsByKind.allSatisfy { $0.count > 0 })
        #expect(summary.relationsByKind.map(\.kind) == summary.relationsByKind.map(\.kind).sorted())
        #expect(summary.dateRange == PartialDate("2019-04")!...PartialDate("2023-09")!)
    }

    @Test("the summary table and JSON")
    func summaryText() throws {
        let graph = try Self.example()
        let summary = GraphSummary(graph)
        let table = summary.table
        #expect(table.hasPrefix("documents              1\nentities               \(graph.entities.count)\n"))
        #expect(table.contains("\ndates                  2019-04 … 2023-09\n"))
        #expect(table.contains("\n\nentity: state          5\n"))
        #expect(table.contains("status: hypothetical   2\n"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(summary.json.utf8)) as? [String: Any])
        #expect(json["relations"] as? Int == graph.relations.count)
        #expect((json["dates"] as? [String: String]) == ["first": "2019-04", "last": "2023-09"])
        #expect(summary == GraphSummary(try Self.example()))
        #expect(summary != GraphSummary(Graph()))
    }

    @Test("an empty graph's summary")
    func emptySummary() {
        let summary = GraphSummary(Graph())
        #expect(summary.dateRange == nil)
        #expect(summary.table == "documents       0\nentities        0\nrelations       0\ntransactions    0\nevidence spans  0\n")
    }
}
