/// Hubs and authorities (HITS), as NetworkX 3.6 defines them: the authority vector is the principal
/// eigenvector of `AᵀA`, the hub vector of `AAᵀ` (`A` the weighted adjacency matrix), each
/// normalised to sum 1 when `normalized`.
///
/// Computed by Kleinberg's power iteration, as NetworkX's reference implementation
/// (`_hits_python`): from uniform hubs, `a ← Aᵀh`, `h ← Aa`, each scaled by its maximum, until the
/// L1 change of the hubs is below `tolerance`; not converging within `maxIterations` is an error.
/// (`networkx.hits` itself calls ARPACK's sparse SVD; both give the same vectors to within the
/// tolerance when the principal singular value is simple.) Defaults as NetworkX: tolerance 1e-8,
/// 100 iterations. Undefined (an error) on a graph without edges.
///
/// Kleinberg, J. M. (1999). Authoritative sources in a hyperlinked environment. *Journal of the ACM*
/// 46(5), 604–632.
public struct HITS: Sendable {
    public var tolerance: Double
    public var maxIterations: Int
    public var normalized: Bool
    public var weighted: Bool

    public init(tolerance: Double = 1e-8, maxIterations: Int = 100, normalized: Bool = true, weighted: Bool = false) {
        self.tolerance = tolerance
        self.maxIterations = maxIterations
        self.normalized = normalized
        self.weighted = weighted
    }

    public func scores(_ index: AnalysisIndex) throws(AnalysisError) -> (hubs: [Double], authorities: [Double]) {
        let n = index.nodeCount
        if n == 0 { return ([], []) }
        guard index.arcCount > 0 else {
            throw .undefined(measure: "HITS", reason: "the graph has no edges")
        }
        let weights = weighted ? index.weights : nil
        var hubs = [Double](repeating: 1 / Double(n), count: n)
        var authorities = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            let last = hubs
            for v in 0..<n { authorities[v] = 0 }
            for u in 0..<n {
                for arc in index.arcs(of: u) {
                    authorities[Int(index.targets[arc])] += last[u] * (weights?[arc] ?? 1)
                }
            }
            for u in 0..<n {
                var sum = 0.0
                for arc in index.arcs(of: u) {
                    sum += authorities[Int(index.targets[arc])] * (weights?[arc] ?? 1)
                }
                hubs[u] = sum
            }
            let hubScale = 1 / (hubs.max() ?? 1)
            let authorityScale = 1 / (authorities.max() ?? 1)
            guard hubScale.isFinite, authorityScale.isFinite else {
                throw .undefined(measure: "HITS", reason: "the hub or authority vector vanished")
            }
            var change = 0.0
            for v in 0..<n {
                hubs[v] *= hubScale
                authorities[v] *= authorityScale
                change += abs(hubs[v] - last[v])
            }
            if change < tolerance {
                if normalized {
                    let hubSum = hubs.reduce(0, +)
                    let authoritySum = authorities.reduce(0, +)
                    hubs = hubs.map { $0 / hubSum }
                    authorities = authorities.map { $0 / authoritySum }
                }
                return (hubs, authorities)
            }
        }
        throw .notConverged(algorithm: "HITS", iterations: maxIterations, tolerance: tolerance)
    }
}
