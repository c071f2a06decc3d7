/// Degree centrality, as `networkx.degree_centrality`, `in_degree_centrality` and
/// `out_degree_centrality` (NetworkX 3.6) define it: the degree divided by `n − 1`, the largest
/// degree possible in a simple graph; on a graph of one node every score is 1.
///
/// Degrees count edges, not neighbours' weights. On undirected graphs a self-loop adds 2 to its
/// node's degree; on directed graphs it adds 1 to the in-degree and 1 to the out-degree, so total
/// degree is in + out. With self-loops scores can exceed 1, as in NetworkX.
///
/// Freeman, L. C. (1979). Centrality in networks: I. Conceptual clarification. *Social Networks* 1,
/// 215–239.
public struct DegreeCentrality: Sendable {
    public enum Direction: String, Sendable, CaseIterable {
        /// In + out on directed graphs; the degree on undirected ones.
        case total
        case incoming
        case outgoing
    }

    public var direction: Direction

    public init(_ direction: Direction = .total) { self.direction = direction }

    /// The raw degrees.
    public func degrees(_ index: AnalysisIndex) -> [Int] {
        (0..<index.nodeCount).map { node in
            let out = index.arcs(of: node).count
            let incoming = index.inArcs(of: node).count
            guard index.isDirected else {
                let loops = index.arcs(of: node).filter { Int(index.targets[$0]) == node }.count
                return out + loops
            }
            switch direction {
            case .total: return out + incoming
            case .incoming: return incoming
            case .outgoing: return out
            }
        }
    }

    public func scores(_ index: AnalysisIndex) throws(AnalysisError) -> [Double] {
        let n = index.nodeCount
        if n <= 1 { return [Double](repeating: 1, count: n) }
        let scale = 1 / Double(n - 1)
        return degrees(index).map { Double($0) * scale }
    }
}
