/// Closeness centrality, as `networkx.closeness_centrality` (NetworkX 3.6) defines it:
///
///     C(u) = (r − 1) / Σ_{v reaches u} d(v, u) · (r − 1) / (n − 1)
///
/// where `r` is the number of nodes that reach `u` (itself included) and `n` the number of nodes —
/// the Wasserman–Faust correction (the second factor, `wfImproved`) scales the closeness inside
/// `u`'s component by the fraction of the graph it reaches. On directed graphs the distances are
/// *incoming*: `d(v, u)`, from the others to `u`. A node no one reaches, or a one-node graph, has
/// closeness 0. With `weighted`, arc weights are lengths (Dijkstra).
///
/// Bavelas, A. (1950). Communication patterns in task-oriented groups. *JASA* 22(6), 725–730.
/// Freeman, L. C. (1979). Centrality in networks: I. Conceptual clarification. *Social Networks* 1,
/// 215–239. Wasserman, S. & Faust, K. (1994). *Social Network Analysis: Methods and Applications*,
/// Cambridge University Press, §5.3.
public struct ClosenessCentrality: Sendable {
    public var wfImproved: Bool
    public var weighted: Bool
    public var threads: Int?

    public init(wfImproved: Bool = true, weighted: Bool = false, threads: Int? = nil) {
        self.wfImproved = wfImproved
        self.weighted = weighted
        self.threads = threads
    }

    public func scores(_ index: AnalysisIndex) throws(AnalysisError) -> [Double] {
        let sums = try IncomingDistanceSums(index, weighted: weighted, threads: threads)
        let n = index.nodeCount
        return (0..<n).map { u in
            let total = sums.total[u]
            guard total > 0, n > 1 else { return 0 }
            let others = Double(sums.reached[u]) - 1
            var closeness = others / total
            if wfImproved { closeness *= others / Double(n - 1) }
            return closeness
        }
    }
}
