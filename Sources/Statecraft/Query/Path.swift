/// A path through an ``AnalysisIndex``: its nodes in order and its length (hops, or summed arc
/// weights for weighted searches).
public struct Path: Sendable, Hashable, CustomStringConvertible {
    public var nodes: [Int]
    public var length: Double

    public init(nodes: [Int], length: Double) {
        self.nodes = nodes
        self.length = length
    }

    /// The number of edges.
    public var hopCount: Int { max(0, nodes.count - 1) }

    public var description: String { nodes.map(String.init).joined(separator: "→") + " (\(length))" }

    /// The path with its length recomputed on `index`: hops, or the summed weights with `weighted`.
    init(nodes: [Int], on index: AnalysisIndex, weighted: Bool) {
        var length = 0.0
        for (u, v) in zip(nodes, nodes.dropFirst()) {
            if weighted, let arc = index.arc(from: u, to: v) {
                length += index.weight(ofArc: arc)
            } else {
                length += 1
            }
        }
        self.init(nodes: nodes, length: length)
    }
}
