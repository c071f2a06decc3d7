import Foundation
import Testing

@testable import Statecraft

/// Graph documents: writing, reading back, and every document-level problem reading reports.
@Suite("Graph documents")
struct GraphDocumentTests {
    // MARK: Round trip

    @Test("encode → decode gives an equal graph")
    func roundTrip() throws {
        let graph = Sample.graph
        #expect(graph.validate().isEmpty)
        let decoded = try GraphDocument.decode(Array(GraphDocument.encode(graph).utf8))
        #expect(decoded == graph)
        #expect(decoded.entities.map(\.id) == graph.entities.map(\.id))
        #expect(decoded.entity("kremlin")?.attributes == ["seat": "Moscow", "founded": "1991"])
        #expect(decoded.relation("r6")?.evidence.count == 2)
        #expect(decoded.relation("r7")?.confidence == 0.6)
        #expect(decoded.transaction("t1")?.legs == ["r7", "r8"])
        #expect(decoded.document(Sample.article)?.date == PartialDate("2023-09"))
    }

    /// The sample graph with every list out of order, duplicated aliases, goods and evidence.
    static var scrambledGraph: Graph {
        var entities = Sample.entities.reversed().map { entity in
            var entity = entity
            entity.aliases = entity.aliases.reversed() + entity.aliases
            return entity
        }
        entities.swapAt(0, 3)
        let relations = Sample.relations.reversed().map { relation in
            var relation = relation
            relation.goods = relation.goods.reversed() + relation.goods
            relation.evidence = relation.evidence.reversed() + relation.evidence
            return relation
        }
        return Graph(
            documents: Sample.documents, entities: entities, relations: relations,
            transactions: Sample.transactions)
    }

    @Test("encode(decode(encode(g))) is byte-identical to encode(g)")
    func reserialisation() throws {
        for graph in [Sample.graph, Self.scrambledGraph] {
            let first = GraphDocument.encode(graph)
            let second = GraphDocument.encode(try GraphDocument.decode(Array(first.utf8)))
            #expect(Array(second.utf8) == Array(first.utf8))
        }
    }

    @Test("the same graph in any order writes the same bytes, canonically sorted and deduplicated")
    func canonicalOrder() throws {
        let canonical = GraphDocument.encode(Sample.graph)
        #expect(GraphDocument.encode(Self.scrambledGraph) == canonical)
        #expect(try GraphDocument.decode(Array(canonical.utf8)) == Sample.graph)
    }

    @Test("elements are written in natural id order: r2 before r10")
    func naturalOrderInOutput() throws {
        let entities = [Entity(id: "B", kind: .state, name: "B"), Entity(id: "A", kind: .state, name: "A")]
        let relations = ["r10", "r2", "r1", "r1-2", "r20"].map {
            Relation(id: Relation.ID($0), kind: .cooperates, source: "A", target: "B")
        }
        let text = GraphDocument.encode(Graph(entities: entities, relations: relations))
        let positions = ["\"r1\"", "\"r1-2\"", "\"r2\"", "\"r10\"", "\"r20\""].map { id in
            text.range(of: "\"id\": \(id)")?.lowerBound
        }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(text.range(of: "\"id\": \"A\"")!.lowerBound < text.range(of: "\"id\": \"B\"")!.lowerBound)
        let decoded = try GraphDocument.decode(Array(text.utf8))
        #expect(decoded.relations.map(\.id.rawValue) == ["r1", "r1-2", "r2", "r10", "r20"])
    }

    @Test("the empty graph")
    func emptyGraph() throws {
        let text = GraphDocument.encode(Graph())
        #expect(text == """
            {
              "format": "statecraft-graph",
              "version": 1,
              "documents": [],
              "entities": [],
              "relations": [],
              "transactions": []
            }

            """)
        #expect(try GraphDocument.decode(Array(text.utf8)).isEmpty)
        // Only format and version are required.
        #expect(try GraphDocument.decode(Array(#"{"format": "statecraft-graph", "version": 1}"#.utf8)).isEmpty)
    }

    @Test("the layout: members in a fixed order, two-space indent, short scalar arrays inline, final newline")
    func layout() {
        let graph = Graph(
            documents: [Document(id: "d", language: "pl")],
            entities: [
                Entity(id: "A", kind: .state, name: "Alpha", aliases: ["Alfa", "Alpha Republic"], subtype: "x",
                       identifiers: .init(iso3166: "AAA"), attributes: ["b": "2", "a": "1"]),
                Entity(id: "B", kind: .state, name: "Beta", aliases: (1...12).map { "A long alias for Beta number \($0 < 10 ? "0" : "")\($0)" }),
            ],
            relations: [
                Relation(id: "r1", kind: .supplies, source: "A", target: "B", status: .expected,
                         date: PartialDate("2024-02-29"), goods: [.food, .arms], place: "B", confidence: 0.5,
                         evidence: [Evidence(document: "d", start: 1, end: 2, text: "t")])
            ])
        let text = GraphDocument.encode(graph)
        #expect(text.hasSuffix("}\n") && !text.hasSuffix("\n\n"))
        #expect(text.contains("""
                {
                  "id": "A",
                  "kind": "state",
                  "name": "Alpha",
                  "aliases": ["Alfa", "Alpha Republic"],
                  "subtype": "x",
                  "identifiers": {
                    "iso3166": "AAA"
                  },
                  "attributes": {
                    "a": "1",
                    "b": "2"
                  }
                }
            """))
        #expect(text.contains("""
                      "aliases": [
                        "A long alias for Beta number 01",
                        "A long alias for Beta number 02",
                """))
        #expect(text.contains("""
                {
                  "id": "r1",
                  "kind": "supplies",
                  "source": "A",
                  "target": "B",
                  "status": "expected",
                  "date": "2024-02-29",
                  "goods": ["arms", "food"],
                  "place": "B",
                  "confidence": 0.5,
                  "evidence": [
                    {
                      "document": "d",
                      "start": 1,
                      "end": 2,
                      "text": "t"
                    }
                  ]
                }
            """))
        #expect(!text.contains("\t"))
    }

    @Test("strings: escapes where JSON needs them, UTF-8 everywhere else, and back")
    func strings() throws {
        let name = "Kim \"Rocket Man\" Jong Un \\ ł ó 😀 \n\t\r\u{08}\u{0C}\u{00}\u{1F}\u{7F}\u{2028}\u{2029} / end"
        let graph = Graph(entities: [Entity(id: "x", kind: .person, name: name, attributes: ["key \"q\"": "v\n"])])
        let text = GraphDocument.encode(graph)
        #expect(text.contains(#""name": "Kim \"Rocket Man\" Jong Un \\ ł ó 😀 \n\t\r\b\f\u0000\u001F\u007F\u2028\u2029 / end""#))
        #expect(text.contains(#""key \"q\"": "v\n""#))
        let decoded = try GraphDocument.decode(Array(text.utf8))
        #expect(decoded.entity("x")?.name == name)
        #expect(decoded == graph)
    }

    @Test("numbers round trip exactly", arguments: [0.0, 1.0, 0.1, 0.95, 0.3333333333333333, 1e-7, 0.1 + 0.2, Double.leastNonzeroMagnitude])
    func numbers(_ confidence: Double) throws {
        let graph = Graph(
            entities: [Entity(id: "A", kind: .state, name: "A"), Entity(id: "B", kind: .state, name: "B")],
            relations: [Relation(id: "r1", kind: .meets, source: "A", target: "B", confidence: confidence)])
        let text = GraphDocument.encode(graph)
        let decoded = try GraphDocument.decode(Array(text.utf8))
        #expect(decoded.relation("r1")?.confidence == confidence)
        #expect(GraphDocument.encode(decoded) == text)
    }

    @Test("unknown fields are ignored, at every level")
    func unknownFields() throws {
        let text = """
            {"format": "statecraft-graph", "version": 1, "generator": {"name": "x", "deep": [1, [2]]},
             "documents": [{"id": "d", "pages": 3}],
             "entities": [{"id": "A", "kind": "state", "name": "A", "population": 5, "flags": null},
                          {"id": "B", "kind": "state", "name": "B", "identifiers": {"iso3166": "BBB", "gnd": "x"}}],
             "relations": [{"id": "r1", "kind": "meets", "source": "A", "target": "B", "status": "asserted",
                            "sentiment": -0.5, "evidence": [{"document": "d", "start": 0, "end": 1, "text": "t", "page": 2}]}],
             "transactions": [], "extras": []}
            """
        let graph = try GraphDocument.decode(Array(text.utf8))
        let expected = Graph(
            documents: [Document(id: "d")],
            entities: [
                Entity(id: "A", kind: .state, name: "A"),
                Entity(id: "B", kind: .state, name: "B", identifiers: .init(iso3166: "BBB")),
            ],
            relations: [
                Relation(id: "r1", kind: .meets, source: "A", target: "B",
                         evidence: [Evidence(document: "d", start: 0, end: 1, text: "t")])
            ])
        #expect(graph == expected)
    }

    @Test("null optional fields are absent fields; evidence text defaults to empty")
    func nullOptionals() throws {
        let text = """
            {"format": "statecraft-graph", "version": 1, "documents": [{"id": "d", "date": null, "title": null}],
             "entities": [{"id": "A", "kind": "state", "name": "A", "aliases": null, "subtype": null},
                          {"id": "B", "kind": "state", "name": "B"}],
             "relations": [{"id": "r1", "kind": "meets", "source": "A", "target": "B", "status": "asserted",
                            "date": null, "confidence": null, "evidence": [{"document": "d", "start": 0, "end": 1}]}],
             "transactions": null}
            """
        let graph = try GraphDocument.decode(Array(text.utf8))
        #expect(graph.entity("A") == Entity(id: "A", kind: .state, name: "A"))
        #expect(graph.relation("r1")?.date == nil)
        #expect(graph.relation("r1")?.evidence == [Evidence(document: "d", start: 0, end: 1, text: "")])
    }

    // MARK: Document-level problems

    /// A one-line document: two states, A and B, plus what the test adds.
    static func document(
        format: String = #""statecraft-graph""#, version: String = "1", documents: String = "[]",
        entities: String = "", relations: String = "[]", transactions: String = "[]"
    ) -> String {
        let base = #"{"id": "A", "kind": "state", "name": "A"}, {"id": "B", "kind": "state", "name": "B"}"#
        let allEntities = entities.isEmpty ? "[\(base)]" : "[\(base), \(entities)]"
        return #"{"format": \#(format), "version": \#(version), "documents": \#(documents), "entities": \#(allEntities), "relations": \#(relations), "transactions": \#(transactions)}"#
    }

    static func relation(_ members: String) -> String { "[{\(members)}]" }

    static func problems(_ text: String) -> [String] {
        decodeError(text)?.problems.map { "\($0.path): \($0.message)" } ?? []
    }

    @Test("the base document of these tests is valid")
    func baseDocument() throws {
        let graph = try GraphDocument.decode(Array(Self.document().utf8))
        #expect(graph.entities.count == 2)
    }

    @Test("unknown entity kind lists the known kinds")
    func unknownEntityKind() {
        #expect(Self.problems(Self.document(entities: #"{"id": "x", "kind": "nation", "name": "X"}"#)) == [
            "$.entities[2].kind: unknown kind 'nation' (known: state, person, organization, place)"
        ])
        #expect(Self.problems(Self.document(entities: #"{"id": "x", "kind": "State", "name": "X"}"#)) == [
            "$.entities[2].kind: unknown kind 'State' (known: state, person, organization, place)"
        ])
    }

    @Test("unknown relation kind lists the known kinds")
    func unknownRelationKind() {
        let text = Self.document(relations: Self.relation(#""id": "r1", "kind": "hugs", "source": "A", "target": "B", "status": "asserted""#))
        #expect(Self.problems(text) == [
            "$.relations[0].kind: unknown kind 'hugs' (known: leads, official_of, part_of, member_of, located_in, meets, visits, negotiates, agrees, supports, cooperates, supplies, aids, criticizes, accuses, opposes, threatens, sanctions, attacks)"
        ])
    }

    @Test("unknown status, on relations and transactions")
    func unknownStatus() {
        let known = "(known: asserted, reported, expected, hypothetical, denied)"
        let text = Self.document(
            relations: #"[{"id": "r1", "kind": "supplies", "source": "A", "target": "B", "status": "rumoured", "goods": ["arms"]}, {"id": "r2", "kind": "supplies", "source": "B", "target": "A", "status": "asserted"}]"#,
            transactions: #"[{"id": "t1", "legs": ["r1", "r2"], "status": "likely"}]"#)
        #expect(Self.problems(text) == [
            "$.relations[0].status: unknown status 'rumoured' \(known)",
            "$.transactions[0].status: unknown status 'likely' \(known)",
        ])
    }

    @Test("unknown goods name their index")
    func unknownGoods() {
        let text = Self.document(relations: Self.relation(#""id": "r1", "kind": "supplies", "source": "A", "target": "B", "status": "asserted", "goods": ["arms", "weapons"]"#))
        #expect(Self.problems(text) == [
            "$.relations[0].goods[1]: unknown goods 'weapons' (known: arms, troops, technology, energy, food, money, humanitarian, people, goods)"
        ])
    }

    @Test("bad dates", arguments: ["2023-13", "2023-02-30", "23-09", "2023-9", "2023-02-29", "", "September 2023", "2023-09-13T10:00"])
    func badDates(_ date: String) {
        let message = "'\(date)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD, and a real one)"
        let relation = Self.relation(#""id": "r1", "kind": "meets", "source": "A", "target": "B", "status": "asserted", "date": "\#(date)""#)
        #expect(Self.problems(Self.document(relations: relation)) == ["$.relations[0].date: \(message)"])
        let document = #"[{"id": "d", "date": "\#(date)"}]"#
        #expect(Self.problems(Self.document(documents: document)) == ["$.documents[0].date: \(message)"])
        let transaction = #"[{"id": "t", "legs": [], "status": "asserted", "date": "\#(date)"}]"#
        #expect(Self.problems(Self.document(transactions: transaction)) == ["$.transactions[0].date: \(message)"])
    }

    @Test(
        "missing required fields",
        arguments: [
            (#"{"kind": "state", "name": "X"}"#, "", "$.entities[2]: missing \"id\""),
            (#"{"id": "X", "name": "X"}"#, "", "$.entities[2]: missing \"kind\""),
            (#"{"id": "X", "kind": "state"}"#, "", "$.entities[2]: missing \"name\""),
            ("", #"{"kind": "meets", "source": "A", "target": "B", "status": "asserted"}"#, "$.relations[0]: missing \"id\""),
            ("", #"{"id": "r1", "source": "A", "target": "B", "status": "asserted"}"#, "$.relations[0]: missing \"kind\""),
            ("", #"{"id": "r1", "kind": "meets", "target": "B", "status": "asserted"}"#, "$.relations[0]: missing \"source\""),
            ("", #"{"id": "r1", "kind": "meets", "source": "A", "status": "asserted"}"#, "$.relations[0]: missing \"target\""),
            ("", #"{"id": "r1", "kind": "meets", "source": "A", "target": "B"}"#, "$.relations[0]: missing \"status\""),
            ("", #"{"id": "r1", "kind": "meets", "source": "A", "target": "B", "status": "asserted", "evidence": [{"start": 0, "end": 1}]}"#, "$.relations[0].evidence[0]: missing \"document\""),
            ("", #"{"id": "r1", "kind": "meets", "source": "A", "target": "B", "status": "asserted", "evidence": [{"document": "d", "end": 1}]}"#, "$.relations[0].evidence[0]: missing \"start\""),
            ("", #"{"id": "r1", "kind": "meets", "source": "A", "target": "B", "status": "asserted", "evidence": [{"document": "d", "start": 0}]}"#, "$.relations[0].evidence[0]: missing \"end\""),
        ])
    func missingFields(entity: String, relation: String, problem: String) {
        let text = Self.document(
            documents: #"[{"id": "d"}]"#, entities: entity, relations: relation.isEmpty ? "[]" : "[\(relation)]")
        #expect(Self.problems(text) == [problem])
    }

    @Test("missing fields of documents and transactions")
    func missingFieldsElsewhere() {
        #expect(Self.problems(Self.document(documents: #"[{"title": "T"}]"#)) == [#"$.documents[0]: missing "id""#])
        #expect(Self.problems(Self.document(transactions: #"[{"legs": [], "status": "asserted"}]"#)) == [#"$.transactions[0]: missing "id""#])
        #expect(Self.problems(Self.document(transactions: #"[{"id": "t1", "status": "asserted"}]"#)) == [#"$.transactions[0]: missing "legs""#])
        #expect(Self.problems(Self.document(transactions: #"[{"id": "t1", "legs": []}]"#)) == [#"$.transactions[0]: missing "status""#])
    }

    @Test(
        "required fields that are null are reported, not silently dropped",
        arguments: [
            (#"{"id": null, "kind": "state", "name": "X"}"#, "", #"$.entities[2].id: expected a string, found null"#),
            (#"{"id": "X", "kind": null, "name": "X"}"#, "", #"$.entities[2].kind: expected a string, found null"#),
            (#"{"id": "X", "kind": "state", "name": null}"#, "", #"$.entities[2].name: expected a string, found null"#),
            ("", #"{"id": "r1", "kind": "meets", "source": null, "target": "B", "status": "asserted"}"#, #"$.relations[0].source: expected a string, found null"#),
            ("", #"{"id": "r1", "kind": "meets", "source": "A", "target": "B", "status": null}"#, #"$.relations[0].status: expected a string, found null"#),
            ("", #"{"id": "r1", "kind": "meets", "source": "A", "target": "B", "status": "asserted", "evidence": [{"document": null, "start": 0, "end": 1}]}"#, #"$.relations[0].evidence[0].document: expected a string, found null"#),
            ("", #"{"id": "r1", "kind": "meets", "source": "A", "target": "B", "status": "asserted", "evidence": [{"document": "d", "start": null, "end": 1}]}"#, #"$.relations[0].evidence[0].start: expected an integer, found null"#),
        ])
    func nullRequiredFields(entity: String, relation: String, problem: String) {
        let text = Self.document(
            documents: #"[{"id": "d"}]"#, entities: entity, relations: relation.isEmpty ? "[]" : "[\(relation)]")
        #expect(Self.problems(text) == [problem])
    }

    @Test(
        "wrong types",
        arguments: [
            (#"{"id": "X", "kind": "state", "name": 42}"#, "", #"$.entities[2].name: expected a string, found the number 42"#),
            (#"{"id": "X", "kind": "state", "name": "X", "aliases": "Iks"}"#, "", #"$.entities[2].aliases: expected an array, found the string "Iks""#),
            (#"{"id": "X", "kind": "state", "name": "X", "aliases": ["Iks", 7]}"#, "", #"$.entities[2].aliases[1]: expected a string, found the number 7"#),
            (#"{"id": "X", "kind": "state", "name": "X", "identifiers": ["XXX"]}"#, "", #"$.entities[2].identifiers: expected an object, found an array"#),
            (#"{"id": "X", "kind": "state", "name": "X", "identifiers": {"wikidata": 42}}"#, "", #"$.entities[2].identifiers.wikidata: expected a string, found the number 42"#),
            (#"{"id": "X", "kind": "state", "name": "X", "attributes": {"population": 26000000}}"#, "", #"$.entities[2].attributes.population: expected a string, found the number 26000000"#),
            (#"{"id": "X", "kind": "state", "name": "X", "attributes": {"odd key": true}}"#, "", #"$.entities[2].attributes["odd key"]: expected a string, found true"#),
            (#"["X"]"#, "", #"$.entities[2]: expected an object, found an array"#),
            (#""X""#, "", #"$.entities[2]: expected an object, found the string "X""#),
            ("", #"{"id": "r1", "kind": "meets", "source": "A", "target": "B", "status": "asserted", "confidence": "0.9"}"#, #"$.relations[0].confidence: expected a number, found the string "0.9""#),
            ("", #"{"id": 1, "kind": "meets", "source": "A", "target": "B", "status": "asserted"}"#, #"$.relations[0].id: expected a string, found the number 1"#),
            ("", #"{"id": "r1", "kind": "meets", "source": "A", "target": "B", "status": true}"#, #"$.relations[0].status: expected a string, found true"#),
            ("", #"{"id": "r1", "kind": "meets", "source": "A", "target": "B", "status": "asserted", "date": 2023}"#, #"$.relations[0].date: expected a string, found the number 2023"#),
            ("", #"{"id": "r1", "kind": "supplies", "source": "A", "target": "B", "status": "asserted", "goods": "arms"}"#, #"$.relations[0].goods: expected an array, found the string "arms""#),
            ("", #"{"id": "r1", "kind": "supplies", "source": "A", "target": "B", "status": "asserted", "goods": [1]}"#, #"$.relations[0].goods[0]: expected a string, found the number 1"#),
            ("", #"{"id": "r1", "kind": "meets", "source": "A", "target": "B", "status": "asserted", "evidence": {}}"#, #"$.relations[0].evidence: expected an array, found an object"#),
            ("", #"{"id": "r1", "kind": "meets", "source": "A", "target": "B", "status": "asserted", "evidence": [{"document": "d", "start": "12", "end": 20}]}"#, #"$.relations[0].evidence[0].start: expected an integer, found the string "12""#),
            ("", #"{"id": "r1", "kind": "meets", "source": "A", "target": "B", "status": "asserted", "evidence": [{"document": "d", "start": 1.5, "end": 20}]}"#, #"$.relations[0].evidence[0].start: expected an integer, found the number 1.5"#),
            ("", #"{"id": "r1", "kind": "meets", "source": "A", "target": "B", "status": "asserted", "evidence": [{"document": "d", "start": 1, "end": 2, "text": 3}]}"#, #"$.relations[0].evidence[0].text: expected a string, found the number 3"#),
            ("", #""r1""#, #"$.relations[0]: expected an object, found the string "r1""#),
        ])
    func wrongTypes(entity: String, relation: String, problem: String) {
        let text = Self.document(
            documents: #"[{"id": "d"}]"#, entities: entity, relations: relation.isEmpty ? "[]" : "[\(relation)]")
        #expect(Self.problems(text) == [problem])
    }

    @Test("wrong types of the top-level collections")
    func wrongCollections() {
        #expect(Self.problems(Self.document(documents: "{}")) == ["$.documents: expected an array, found an object"])
        #expect(Self.problems(Self.document(relations: "3")) == ["$.relations: expected an array, found the number 3"])
        #expect(Self.problems(Self.document(transactions: #""t1""#)) == [#"$.transactions: expected an array, found the string "t1""#])
        #expect(Self.problems(Self.document(transactions: #"[{"id": "t1", "legs": "r1", "status": "asserted"}]"#)) == [
            #"$.transactions[0].legs: expected an array, found the string "r1""#
        ])
        #expect(Self.problems("[]") == ["$: expected an object, found an array"])
        #expect(Self.problems(#""statecraft-graph""#) == [#"$: expected an object, found the string "statecraft-graph""#])
        #expect(Self.problems("null") == ["$: expected an object, found null"])
    }

    @Test("a newer version is refused with a clear message")
    func newerVersion() throws {
        let error = try #require(decodeError(Self.document(version: "2", entities: #"{"id": "x", "kind": "nation", "name": "X"}"#)))
        #expect(error.problems.map { "\($0.path): \($0.message)" } == [
            "$.version: version 2 is newer than this Statecraft reads (1); upgrade Statecraft to read it"
        ])
        #expect(error.problems.first?.line == 1)
        #expect(Self.problems(Self.document(version: "17")) == [
            "$.version: version 17 is newer than this Statecraft reads (1); upgrade Statecraft to read it"
        ])
    }

    @Test("bad or missing versions", arguments: [
        ("0", "$.version: expected a version number (1), found the number 0"),
        ("1.5", "$.version: expected a version number (1), found the number 1.5"),
        ("-1", "$.version: expected a version number (1), found the number -1"),
        (#""1""#, #"$.version: expected a version number (1), found the string "1""#),
        ("null", "$.version: expected a version number (1), found null"),
        ("[1]", "$.version: expected a version number (1), found an array"),
    ])
    func badVersion(version: String, problem: String) {
        #expect(Self.problems(Self.document(version: version)) == [problem])
    }

    @Test("version 1.0 is version 1")
    func versionOnePointZero() throws {
        #expect(try GraphDocument.decode(Array(Self.document(version: "1.0").utf8)).entities.count == 2)
    }

    @Test("a wrong or missing format string", arguments: [
        (#""statecraft-graph-v2""#, #"$.format: expected "statecraft-graph", found the string "statecraft-graph-v2""#),
        (#""Statecraft-Graph""#, #"$.format: expected "statecraft-graph", found the string "Statecraft-Graph""#),
        ("1", #"$.format: expected "statecraft-graph", found the number 1"#),
        ("null", #"$.format: expected "statecraft-graph", found null"#),
    ])
    func badFormat(format: String, problem: String) {
        #expect(Self.problems(Self.document(format: format)) == [problem])
    }

    @Test("missing format and version")
    func missingHeader() {
        #expect(Self.problems(#"{"version": 1}"#) == [#"$: missing "format": "statecraft-graph""#])
        #expect(Self.problems(#"{"format": "statecraft-graph"}"#) == [#"$: missing "version""#])
        #expect(Self.problems("{}") == [#"$: missing "format": "statecraft-graph""#, #"$: missing "version""#])
    }

    @Test("several problems are reported at once, in document order")
    func severalProblems() {
        let text = Self.document(
            format: #""graph""#,
            documents: #"[{"id": "d", "date": "2023-9"}]"#,
            entities: #"{"id": "x", "kind": "nation", "name": 1}"#,
            relations: #"[{"id": "r1", "kind": "hugs", "source": "A", "status": "rumoured", "goods": ["weapons"]}]"#)
        let problems = Self.problems(text)
        #expect(problems.count == 8)
        #expect(problems.map { $0.prefix { $0 != ":" } } == [
            "$.format", "$.documents[0].date", "$.entities[2].kind", "$.entities[2].name",
            "$.relations[0].kind", "$.relations[0]", "$.relations[0].status", "$.relations[0].goods[0]",
        ])
    }

    @Test("reference problems are found only when the document itself is sound")
    func validationAfterDecoding() throws {
        let dangling = Self.document(relations: Self.relation(#""id": "r1", "kind": "meets", "source": "A", "target": "XYZ", "status": "asserted""#))
        #expect(Self.problems(dangling) == ["$.relations[0].target: no entity with id 'XYZ'"])
        // Without validation the graph is returned as written.
        let graph = try GraphDocument.decode(Array(dangling.utf8), validating: false)
        #expect(graph.relation("r1")?.target == "XYZ")
        // A document-level problem hides the reference problems (they may be artefacts of it).
        let both = Self.document(
            entities: #"{"id": "x", "kind": "nation", "name": "X"}"#,
            relations: Self.relation(#""id": "r1", "kind": "meets", "source": "A", "target": "XYZ", "status": "asserted""#))
        #expect(Self.problems(both) == ["$.entities[2].kind: unknown kind 'nation' (known: state, person, organization, place)"])
        #expect(decodeError(both, validating: false) != nil)
    }

    // MARK: Positions

    @Test("problems carry the line and column of the value (or member name) they concern")
    func positions() throws {
        let text = """
            {
              "format": "statecraft-graph",
              "version": 1,
              "entities": [
                {"id": "PRK", "kind": "nation", "name": "North Korea"},
                {"id": "RUS", "kind": "state", "name": "Russia"}
              ],
              "relations": [
                {"id": "r1", "kind": "meets", "source": "PRK", "target": "RUS",
                 "status": "rumoured", "date": "2023-13"},
                {"id": "r2", "kind": "meets", "source": "PRK", "target": "RUS"}
              ]
            }
            """
        let error = try #require(decodeError(text))
        let located = error.problems.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.path)" }
        #expect(located == [
            "5:19 $.entities[0].kind",
            "10:6 $.relations[0].status",
            "10:28 $.relations[0].date",
            "11:5 $.relations[1]",
        ])
        var named = error
        named.file = "graph.json"
        #expect(named.description.split(separator: "\n").map(String.init) == [
            "graph.json:5:19: $.entities[0].kind: unknown kind 'nation' (known: state, person, organization, place)",
            "graph.json:10:6: $.relations[0].status: unknown status 'rumoured' (known: asserted, reported, expected, hypothetical, denied)",
            "graph.json:10:28: $.relations[0].date: '2023-13' is not a date (YYYY, YYYY-MM or YYYY-MM-DD, and a real one)",
            #"graph.json:11:5: $.relations[1]: missing "status""#,
        ])
    }

    @Test("validation problems are located in the file too")
    func validationPositions() throws {
        let text = """
            {
              "format": "statecraft-graph",
              "version": 1,
              "entities": [
                {"id": "RUS", "kind": "state", "name": "Russia"},
                {"id": "RUS", "kind": "state", "name": "Rosja"}
              ],
              "relations": [
                {
                  "id": "r1",
                  "kind": "meets",
                  "source": "RUS",
                  "target": "XYZ",
                  "status": "asserted"
                }
              ],
              "transactions": [{"id": "t1", "legs": ["r1", "r1"], "status": "asserted"}]
            }
            """
        let error = try #require(decodeError(text))
        #expect(error.problems.map { "\($0.line ?? 0):\($0.column ?? 0) \($0.path): \($0.message)" } == [
            "6:6 $.entities[1].id: duplicate entity id 'RUS' (first at $.entities[0])",
            "13:7 $.relations[0].target: no entity with id 'XYZ'",
            "17:42 $.transactions[0].legs[0]: leg 'r1' is a 'meets' relation; legs must be supplies or aids",
            "17:48 $.transactions[0].legs[1]: leg 'r1' is listed twice",
            "17:48 $.transactions[0].legs[1]: leg 'r1' is a 'meets' relation; legs must be supplies or aids",
        ])
    }

    @Test("columns count characters, not bytes")
    func columnsCountCharacters() throws {
        let error = try #require(decodeError(#"{"a": "łódź", "b" 1}"#))
        #expect(error.problems.map { "\($0.line ?? 0):\($0.column ?? 0)" } == ["1:19"])
        #expect(error.problems.first?.message == "unexpected '1', expected ':'")
    }

    @Test("syntax errors are located")
    func syntaxErrorPosition() throws {
        let text = """
            {
              "format": "statecraft-graph",
              "version": 1,
              "entities": [,]
            }
            """
        let error = try #require(decodeError(text))
        #expect(error.problems == [ValidationProblem(path: "$", message: "unexpected ',', expected a value", line: 4, column: 16)])
        var named = error
        named.file = "g.json"
        #expect(named.description == "g.json:4:16: unexpected ',', expected a value")
    }

    @Test("problem descriptions without a file or position")
    func descriptions() {
        #expect(ValidationProblem(path: "$.a", message: "m").description == "$.a: m")
        #expect(ValidationProblem(path: "$.a", message: "m", line: 2, column: 3).description == "2:3: $.a: m")
        let error = GraphDocumentError(file: nil, problems: [
            ValidationProblem(path: "$.a", message: "m"), ValidationProblem(path: "$", message: "n", line: 1, column: 1),
        ])
        #expect(error.description == "$.a: m\n1:1: n")
        #expect(GraphDocumentError(file: "f", problems: [ValidationProblem(path: "$", message: "no such file")]).description == "f: $: no such file")
    }

    // MARK: Files

    @Test("write then read a file; writing leaves no temporary files")
    func files() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("graph.json").path
            try GraphDocument.write(Sample.graph, to: path)
            #expect(try GraphDocument.read(path) == Sample.graph)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == GraphDocument.encode(Sample.graph))
            // Overwrite.
            try GraphDocument.write(Graph(), to: path)
            #expect(try GraphDocument.read(path).isEmpty)
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["graph.json"])
        }
    }

    @Test("reading a missing file or a directory fails clearly")
    func unreadable() throws {
        try withTemporaryDirectory { directory in
            let missing = directory.appendingPathComponent("missing.json").path
            let missingError = #expect(throws: GraphDocumentError.self) { try GraphDocument.read(missing) }
            #expect(missingError?.description == "\(missing): $: no such file")
            let directoryError = #expect(throws: GraphDocumentError.self) { try GraphDocument.read(directory.path) }
            #expect(directoryError?.description == "\(directory.path): $: is a directory")
        }
    }

    @Test("writing into a missing directory fails and creates nothing")
    func unwritable() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("no/such/dir/graph.json").path
            let failure = #expect(throws: GraphDocumentError.self) { try GraphDocument.write(Sample.graph, to: path) }
            #expect(failure?.description.contains("cannot create a temporary file") == true)
            let entries = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            #expect(entries.isEmpty)
        }
    }
}
