/// PageRank, as `networkx.pagerank` (NetworkX 3.6, its SciPy power iteration) defines it:
///
///     x ← α (x P + (Σ_{dangling d} x_d) w) + (1 − α) p
///
/// where `P` is the row-normalised (weighted) adjacency matrix, `p` the personalization vector
/// (uniform by default), `w` the distribution a dangling node — one without out-edges — spreads
/// its rank by (`dangling`, by default `p`). The iteration starts from the uniform vector (or a
/// given start) and stops when the L1 change is below `n · tolerance`; not converging within
/// `maxIterations` is an error. Undirected graphs count each edge in both directions; parallel
/// edges were merged with summed weights. Defaults as NetworkX: α = 0.85, tolerance 1e-6, 100
/// iterations.
///
/// The iteration pulls along in-arcs, each thread computing a slice of the nodes.
///
/// Page, L., Brin, S., Motwani, R. & Winograd, T. (1999). The PageRank citation ranking: bringing
/// order to the Web. Stanford InfoLab, technical report 1999-66. Langville, A. N. & Meyer, C. D.
/// (2004). Deeper inside PageRank. *Internet Mathematics* 1(3), 335–380.
public struct PageRank: Sendable {
    public var alpha: Double
    public var tolerance: Double
    public var maxIterations: Int
    /// Teleport weights by node (missing nodes 0); `nil`: uniform.
    public var personalization: [Int: Double]?
    /// Where dangling nodes send their rank, by node; `nil`: the personalization.
    public var dangling: [Int: Double]?
    /// The starting vector by node; `nil`: uniform.
    public var start: [Int: Double]?
    public var weighted: Bool
    public var threads: Int?

    public init(
        alpha: Double = 0.85, tolerance: Double = 1e-6, maxIterations: Int = 100,
        personalization: [Int: Double]? = nil, dangling: [Int: Double]? = nil, start: [Int: Double]? = nil,
        weighted: Bool = false, threads: Int? = nil
    ) {
        self.alpha = alpha
        self.tolerance = tolerance
        self.maxIterations = maxIterations
        self.personalization = personalization
        self.dangling = dangling
        self.start = start
        self.weighted = weighted
        self.threads = threads
    }

    /// The iterations the last call needed are not kept; ``scoresAndIterations(_:)`` returns them.
    public func scores(_ index: AnalysisIndex) throws(AnalysisError) -> [Double] {
        try scoresAndIterations(index).scores
    }

    public func scoresAndIterations(_ index: AnalysisIndex) throws(AnalysisError) -> (scores: [Double], iterations: Int) {
        let n = index.nodeCount
        if n == 0 { return ([], 0) }
        guard (0...1).contains(alpha) else {
            throw .invalidParameter(name: "alpha", value: "\(alpha)", reason: "must be between 0 and 1")
        }
        let useWeights = weighted && index.isWeighted
        // Out-strength and its inverse (0 for dangling nodes).
        var inverse = [Double](repeating: 0, count: n)
        var danglingNodes: [Int] = []
        for u in 0..<n {
            var strength = 0.0
            for arc in index.arcs(of: u) { strength += useWeights ? index.weights![arc] : 1 }
            if strength != 0 { inverse[u] = 1 / strength } else { danglingNodes.append(u) }
        }
        let teleport = try Self.distribution(personalization, n: n, name: "personalization") ?? [Double](repeating: 1 / Double(n), count: n)
        let danglingWeights = try Self.distribution(dangling, n: n, name: "dangling") ?? teleport
        var x = try Self.distribution(start, n: n, name: "start") ?? [Double](repeating: 1 / Double(n), count: n)
        var y = [Double](repeating: 0, count: n)
        var next = [Double](repeating: 0, count: n)
        let workers = Parallel.workers(threads, items: n >= 50_000 ? n : 1)
        let alpha = self.alpha
        let inOffsets = index.inOffsets
        let inTargets = index.inTargets
        let inWeights = useWeights ? index.inWeights : nil
        for iteration in 1...max(1, maxIterations) {
            var danglingSum = 0.0
            for u in danglingNodes { danglingSum += x[u] }
            let danglingMass = danglingSum
            for u in 0..<n { y[u] = x[u] * inverse[u] }
            let errors = y.withUnsafeBufferPointer { y in
                x.withUnsafeBufferPointer { x in
                    next.withUnsafeMutableBufferPointer { next in
                        let shared = UncheckedBox((y: y, x: x, next: next))
                        return Parallel.map(workers: workers) { worker in
                            let (y, x, next) = shared.value
                            let lower = n * worker / workers
                            let upper = n * (worker + 1) / workers
                            var error = 0.0
                            inOffsets.withUnsafeBufferPointer { offsets in
                                inTargets.withUnsafeBufferPointer { sources in
                                    for v in lower..<upper {
                                        var sum = 0.0
                                        if let inWeights {
                                            for arc in Int(offsets[v])..<Int(offsets[v + 1]) {
                                                sum += y[Int(sources[arc])] * inWeights[arc]
                                            }
                                        } else {
                                            for arc in Int(offsets[v])..<Int(offsets[v + 1]) {
                                                sum += y[Int(sources[arc])]
                                            }
                                        }
                                        let value = alpha * (sum + danglingMass * danglingWeights[v]) + (1 - alpha) * teleport[v]
                                        next[v] = value
                                        error += abs(value - x[v])
                                    }
                                }
                            }
                            return error
                        }
                    }
                }
            }
            swap(&x, &next)
            if errors.reduce(0, +) < Double(n) * tolerance { return (x, iteration) }
        }
        throw .notConverged(algorithm: "PageRank", iterations: maxIterations, tolerance: tolerance)
    }

    /// `values` as a probability vector over `n` nodes, or `nil` when not given.
    static func distribution(_ values: [Int: Double]?, n: Int, name: String) throws(AnalysisError) -> [Double]? {
        guard let values else { return nil }
        var vector = [Double](repeating: 0, count: n)
        for (node, value) in values {
            guard (0..<n).contains(node) else {
                throw .invalidParameter(name: name, value: "\(node)", reason: "not a node of the graph")
            }
            vector[node] = value
        }
        let sum = vector.reduce(0, +)
        guard sum != 0, sum.isFinite else {
            throw .invalidParameter(name: name, value: "sum \(sum)", reason: "the values must have a non-zero finite sum")
        }
        return vector.map { $0 / sum }
    }
}
