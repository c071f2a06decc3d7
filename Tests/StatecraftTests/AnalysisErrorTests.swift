import Statecraft
import Testing

/// Bad inputs: unknown and ambiguous names, empty graphs, negative weights for Dijkstra,
/// non-convergence reported with the iteration count, parameters out of range.
@Suite("Analysis errors")
struct AnalysisErrorTests {
    static let graph = Graph(entities: [
        Entity(id: "PRK", kind: .state, name: "North Korea", aliases: ["Korea Północna", "Korea"]),
        Entity(id: "KOR", kind: .state, name: "South Korea", aliases: ["Korea"]),
        Entity(id: "kim-jong-un", kind: .person, name: "Kim Jong Un", aliases: ["Kim Dzong Un"]),
    ])

    @Test func namesResolveFoldedAndByAlias() throws {
        #expect(try EntityReference.resolve("kim jong-un", in: Self.graph).id == "kim-jong-un")
        #expect(try EntityReference.resolve("KOREA POLNOCNA", in: Self.graph).id == "PRK")
        #expect(try EntityReference.resolve("KOR", in: Self.graph).id == "KOR")
    }

    @Test func ambiguousNameListsCandidates() {
        #expect(throws: EntityReference.Error.ambiguous("korea", candidates: ["PRK", "KOR"])) {
            try EntityReference.resolve("korea", in: Self.graph)
        }
    }

    @Test func unknownNameSuggests() {
        #expect(throws: EntityReference.Error.unknown("Kim Jong", suggestions: ["kim-jong-un"])) {
            try EntityReference.resolve("Kim Jong", in: Self.graph)
        }
        #expect(throws: EntityReference.Error.unknown("Atlantis", suggestions: [])) {
            try EntityReference.resolve("Atlantis", in: Self.graph)
        }
        let index = AnalysisIndex(Self.graph, projection: Projection(entityKinds: [.state]))
        #expect(throws: EntityReference.Error.excluded("Kim Jong Un", entity: "kim-jong-un")) {
            try EntityReference.node("Kim Jong Un", in: Self.graph, index: index)
        }
    }

    @Test func unknownEdgeListLabel() throws {
        let index = try EdgeList.parse(Array("alpha beta\n".utf8), directed: false)
        #expect(throws: EntityReference.Error.unknown("alpah", suggestions: ["alpha"])) {
            try EntityReference.node("alpah", in: index)
        }
    }

    @Test func emptyGraph() throws {
        let index = AnalysisIndex(Graph())
        for measure in CentralityMeasure.allCases {
            #expect(throws: AnalysisError.emptyGraph(measure: measure.rawValue)) { try measure.report(index) }
        }
        #expect(throws: AnalysisError.emptyGraph(measure: "eigenvector centrality")) {
            try EigenvectorCentrality().scores(index)
        }
        #expect(throws: AnalysisError.emptyGraph(measure: "Louvain")) { try Louvain().communities(index) }
    }

    @Test func negativeWeightsAreRefusedByDijkstra() throws {
        let index = try EdgeList.parse(Array("a b 1\nb c -2\n".utf8), directed: true)
        let error = AnalysisError.negativeWeight(source: "b", target: "c", weight: -2)
        #expect(throws: error) { try ShortestPaths.dijkstra(index, from: 0, to: 2) }
        #expect(throws: error) { try ShortestPaths.all(index, from: 0, to: 2, weighted: true) }
        #expect(throws: error) { try KShortestPaths.paths(index, from: 0, to: 2, k: 2, weighted: true) }
        #expect(throws: error) { try BetweennessCentrality(weighted: true).nodeScores(index) }
        #expect(throws: error) { try ClosenessCentrality(weighted: true).scores(index) }
        #expect(throws: error) { try HarmonicCentrality(weighted: true).scores(index) }
        // Unweighted searches ignore the weights.
        #expect(ShortestPaths.shortest(index, from: 0, to: 2)?.nodes == [0, 1, 2])
    }

    @Test func nonConvergenceNamesTheIterationCount() throws {
        let cycle = try EdgeList.parse(Array("a b\nb c\nc a\nc d\n".utf8), directed: true)
        #expect(throws: AnalysisError.notConverged(algorithm: "PageRank", iterations: 2, tolerance: 1e-12)) {
            try PageRank(tolerance: 1e-12, maxIterations: 2).scores(cycle)
        }
        #expect(throws: AnalysisError.notConverged(algorithm: "Katz centrality", iterations: 1000, tolerance: 1e-6)) {
            try KatzCentrality(alpha: 2).scores(cycle)
        }
        #expect(throws: AnalysisError.notConverged(algorithm: "eigenvector centrality", iterations: 1, tolerance: 1e-6)) {
            try EigenvectorCentrality(maxIterations: 1).scores(cycle)
        }
        #expect(throws: AnalysisError.notConverged(algorithm: "HITS", iterations: 1, tolerance: 1e-30)) {
            try HITS(tolerance: 1e-30, maxIterations: 1).scores(cycle)
        }
        let message = AnalysisError.notConverged(algorithm: "PageRank", iterations: 2, tolerance: 1e-12).description
        #expect(message == "PageRank did not converge in 2 iterations (tolerance 1e-12)")
    }

    @Test func parametersOutOfRange() throws {
        let index = try EdgeList.parse(Array("a b\nb c\n".utf8), directed: false)
        #expect(throws: AnalysisError.self) { try BetweennessCentrality(sources: .sample(k: 4, seed: 1)).nodeScores(index) }
        #expect(throws: AnalysisError.self) { try BetweennessCentrality(sources: .nodes([7])).nodeScores(index) }
        #expect(throws: AnalysisError.self) { try PageRank(alpha: 1.5).scores(index) }
        #expect(throws: AnalysisError.self) { try PageRank(personalization: [0: 0]).scores(index) }
        #expect(throws: AnalysisError.self) { try ApproximateBetweenness(epsilon: 0).estimate(index) }
        #expect(throws: AnalysisError.self) { try SignedBalance().analyse(index) }
        let edgeless = try EdgeList.parse(Array("a\nb\n".utf8), directed: true)
        #expect(throws: AnalysisError.undefined(measure: "HITS", reason: "the graph has no edges")) { try HITS().scores(edgeless) }
        #expect(throws: AnalysisError.self) { try Modularity.of(edgeless, community: [0, 0]) }
        #expect(throws: AnalysisError.self) { try Modularity.of(edgeless, community: [0]) }
        #expect(throws: AnalysisError.self) {
            try Neighborhood(of: 0, depth: -1, in: AnalysisIndex(Self.graph), graph: Self.graph)
        }
    }

    @Test func unreachableTargetsGiveNoPath() throws {
        let index = try EdgeList.parse(Array("a b\nc d\n".utf8), directed: false)
        #expect(ShortestPaths.shortest(index, from: 0, to: 3) == nil)
        #expect(try ShortestPaths.all(index, from: 0, to: 3).isEmpty)
        #expect(try KShortestPaths.paths(index, from: 0, to: 3, k: 3).isEmpty)
        #expect(SimplePaths.all(index, from: 0, to: 3, maxLength: 5).isEmpty)
    }
}
