import Foundation
import Statecraft
import Testing

/// Every centrality measure against NetworkX 3.6.1's results on the fixture graphs: 1e-9 for the
/// exact measures and the iterative ones computed by the same iteration, NetworkX's own tolerance
/// where NetworkX uses a different solver (HITS through ARPACK).
@Suite("Centrality agrees with NetworkX")
struct CentralityAgreementTests {
    static let exact = 1e-9

    @Test(arguments: NetworkXFixture.names)
    func degree(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        let ours = try DegreeCentrality(.total).scores(fixture.index)
        #expect(NetworkXFixture.maxDifference(ours, try fixture.vector(fixture.measures["degree"])) <= Self.exact)
        if fixture.index.isDirected {
            let incoming = try DegreeCentrality(.incoming).scores(fixture.index)
            let outgoing = try DegreeCentrality(.outgoing).scores(fixture.index)
            #expect(NetworkXFixture.maxDifference(incoming, try fixture.vector(fixture.measures["in-degree"])) <= Self.exact)
            #expect(NetworkXFixture.maxDifference(outgoing, try fixture.vector(fixture.measures["out-degree"])) <= Self.exact)
        }
    }

    @Test(arguments: NetworkXFixture.names)
    func betweenness(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        let configurations = fixture.configurations("betweenness")
        #expect(!configurations.isEmpty)
        for configuration in configurations {
            var measure = BetweennessCentrality(
                normalized: configuration["normalized"] as? Bool ?? true,
                endpoints: configuration["endpoints"] as? Bool ?? false,
                weighted: configuration["weight"] is String)
            if let sources = configuration["sources"] as? [String] {
                measure.sources = .nodes(try sources.map { try fixture.node($0) })
            }
            let ours = try measure.nodeScores(fixture.index)
            let difference = NetworkXFixture.maxDifference(ours, try fixture.vector(configuration["scores"]))
            #expect(difference <= Self.exact, "\(name) \(configuration.filter { $0.key != "scores" })")
        }
    }

    @Test(arguments: NetworkXFixture.names)
    func edgeBetweenness(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        for configuration in fixture.configurations("edge-betweenness") {
            var measure = BetweennessCentrality(
                normalized: configuration["normalized"] as? Bool ?? true, weighted: configuration["weight"] is String)
            if let sources = configuration["sources"] as? [String] {
                measure.sources = .nodes(try sources.map { try fixture.node($0) })
            }
            var ours: [String: Double] = [:]
            func key(_ u: Int, _ v: Int) -> String {
                fixture.index.isDirected || u <= v ? "\(u)>\(v)" : "\(v)>\(u)"
            }
            for score in try measure.edgeScores(fixture.index) { ours[key(score.source, score.target)] = score.value }
            let theirs = try #require(configuration["scores"] as? [[Any]])
            #expect(theirs.count == ours.count, "\(name): edge count")
            for triple in theirs {
                let value = try #require(ours[key(try fixture.node(triple[0]), try fixture.node(triple[1]))])
                #expect(abs(value - NetworkXFixture.number(triple[2])) <= Self.exact, "\(name) \(triple)")
            }
        }
    }

    @Test(arguments: NetworkXFixture.names)
    func closenessAndHarmonic(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        for configuration in fixture.configurations("closeness") {
            let ours = try ClosenessCentrality(
                wfImproved: configuration["wf_improved"] as? Bool ?? true, weighted: configuration["weight"] is String
            ).scores(fixture.index)
            #expect(NetworkXFixture.maxDifference(ours, try fixture.vector(configuration["scores"])) <= Self.exact)
        }
        for configuration in fixture.configurations("harmonic") {
            let ours = try HarmonicCentrality(weighted: configuration["weight"] is String).scores(fixture.index)
            #expect(NetworkXFixture.maxDifference(ours, try fixture.vector(configuration["scores"])) <= Self.exact)
        }
    }

    /// An expected non-convergence, or agreement to 1e-9.
    private func check(
        _ configuration: [String: Any], _ fixture: NetworkXFixture, iterations: Int, _ compute: () throws -> [Double]
    ) throws {
        if configuration["error"] != nil {
            #expect(throws: AnalysisError.self) { try compute() }
            do {
                _ = try compute()
            } catch let error as AnalysisError {
                guard case .notConverged(_, let count, _) = error else {
                    Issue.record("expected non-convergence, got \(error)")
                    return
                }
                #expect(count == iterations)
            }
            return
        }
        let ours = try compute()
        let difference = NetworkXFixture.maxDifference(ours, try fixture.vector(configuration["scores"]))
        #expect(difference <= Self.exact, "\(fixture.name) \(configuration.filter { $0.key != "scores" })")
    }

    @Test(arguments: NetworkXFixture.names)
    func eigenvector(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        for configuration in fixture.configurations("eigenvector") {
            let iterations = configuration["max_iter"] as? Int ?? 100
            try check(configuration, fixture, iterations: iterations) {
                try EigenvectorCentrality(maxIterations: iterations, weighted: configuration["weight"] is String)
                    .scores(fixture.index)
            }
        }
    }

    @Test(arguments: NetworkXFixture.names)
    func pagerank(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        for configuration in fixture.configurations("pagerank") {
            let iterations = configuration["max_iter"] as? Int ?? 100
            let measure = PageRank(
                alpha: NetworkXFixture.number(configuration["alpha"]),
                tolerance: configuration["tol"].map { NetworkXFixture.number($0) } ?? 1e-6,
                maxIterations: iterations,
                personalization: try fixture.nodeMap(configuration["personalization"]),
                dangling: try fixture.nodeMap(configuration["dangling"]),
                weighted: configuration["weight"] is String)
            try check(configuration, fixture, iterations: iterations) { try measure.scores(fixture.index) }
        }
    }

    @Test(arguments: NetworkXFixture.names)
    func katz(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        for configuration in fixture.configurations("katz") {
            let measure = KatzCentrality(
                alpha: NetworkXFixture.number(configuration["alpha"]),
                normalized: configuration["normalized"] as? Bool ?? true,
                weighted: configuration["weight"] is String)
            try check(configuration, fixture, iterations: 1000) { try measure.scores(fixture.index) }
        }
    }

    @Test(arguments: NetworkXFixture.names)
    func hits(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        let reference = try #require(fixture.measures["hits_python"] as? [String: Any])
        let ours = try HITS(maxIterations: 1000, weighted: true).scores(fixture.index)
        #expect(NetworkXFixture.maxDifference(ours.hubs, try fixture.vector(reference["hubs"])) <= Self.exact)
        #expect(
            NetworkXFixture.maxDifference(ours.authorities, try fixture.vector(reference["authorities"])) <= Self.exact)
        // Against `nx.hits` (ARPACK) where its answer is the same vector as the power iteration's
        // (the principal singular value is simple), to ARPACK's tolerance.
        if let svd = fixture.measures["hits"] as? [String: Any] {
            let svdHubs = try fixture.vector(svd["hubs"])
            if NetworkXFixture.maxDifference(svdHubs, try fixture.vector(reference["hubs"])) < 1e-6 {
                #expect(NetworkXFixture.maxDifference(ours.hubs, svdHubs) < 1e-6)
                #expect(NetworkXFixture.maxDifference(ours.authorities, try fixture.vector(svd["authorities"])) < 1e-6)
            }
        }
    }

    @Test(arguments: NetworkXFixture.names)
    func modularityAndLouvain(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        let partitions = try #require(fixture.measures["modularity"] as? [[String: Any]])
        for configuration in partitions {
            let groups = try #require(configuration["partition"] as? [[String]])
            var community = [Int](repeating: -1, count: fixture.index.nodeCount)
            for (c, group) in groups.enumerated() { for label in group { community[try fixture.node(label)] = c } }
            let ours = try Modularity.of(
                fixture.index, community: community, resolution: NetworkXFixture.number(configuration["resolution"]),
                weighted: configuration["weight"] is String)
            #expect(abs(ours - NetworkXFixture.number(configuration["value"])) <= Self.exact)
        }
        let louvain = try #require(fixture.measures["louvain"] as? [String: Any])
        let theirs = NetworkXFixture.number(louvain["modularity"])
        let ours = try Louvain(seed: 42).communities(fixture.index)
        #expect(abs(ours.modularity - (try Modularity.of(fixture.index, community: ours.community))) <= Self.exact)
        // A heuristic: another node order finds another local optimum of about the same quality.
        #expect(ours.modularity >= theirs - 0.02, "\(name): ours \(ours.modularity), NetworkX \(theirs)")
        #expect(try Louvain(seed: 42).communities(fixture.index) == ours)
    }
}
