import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import Statecraft

/// A small graph with every kind of element a diagram draws: two states, a leader, a place, an
/// exchange of arms for food, a denied attack, a structural relation.
private func sampleGraph(names: [String] = []) -> Graph {
    var graph = Graph(documents: [Document(id: "doc", language: "en", date: PartialDate("2024-05"))])
    graph.add(Entity(id: "AAA", kind: .state, name: "Atlantis", aliases: ["Atlantyda"]))
    graph.add(Entity(id: "BBB", kind: .state, name: "Borduria"))
    graph.add(Entity(id: "anna-leader", kind: .person, name: "Anna Leader"))
    graph.add(Entity(id: "port", kind: .place, name: "Port Town"))
    let evidence = [Evidence(document: "doc", start: 0, end: 4, text: "Text")]
    graph.add(Relation(id: "r1", kind: .leads, source: "anna-leader", target: "AAA"))
    graph.add(Relation(id: "r2", kind: .supplies, source: "AAA", target: "BBB", status: .hypothetical, date: PartialDate("2024-05"), goods: [.arms], evidence: evidence))
    graph.add(Relation(id: "r3", kind: .aids, source: "BBB", target: "AAA", status: .hypothetical, date: PartialDate("2024-05"), goods: [.food, .energy], evidence: evidence))
    graph.add(Relation(id: "r4", kind: .attacks, source: "BBB", target: "AAA", status: .denied, date: PartialDate("2024-04")))
    graph.add(Relation(id: "r5", kind: .locatedIn, source: "port", target: "BBB"))
    graph.add(Transaction(id: "t1", legs: ["r2", "r3"], status: .hypothetical, date: PartialDate("2024-05")))
    for (index, name) in names.enumerated() {
        graph.add(Entity(id: Entity.ID("hostile-\(index)"), kind: .organization, name: name, aliases: [name]))
        graph.add(Relation(id: Relation.ID("h\(index)"), kind: .criticizes, source: Entity.ID("hostile-\(index)"), target: "AAA", role: nil))
    }
    return graph
}

/// What Graphviz shows for a label attribute as stored after parsing (an escString): `\\` → `\`,
/// `\n` → newline, HTML entities decoded.
private func displayed(_ stored: String) -> String {
    var result = ""
    var iterator = stored.makeIterator()
    while let character = iterator.next() {
        if character == "\\", let next = iterator.next() {
            result.append(next == "n" ? "\n" : next)
        } else {
            result.append(character)
        }
    }
    return result.replacingOccurrences(of: "&amp;", with: "&")
}

/// Collects element ids, titles and texts of an SVG, failing on XML errors.
private final class SVGReader: NSObject, XMLParserDelegate {
    var titles: [String: String] = [:]
    var elements: [String] = []
    var classes: [String: String] = [:]
    private var groupID: String?
    private var inTitle = false
    private var buffer = ""

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append(name)
        if name == "g", let id = attributes["id"] {
            groupID = id
            classes[id] = attributes["class"]
        }
        if name == "title" { inTitle = true; buffer = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { if inTitle { buffer += string } }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "title", let groupID { titles[groupID] = buffer; inTitle = false }
    }

    static func read(_ bytes: [UInt8]) throws -> SVGReader {
        let reader = SVGReader()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = reader
        guard parser.parse() else {
            throw parser.parserError ?? CocoaError(.coderReadCorrupt)
        }
        return reader
    }
}

@Suite("Rendering")
struct RenderingTests {
    static let hostileNames = [
        "<script>alert(1)</script>", "Quote \" in \"name\"", "Back\\slash\\", "\\N \\G \\E \\T \\H \\L",
        "&amp; &lt; &#60; & ;", "Line\nbreak\r\nand tab\t.", "עִבְרִית right-to-left العربية", "Emoji 🛰️🚀",
        "Łódź, Gdańsk, Żółć", "node", "EDGE", "subgraph", "strict", "javascript:alert(1)",
        String(repeating: "x", count: 10_000),
    ]

    @Test("DOT parses back through Graphviz with the same nodes, edges and labels")
    func dotRoundTrip() throws {
        let graph = sampleGraph(names: Self.hostileNames)
        let dot = Renderer.dot(for: graph, options: RenderOptions(maximumLabelLength: 0, legend: false))
        let parsed = try Graphviz.parse(dot: dot)
        for entity in graph.entities {
            let node = try #require(parsed.nodes[ElementID.entity(entity.id)], "missing node for \(entity.id)")
            let expected = entity.name.replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\t", with: " ")
            #expect(displayed(node["label"] ?? "") == expected)
        }
        // The exchange replaces its two legs with one edge.
        #expect(parsed.edges.count == graph.relations.count - 1)
        let exchange = try #require(parsed.edges.first { $0.attributes["id"] == "transaction-t1" })
        #expect(displayed(exchange.attributes["label"] ?? "").hasPrefix("arms ⇄ energy, food"))
        #expect(exchange.attributes["dir"] == "both")
    }

    @Test("Hostile names reach the SVG exactly and safely")
    func hostileNamesInSVG() throws {
        let graph = sampleGraph(names: Self.hostileNames)
        let svg = try Renderer.render(graph, as: .svg, options: RenderOptions(maximumLabelLength: 0))
        let text = String(decoding: svg, as: UTF8.self)
        let reader = try SVGReader.read(svg)
        #expect(!reader.elements.contains("script"))
        #expect(!reader.elements.contains("a"))
        #expect(!reader.elements.contains("image"))
        #expect(!text.lowercased().contains("<script"))
        #expect(!text.contains("javascript:") || !text.contains("href"))
        #expect(!text.contains("href"))
        #expect(!text.contains("<!DOCTYPE"))
        #expect(text.contains("viewBox="))
        for (index, name) in Self.hostileNames.enumerated() {
            let title = try #require(reader.titles["entity-hostile-\(index)"])
            let expected = name.replacingOccurrences(of: "\r", with: "")
            #expect(title.hasPrefix(expected.replacingOccurrences(of: "\t", with: "\t")), "title of \(index): \(title.prefix(80))")
        }
    }

    @Test("Every node and edge has a title, a stable id and classes by kind and status")
    func svgStructure() throws {
        let graph = sampleGraph()
        let reader = try SVGReader.read(try Renderer.render(graph, as: .svg))
        #expect(reader.titles["entity-AAA"] == "Atlantis — state [AAA]\nalso: Atlantyda")
        #expect(reader.classes["entity-AAA"] == "node entity state")
        #expect(reader.classes["relation-r4"] == "edge relation attacks conflict denied")
        #expect(reader.classes["transaction-t1"] == "edge transaction exchange hypothetical")
        let attack = try #require(reader.titles["relation-r4"])
        #expect(attack.hasPrefix("Borduria attacks Atlantis — denied, 2024-04"))
        let exchange = try #require(reader.titles["transaction-t1"])
        #expect(exchange.contains("Atlantis supplies Borduria [arms]"))
        #expect(exchange.contains("“Text”"))
        for entity in graph.entities { #expect(reader.titles[ElementID.entity(entity.id)] != nil) }
    }

    @Test("Rendering is byte-identical, also twice in one process and with clusters", arguments: [false, true])
    func deterministic(clusters: Bool) throws {
        let graph = sampleGraph(names: ["Extra Org"])
        let options = RenderOptions(clusters: clusters, title: "T", caption: "C")
        let first = try Renderer.render(graph, as: .svg, options: options)
        let second = try Renderer.render(graph, as: .svg, options: options)
        #expect(first == second)
        #expect(Renderer.dot(for: graph, options: options) == Renderer.dot(for: graph, options: options))
        let png = try Renderer.render(graph, as: .png, options: options)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(png == (try Renderer.render(graph, as: .png, options: options)))
        let pdf = try Renderer.render(graph, as: .pdf, options: options)
        #expect(pdf.starts(with: Array("%PDF".utf8)))
    }

    @Test("Eight concurrent renders neither crash nor differ")
    func concurrentRenders() async throws {
        let graph = sampleGraph(names: ["Org One", "Org Two"])
        let options = RenderOptions(clusters: true)
        let reference = try Renderer.render(graph, as: .svg, options: options)
        let results = try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for _ in 0..<8 {
                group.addTask { try Renderer.render(graph, as: .svg, options: options) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 8)
        #expect(results.allSatisfy { $0 == reference })
    }

    @Test("Every layout engine lays the graph out", arguments: LayoutEngine.allCases)
    func engines(engine: LayoutEngine) throws {
        let svg = try Renderer.render(sampleGraph(), as: .svg, options: RenderOptions(engine: engine))
        #expect(String(decoding: svg, as: UTF8.self).contains("entity&#45;AAA"))
    }

    @Test("Graphviz failures are thrown with Graphviz's message, never a crash")
    func graphvizErrors() {
        #expect(throws: Graphviz.Failure.self) {
            _ = try Graphviz.render(dot: "digraph { a -> }", engine: "dot", format: .svg)
        }
        do {
            _ = try Graphviz.render(dot: "digraph { a [label=<<b>unclosed>] }", engine: "dot", format: .svg)
            Issue.record("a malformed HTML-like label must fail")
        } catch {
            #expect(!error.message.isEmpty)
        }
        // The lock and context survive failures.
        #expect((try? Graphviz.render(dot: "digraph { a -> b }", engine: "dot", format: .svg)) != nil)
    }

    @Test("Style carries meaning: line style by status, goods on supplies, legend lists only what is used")
    func style() throws {
        let dot = Renderer.dot(for: sampleGraph())
        #expect(dot.contains("class=\"relation attacks conflict denied\""))
        #expect(dot.contains("style=\"dashed\""))
        #expect(dot.contains("label=\"arms ⇄ energy, food\\nhypothetical · 2024-05\""))
        #expect(dot.contains(">state<") && dot.contains(">person<") && dot.contains(">place<"))
        #expect(!dot.contains(">organization<"))
        #expect(!dot.contains("meets"))
        #expect(dot.contains("⇄</font> exchange"))
        for forbidden in ["URL=", "href=", "image=", "stylesheet=", "fontpath="] { #expect(!dot.contains(forbidden)) }
    }

    @Test("Filters, highlights and scores")
    func options() throws {
        let graph = sampleGraph()
        var options = RenderOptions(filter: GraphFilter(statuses: [.hypothetical]))
        let filtered = Renderer.dot(for: graph, options: options)
        #expect(!filtered.contains("relation-r4") && !filtered.contains("entity-port"))
        #expect(filtered.contains("transaction-t1"))

        options = RenderOptions(filter: GraphFilter(entityKinds: [.state]))
        let states = Renderer.dot(for: graph, options: options)
        #expect(!states.contains("entity-anna-leader") && states.contains("relation-r4"))

        options = RenderOptions(filter: GraphFilter(until: PartialDate("2024-04")))
        let early = Renderer.dot(for: graph, options: options)
        #expect(early.contains("relation-r4") && !early.contains("transaction-t1"))

        options = RenderOptions()
        let connected = options.highlightPath(in: graph, from: "anna-leader", to: "port")
        #expect(connected)
        let highlighted = Renderer.dot(for: graph, options: options)
        #expect(highlighted.contains("class=\"relation leads neutral asserted highlighted\""))
        #expect(highlighted.contains("class=\"entity place highlighted\""))
        #expect(highlighted.contains("class=\"entity state highlighted\""))

        options = RenderOptions(scores: ["AAA": 1, "BBB": 0])
        let sized = Renderer.dot(for: graph, options: options)
        #expect(sized.contains("width=\"2.5\""))
        #expect(sized.contains("width=\"0.75\""))
    }

    @Test("Labels are cut to the limit; the title keeps the whole name")
    func labelLimit() throws {
        let long = String(repeating: "Ab", count: 50)
        let dot = Renderer.dot(for: sampleGraph(names: [long]), options: RenderOptions(maximumLabelLength: 10))
        #expect(dot.contains("label=\"AbAbAbAbA…\""))
    }

    @Test("DOT text escaping", arguments: [
        ("plain", "\"plain\""), ("a\"b", "\"a\\\"b\""), ("a\\b", "\"a\\\\b\""), ("\\N", "\"\\\\N\""),
        ("x&y", "\"x&amp;y\""), ("one\ntwo", "\"one\\ntwo\""), ("cr\r\nlf", "\"cr\\nlf\""),
    ])
    func escaping(input: String, expected: String) {
        #expect(DOTText.label(input) == expected)
    }

    @Test("Element ids are injective and safe")
    func elementIDs() {
        #expect(ElementID.entity("kim-jong-un") == "entity-kim-jong-un")
        #expect(ElementID.entity("a_b") == "entity-a_5Fb")
        #expect(ElementID.entity("a b") != ElementID.entity("a_b"))
        #expect(ElementID.entity("Łódź").allSatisfy { $0.isASCII })
    }
}
