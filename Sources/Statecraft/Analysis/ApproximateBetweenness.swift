import Foundation

/// Approximate betweenness with a guaranteed error bound, by sampling shortest paths
/// (Riondato & Kornaropoulos 2016), for graphs too large for Brandes' exact algorithm.
///
/// With `r = ⌈(c / ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉` samples (`c = 0.5`, `VD` an upper bound on the
/// vertex diameter — the most nodes on any shortest path), each a uniformly random pair `(s, t)`,
/// `s ≠ t`, and a uniformly random shortest `s–t` path, every internal node of the path gaining
/// `1/r`: with probability at least `1 − δ`, *every* node's estimate is within `ε` of its betweenness
/// normalised by `n(n − 1)` (ordered pairs). Scores are returned on NetworkX's normalised scale
/// (`betweenness_centrality(normalized=True)`, division by `(n − 1)(n − 2)`), i.e. multiplied by
/// `n / (n − 2)`, and `errorBound` is `ε` on that scale.
///
/// `VD`: on undirected graphs, `2·ecc(v) + 1` from one breadth-first search per component (the
/// 2-approximation of the paper); on directed graphs the size of the largest weakly connected
/// component (a safe bound; it enters only through its logarithm). Each sample's shortest paths
/// are counted by a balanced bidirectional BFS (the side with the smaller frontier degree expands),
/// which touches a small part of a large small-world graph; the samples are split into fixed
/// blocks with their own ``SplitMix64`` streams, so the result depends on the seed only, not on the
/// thread count.
///
/// Riondato, M. & Kornaropoulos, E. M. (2016). Fast approximation of betweenness centrality through
/// sampling. *Data Mining and Knowledge Discovery* 30(2), 438–475.
public struct ApproximateBetweenness: Sendable {
    public var epsilon: Double
    public var delta: Double
    public var seed: UInt64
    public var threads: Int?

    public init(epsilon: Double = 0.01, delta: Double = 0.1, seed: UInt64 = 0, threads: Int? = nil) {
        self.epsilon = epsilon
        self.delta = delta
        self.seed = seed
        self.threads = threads
    }

    public struct Result: Sendable {
        public var scores: [Double]
        public var samples: Int
        public var vertexDiameterBound: Int
        /// ε on the returned (NetworkX-normalised) scale.
        public var errorBound: Double
        public var confidence: Double
    }

    public func estimate(_ index: AnalysisIndex) throws(AnalysisError) -> Result {
        let n = index.nodeCount
        guard n > 2 else { throw .undefined(measure: "approximate betweenness", reason: "it needs at least three nodes") }
        guard epsilon > 0, epsilon < 1 else {
            throw .invalidParameter(name: "epsilon", value: "\(epsilon)", reason: "must be in (0, 1)")
        }
        guard delta > 0, delta < 1 else {
            throw .invalidParameter(name: "delta", value: "\(delta)", reason: "must be in (0, 1)")
        }
        let diameter = vertexDiameterBound(index)
        let logTerm = diameter > 2 ? floor(log2(Double(diameter - 2))) : 0
        let samples = Int(((0.5 / (epsilon * epsilon)) * (logTerm + 1 + log(1 / delta))).rounded(.up))
        let blocks = 64
        let workers = Parallel.workers(threads, items: blocks)
        let seed = self.seed
        let counts = Parallel.map(workers: workers) { worker in
            var sampler = PathSampler(index: index)
            var counts = [Int32](repeating: 0, count: n)
            var block = worker
            while block < blocks {
                var generator = SplitMix64(seed: seed ^ (UInt64(block) &* 0xD1B5_4A32_D192_ED03))
                let quota = samples / blocks + (block < samples % blocks ? 1 : 0)
                for _ in 0..<quota {
                    let s = generator.uniform(n)
                    var t = generator.uniform(n - 1)
                    if t >= s { t += 1 }
                    sampler.sample(from: s, to: t, generator: &generator) { counts[$0] += 1 }
                }
                block += workers
            }
            return counts
        }
        let scale = Double(n) / (Double(n - 2) * Double(samples))
        var scores = [Double](repeating: 0, count: n)
        for part in counts {
            for v in 0..<n { scores[v] += Double(part[v]) }
        }
        for v in 0..<n { scores[v] *= scale }
        return Result(
            scores: scores, samples: samples, vertexDiameterBound: diameter,
            errorBound: epsilon * Double(n) / Double(n - 2), confidence: 1 - delta)
    }

    private func vertexDiameterBound(_ index: AnalysisIndex) -> Int {
        let n = index.nodeCount
        var seen = [Bool](repeating: false, count: n)
        var best = 1
        var queue: [Int32] = []
        var level = [Int32](repeating: 0, count: n)
        for start in 0..<n where !seen[start] {
            // Weakly connected component by BFS over out- and in-arcs; its eccentricity from `start`
            // (meaningful on undirected graphs).
            queue.removeAll(keepingCapacity: true)
            queue.append(Int32(start))
            seen[start] = true
            level[start] = 0
            var head = 0
            var eccentricity: Int32 = 0
            while head < queue.count {
                let v = Int(queue[head])
                head += 1
                eccentricity = max(eccentricity, level[v])
                for arc in index.arcs(of: v) {
                    let w = Int(index.targets[arc])
                    if !seen[w] { seen[w] = true; level[w] = level[v] + 1; queue.append(Int32(w)) }
                }
                if index.isDirected {
                    for arc in index.inArcs(of: v) {
                        let w = Int(index.inTargets[arc])
                        if !seen[w] { seen[w] = true; level[w] = level[v] + 1; queue.append(Int32(w)) }
                    }
                }
            }
            best = max(best, index.isDirected ? queue.count : min(queue.count, 2 * Int(eccentricity) + 1))
        }
        return best
    }
}

/// Counts the shortest paths between two nodes by balanced bidirectional BFS and walks one of them
/// chosen uniformly at random. Buffers are reused; one sampler per thread.
struct PathSampler {
    let index: AnalysisIndex
    private var forwardDistance: [Int32]
    private var backwardDistance: [Int32]
    private var forwardSigma: [Double]
    private var backwardSigma: [Double]
    private var touched: [Int32] = []
    private var forwardFrontier: [Int32] = []
    private var backwardFrontier: [Int32] = []
    private var next: [Int32] = []
    private var meeting: [Int32] = []

    init(index: AnalysisIndex) {
        self.index = index
        forwardDistance = [Int32](repeating: -1, count: index.nodeCount)
        backwardDistance = forwardDistance
        forwardSigma = [Double](repeating: 0, count: index.nodeCount)
        backwardSigma = forwardSigma
    }

    private func degreeSum(_ frontier: [Int32], forward: Bool) -> Int {
        var sum = 0
        for v in frontier {
            sum += forward ? index.arcs(of: Int(v)).count : index.inArcs(of: Int(v)).count
        }
        return sum
    }

    /// Calls `visit` for each internal node of one uniformly chosen shortest `s → t` path (none
    /// when `t` is unreachable).
    mutating func sample(from s: Int, to t: Int, generator: inout SplitMix64, visit: (Int) -> Void) {
        for v in touched {
            forwardDistance[Int(v)] = -1
            backwardDistance[Int(v)] = -1
            forwardSigma[Int(v)] = 0
            backwardSigma[Int(v)] = 0
        }
        touched.removeAll(keepingCapacity: true)
        meeting.removeAll(keepingCapacity: true)
        forwardDistance[s] = 0
        forwardSigma[s] = 1
        backwardDistance[t] = 0
        backwardSigma[t] = 1
        touched.append(Int32(s))
        touched.append(Int32(t))
        forwardFrontier = [Int32(s)]
        backwardFrontier = [Int32(t)]
        while meeting.isEmpty, !forwardFrontier.isEmpty, !backwardFrontier.isEmpty {
            let forward = degreeSum(forwardFrontier, forward: true) <= degreeSum(backwardFrontier, forward: false)
            next.removeAll(keepingCapacity: true)
            let frontier = forward ? forwardFrontier : backwardFrontier
            for v32 in frontier {
                let v = Int(v32)
                let arcs = forward ? index.arcs(of: v) : index.inArcs(of: v)
                let level = (forward ? forwardDistance[v] : backwardDistance[v]) + 1
                let sigma = forward ? forwardSigma[v] : backwardSigma[v]
                for arc in arcs {
                    let w = Int(forward ? index.targets[arc] : index.inTargets[arc])
                    if forward {
                        if forwardDistance[w] < 0 {
                            if backwardDistance[w] < 0 { touched.append(Int32(w)) } else { meeting.append(Int32(w)) }
                            forwardDistance[w] = level
                            next.append(Int32(w))
                        }
                        if forwardDistance[w] == level { forwardSigma[w] += sigma }
                    } else {
                        if backwardDistance[w] < 0 {
                            if forwardDistance[w] < 0 { touched.append(Int32(w)) } else { meeting.append(Int32(w)) }
                            backwardDistance[w] = level
                            next.append(Int32(w))
                        }
                        if backwardDistance[w] == level { backwardSigma[w] += sigma }
                    }
                }
            }
            if forward { swap(&forwardFrontier, &next) } else { swap(&backwardFrontier, &next) }
        }
        guard !meeting.isEmpty else { return }
        // Choose the meeting node w with probability σ_s(w) σ_t(w) / σ_st.
        var total = 0.0
        for w in meeting { total += forwardSigma[Int(w)] * backwardSigma[Int(w)] }
        var target = generator.unit() * total
        var chosen = Int(meeting[meeting.count - 1])
        for w in meeting {
            target -= forwardSigma[Int(w)] * backwardSigma[Int(w)]
            if target < 0 { chosen = Int(w); break }
        }
        if chosen != s && chosen != t { visit(chosen) }
        // Back to s through predecessors, on to t through successors.
        walk(from: chosen, towards: s, forward: true, generator: &generator, visit: visit)
        walk(from: chosen, towards: t, forward: false, generator: &generator, visit: visit)
    }

    /// From `start` to `end` along one uniformly chosen shortest path of the forward (towards the
    /// source, over in-arcs) or backward (towards the target, over out-arcs) search: each step picks
    /// a neighbour one level nearer with probability σ(neighbour) / σ(current).
    private func walk(
        from start: Int, towards end: Int, forward: Bool, generator: inout SplitMix64, visit: (Int) -> Void
    ) {
        let distance = forward ? forwardDistance : backwardDistance
        let sigma = forward ? forwardSigma : backwardSigma
        var v = start
        while distance[v] > 0 {
            var pick = generator.unit() * sigma[v]
            var step = -1
            for arc in forward ? index.inArcs(of: v) : index.arcs(of: v) {
                let u = Int(forward ? index.inTargets[arc] : index.targets[arc])
                guard distance[u] == distance[v] - 1 else { continue }
                step = u
                pick -= sigma[u]
                if pick < 0 { break }
            }
            v = step
            if v != end { visit(v) }
        }
    }
}
