import Statecraft
import Testing

/// The tuned unweighted kernel (eight searches per batch, bottom-up levels) against the plain
/// Dijkstra-based accumulator run with unit lengths, on graphs large enough for the bottom-up
/// levels to be taken.
@Suite("Brandes kernel")
struct BrandesKernelTests {
    /// A preferential-attachment graph plus a separate path and an isolated node.
    static func edgeList(nodes: Int, seed: UInt64, weighted: Bool) -> String {
        var random = SplitMix64(seed: seed)
        var ends: [Int] = [0, 1]
        var lines = ["1 0"]
        for v in 2..<nodes {
            var chosen: [Int] = []
            while chosen.count < min(3, v) {
                let t = ends[random.uniform(ends.count)]
                if !chosen.contains(t) { chosen.append(t) }
            }
            for t in chosen {
                lines.append("\(v) \(t)")
                ends += [v, t]
            }
        }
        lines += ["p1 p2", "p2 p3", "p3 p4", "lonely"]
        return lines.map { weighted && $0.contains(" ") ? $0 + " 1" : $0 }.joined(separator: "\n") + "\n"
    }

    @Test(arguments: [false, true])
    func kernelMatchesTheReferenceAccumulator(endpoints: Bool) throws {
        let plain = try EdgeList.parse(Array(Self.edgeList(nodes: 500, seed: 4, weighted: false).utf8), directed: false)
        let unit = try EdgeList.parse(Array(Self.edgeList(nodes: 500, seed: 4, weighted: true).utf8), directed: false)
        #expect(!plain.isWeighted && unit.isWeighted)
        let fast = try BetweennessCentrality(endpoints: endpoints).nodeScores(plain)
        let reference = try BetweennessCentrality(endpoints: endpoints, weighted: true).nodeScores(unit)
        #expect(NetworkXFixture.maxDifference(fast, reference) <= 1e-12)
        let twoThreads = try BetweennessCentrality(endpoints: endpoints, threads: 2).nodeScores(plain)
        #expect(NetworkXFixture.maxDifference(fast, twoThreads) <= 1e-12)
    }

    @Test func directedGraphsStayTopDown() throws {
        let plain = try EdgeList.parse(Array(Self.edgeList(nodes: 300, seed: 7, weighted: false).utf8), directed: true)
        let unit = try EdgeList.parse(Array(Self.edgeList(nodes: 300, seed: 7, weighted: true).utf8), directed: true)
        let fast = try BetweennessCentrality(normalized: false).nodeScores(plain)
        let reference = try BetweennessCentrality(normalized: false, weighted: true).nodeScores(unit)
        #expect(NetworkXFixture.maxDifference(fast, reference) <= 1e-9)
    }

    /// Batches that are not full, and a source given twice (two searches of one batch from one
    /// node), directed and undirected.
    @Test(arguments: [false, true])
    func explicitSourcesInPartialBatches(directed: Bool) throws {
        let plain = try EdgeList.parse(Array(Self.edgeList(nodes: 300, seed: 9, weighted: false).utf8), directed: directed)
        let unit = try EdgeList.parse(Array(Self.edgeList(nodes: 300, seed: 9, weighted: true).utf8), directed: directed)
        for sources in [[0], [7, 7], [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], Array(stride(from: 0, to: 300, by: 13))] {
            for endpoints in [false, true] {
                let fast = try BetweennessCentrality(endpoints: endpoints, sources: .nodes(sources), threads: 2).nodeScores(plain)
                let reference = try BetweennessCentrality(endpoints: endpoints, weighted: true, sources: .nodes(sources))
                    .nodeScores(unit)
                // With one distinct source and no endpoints, NetworkX's scale for the source is NaN.
                let agree = zip(fast, reference).allSatisfy { $0.isNaN ? $1.isNaN : abs($0 - $1) <= 1e-12 }
                #expect(agree, "sources \(sources), endpoints \(endpoints)")
            }
        }
    }
}
