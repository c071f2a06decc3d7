/// Eigenvector centrality, as `networkx.eigenvector_centrality` (NetworkX 3.6) defines and computes
/// it: the left Perron eigenvector of the adjacency matrix, `x_v ∝ Σ_{u → v} w(u, v) x_u`, so on
/// directed graphs a node is central when central nodes point *to* it (in-edges).
///
/// Power iteration on `A + I` (the shift keeps it from oscillating on bipartite graphs) from the
/// start vector (all ones by default) divided by its sum; each step is normalised to unit Euclidean
/// length, and the iteration stops when the L1 change is below `n · tolerance`. Not converging
/// within `maxIterations` is an error, as is an empty graph. Defaults as NetworkX: tolerance 1e-6,
/// 100 iterations, unweighted.
///
/// Bonacich, P. (1972). Factoring and weighting approaches to status scores and clique
/// identification. *Journal of Mathematical Sociology* 2(1), 113–120. Bonacich, P. (1987). Power
/// and centrality: a family of measures. *American Journal of Sociology* 92(5), 1170–1182.
public struct EigenvectorCentrality: Sendable {
    public var tolerance: Double
    public var maxIterations: Int
    public var start: [Int: Double]?
    public var weighted: Bool

    public init(tolerance: Double = 1e-6, maxIterations: Int = 100, start: [Int: Double]? = nil, weighted: Bool = false) {
        self.tolerance = tolerance
        self.maxIterations = maxIterations
        self.start = start
        self.weighted = weighted
    }

    public func scores(_ index: AnalysisIndex) throws(AnalysisError) -> [Double] {
        let n = index.nodeCount
        guard n > 0 else { throw .emptyGraph(measure: "eigenvector centrality") }
        var x = [Double](repeating: 1, count: n)
        if let start {
            x = [Double](repeating: 0, count: n)
            for (node, value) in start where (0..<n).contains(node) { x[node] = value }
            guard x.contains(where: { $0 != 0 }) else {
                throw .invalidParameter(name: "start", value: "all zero", reason: "the start vector cannot be all zero")
            }
        }
        let sum = x.reduce(0, +)
        x = x.map { $0 / sum }
        let weights = weighted ? index.inWeights : nil
        for _ in 0..<maxIterations {
            let last = x
            for v in 0..<n {
                var value = last[v]
                for arc in index.inArcs(of: v) {
                    value += last[Int(index.inTargets[arc])] * (weights?[arc] ?? 1)
                }
                x[v] = value
            }
            var norm = EuclideanNorm.of(x)
            if norm == 0 { norm = 1 }
            var change = 0.0
            for v in 0..<n {
                x[v] /= norm
                change += abs(x[v] - last[v])
            }
            if change < Double(n) * tolerance { return x }
        }
        throw .notConverged(algorithm: "eigenvector centrality", iterations: maxIterations, tolerance: tolerance)
    }
}

/// The Euclidean norm computed as Python's `math.hypot` does for many values: scaled by the
/// largest magnitude, so that it neither overflows nor underflows.
enum EuclideanNorm {
    static func of(_ values: [Double]) -> Double {
        let largest = values.reduce(0) { max($0, abs($1)) }
        guard largest > 0, largest.isFinite else { return largest }
        var sum = 0.0
        for value in values {
            let scaled = value / largest
            sum += scaled * scaled
        }
        return largest * sum.squareRoot()
    }
}
