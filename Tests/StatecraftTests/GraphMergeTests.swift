import Testing

@testable import Statecraft

private func span(_ document: Document.ID, _ start: Int, _ text: String = "…") -> Evidence {
    Evidence(document: document, start: start, end: start + 10, text: text)
}

@Suite("Graph merge")
struct GraphMergeTests {
    static let a: Document.ID = "article-a"
    static let b: Document.ID = "article-b"

    static let prk = Entity(id: "PRK", kind: .state, name: "North Korea", aliases: ["Korea Północna"])
    static let rus = Entity(id: "RUS", kind: .state, name: "Russia")
    static let kim = Entity(id: "kim-jong-un", kind: .person, name: "Kim Jong Un")
    static let putin = Entity(id: "vladimir-putin", kind: .person, name: "Vladimir Putin")

    /// What article A says.
    static var first: Graph {
        Graph(
            documents: [Document(id: a, language: "pl")],
            entities: [prk, rus, kim, putin],
            relations: [
                Relation(id: "r1", kind: .meets, source: "vladimir-putin", target: "kim-jong-un",
                         date: PartialDate("2023-09"), confidence: 0.8, evidence: [span(a, 100)]),
                Relation(id: "r2", kind: .supplies, source: "PRK", target: "RUS", status: .hypothetical,
                         date: PartialDate("2023-09"), goods: [.arms], evidence: [span(a, 200)]),
                Relation(id: "r3", kind: .aids, source: "RUS", target: "PRK", status: .hypothetical,
                         date: PartialDate("2023-09"), goods: [.food], evidence: [span(a, 300)]),
            ],
            transactions: [
                Transaction(id: "t1", legs: ["r2", "r3"], status: .hypothetical, date: PartialDate("2023-09"),
                            evidence: [span(a, 200)])
            ])
    }

    // MARK: Idempotence

    @Test("merging a graph into itself changes nothing")
    func idempotent() throws {
        for graph in [Self.first, Sample.graph, Graph()] {
            #expect(try graph.merging(graph) == graph)
            #expect(GraphDocument.encode(try graph.merging(graph)) == GraphDocument.encode(graph))
        }
    }

    @Test("merging the example graph into itself changes nothing")
    func idempotentExample() throws {
        let example = try GraphDocument.decode(Fixtures.exampleGraphBytes())
        #expect(try example.merging(example) == example)
        #expect(try example.merging(example).merging(example) == example)
    }

    @Test("merging into and with the empty graph")
    func empty() throws {
        #expect(try Graph().merging(Self.first) == Self.first)
        #expect(try Self.first.merging(Graph()) == Self.first)
    }

    // MARK: Documents and entities

    @Test("documents unify by id; missing fields are filled from the other graph")
    func documents() throws {
        let other = Graph(documents: [
            Document(id: Self.a, language: "en", date: PartialDate("2023-09-13"), title: "Title"),
            Document(id: Self.b),
        ])
        let merged = try Self.first.merging(other)
        #expect(merged.documents.map(\.id) == [Self.a, Self.b])
        #expect(merged.document(Self.a) == Document(id: Self.a, language: "pl", date: PartialDate("2023-09-13"), title: "Title"))
    }

    @Test("aliases are united; the receiving graph's name stays canonical, the other's becomes an alias")
    func aliases() throws {
        let other = Graph(entities: [
            Entity(id: "PRK", kind: .state, name: "DPRK", aliases: ["Korea Północna", "Pjongjang"],
                   subtype: "state", identifiers: .init(iso3166: "PRK", wikidata: "Q423"),
                   attributes: ["capital": "Pyongyang"]),
            Entity(id: "kim-jong-un", kind: .person, name: "Kim Jong Un", aliases: ["Kim Dzong Un"]),
        ])
        let merged = try Self.first.merging(other)
        let prk = try #require(merged.entity("PRK"))
        #expect(prk.name == "North Korea")
        #expect(prk.aliases == ["Korea Północna", "DPRK", "Pjongjang"])
        #expect(prk.subtype == "state")
        #expect(prk.identifiers == .init(iso3166: "PRK", wikidata: "Q423"))
        #expect(prk.attributes == ["capital": "Pyongyang"])
        #expect(merged.entity("kim-jong-un")?.aliases == ["Kim Dzong Un"])
        #expect(merged.entities.count == 4)
        // The merged names are indexed.
        #expect(merged.entities(named: "pjongjang").map(\.id) == ["PRK"])
        #expect(merged.entities(named: "Kim Dzong Un").map(\.id) == ["kim-jong-un"])
    }

    @Test("the receiving graph's subtype, identifiers and attribute values win")
    func firstValuesWin() throws {
        let mine = Graph(entities: [
            Entity(id: "x", kind: .organization, name: "X", subtype: "media",
                   identifiers: .init(wikidata: "Q1"), attributes: ["a": "mine"])
        ])
        let theirs = Graph(entities: [
            Entity(id: "x", kind: .organization, name: "X", subtype: "company",
                   identifiers: .init(iso3166: "XXX", wikidata: "Q2"), attributes: ["a": "theirs", "b": "theirs"])
        ])
        let merged = try #require(try mine.merging(theirs).entity("x"))
        #expect(merged.subtype == "media")
        #expect(merged.identifiers == .init(iso3166: "XXX", wikidata: "Q1"))
        #expect(merged.attributes == ["a": "mine", "b": "theirs"])
    }

    @Test("conflicting entity kinds throw MergeError")
    func conflictingKinds() {
        let other = Graph(entities: [Entity(id: "kim-jong-un", kind: .organization, name: "Kim Jong Un")])
        #expect(throws: MergeError.conflictingEntityKinds(id: "kim-jong-un", existing: .person, incoming: .organization)) {
            try Self.first.merging(other)
        }
        let error = MergeError.conflictingEntityKinds(id: "kim-jong-un", existing: .person, incoming: .organization)
        #expect(error.description == "entity 'kim-jong-un' is a person in one graph and an organization in the other")
    }

    // MARK: Relations

    @Test("the same fact unifies: evidence, goods united; place and confidence filled")
    func sameFact() throws {
        let other = Graph(
            documents: [Document(id: Self.b)],
            entities: [Self.prk, Self.rus, Self.kim, Self.putin],
            relations: [
                Relation(id: "r9", kind: .supplies, source: "PRK", target: "RUS", status: .hypothetical,
                         date: PartialDate("2023-09"), goods: [.troops, .arms], confidence: 0.7,
                         evidence: [span(Self.b, 5), span(Self.a, 200)]),
                Relation(id: "r1", kind: .meets, source: "vladimir-putin", target: "kim-jong-un",
                         date: PartialDate("2023-09"), place: "RUS", confidence: 0.6, evidence: [span(Self.b, 50)]),
            ])
        let merged = try Self.first.merging(other)
        #expect(merged.relations.map(\.id) == ["r1", "r2", "r3"])
        let supplies = try #require(merged.relation("r2"))
        #expect(supplies.goods == [.arms, .troops])
        #expect(supplies.evidence == [span(Self.a, 200), span(Self.b, 5)])
        #expect(supplies.confidence == 0.7)
        let meets = try #require(merged.relation("r1"))
        #expect(meets.evidence == [span(Self.a, 100), span(Self.b, 50)])
        #expect(meets.place == "RUS")
        #expect(meets.confidence == 0.8, "the higher confidence is kept")
    }

    @Test("symmetric relations unify in either direction", arguments: [RelationKind.meets, .negotiates, .agrees, .cooperates])
    func symmetric(_ kind: RelationKind) throws {
        let mine = Graph(
            entities: [Self.kim, Self.putin],
            relations: [Relation(id: "r1", kind: kind, source: "vladimir-putin", target: "kim-jong-un", evidence: [span(Self.a, 1)])])
        let theirs = Graph(
            entities: [Self.kim, Self.putin],
            relations: [Relation(id: "r5", kind: kind, source: "kim-jong-un", target: "vladimir-putin", evidence: [span(Self.a, 2)])])
        for (receiver, other) in [(mine, theirs), (theirs, mine)] {
            let merged = try receiver.merging(other)
            #expect(merged.relations.count == 1)
            #expect(merged.relations.first?.id == receiver.relations.first?.id)
            #expect(merged.relations.first?.source == receiver.relations.first?.source)
            #expect(merged.relations.first?.evidence.count == 2)
        }
    }

    @Test("directed relations in opposite directions stay separate", arguments: [RelationKind.supplies, .visits, .criticizes, .supports])
    func directed(_ kind: RelationKind) throws {
        let mine = Graph(entities: [Self.prk, Self.rus], relations: [Relation(id: "r1", kind: kind, source: "PRK", target: "RUS")])
        let theirs = Graph(entities: [Self.prk, Self.rus], relations: [Relation(id: "r1", kind: kind, source: "RUS", target: "PRK")])
        let merged = try mine.merging(theirs)
        #expect(merged.relations.map(\.id) == ["r1", "r1-2"])
        #expect(merged.relation("r1-2")?.source == "RUS")
    }

    @Test(
        "the same relation with a different status, date or role stays separate",
        arguments: [
            Relation(id: "r1", kind: .meets, source: "vladimir-putin", target: "kim-jong-un", status: .expected, date: PartialDate("2023-09")),
            Relation(id: "r1", kind: .meets, source: "vladimir-putin", target: "kim-jong-un", date: PartialDate("2023-09-13")),
            Relation(id: "r1", kind: .meets, source: "vladimir-putin", target: "kim-jong-un", date: nil),
            Relation(id: "r1", kind: .meets, source: "vladimir-putin", target: "kim-jong-un", status: .denied, date: PartialDate("2023-09")),
        ])
    func differentFacts(_ relation: Relation) throws {
        let merged = try Self.first.merging(Graph(entities: [Self.kim, Self.putin], relations: [relation]))
        #expect(merged.relations.count == 4)
        #expect(merged.relation("r1") == Self.first.relation("r1"))
        var renamed = relation
        renamed.id = "r1-2"
        #expect(merged.relation("r1-2") == renamed)
    }

    @Test("roles are part of the fact")
    func roles() throws {
        let peskov = Entity(id: "dmitry-peskov", kind: .person, name: "Dmitry Peskov")
        let kremlin = Entity(id: "kremlin", kind: .organization, name: "Kremlin")
        let spokesman = Graph(entities: [peskov, kremlin], relations: [
            Relation(id: "r1", kind: .officialOf, source: "dmitry-peskov", target: "kremlin", role: "spokesperson")
        ])
        let secretary = Graph(entities: [peskov, kremlin], relations: [
            Relation(id: "r1", kind: .officialOf, source: "dmitry-peskov", target: "kremlin", role: "press secretary")
        ])
        #expect(try spokesman.merging(secretary).relations.map(\.id) == ["r1", "r1-2"])
        #expect(try spokesman.merging(spokesman).relations.map(\.id) == ["r1"])
    }

    @Test("an id taken by a different fact gets a new id: r1-2, then r1-3")
    func idCollision() throws {
        let attack = Relation(id: "r1", kind: .attacks, source: "RUS", target: "PRK")
        let threat = Relation(id: "r1", kind: .threatens, source: "RUS", target: "PRK")
        let merged = try Self.first
            .merging(Graph(entities: [Self.prk, Self.rus], relations: [attack]))
            .merging(Graph(entities: [Self.prk, Self.rus], relations: [threat]))
        #expect(merged.relations.map(\.id) == ["r1", "r2", "r3", "r1-2", "r1-3"])
        #expect(merged.relation("r1")?.kind == .meets)
        #expect(merged.relation("r1-2")?.kind == .attacks)
        #expect(merged.relation("r1-3")?.kind == .threatens)
        #expect(merged.validate().isEmpty)
    }

    @Test("a renamed id skips ids the other graph brings too")
    func renamedAroundIncoming() throws {
        let other = Graph(entities: [Self.prk, Self.rus], relations: [
            Relation(id: "r1", kind: .attacks, source: "RUS", target: "PRK"),
            Relation(id: "r1-2", kind: .threatens, source: "RUS", target: "PRK"),
        ])
        let merged = try Self.first.merging(other)
        #expect(Set(merged.relations.map(\.id)).count == merged.relations.count, "ids stay unique")
        #expect(merged.relations.filter { $0.kind == .attacks }.count == 1)
        #expect(merged.relations.filter { $0.kind == .threatens }.count == 1)
        #expect(merged.validate().isEmpty)
    }

    // MARK: Transactions

    @Test("transaction legs are remapped to the merged relation ids")
    func legsRemapped() throws {
        // Article B: the same exchange under other ids, and its own r2/r3 for other facts.
        let other = Graph(
            documents: [Document(id: Self.b)],
            entities: [Self.prk, Self.rus],
            relations: [
                Relation(id: "r2", kind: .supplies, source: "RUS", target: "PRK", status: .expected, goods: [.technology]),
                Relation(id: "r3", kind: .aids, source: "PRK", target: "RUS", status: .expected, goods: [.troops]),
                Relation(id: "r7", kind: .supplies, source: "PRK", target: "RUS", status: .hypothetical,
                         date: PartialDate("2023-09"), goods: [.arms]),
                Relation(id: "r8", kind: .aids, source: "RUS", target: "PRK", status: .hypothetical,
                         date: PartialDate("2023-09"), goods: [.food]),
            ],
            transactions: [
                Transaction(id: "t1", legs: ["r2", "r3"], status: .expected, evidence: [span(Self.b, 1)]),
                Transaction(id: "t5", legs: ["r8", "r7"], status: .hypothetical, date: PartialDate("2023-09"),
                            evidence: [span(Self.b, 2)]),
            ])
        let merged = try Self.first.merging(other)
        #expect(merged.relations.map(\.id) == ["r1", "r2", "r3", "r2-2", "r3-2"])
        #expect(merged.transactions.map(\.id) == ["t1", "t1-2"])
        // B's t1 is a different exchange: renamed, its legs follow its relations' new ids.
        #expect(merged.transaction("t1-2")?.legs == ["r2-2", "r3-2"])
        // B's t5 is A's t1 (legs r7, r8 are A's r2, r3): unified, evidence united.
        #expect(merged.transaction("t1")?.legs == ["r2", "r3"])
        #expect(merged.transaction("t1")?.evidence == [span(Self.a, 200), span(Self.b, 2)])
        #expect(merged.validate().isEmpty)
    }

    @Test("transactions with the same legs but another status or date stay separate")
    func transactionFacts() throws {
        var denied = Self.first
        denied.replace(Transaction(id: "t1", legs: ["r3", "r2"], status: .denied, date: PartialDate("2023-09")))
        let merged = try Self.first.merging(denied)
        #expect(merged.transactions.map(\.id) == ["t1", "t1-2"])
        #expect(merged.transaction("t1-2")?.status == .denied)
    }

    // MARK: Order

    @Test("merge order: the receiving graph keeps its ids and its elements come first")
    func order() throws {
        let other = Graph(
            documents: [Document(id: Self.b)],
            entities: [Self.putin, Entity(id: "CHN", kind: .state, name: "China"), Self.kim],
            relations: [
                Relation(id: "r1", kind: .meets, source: "vladimir-putin", target: "CHN"),
                Relation(id: "r2", kind: .meets, source: "kim-jong-un", target: "vladimir-putin", date: PartialDate("2023-09"),
                         evidence: [span(Self.b, 9)]),
            ])
        let ab = try Self.first.merging(other)
        #expect(ab.entities.map(\.id) == ["PRK", "RUS", "kim-jong-un", "vladimir-putin", "CHN"])
        #expect(ab.relations.map(\.id) == ["r1", "r2", "r3", "r1-2"])
        #expect(ab.relation("r1")?.evidence.count == 2, "B's r2 is A's r1")
        #expect(ab.relation("r1-2")?.target == "CHN")

        let ba = try other.merging(Self.first)
        #expect(ba.entities.map(\.id) == ["vladimir-putin", "CHN", "kim-jong-un", "PRK", "RUS"])
        #expect(ba.relation("r1")?.target == "CHN")
        #expect(ba.relation("r2")?.kind == .meets)
        #expect(ba.relation("r2")?.evidence.count == 2, "A's r1 is B's r2")
        #expect(ba.relation("r2-2")?.kind == .supplies)
        #expect(ba.transaction("t1")?.legs == ["r2-2", "r3"])
        #expect(ba.validate().isEmpty && ab.validate().isEmpty)
        // Same content either way, up to ids.
        #expect(ab.relations.count == ba.relations.count)
    }

    @Test("merging is stable: merging again adds nothing")
    func stable() throws {
        let other = Graph(entities: [Self.prk, Self.rus], relations: [Relation(id: "r1", kind: .attacks, source: "RUS", target: "PRK")])
        let once = try Self.first.merging(other)
        #expect(try once.merging(other) == once)
        #expect(try once.merging(Self.first) == once)
    }

    // MARK: Merging many graphs in place

    @Test("GraphMerger merging graphs one after another gives what merging(_:) gives")
    func mergerAgreesWithMerging() throws {
        let other = Graph(
            documents: [Document(id: Self.b, digest: ContentDigest.of([1, 2, 3]))],
            entities: [Self.putin, Entity(id: "CHN", kind: .state, name: "China")],
            relations: [
                Relation(id: "r1", kind: .meets, source: "vladimir-putin", target: "CHN"),
                Relation(id: "r2", kind: .supplies, source: "PRK", target: "RUS", status: .hypothetical,
                         date: PartialDate("2023-09"), goods: [.technology], evidence: [span(Self.b, 5)]),
            ],
            transactions: [Transaction(id: "t1", legs: ["r2", "r3"], status: .hypothetical, date: PartialDate("2023-09"))])
        let sequence = [Self.first, other, Sample.graph, other, Self.first]
        var merger = GraphMerger()
        var folded = Graph()
        for graph in sequence {
            try merger.merge(graph)
            folded = try folded.merging(graph)
            #expect(merger.graph == folded)
        }
        #expect(merger.graph.validate().isEmpty)
        #expect(merger.graph.document(Self.b)?.digest == ContentDigest.of([1, 2, 3]))
    }

    @Test("GraphMerger: a merge that fails leaves the graph as it was")
    func mergerErrorChangesNothing() throws {
        var merger = GraphMerger(Self.first)
        let conflicting = Graph(
            documents: [Document(id: Self.b)],
            entities: [Entity(id: "CHN", kind: .state, name: "China"), Entity(id: "kim-jong-un", kind: .organization, name: "Kim")],
            relations: [Relation(id: "r9", kind: .meets, source: "vladimir-putin", target: "CHN")])
        #expect(throws: MergeError.conflictingEntityKinds(id: "kim-jong-un", existing: .person, incoming: .organization)) {
            try merger.merge(conflicting)
        }
        #expect(merger.graph == Self.first)
        // Within the incoming graph itself, too.
        let twice = Graph(entities: [Entity(id: "x", kind: .place, name: "X"), Entity(id: "x", kind: .person, name: "X")])
        #expect(throws: MergeError.self) { try merger.merge(twice) }
        #expect(merger.graph == Self.first)
    }

    @Test("a document's digest: the first set wins, like its other fields")
    func documentDigest() throws {
        let one = Graph(documents: [Document(id: Self.a, digest: ContentDigest.of([1]))])
        let two = Graph(documents: [Document(id: Self.a, language: "pl", digest: ContentDigest.of([2]))])
        let bare = Graph(documents: [Document(id: Self.a)])
        #expect(try one.merging(two).document(Self.a) == Document(id: Self.a, language: "pl", digest: ContentDigest.of([1])))
        #expect(try bare.merging(two).document(Self.a)?.digest == ContentDigest.of([2]))
    }

    @Test("a fact many articles state: evidence from every one, sorted, whatever order it came in")
    func popularFact() throws {
        var merger = GraphMerger()
        var expected: Set<Evidence> = []
        for article in 0..<300 {
            let document = Document.ID("article-\(article % 97)")
            let evidence = [span(document, 50 - article % 7), span(document, article % 5), span(document, 3)]
            expected.formUnion(evidence)
            try merger.merge(Graph(
                documents: [Document(id: document)],
                entities: [Self.putin, Self.rus],
                relations: [Relation(id: "r1", kind: .leads, source: "vladimir-putin", target: "RUS", evidence: evidence)]))
        }
        #expect(merger.graph.relations.count == 1)
        #expect(merger.graph.relations.first?.evidence == expected.sorted())
        // An unsorted graph to begin with is sorted once it changes.
        let unsorted = Graph(
            entities: [Self.putin, Self.rus],
            relations: [Relation(id: "r1", kind: .leads, source: "vladimir-putin", target: "RUS", evidence: [span(Self.b, 9), span(Self.a, 1)])])
        let more = Graph(
            entities: [Self.putin, Self.rus],
            relations: [Relation(id: "r1", kind: .leads, source: "vladimir-putin", target: "RUS", evidence: [span(Self.a, 5)])])
        #expect(try unsorted.merging(unsorted).relations.first?.evidence == [span(Self.b, 9), span(Self.a, 1)])
        #expect(try unsorted.merging(more).relations.first?.evidence == [span(Self.a, 1), span(Self.a, 5), span(Self.b, 9)])
    }
}
