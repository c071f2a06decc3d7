import Testing

@testable import Statecraft

@Suite("Identifier order and vocabulary order")
struct IdentifierOrderTests {
    typealias ID = Identifier<Relation>

    @Test(
        "identifiers sort naturally: digit runs by value, the rest by bytes",
        arguments: [
            ["r1", "r2", "r10", "r11", "r100"],
            ["r1", "r1-2", "r1-10", "r2", "r10"],
            ["a", "a1", "a2", "a10", "b"],
            ["0", "1", "9", "10", "a"],
            ["x9y", "x10y", "x10z", "x11"],
            ["PRK", "RUS", "UKR", "kim-jong-un", "kremlin"],
            ["t1", "t2", "t9", "t10", "t10-2"],
            ["r01", "r1", "r002", "r2"],
            ["r9", "r10", "r99999999999999999999", "r100000000000000000000"],
            ["", "a", "ä"],
        ])
    func naturalOrder(_ expected: [String]) {
        let ids = expected.map { ID($0) }
        #expect(ids.reversed().sorted().map(\.rawValue) == expected)
        #expect(ids.shuffled().sorted().map(\.rawValue) == expected)
        for (earlier, later) in zip(ids, ids.dropFirst()) {
            #expect(earlier < later, "\(earlier) < \(later)")
            #expect(!(later < earlier), "not \(later) < \(earlier)")
        }
    }

    @Test("the order is a strict total order (irreflexive, asymmetric, total, transitive)")
    func totalOrder() {
        // Every string of up to three characters over an alphabet that mixes digits, zeros and letters.
        let alphabet = ["0", "1", "2", "a", "-"]
        var strings = [""]
        var layer = [""]
        for _ in 0..<3 {
            layer = layer.flatMap { prefix in alphabet.map { prefix + $0 } }
            strings += layer
        }
        let ids = strings.map { ID($0) }
        #expect(ids.count == 156)
        var violations: [String] = []
        for a in ids {
            if a < a { violations.append("\(a) < itself") }
            for b in ids where a != b && (a < b) == (b < a) {
                violations.append("'\(a)' and '\(b)': not exactly one precedes")
            }
        }
        // Transitivity: after sorting, every pair is in order, not only neighbours.
        let sorted = ids.sorted()
        for i in sorted.indices {
            for j in sorted.indices where i < j && !(sorted[i] < sorted[j]) {
                violations.append("'\(sorted[i])' sorted before '\(sorted[j])' but does not precede it")
            }
        }
        #expect(violations.isEmpty, "\(violations.prefix(10))")
    }

    @Test("identifiers are strings in documents and descriptions")
    func literal() {
        let id: Entity.ID = "kim-jong-un"
        #expect(id.rawValue == "kim-jong-un")
        #expect(id.description == "kim-jong-un")
        #expect(id == Entity.ID(rawValue: "kim-jong-un"))
        #expect("\(id)" == "kim-jong-un")
    }

    @Test("vocabularies order as declared")
    func vocabularyOrder() {
        #expect(Status.allCases == [.asserted, .reported, .expected, .hypothetical, .denied])
        #expect(Status.allCases.shuffled().sorted() == Status.allCases)
        #expect(Status.asserted < .denied)
        #expect(EntityKind.allCases.map(\.rawValue) == ["state", "person", "organization", "place"])
        #expect(EntityKind.allCases.reversed().sorted() == EntityKind.allCases)
        #expect(GoodsCategory.allCases.map(\.rawValue) == [
            "arms", "troops", "technology", "energy", "food", "money", "humanitarian", "people", "goods",
        ])
        #expect(GoodsCategory.allCases.reversed().sorted() == GoodsCategory.allCases)
        #expect(RelationKind.allCases.map(\.rawValue) == [
            "leads", "official_of", "part_of", "member_of", "located_in", "meets", "visits", "negotiates",
            "agrees", "supports", "cooperates", "supplies", "aids", "criticizes", "accuses", "opposes",
            "threatens", "sanctions", "attacks",
        ])
        #expect(RelationKind.allCases.reversed().sorted() == RelationKind.allCases)
    }

    @Test("relation kind metadata matches the ontology")
    func relationKinds() {
        #expect(RelationKind.allCases.filter(\.isStructural) == [.leads, .officialOf, .partOf, .memberOf, .locatedIn])
        #expect(RelationKind.allCases.filter(\.isSymmetric) == [.meets, .negotiates, .agrees, .cooperates])
        #expect(RelationKind.allCases.filter(\.takesGoods) == [.supplies, .aids])
        #expect(RelationKind.allCases.filter(\.canBeTransactionLeg) == [.supplies, .aids])
        #expect(RelationKind.allCases.filter(\.takesRole) == [.officialOf])
        #expect(RelationKind.allCases.filter { $0.polarity == .conflict } == [
            .criticizes, .accuses, .opposes, .threatens, .sanctions, .attacks,
        ])
        #expect(RelationKind.allCases.filter(\.isStructural).allSatisfy { $0.polarity == .neutral && $0.cameoCodes.isEmpty })
        #expect(RelationKind.allCases.filter { !$0.isStructural }.allSatisfy { !$0.cameoCodes.isEmpty })
        #expect(RelationKind.meets.cameoCodes == ["040", "043", "044"])
        #expect(Polarity.cooperation.sign == 1 && Polarity.neutral.sign == 0 && Polarity.conflict.sign == -1)
    }

    @Test("evidence orders by document, then start, end and text")
    func evidenceOrder() {
        let spans = [
            Evidence(document: "a", start: 5, end: 9, text: "z"),
            Evidence(document: "a", start: 10, end: 12, text: "a"),
            Evidence(document: "a", start: 10, end: 20, text: "a"),
            Evidence(document: "a", start: 10, end: 20, text: "b"),
            Evidence(document: "a2", start: 0, end: 1, text: "a"),
            Evidence(document: "a10", start: 0, end: 1, text: "a"),
        ]
        #expect(spans.reversed().sorted() == spans)
        #expect(spans.shuffled().sorted() == spans)
    }
}
