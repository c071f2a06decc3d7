/// Katz centrality, as `networkx.katz_centrality` (NetworkX 3.6) defines and computes it:
///
///     x_v = α Σ_{u → v} w(u, v) x_u + β_v
///
/// (in-edges on directed graphs), by fixed-point iteration from the zero vector until the L1
/// change is below `n · tolerance`; then, if `normalized`, scaled to unit Euclidean length. It
/// converges when α < 1/λ_max; not converging within `maxIterations` is an error. Defaults as
/// NetworkX: α = 0.1, β = 1, tolerance 1e-6, 1000 iterations, normalised, unweighted.
///
/// Katz, L. (1953). A new status index derived from sociometric analysis. *Psychometrika* 18(1),
/// 39–43.
public struct KatzCentrality: Sendable {
    public var alpha: Double
    public var beta: Double
    /// Per-node β (overrides `beta`), by node.
    public var betas: [Int: Double]?
    public var tolerance: Double
    public var maxIterations: Int
    public var normalized: Bool
    public var weighted: Bool

    public init(
        alpha: Double = 0.1, beta: Double = 1, betas: [Int: Double]? = nil, tolerance: Double = 1e-6,
        maxIterations: Int = 1000, normalized: Bool = true, weighted: Bool = false
    ) {
        self.alpha = alpha
        self.beta = beta
        self.betas = betas
        self.tolerance = tolerance
        self.maxIterations = maxIterations
        self.normalized = normalized
        self.weighted = weighted
    }

    public func scores(_ index: AnalysisIndex) throws(AnalysisError) -> [Double] {
        let n = index.nodeCount
        if n == 0 { return [] }
        var b = [Double](repeating: beta, count: n)
        if let betas {
            guard betas.count == n, betas.keys.allSatisfy({ (0..<n).contains($0) }) else {
                throw .invalidParameter(name: "beta", value: "\(betas.count) values", reason: "a per-node beta needs a value for every node")
            }
            for (node, value) in betas { b[node] = value }
        }
        let weights = weighted ? index.inWeights : nil
        var x = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            let last = x
            var change = 0.0
            for v in 0..<n {
                var sum = 0.0
                for arc in index.inArcs(of: v) {
                    sum += last[Int(index.inTargets[arc])] * (weights?[arc] ?? 1)
                }
                x[v] = alpha * sum + b[v]
                change += abs(x[v] - last[v])
            }
            if change < Double(n) * tolerance {
                if normalized {
                    let norm = EuclideanNorm.of(x)
                    let scale = norm == 0 ? 1 : 1 / norm
                    for v in 0..<n { x[v] *= scale }
                }
                return x
            }
        }
        throw .notConverged(algorithm: "Katz centrality", iterations: maxIterations, tolerance: tolerance)
    }
}
