/// The modularity of a partition of the nodes, as `networkx.community.modularity` (NetworkX 3.6)
/// defines it:
///
///     Q = Σ_c [ L_c / m − γ · d_c^out · d_c^in / m² ]          (directed)
///     Q = Σ_c [ L_c / m − γ · (d_c / 2m)² ]                    (undirected)
///
/// where `L_c` is the total weight of the edges inside community `c` (each edge once, self-loops
/// included), `m` the total edge weight, `d_c` the summed (weighted) degrees of `c`'s nodes (a
/// self-loop counts twice on undirected graphs) and γ the resolution.
///
/// Newman, M. E. J. & Girvan, M. (2004). Finding and evaluating community structure in networks.
/// *Physical Review E* 69, 026113. Leicht, E. A. & Newman, M. E. J. (2008). Community structure in
/// directed networks. *Physical Review Letters* 100, 118703. Reichardt, J. & Bornholdt, S. (2006).
/// Statistical mechanics of community detection. *Physical Review E* 74, 016110 (resolution).
public enum Modularity {
    /// `community[v]` is the community of node `v` (any integers).
    public static func of(
        _ index: AnalysisIndex, community: [Int], resolution: Double = 1, weighted: Bool = true
    ) throws(AnalysisError) -> Double {
        guard community.count == index.nodeCount else {
            throw .invalidParameter(
                name: "communities", value: "\(community.count) nodes",
                reason: "a partition must give every one of the \(index.nodeCount) nodes a community")
        }
        let weights = weighted ? index.weights : nil
        var outDegree = [Double](repeating: 0, count: index.nodeCount)
        var inDegree = [Double](repeating: 0, count: index.nodeCount)
        var inside: [Int: Double] = [:]
        var outSum: [Int: Double] = [:]
        var inSum: [Int: Double] = [:]
        for u in 0..<index.nodeCount {
            for arc in index.arcs(of: u) {
                let v = Int(index.targets[arc])
                let w = weights?[arc] ?? 1
                // Undirected: both arcs of an edge add to both degrees; a self-loop's one arc twice.
                outDegree[u] += w
                inDegree[v] += w
                if !index.isDirected, u == v {
                    outDegree[u] += w
                    inDegree[v] += w
                }
                if community[u] == community[v], index.isDirected || u <= v {
                    inside[community[u], default: 0] += w
                }
            }
        }
        var m = outDegree.reduce(0, +)
        if !index.isDirected { m /= 2 }
        guard m > 0 else {
            throw .undefined(measure: "modularity", reason: "the graph has no edge weight")
        }
        for v in 0..<index.nodeCount {
            outSum[community[v], default: 0] += outDegree[v]
            inSum[community[v], default: 0] += index.isDirected ? inDegree[v] : outDegree[v]
        }
        let norm = index.isDirected ? 1 / (m * m) : 1 / (4 * m * m)
        var q = 0.0
        for c in outSum.keys.sorted() {
            q += (inside[c] ?? 0) / m - resolution * outSum[c]! * inSum[c]! * norm
        }
        return q
    }
}
