import Foundation
import Testing

@testable import Statecraft

/// Whatever the text, extraction emits a graph that passes `validate`: the ontology's constraints are
/// checked where a relation is emitted (``OntologyCheck``), a relation they forbid is left out.
@Suite("Extraction validity")
struct ExtractionValidityTests {
    static func problems(_ graph: Graph) -> [String] {
        graph.validate().map { "\($0.path): \($0.message)" }
    }

    @Test("every structural link of the bundled lexicon fits the ontology")
    func lexiconLinks() throws {
        let lexicon = ExtractionSupport.extractor.lexicon
        var wrong: [String] = []
        for entry in lexicon.entries {
            for link in entry.links {
                guard let kind = RelationKind(rawValue: link.kind), let target = lexicon.entryIndex[link.target] else { continue }
                let targetKind = lexicon.entries[target].kind
                if let violation = OntologyCheck.violation(kind, source: entry.id, sourceKind: entry.kind, target: link.target, targetKind: targetKind) {
                    wrong.append("\(entry.id) \(link.kind)=\(link.target): \(violation)")
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong)")
    }

    @Test("the ontology check agrees with validate")
    func checkAgreesWithValidate() {
        #expect(OntologyCheck.violation(.leads, source: "a", sourceKind: .person, target: "b", targetKind: .place) == .target(.place))
        #expect(OntologyCheck.violation(.officialOf, source: "a", sourceKind: .state, target: "b", targetKind: .state) == .source(.state))
        #expect(OntologyCheck.violation(.attacks, source: "a", sourceKind: .state, target: "a", targetKind: .state) == .relatesToItself)
        #expect(OntologyCheck.violation(.attacks, source: "a", sourceKind: .state, target: "b", targetKind: .state, goods: [.arms]) == .goods)
        #expect(OntologyCheck.violation(.meets, source: "a", sourceKind: .person, target: "b", targetKind: .person, role: "host") == .role)
        #expect(OntologyCheck.violation(.supplies, source: "a", sourceKind: .state, target: "b", targetKind: .state, goods: [.energy]) == nil)
        #expect(OntologyCheck.violation(.locatedIn, source: "a", sourceKind: .place, target: "b", targetKind: .state) == nil)
    }

    /// Sentences that gave invalid graphs: a head of a region (the region a place, `leads` needs a
    /// state or an organisation), the mayor of a capital.
    @Test(
        "sentences that once gave invalid graphs",
        arguments: [
            "Ramzan Kadyrov, the head of Chechnya, met Vladimir Putin in Moscow. The leader of Chechnya praised Putin.",
            "Ramzan Kadyrow, przywódca Czeczenii, spotkał się z Władimirem Putinem. Czeczenia wysłała żołnierzy na Ukrainę.",
            "Prezydent Czeczenii Ramzan Kadyrow odwiedził Groznym. Kadyrow skrytykował Czeczenię.",
            "Mayor Vitali Klitschko said Kyiv was attacked. Klitschko met the mayor of Kyiv in Kyiv.",
            "Prezydent Warszawy Rafał Trzaskowski spotkał się w Warszawie z Donaldem Tuskiem.",
        ])
    func onceInvalid(_ text: String) {
        let result = ExtractionSupport.result(text)
        #expect(Self.problems(result.graph).isEmpty, "\(Self.problems(result.graph))")
        #expect(result.relationWarnings.isEmpty)
    }

    /// Texts written to break things: odd punctuation, a very long sentence, names that are a place
    /// and a state or a person and a state, blank lines, numbers only, other scripts, self-exchanges.
    @Test(
        "adversarial texts give valid graphs",
        arguments: [
            "Georgia attacked Georgia. Georgia met Georgia in Georgia. Jordan visited Jordan; Jordan's president, Jordan Peterson, criticized Jordan.",
            "Chad Smith met Chad. Israel Kamakawiwoole sanctioned Israel. Washington, the president of Washington, visited Washington.",
            "Moscow sent drones to Tehran in exchange for missiles from Moscow. Russia gave Russia oil for Russia's weapons.",
            "Gruzja zaatakowała Gruzję. Waszyngton spotkał się z Waszyngtonem w Waszyngtonie. Izrael przekazał Izraelowi broń w zamian za ropę.",
            "Kijów w zamian za gaz wysłał Moskwie broń, a Moskwa w zamian przekazała Kijowowi ropę.",
            "!!! ??? ... ,,, ;;; --- (((  ))) \"\" '' «» „” — – … \n\n\n 1234 5678 90.",
            "\n\n   \n\t\n",
            "42\n3.14 2026-01-01\n1 000 000",
            "Путин встретился с Ким Чен Ыном. 普京 会见 金正恩。 Putin met Kim.",
            String(repeating: "Russia, ", count: 400) + "Ukraine and Poland met the United States, NATO and the EU in Brussels.",
            String(repeating: "Putin Putin Russia Russia ", count: 200),
            "Polska Polska Polska. Premier Polski Donald Tusk spotkał się z premierem Polski i z Polską.",
        ])
    func adversarial(_ text: String) {
        let graph = ExtractionSupport.graph(text)
        #expect(Self.problems(graph).isEmpty, "\(Self.problems(graph))")
    }

    @Test("a relation a user's lexicon states against the ontology is left out with a warning")
    func userLexiconLink() throws {
        var lexicon = try Lexicon.bundled()
        try lexicon.addEntries("person\tjan-nowak\tJan Nowak\t-\tleads=warsaw/mayor@2020..\tJan Nowak\n", file: "user.tsv")
        let extractor = Extractor(lexicon: lexicon)
        // The title makes the text state the office; the lexicon says it is of a place, which the ontology forbids.
        let source = try SourceText(bytes: Array("Mayor Jan Nowak visited Warsaw.".utf8))
        let result = extractor.extract(source, documentID: "user", options: .init(language: .en))
        #expect(Self.problems(result.graph).isEmpty)
        #expect(result.relationWarnings == [.relationDropped(kind: .leads, source: "jan-nowak", target: "warsaw", violation: .target(.place))])
        #expect(result.warnings.contains { $0.contains("'leads' needs a state or an organization as target, 'warsaw' is a place") })
    }

    @Test("articles that type one id differently merge into a valid graph, even when the suffixed id is taken")
    func kindsChangingBetweenArticles() {
        func graph(_ document: String, _ entities: [(String, EntityKind)], _ relation: (String, String)?) -> Graph {
            var graph = Graph(documents: [Document(id: Document.ID(document))])
            for (id, kind) in entities { graph.add(Entity(id: Entity.ID(id), kind: kind, name: id)) }
            if let (source, target) = relation {
                graph.add(Relation(id: Relation.ID("\(document)/r1"), kind: .meets, source: Entity.ID(source), target: Entity.ID(target)))
            }
            return graph
        }
        var merged = graph("a", [("skycop", .organization), ("skycop-person", .place)], nil)
        merged = merged.absorbing(graph("b", [("skycop", .person), ("kim", .person)], ("skycop", "kim")))
        merged = merged.absorbing(graph("c", [("skycop", .place), ("skycop-place", .organization), ("kim", .person)], ("skycop-place", "kim")))
        #expect(Self.problems(merged).isEmpty, "\(Self.problems(merged))")
        #expect(merged.relations.count == 2)
        #expect(merged.documents.count == 3)
        #expect(Set(merged.entities.map(\.kind)) == [.organization, .person, .place])
    }

    // MARK: The evaluation articles

    /// `../shared/eval` beside the package (CI has it beside the clone).
    static let evalDirectory = Fixtures.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/eval")

    static var evalArticles: [String] {
        guard let walker = FileManager.default.enumerator(atPath: evalDirectory.path) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".txt") }.sorted()
            .map { evalDirectory.appendingPathComponent($0).path }
    }

    @Test(
        "every article under ../shared/eval, alone and as one corpus (also into a graph file), gives a valid graph",
        .enabled(if: FileManager.default.fileExists(atPath: evalDirectory.path), "../shared/eval is absent: nothing to extract"))
    func evaluationArticles() throws {
        let articles = Self.evalArticles
        #expect(!articles.isEmpty)
        let extractor = ExtractionSupport.extractor
        for path in articles {
            let graph = try extractor.extract(contentsOf: path).graph
            let problems = Self.problems(graph)
            #expect(problems.isEmpty, "\(path): \(problems)")
        }
        let ingest = CorpusIngest(extractor: extractor, jobs: 2)
        let corpus = try ingest.ingest(articles)
        #expect(Self.problems(corpus.graph).isEmpty, "\(Self.problems(corpus.graph))")
        // An article in two folders (same file name) is one document.
        let documents = Set(articles.map(Extractor.documentID(for:))).count
        #expect(corpus.graph.documents.count == documents)
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("into.json").path
            // Two halves, the second added to the file the first wrote.
            _ = try ingest.ingest(Array(articles.prefix(articles.count / 2)), intoFileAt: path)
            _ = try ingest.ingest(Array(articles.dropFirst(articles.count / 2)), intoFileAt: path)
            let graph = try GraphDocument.read(path, validating: false)
            #expect(Self.problems(graph).isEmpty, "\(Self.problems(graph))")
            #expect(graph.documents.count == documents)
        }
    }
}
