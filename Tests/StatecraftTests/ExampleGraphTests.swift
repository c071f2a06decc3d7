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
        #expect(graph.entities.count == 17)
        #expect(graph.relations.count == 21)
        #expect(graph.transactions.count == 1)
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
        #expect(spans.count == 30)
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
        ("Pjongjang", "pyongyang"),
        ("Wostocznyj", "vostochny-cosmodrome"),
        ("Bajkonur", "baikonur-cosmodrome"),
        ("Dmitrij Pieskow", "dmitry-peskov"),
        ("Departament Stanu USA", "us-department-of-state"),
        ("Wschodni Okręg Wojskowy", "eastern-military-district"),
        ("agencja AP", "associated-press"),
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
        let transaction = try #require(graph.transaction("t1"))
        #expect(transaction.status == .hypothetical)
        #expect(transaction.date == PartialDate("2023-09"))
        let legs = transaction.legs.compactMap { graph.relation($0) }
        #expect(legs.map(\.kind) == [.supplies, .aids])
        #expect(legs.map(\.goods) == [[.arms], [.energy, .food]])
        #expect(legs.map(\.source) == ["PRK", "RUS"])
    }

    @Test("the symmetric meeting and its place")
    func meeting() throws {
        let graph = try Self.example()
        let meetings = graph.relations.filter { $0.kind == .meets }
        #expect(meetings.count == 1)
        #expect(meetings.first?.place == "vostochny-cosmodrome")
        #expect(graph.entity("vostochny-cosmodrome")?.kind == .place)
        // The meeting stated the other way round is the same fact.
        var reversed = try #require(meetings.first)
        swap(&reversed.source, &reversed.target)
        #expect(reversed.fact == meetings.first?.fact)
    }

    @Test("the summary counts")
    func summary() throws {
        let summary = GraphSummary(try Self.example())
        #expect(summary.documents == 1)
        #expect(summary.entities == 17)
        #expect(summary.relations == 21)
        #expect(summary.transactions == 1)
        #expect(summary.evidence == 30)
        #expect(summary.entitiesByKind.map { "\($0.kind.rawValue)=\($0.count)" } == [
            "state=5", "person=4", "organization=4", "place=4",
        ])
        #expect(summary.relationsByStatus.map { "\($0.status.rawValue)=\($0.count)" } == [
            "asserted=17", "reported=1", "expected=1", "hypothetical=2",
        ])
        #expect(summary.relationsByKind.map(\.count).reduce(0, +) == 21)
        #expect(summary.relationsByKind.first { $0.kind == .locatedIn }?.count == 4)
        #expect(summary.relationsByKind.allSatisfy { $0.count > 0 })
        #expect(summary.relationsByKind.map(\.kind) == summary.relationsByKind.map(\.kind).sorted())
        #expect(summary.dateRange == PartialDate("2019-04")!...PartialDate("2023-09")!)
    }

    @Test("the summary table and JSON")
    func summaryText() throws {
        let summary = GraphSummary(try Self.example())
        let table = summary.table
        #expect(table.hasPrefix("documents              1\nentities               17\n"))
        #expect(table.contains("\ndates                  2019-04 … 2023-09\n"))
        #expect(table.contains("\n\nentity: state          5\n"))
        #expect(table.hasSuffix("status: hypothetical   2\n"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(summary.json.utf8)) as? [String: Any])
        #expect(json["relations"] as? Int == 21)
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
