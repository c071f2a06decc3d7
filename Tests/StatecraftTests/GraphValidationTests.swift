import Testing

@testable import Statecraft

/// Each rule of `Graph.validate()`: a graph that breaks it, and the exact path and message reported.
@Suite("Graph validation")
struct GraphValidationTests {
    // A minimal valid world; each test adds one broken element at a known index.
    static let doc = Document(id: "d1")
    static let prk = Entity(id: "PRK", kind: .state, name: "North Korea")
    static let rus = Entity(id: "RUS", kind: .state, name: "Russia")
    static let kim = Entity(id: "kim", kind: .person, name: "Kim Jong Un")
    static let kremlin = Entity(id: "kremlin", kind: .organization, name: "Kremlin")
    static let vostochny = Entity(id: "vostochny", kind: .place, name: "Vostochny")
    static let entities = [prk, rus, kim, kremlin, vostochny]
    static let supplies = Relation(id: "r1", kind: .supplies, source: "PRK", target: "RUS", goods: [.arms])
    static let aids = Relation(id: "r2", kind: .aids, source: "RUS", target: "PRK", goods: [.food])
    static let meets = Relation(id: "r3", kind: .meets, source: "kim", target: "RUS")

    static func graph(
        documents: [Document] = [doc], entities: [Entity] = entities,
        relations: [Relation] = [supplies, aids, meets], transactions: [Transaction] = []
    ) -> Graph {
        Graph(documents: documents, entities: entities, relations: relations, transactions: transactions)
    }

    static func problems(_ graph: Graph) -> [String] {
        graph.validate().map(\.description)
    }

    // MARK: Valid graphs

    @Test("a good graph has no problems")
    func goodGraph() {
        #expect(Self.problems(Sample.graph) == [])
        #expect(Self.problems(Self.graph(transactions: [Transaction(id: "t1", legs: ["r1", "r2"])])) == [])
        #expect(Self.problems(Graph()) == [])
    }

    @Test("validation problems carry no position (the graph came from no file)")
    func noPosition() throws {
        let problem = try #require(Self.graph(entities: Self.entities + [Self.prk]).validate().first)
        #expect(problem.line == nil && problem.column == nil)
    }

    // MARK: Duplicate and empty ids

    @Test("duplicate document id")
    func duplicateDocument() {
        let graph = Self.graph(documents: [Self.doc, Document(id: "d2"), Document(id: "d1", title: "again")])
        #expect(Self.problems(graph) == ["$.documents[2].id: duplicate document id 'd1' (first at $.documents[0])"])
    }

    @Test("duplicate entity id")
    func duplicateEntity() {
        let graph = Self.graph(entities: Self.entities + [Entity(id: "RUS", kind: .state, name: "Rosja")])
        #expect(Self.problems(graph) == ["$.entities[5].id: duplicate entity id 'RUS' (first at $.entities[1])"])
    }

    @Test("duplicate relation id")
    func duplicateRelation() {
        let graph = Self.graph(relations: [
            Self.supplies, Self.aids, Self.meets, Relation(id: "r2", kind: .meets, source: "PRK", target: "RUS"),
        ])
        #expect(Self.problems(graph) == ["$.relations[3].id: duplicate relation id 'r2' (first at $.relations[1])"])
    }

    @Test("duplicate transaction id")
    func duplicateTransaction() {
        let graph = Self.graph(transactions: [
            Transaction(id: "t1", legs: ["r1", "r2"]), Transaction(id: "t1", legs: ["r2", "r1"], status: .denied),
        ])
        #expect(Self.problems(graph) == ["$.transactions[1].id: duplicate transaction id 't1' (first at $.transactions[0])"])
    }

    @Test("every later duplicate is reported against the first")
    func triplicate() {
        let graph = Self.graph(entities: Self.entities + [Self.kim, Self.kim])
        #expect(Self.problems(graph) == [
            "$.entities[5].id: duplicate entity id 'kim' (first at $.entities[2])",
            "$.entities[6].id: duplicate entity id 'kim' (first at $.entities[2])",
        ])
    }

    @Test("empty ids")
    func emptyIDs() {
        #expect(Self.problems(Self.graph(documents: [Self.doc, Document(id: "")])) == ["$.documents[1].id: empty id"])
        #expect(
            Self.problems(Self.graph(entities: Self.entities + [Entity(id: "", kind: .place, name: "Nowhere")]))
                == ["$.entities[5].id: empty id"])
        let unnamedRelation = Relation(id: "", kind: .meets, source: "PRK", target: "RUS")
        #expect(
            Self.problems(Self.graph(relations: [Self.supplies, Self.aids, Self.meets, unnamedRelation]))
                == ["$.relations[3].id: empty id"])
        #expect(
            Self.problems(Self.graph(transactions: [Transaction(id: "", legs: ["r1", "r2"])]))
                == ["$.transactions[0].id: empty id"])
    }

    // MARK: Entities

    @Test("empty or blank names", arguments: ["", " ", "\t\n", "\u{3000}"])
    func emptyName(_ name: String) {
        let graph = Self.graph(entities: Self.entities + [Entity(id: "x", kind: .person, name: name)])
        #expect(Self.problems(graph) == ["$.entities[5].name: empty name"])
    }

    @Test("bad ISO 3166-1 alpha-3 codes", arguments: ["PR", "PRKK", "prk", "Prk", "P1K", "ÄBC", "", " PRK"])
    func badISO3166(_ code: String) {
        let graph = Graph(entities: [Entity(id: "PRK", kind: .state, name: "North Korea", identifiers: .init(iso3166: code))])
        #expect(Self.problems(graph) == [
            "$.entities[0].identifiers.iso3166: '\(code)' is not an ISO 3166-1 alpha-3 code"
        ])
    }

    @Test("bad Wikidata items", arguments: ["Q", "q42", "Q42a", "P31", "42", "Q 42", "Q-1", "", "Q４２"])
    func badWikidata(_ item: String) {
        let graph = Graph(entities: [Entity(id: "PRK", kind: .state, name: "North Korea", identifiers: .init(wikidata: item))])
        #expect(Self.problems(graph) == ["$.entities[0].identifiers.wikidata: '\(item)' is not a Wikidata item (Q and digits)"])
    }

    @Test("good identifiers")
    func goodIdentifiers() {
        let graph = Graph(entities: [
            Entity(id: "PRK", kind: .state, name: "North Korea", identifiers: .init(iso3166: "PRK", wikidata: "Q423")),
            Entity(id: "x", kind: .person, name: "X", identifiers: .init(wikidata: "Q1")),
        ])
        #expect(Self.problems(graph) == [])
    }

    // MARK: Relations

    @Test("dangling source and target")
    func danglingEnds() {
        let graph = Self.graph(relations: [
            Self.supplies, Relation(id: "r2", kind: .meets, source: "CHN", target: "RUS"),
            Relation(id: "r3", kind: .meets, source: "RUS", target: "xi-jinping"),
        ])
        #expect(Self.problems(graph) == [
            "$.relations[1].source: no entity with id 'CHN'",
            "$.relations[2].target: no entity with id 'xi-jinping'",
        ])
    }

    @Test(
        "ends of the wrong kind",
        arguments: [
            (RelationKind.leads, "PRK", "RUS", "$.relations[3].source: 'leads' needs a person as source, 'PRK' is a state"),
            (.leads, "kim", "vostochny", "$.relations[3].target: 'leads' needs a state or an organization as target, 'vostochny' is a place"),
            (.officialOf, "kremlin", "RUS", "$.relations[3].source: 'official_of' needs a person as source, 'kremlin' is an organization"),
            (.partOf, "kim", "RUS", "$.relations[3].source: 'part_of' needs an organization as source, 'kim' is a person"),
            (.partOf, "kremlin", "kim", "$.relations[3].target: 'part_of' needs a state or an organization as target, 'kim' is a person"),
            (.memberOf, "kim", "kremlin", "$.relations[3].source: 'member_of' needs a state or an organization as source, 'kim' is a person"),
            (.memberOf, "PRK", "RUS", "$.relations[3].target: 'member_of' needs an organization as target, 'RUS' is a state"),
            (.locatedIn, "PRK", "RUS", "$.relations[3].source: 'located_in' needs an organization or a place as source, 'PRK' is a state"),
            (.locatedIn, "vostochny", "kim", "$.relations[3].target: 'located_in' needs a state or a place as target, 'kim' is a person"),
        ] as [(RelationKind, Entity.ID, Entity.ID, String)])
    func wrongEndKinds(kind: RelationKind, source: Entity.ID, target: Entity.ID, problem: String) {
        let relation = Relation(id: "r9", kind: kind, source: source, target: target)
        let graph = Self.graph(relations: [Self.supplies, Self.aids, Self.meets, relation])
        #expect(Self.problems(graph) == [problem])
    }

    @Test("both ends wrong are both reported")
    func bothEndsWrong() {
        let graph = Self.graph(relations: [Relation(id: "r1", kind: .leads, source: "vostochny", target: "kim")])
        #expect(Self.problems(graph) == [
            "$.relations[0].source: 'leads' needs a person as source, 'vostochny' is a place",
            "$.relations[0].target: 'leads' needs a state or an organization as target, 'kim' is a person",
        ])
    }

    @Test("ends of the right kind", arguments: [
        (RelationKind.leads, "kim", "PRK"), (.leads, "kim", "kremlin"), (.officialOf, "kim", "kremlin"),
        (.partOf, "kremlin", "RUS"), (.memberOf, "PRK", "kremlin"), (.memberOf, "kremlin", "kremlin2"),
        (.locatedIn, "vostochny", "RUS"), (.locatedIn, "kremlin", "vostochny"), (.attacks, "kremlin", "vostochny"),
    ] as [(RelationKind, Entity.ID, Entity.ID)])
    func rightEndKinds(kind: RelationKind, source: Entity.ID, target: Entity.ID) {
        let kremlin2 = Entity(id: "kremlin2", kind: .organization, name: "Other")
        let graph = Self.graph(
            entities: Self.entities + [kremlin2], relations: [Relation(id: "r1", kind: kind, source: source, target: target)])
        #expect(Self.problems(graph) == [])
    }

    @Test("a relation from an entity to itself")
    func selfRelation() {
        let graph = Self.graph(relations: [Relation(id: "r1", kind: .meets, source: "RUS", target: "RUS")])
        #expect(Self.problems(graph) == ["$.relations[0]: 'meets' relates 'RUS' to itself"])
    }

    @Test("goods on kinds that take none", arguments: [RelationKind.meets, .leads, .attacks, .cooperates, .sanctions])
    func goodsOnWrongKind(_ kind: RelationKind) {
        let ends: (Entity.ID, Entity.ID) = kind == .leads ? ("kim", "PRK") : ("RUS", "PRK")
        let relation = Relation(id: "r1", kind: kind, source: ends.0, target: ends.1, goods: [.arms])
        #expect(Self.problems(Self.graph(relations: [relation])) == [
            "$.relations[0].goods: '\(kind.rawValue)' takes no goods (only supplies and aids do)"
        ])
    }

    @Test("repeated goods")
    func repeatedGoods() {
        let relation = Relation(id: "r1", kind: .supplies, source: "PRK", target: "RUS", goods: [.arms, .food, .arms])
        #expect(Self.problems(Self.graph(relations: [relation])) == ["$.relations[0].goods: repeated goods"])
    }

    @Test("a role on a kind other than official_of", arguments: [RelationKind.leads, .meets, .partOf])
    func roleOnWrongKind(_ kind: RelationKind) {
        let ends: (Entity.ID, Entity.ID) = kind == .partOf ? ("kremlin", "RUS") : ("kim", "PRK")
        let relation = Relation(id: "r1", kind: kind, source: ends.0, target: ends.1, role: "minister")
        #expect(Self.problems(Self.graph(relations: [relation])) == [
            "$.relations[0].role: '\(kind.rawValue)' takes no role (only official_of does)"
        ])
        let official = Relation(id: "r1", kind: .officialOf, source: "kim", target: "kremlin", role: "minister")
        #expect(Self.problems(Self.graph(relations: [official])) == [])
    }

    @Test("a dangling place, and a place that is neither a place nor a state")
    func badPlace() {
        let graph = Self.graph(relations: [
            Relation(id: "r1", kind: .meets, source: "kim", target: "RUS", place: "vostochny"),
            Relation(id: "r2", kind: .meets, source: "kim", target: "RUS", place: "RUS"),
            Relation(id: "r3", kind: .meets, source: "kim", target: "RUS", place: "khabarovsk"),
            Relation(id: "r4", kind: .meets, source: "kim", target: "RUS", place: "kremlin"),
            Relation(id: "r5", kind: .meets, source: "PRK", target: "RUS", place: "kim"),
        ])
        #expect(Self.problems(graph) == [
            "$.relations[2].place: no entity with id 'khabarovsk'",
            "$.relations[3].place: 'kremlin' is an organization, not a place or state",
            "$.relations[4].place: 'kim' is a person, not a place or state",
        ])
    }

    @Test("confidence outside 0…1", arguments: [-0.01, 1.01, -1, 2, Double.infinity, -Double.infinity])
    func confidenceOutOfRange(_ confidence: Double) {
        let relation = Relation(id: "r1", kind: .meets, source: "kim", target: "RUS", confidence: confidence)
        #expect(Self.problems(Self.graph(relations: [relation])) == ["$.relations[0].confidence: \(confidence) is outside 0…1"])
    }

    @Test("NaN confidence is reported")
    func confidenceNaN() {
        let relation = Relation(id: "r1", kind: .meets, source: "kim", target: "RUS", confidence: .nan)
        #expect(Self.problems(Self.graph(relations: [relation])) == ["$.relations[0].confidence: nan is outside 0…1"])
    }

    @Test("confidence at the bounds is fine", arguments: [0.0, 1.0, 0.5])
    func confidenceInRange(_ confidence: Double) {
        let relation = Relation(id: "r1", kind: .meets, source: "kim", target: "RUS", confidence: confidence)
        #expect(Self.problems(Self.graph(relations: [relation])) == [])
    }

    // MARK: Evidence

    @Test("evidence pointing at an unknown document")
    func evidenceDocument() {
        let relation = Relation(
            id: "r1", kind: .meets, source: "kim", target: "RUS",
            evidence: [Evidence(document: "d1", start: 0, end: 5, text: "a"), Evidence(document: "d9", start: 0, end: 5, text: "b")])
        #expect(Self.problems(Self.graph(relations: [relation])) == ["$.relations[0].evidence[1].document: no document with id 'd9'"])
    }

    @Test("bad evidence spans", arguments: [(-1, 5), (5, 4), (-3, -1), (10, 0)])
    func badSpan(start: Int, end: Int) {
        let relation = Relation(
            id: "r1", kind: .meets, source: "kim", target: "RUS",
            evidence: [Evidence(document: "d1", start: start, end: end, text: "x")])
        #expect(Self.problems(Self.graph(relations: [relation])) == ["$.relations[0].evidence[0]: bad span \(start)..<\(end)"])
    }

    @Test("good evidence spans", arguments: [(0, 1), (0, 0), (100, 250)])
    func goodSpan(start: Int, end: Int) {
        let relation = Relation(
            id: "r1", kind: .meets, source: "kim", target: "RUS",
            evidence: [Evidence(document: "d1", start: start, end: end, text: "x")])
        #expect(Self.problems(Self.graph(relations: [relation])) == [])
    }

    @Test("transaction evidence is checked too")
    func transactionEvidence() {
        let transaction = Transaction(
            id: "t1", legs: ["r1", "r2"], evidence: [Evidence(document: "nowhere", start: 3, end: 1, text: "")])
        #expect(Self.problems(Self.graph(transactions: [transaction])) == [
            "$.transactions[0].evidence[0].document: no document with id 'nowhere'",
            "$.transactions[0].evidence[0]: bad span 3..<1",
        ])
    }

    // MARK: Transactions

    @Test("a transaction needs at least two legs", arguments: [[], ["r1"]] as [[Relation.ID]])
    func tooFewLegs(_ legs: [Relation.ID]) {
        #expect(Self.problems(Self.graph(transactions: [Transaction(id: "t1", legs: legs)])) == [
            "$.transactions[0].legs: a transaction needs at least two legs, has \(legs.count)"
        ])
    }

    @Test("a leg listed twice")
    func repeatedLeg() {
        #expect(Self.problems(Self.graph(transactions: [Transaction(id: "t1", legs: ["r1", "r2", "r1"])])) == [
            "$.transactions[0].legs[2]: leg 'r1' is listed twice"
        ])
        #expect(Self.problems(Self.graph(transactions: [Transaction(id: "t1", legs: ["r1", "r1"])])) == [
            "$.transactions[0].legs[1]: leg 'r1' is listed twice"
        ])
    }

    @Test("a dangling leg")
    func danglingLeg() {
        #expect(Self.problems(Self.graph(transactions: [Transaction(id: "t1", legs: ["r1", "r77"])])) == [
            "$.transactions[0].legs[1]: no relation with id 'r77'"
        ])
    }

    @Test("legs that are not supplies or aids")
    func legOfWrongKind() {
        #expect(Self.problems(Self.graph(transactions: [Transaction(id: "t1", legs: ["r3", "r1"])])) == [
            "$.transactions[0].legs[0]: leg 'r3' is a 'meets' relation; legs must be supplies or aids"
        ])
    }

    // MARK: Order

    @Test("problems come in the order of the elements, several at once")
    func severalProblems() {
        let graph = Graph(
            documents: [Self.doc, Self.doc],
            entities: [Self.prk, Entity(id: "kim", kind: .person, name: " ")],
            relations: [
                Relation(id: "r1", kind: .leads, source: "kim", target: "USA", confidence: 7),
                Relation(id: "r2", kind: .aids, source: "PRK", target: "kim", goods: [.food]),
            ],
            transactions: [Transaction(id: "t1", legs: ["r1"])])
        #expect(Self.problems(graph) == [
            "$.documents[1].id: duplicate document id 'd1' (first at $.documents[0])",
            "$.entities[1].name: empty name",
            "$.relations[0].target: no entity with id 'USA'",
            "$.relations[0].confidence: 7.0 is outside 0…1",
            "$.transactions[0].legs: a transaction needs at least two legs, has 1",
            "$.transactions[0].legs[0]: leg 'r1' is a 'leads' relation; legs must be supplies or aids",
        ])
    }
}
