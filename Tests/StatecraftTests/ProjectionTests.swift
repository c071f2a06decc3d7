import Statecraft
import Testing

/// Building an ``AnalysisIndex`` from a typed graph: every projection filter and weighting.
@Suite("Projection")
struct ProjectionTests {
    static let graph = Graph(
        entities: [
            Entity(id: "AAA", kind: .state, name: "Alpha"),
            Entity(id: "BBB", kind: .state, name: "Beta"),
            Entity(id: "CCC", kind: .state, name: "Gamma"),
            Entity(id: "leader", kind: .person, name: "Leader"),
            Entity(id: "city", kind: .place, name: "City"),
        ],
        relations: [
            Relation(id: "r1", kind: .attacks, source: "AAA", target: "BBB", status: .asserted, date: PartialDate("2023-05")),
            Relation(id: "r2", kind: .criticizes, source: "BBB", target: "AAA", status: .denied, date: PartialDate("2023-05")),
            Relation(id: "r3", kind: .leads, source: "leader", target: "AAA"),
            Relation(id: "r4", kind: .meets, source: "AAA", target: "CCC", status: .hypothetical, date: PartialDate("2022-01")),
            Relation(id: "r5", kind: .supplies, source: "AAA", target: "BBB", status: .reported, date: PartialDate("2023-06"), goods: [.arms]),
            Relation(id: "r6", kind: .locatedIn, source: "city", target: "CCC"),
        ])

    private func arcs(_ index: AnalysisIndex) -> Set<String> {
        var result = Set<String>()
        for u in 0..<index.nodeCount {
            for v in index.successors(of: u) { result.insert(index.labels[u] + ">" + index.labels[v]) }
        }
        return result
    }

    @Test func defaultsKeepEverythingButDenied() {
        let index = AnalysisIndex(Self.graph)
        #expect(index.labels == ["AAA", "BBB", "CCC", "leader", "city"])
        #expect(index.isDirected)
        // meets is symmetric: both directions; the denied criticism is left out.
        #expect(arcs(index) == ["AAA>BBB", "leader>AAA", "AAA>CCC", "CCC>AAA", "city>CCC"])
        // r1 and r5 merge into one arc, and it keeps both relations for explanations.
        let arc = index.arc(from: 0, to: 1)!
        #expect(index.relationPositions(ofArc: arc) == [0, 4])
        #expect(!index.isWeighted)
    }

    @Test func statusFilter() {
        let asserted = AnalysisIndex(Self.graph, projection: Projection(statuses: [.asserted]))
        #expect(arcs(asserted) == ["AAA>BBB", "leader>AAA", "city>CCC"])
        let denied = AnalysisIndex(Self.graph, projection: Projection(statuses: [.denied]))
        #expect(arcs(denied) == ["BBB>AAA"])
    }

    @Test func relationKindFilter() {
        let index = AnalysisIndex(Self.graph, projection: Projection(relationKinds: [.supplies, .leads]))
        #expect(arcs(index) == ["AAA>BBB", "leader>AAA"])
        #expect(index.relationPositions(ofArc: index.arc(from: 0, to: 1)!) == [4])
    }

    @Test func entityKindFilterDropsTheirRelations() {
        let index = AnalysisIndex(Self.graph, projection: Projection(entityKinds: [.state]))
        #expect(index.labels == ["AAA", "BBB", "CCC"])
        #expect(arcs(index) == ["AAA>BBB", "AAA>CCC", "CCC>AAA"])
    }

    @Test func timeWindowKeepsUndatedRelations() {
        let since = AnalysisIndex(Self.graph, projection: Projection(since: PartialDate("2023")))
        #expect(arcs(since) == ["AAA>BBB", "leader>AAA", "city>CCC"])
        let until = AnalysisIndex(Self.graph, projection: Projection(until: PartialDate("2023-05")))
        #expect(arcs(until) == ["AAA>BBB", "leader>AAA", "AAA>CCC", "CCC>AAA", "city>CCC"])
        #expect(until.relationPositions(ofArc: until.arc(from: 0, to: 1)!) == [0])
        let window = AnalysisIndex(Self.graph, projection: Projection(since: PartialDate("2023-06-01"), until: PartialDate("2023-06-30")))
        #expect(window.relationPositions(ofArc: window.arc(from: 0, to: 1)!) == [4])
    }

    @Test func undirectedProjection() {
        let index = AnalysisIndex(Self.graph, projection: Projection(isDirected: false))
        #expect(!index.isDirected)
        #expect(index.edgeCount == 4)
        #expect(arcs(index).contains("BBB>AAA"))
    }

    @Test func weightings() {
        let count = AnalysisIndex(Self.graph, projection: Projection(weighting: .relationCount))
        #expect(count.weight(ofArc: count.arc(from: 0, to: 1)!) == 2)
        let intensity = AnalysisIndex(Self.graph, projection: Projection(weighting: .goldsteinIntensity))
        #expect(intensity.weight(ofArc: intensity.arc(from: 0, to: 1)!) == 9 + 6)
        let custom = AnalysisIndex(Self.graph, projection: Projection(weighting: .intensity([.attacks: 0.5])))
        #expect(custom.weight(ofArc: custom.arc(from: 0, to: 1)!) == 1.5)
    }

    @Test func signedView() {
        let index = AnalysisIndex(Self.graph, projection: Projection(statuses: Set(Status.allCases), isSigned: true))
        // attacks (−) and supplies (+) cancel out; the denied criticism counts when all statuses do.
        #expect(index.signs[index.arc(from: 0, to: 1)!] == 0)
        #expect(index.signs[index.arc(from: 1, to: 0)!] == -1)
        #expect(index.signs[index.arc(from: 0, to: 2)!] == 1)
        #expect(index.signs[index.arc(from: 3, to: 0)!] == 0)
        #expect(!AnalysisIndex(Self.graph).isSigned)
    }
}
