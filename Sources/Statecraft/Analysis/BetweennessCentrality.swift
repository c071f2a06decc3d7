import HeapModule

/// Betweenness centrality of nodes and edges, by Brandes' algorithm, with NetworkX's definitions,
/// defaults and normalisations (`networkx.betweenness_centrality` and
/// `networkx.edge_betweenness_centrality`, NetworkX 3.6).
///
/// The betweenness of a node `v` is
///
///     c_B(v) = Σ_{s,t ∈ V} σ(s, t | v) / σ(s, t)
///
/// where σ(s, t) is the number of shortest `(s, t)`-paths and σ(s, t | v) the number of them passing
/// through `v` other than `s` and `t` (with `endpoints`, paths count for their ends too). If
/// `s = t`, σ(s, t) = 1, and if `v ∈ {s, t}`, σ(s, t | v) = 0. The betweenness of an edge `e` is the
/// same sum with σ(s, t | e), the shortest paths through `e`, over all `s, t` (ends included).
///
/// Scaling, as NetworkX 3.6's `_rescale`: with `N = n` (endpoints, and for edges) or `N = n − 1`
/// (nodes without endpoints) and `K` the number of sources (`N` when exact), normalised scores are
/// multiplied by `1 / (K (N − 1))`; unnormalised ones by `N / K`, halved on undirected graphs (each
/// pair is counted from both ends). With `k` sampled sources (`K = k`) and no endpoints, sources
/// themselves are scaled by `1 / ((k − 1)(N − 1))` (unnormalised: `N / ((k − 1) c)`), as in NetworkX.
///
/// With `weighted`, arc weights are lengths and shortest paths are found by Dijkstra's algorithm
/// (weights must be non-negative; equal-length paths are recognised by exact floating-point
/// equality, as in NetworkX). Sampled sources are drawn with ``SplitMix64`` from the seed — the
/// sample differs from NetworkX's (which draws with Python's Mersenne Twister), so pass explicit
/// `sources` to reproduce a NetworkX run.
///
/// Runs split the sources over threads, each with its own buffers and accumulator, merged at the
/// end. Unweighted node betweenness runs in ``BrandesKernel`` (eight breadth-first searches at
/// once, no allocation in the loops); weighted graphs and edge betweenness run Dijkstra's
/// algorithm (unit lengths when unweighted). Time O(nm) unweighted, O(nm + n² log n) weighted; memory O(n + m) per thread.
///
/// Brandes, U. (2001). A faster algorithm for betweenness centrality. *Journal of Mathematical
/// Sociology* 25(2), 163–177. Brandes, U. (2008). On variants of shortest-path betweenness
/// centrality and their generic computation. *Social Networks* 30(2), 136–145.
public struct BetweennessCentrality: Sendable {
    /// Which nodes the shortest paths start from.
    public enum Sources: Sendable, Equatable {
        /// Every node: the exact measure.
        case all
        /// `k` nodes drawn without replacement with ``SplitMix64`` from `seed`.
        case sample(k: Int, seed: UInt64)
        /// These nodes (as NetworkX's `k` sampled nodes, to reproduce a run).
        case nodes([Int])
    }

    public var normalized: Bool
    public var endpoints: Bool
    /// Use the arc weights as lengths.
    public var weighted: Bool
    public var sources: Sources
    /// Worker threads; `nil`: every active processor.
    public var threads: Int?

    public init(
        normalized: Bool = true, endpoints: Bool = false, weighted: Bool = false,
        sources: Sources = .all, threads: Int? = nil
    ) {
        self.normalized = normalized
        self.endpoints = endpoints
        self.weighted = weighted
        self.sources = sources
        self.threads = threads
    }

    /// One edge's score: undirected edges are given once, `source` the end seen first.
    public struct EdgeScore: Sendable, Equatable {
        public var source: Int
        public var target: Int
        public var value: Double
    }

    /// Every node's betweenness.
    public func nodeScores(_ index: AnalysisIndex) throws(AnalysisError) -> [Double] {
        try run(index, edges: false).nodes
    }

    /// Every edge's betweenness, in CSR order (undirected edges once).
    public func edgeScores(_ index: AnalysisIndex) throws(AnalysisError) -> [EdgeScore] {
        let result = try run(index, edges: true)
        var scores: [EdgeScore] = []
        for source in 0..<index.nodeCount {
            for arc in index.arcs(of: source) {
                let target = Int(index.targets[arc])
                if index.isDirected {
                    scores.append(EdgeScore(source: source, target: target, value: result.arcs[arc]))
                } else if target >= source {
                    var value = result.arcs[arc]
                    if target != source, let back = index.arc(from: target, to: source) {
                        value += result.arcs[back]
                    }
                    scores.append(EdgeScore(source: source, target: target, value: value))
                }
            }
        }
        return scores
    }

    /// The source nodes this configuration uses on `index`, or `nil` for all.
    func sourceNodes(_ index: AnalysisIndex) throws(AnalysisError) -> [Int]? {
        switch sources {
        case .all:
            return nil
        case .sample(let k, let seed):
            guard k >= 0, k <= index.nodeCount else {
                throw .invalidParameter(
                    name: "k", value: "\(k)", reason: "must be between 0 and the node count \(index.nodeCount)")
            }
            if k == index.nodeCount { return nil }
            var generator = SplitMix64(seed: seed)
            return generator.sample(k, from: index.nodeCount)
        case .nodes(let nodes):
            for node in nodes where !(0..<index.nodeCount).contains(node) {
                throw .invalidParameter(name: "sources", value: "\(node)", reason: "not a node of the graph")
            }
            return nodes
        }
    }

    private func run(_ index: AnalysisIndex, edges: Bool) throws(AnalysisError) -> (nodes: [Double], arcs: [Double]) {
        let n = index.nodeCount
        if weighted { try ShortestPathLengths.checkNonNegative(index) }
        let chosen = try sourceNodes(index)
        let sourceList = chosen ?? Array(0..<n)
        let workerCount = Parallel.workers(threads, items: sourceList.count)
        let useWeights = weighted && index.isWeighted
        let endpoints = self.endpoints
        if !useWeights && !edges {
            return (try fastNodeScores(index, sources: sourceList, sampled: chosen, workers: workerCount), [])
        }
        // Without weights the same search runs with unit lengths.
        let searched = useWeights ? index : AnalysisIndex(unweighted: index)
        let partials = Parallel.map(workers: workerCount) { worker in
            var brandes = BrandesAccumulator(index: searched, edges: edges, endpoints: endpoints)
            var position = worker
            while position < sourceList.count {
                brandes.accumulate(from: sourceList[position])
                position += workerCount
            }
            return (brandes.betweenness, brandes.arcBetweenness)
        }
        var nodes = partials[0].0
        var arcs = partials[0].1
        for partial in partials.dropFirst() {
            for v in 0..<n { nodes[v] += partial.0[v] }
            for a in 0..<arcs.count { arcs[a] += partial.1[a] }
        }
        // Edges: NetworkX rescales them with endpoints (N = n) whatever `endpoints` says.
        let sampled = chosen.map(Set.init)
        rescale(&nodes, n: n, directed: index.isDirected, endpoints: endpoints, sampled: sampled) { $0 }
        if edges {
            // An arc's scale does not depend on a node, so `sampled` only matters through its count.
            rescale(&arcs, n: n, directed: index.isDirected, endpoints: true, sampled: sampled) { _ in -1 }
        }
        return (nodes, arcs)
    }

    /// Unweighted node betweenness through ``BrandesKernel``: the sources in batches of
    /// ``BrandesKernel/width`` (in ``BrandesLayout/batchOrder(_:)``), handed to the threads as
    /// they become free.
    private func fastNodeScores(
        _ index: AnalysisIndex, sources: [Int], sampled: [Int]?, workers: Int
    ) throws(AnalysisError) -> [Double] {
        let layout = BrandesLayout(index)
        let endpoints = self.endpoints
        let ordered = layout.batchOrder(sources)
        let width = BrandesKernel.width
        let batches = WorkQueue(count: (ordered.count + width - 1) / width)
        let partials = Parallel.map(workers: max(1, min(workers, batches.count))) { _ in
            let kernel = BrandesKernel(layout: layout, endpoints: endpoints)
            while let batch = batches.next() {
                let start = batch * width
                kernel.accumulate(from: ordered[start..<min(start + width, ordered.count)])
            }
            return kernel.betweenness
        }
        var nodes = partials[0]
        for partial in partials.dropFirst() { for v in nodes.indices { nodes[v] += partial[v] } }
        rescale(&nodes, n: index.nodeCount, directed: index.isDirected, endpoints: endpoints, sampled: sampled.map(Set.init)) { $0 }
        return nodes
    }

    /// NetworkX 3.6's `_rescale`; `node(i)` is the node of entry `i` (or −1 for edges).
    private func rescale(
        _ values: inout [Double], n: Int, directed: Bool, endpoints: Bool, sampled: Set<Int>?,
        node: (Int) -> Int
    ) {
        let bigN = endpoints ? n : n - 1
        guard bigN >= 2 else { return }
        let correction = directed ? 1.0 : 2.0
        guard let sampled else {
            let scale = normalized ? 1 / (Double(bigN) * Double(bigN - 1)) : Double(bigN) / (Double(bigN) * correction)
            if scale != 1 { for i in values.indices { values[i] *= scale } }
            return
        }
        let k = Double(sampled.count)
        if endpoints {
            let scale = normalized ? 1 / (k * Double(bigN - 1)) : Double(bigN) / (k * correction)
            if scale != 1 { for i in values.indices { values[i] *= scale } }
            return
        }
        let scaleSource: Double
        let scaleOther: Double
        if normalized {
            scaleSource = k > 1 ? 1 / ((k - 1) * Double(bigN - 1)) : .nan
            scaleOther = 1 / (k * Double(bigN - 1))
        } else {
            scaleSource = k > 1 ? Double(bigN) / ((k - 1) * correction) : .nan
            scaleOther = Double(bigN) / (k * correction)
        }
        for i in values.indices { values[i] *= sampled.contains(node(i)) ? scaleSource : scaleOther }
    }
}

/// One thread's share of Brandes' algorithm on weighted graphs, and for edge betweenness (where an
/// unweighted graph is searched with unit lengths): Dijkstra's algorithm counting shortest paths as
/// NetworkX does, then the pull-form accumulation. Buffers are reused from source to source.
struct BrandesAccumulator {
    let index: AnalysisIndex
    let edges: Bool
    let endpoints: Bool
    var betweenness: [Double]
    var arcBetweenness: [Double]
    private var lengths: [Double]
    private var settled: [Bool]
    private var sigma: [Double]
    /// (1 + δ(w)) / σ(w), the share of each successor, in the pull form of the accumulation.
    private var share: [Double]
    /// The nodes settled by the last search, in order: `order[0..<reached]`.
    private var order: [Int32]
    private var reached = 0

    init(index: AnalysisIndex, edges: Bool, endpoints: Bool) {
        let n = index.nodeCount
        self.index = index
        self.edges = edges
        self.endpoints = endpoints
        betweenness = [Double](repeating: 0, count: n)
        arcBetweenness = [Double](repeating: 0, count: edges ? index.arcCount : 0)
        lengths = [Double](repeating: .infinity, count: n)
        settled = [Bool](repeating: false, count: n)
        sigma = [Double](repeating: 0, count: n)
        share = [Double](repeating: 0, count: n)
        order = [Int32](repeating: 0, count: n)
    }

    mutating func accumulate(from source: Int) {
        search(from: source)
        accumulateDependencies(from: source)
    }

    private struct Entry: Comparable {
        var length: Double
        var node: Int32
        static func < (a: Entry, b: Entry) -> Bool { (a.length, a.node) < (b.length, b.node) }
    }

    /// Dijkstra from `source`, counting shortest paths as NetworkX does (equal lengths compared
    /// exactly).
    private mutating func search(from source: Int) {
        reached = 0
        var heap = Heap<Entry>()
        lengths[source] = 0
        sigma[source] = 1
        heap.insert(Entry(length: 0, node: Int32(source)))
        var touched: [Int32] = [Int32(source)]
        while let entry = heap.popMin() {
            let v = Int(entry.node)
            if settled[v] || entry.length > lengths[v] { continue }
            settled[v] = true
            order[reached] = Int32(v)
            reached += 1
            for arc in index.arcs(of: v) {
                let w = Int(index.targets[arc])
                let length = entry.length + index.weight(ofArc: arc)
                if settled[w] { continue }
                if length < lengths[w] {
                    if lengths[w] == .infinity { touched.append(Int32(w)) }
                    lengths[w] = length
                    sigma[w] = sigma[v]
                    heap.insert(Entry(length: length, node: Int32(w)))
                } else if length == lengths[w] {
                    sigma[w] += sigma[v]
                }
            }
        }
        for v in touched where !settled[Int(v)] {
            lengths[Int(v)] = .infinity
            sigma[Int(v)] = 0
        }
    }

    /// δ(w) = σ(w) Σ_{x successor of w} (1 + δ(x)) / σ(x), in reverse order of distance; each arc
    /// `w → x` on a shortest path is credited σ(w)(1 + δ(x)) / σ(x). Resets the buffers it used.
    private mutating func accumulateDependencies(from source: Int) {
        if endpoints { betweenness[source] += Double(reached - 1) }
        for position in stride(from: reached - 1, through: 0, by: -1) {
            let w = Int(order[position])
            var sum = 0.0
            for arc in index.arcs(of: w) {
                let x = Int(index.targets[arc])
                if x != w, settled[x], lengths[w] + index.weight(ofArc: arc) == lengths[x] {
                    sum += share[x]
                    if edges { arcBetweenness[arc] += sigma[w] * share[x] }
                }
            }
            let delta = sigma[w] * sum
            share[w] = (1 + delta) / sigma[w]
            if w != source { betweenness[w] += endpoints ? delta + 1 : delta }
        }
        for v in order[0..<reached] {
            lengths[Int(v)] = .infinity
            settled[Int(v)] = false
            sigma[Int(v)] = 0
        }
    }
}
