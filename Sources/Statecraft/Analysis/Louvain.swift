/// Louvain community detection, following `networkx.community.louvain_communities` (NetworkX 3.6)
/// step for step: every node starts alone; nodes, in a seeded random order, move to the neighbouring
/// community with the largest positive modularity gain until none moves; the communities are then
/// merged into single nodes and the process repeats, as long as a level raises the modularity by
/// more than `threshold`. Directed graphs use the directed modularity gain (Dugué & Perez 2015).
///
/// The order is drawn with ``SplitMix64`` from `seed`, so a seed always gives the same partition
/// (NetworkX's own seeds use Python's Mersenne Twister: partitions can differ from NetworkX's for
/// the same seed, with modularity of the same quality).
///
/// Blondel, V. D., Guillaume, J.-L., Lambiotte, R. & Lefebvre, E. (2008). Fast unfolding of
/// communities in large networks. *Journal of Statistical Mechanics* P10008. Dugué, N. & Perez, A.
/// (2015). Directed Louvain: maximizing modularity in directed networks. Université d'Orléans,
/// hal-01231784.
public struct Louvain: Sendable {
    public var resolution: Double
    public var threshold: Double
    public var seed: UInt64
    public var weighted: Bool

    public init(resolution: Double = 1, threshold: Double = 1e-7, seed: UInt64 = 0, weighted: Bool = true) {
        self.resolution = resolution
        self.threshold = threshold
        self.seed = seed
        self.weighted = weighted
    }

    public struct Result: Sendable, Equatable {
        /// `community[v]`: node `v`'s community, numbered from 0 in order of each community's
        /// first node.
        public var community: [Int]
        public var modularity: Double
        public var communityCount: Int { (community.max() ?? -1) + 1 }
    }

    /// One level's graph: weighted edges (undirected: each once; directed: arcs).
    private struct Level {
        var nodeCount: Int
        var edges: [(Int, Int, Double)]
    }

    public func communities(_ index: AnalysisIndex) throws(AnalysisError) -> Result {
        let n = index.nodeCount
        guard n > 0 else { throw .emptyGraph(measure: "Louvain") }
        var edges: [(Int, Int, Double)] = []
        for u in 0..<n {
            for arc in index.arcs(of: u) {
                let v = Int(index.targets[arc])
                if index.isDirected || u <= v { edges.append((u, v, weighted ? index.weight(ofArc: arc) : 1)) }
            }
        }
        // Members of each current node, in original nodes.
        var members: [[Int]] = (0..<n).map { [$0] }
        var community = Array(0..<n)
        guard !edges.isEmpty else { return Result(community: community, modularity: 0) }
        let m = edges.reduce(0) { $0 + $1.2 }
        var level = Level(nodeCount: n, edges: edges)
        var generator = SplitMix64(seed: seed)
        var modularity = try Modularity.of(index, community: community, resolution: resolution, weighted: weighted)
        while true {
            let (assignment, moved) = oneLevel(level, m: m, directed: index.isDirected, generator: &generator)
            // Renumber the level's communities densely, in order of first node.
            var renumber: [Int: Int] = [:]
            let dense = assignment.map { c in
                if let known = renumber[c] { return known }
                renumber[c] = renumber.count
                return renumber.count - 1
            }
            var merged = [[Int]](repeating: [], count: renumber.count)
            for (node, c) in dense.enumerated() { merged[c] += members[node] }
            for (c, group) in merged.enumerated() { for v in group { community[v] = c } }
            let newModularity = try Modularity.of(index, community: community, resolution: resolution, weighted: weighted)
            if !moved || newModularity - modularity <= threshold { break }
            modularity = newModularity
            members = merged
            level = aggregate(level, into: dense, count: merged.count, directed: index.isDirected)
        }
        return Result(community: normalised(community), modularity: try Modularity.of(index, community: community, resolution: resolution, weighted: weighted))
    }

    private func normalised(_ community: [Int]) -> [Int] {
        var renumber: [Int: Int] = [:]
        return community.map { c in
            if let known = renumber[c] { return known }
            renumber[c] = renumber.count
            return renumber.count - 1
        }
    }

    /// NetworkX's `_one_level`: local moves until no node moves. Returns each node's community and
    /// whether any node moved.
    private func oneLevel(
        _ level: Level, m: Double, directed: Bool, generator: inout SplitMix64
    ) -> ([Int], Bool) {
        let n = level.nodeCount
        var inDegree = [Double](repeating: 0, count: n)
        var outDegree = [Double](repeating: 0, count: n)
        var neighbours = [[Int: Double]](repeating: [:], count: n)
        var neighbourOrder = [[Int]](repeating: [], count: n)
        func link(_ u: Int, _ v: Int, _ w: Double) {
            if neighbours[u][v] == nil { neighbourOrder[u].append(v) }
            neighbours[u][v, default: 0] += w
        }
        for (u, v, w) in level.edges {
            outDegree[u] += w
            inDegree[v] += w
            if !directed {
                outDegree[v] += w
                inDegree[u] += w
            }
            if u != v {
                link(u, v, w)
                link(v, u, w)
            }
        }
        let adjacency: [[(Int, Double)]] = (0..<n).map { u in neighbourOrder[u].map { ($0, neighbours[u][$0]!) } }
        var community = Array(0..<n)
        var totalIn = inDegree
        var totalOut = outDegree
        var order = Array(0..<n)
        generator.shuffle(&order)
        var weightTo = [Double](repeating: 0, count: n)
        var isTouched = [Bool](repeating: false, count: n)
        var touched: [Int] = []
        var improvement = false
        var moves = 1
        while moves > 0 {
            moves = 0
            for u in order {
                var bestGain = 0.0
                var best = community[u]
                touched.removeAll(keepingCapacity: true)
                for (v, w) in adjacency[u] {
                    let c = community[v]
                    if !isTouched[c] {
                        isTouched[c] = true
                        touched.append(c)
                    }
                    weightTo[c] += w
                }
                if !isTouched[best] {
                    isTouched[best] = true
                    touched.append(best)
                }
                let removeCost: Double
                if directed {
                    totalIn[best] -= inDegree[u]
                    totalOut[best] -= outDegree[u]
                    removeCost = -weightTo[best] / m
                        + resolution * (outDegree[u] * totalIn[best] + inDegree[u] * totalOut[best]) / (m * m)
                } else {
                    totalOut[best] -= outDegree[u]
                    removeCost = -weightTo[best] / m + resolution * (totalOut[best] * outDegree[u]) / (2 * m * m)
                }
                for c in touched {
                    let gain: Double
                    if directed {
                        gain = removeCost + weightTo[c] / m
                            - resolution * (outDegree[u] * totalIn[c] + inDegree[u] * totalOut[c]) / (m * m)
                    } else {
                        gain = removeCost + weightTo[c] / m - resolution * (totalOut[c] * outDegree[u]) / (2 * m * m)
                    }
                    if gain > bestGain {
                        bestGain = gain
                        best = c
                    }
                }
                for c in touched {
                    weightTo[c] = 0
                    isTouched[c] = false
                }
                if directed { totalIn[best] += inDegree[u] }
                totalOut[best] += outDegree[u]
                if best != community[u] {
                    community[u] = best
                    improvement = true
                    moves += 1
                }
            }
        }
        return (community, improvement)
    }

    /// NetworkX's `_gen_graph`: one node per community, edge weights summed (inner edges become
    /// self-loops).
    private func aggregate(_ level: Level, into community: [Int], count: Int, directed: Bool) -> Level {
        var position: [Int: Int] = [:]
        var edges: [(Int, Int, Double)] = []
        for (u, v, w) in level.edges {
            var a = community[u]
            var b = community[v]
            if !directed, b < a { swap(&a, &b) }
            let key = a * count + b
            if let existing = position[key] {
                edges[existing].2 += w
            } else {
                position[key] = edges.count
                edges.append((a, b, w))
            }
        }
        return Level(nodeCount: count, edges: edges)
    }
}
