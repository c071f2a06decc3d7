/// Why an analysis could not produce a result: what was wrong, with the values involved.
public enum AnalysisError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The measure is undefined on a graph without nodes.
    case emptyGraph(measure: String)
    /// An iterative method did not reach its tolerance.
    case notConverged(algorithm: String, iterations: Int, tolerance: Double)
    /// Dijkstra's algorithm needs non-negative lengths.
    case negativeWeight(source: String, target: String, weight: Double)
    /// A parameter outside its domain.
    case invalidParameter(name: String, value: String, reason: String)
    /// A node name that is not in the index.
    case unknownNode(String)
    /// The measure has no value on this graph (say, HITS on a graph without edges).
    case undefined(measure: String, reason: String)

    public var description: String {
        switch self {
        case .emptyGraph(let measure):
            "\(measure) is undefined on an empty graph (no nodes passed the projection)"
        case .notConverged(let algorithm, let iterations, let tolerance):
            "\(algorithm) did not converge in \(iterations) iterations (tolerance \(tolerance))"
        case .negativeWeight(let source, let target, let weight):
            "the edge \(source) → \(target) has the negative weight \(weight); shortest paths need non-negative weights"
        case .invalidParameter(let name, let value, let reason):
            "\(name) = \(value): \(reason)"
        case .unknownNode(let name):
            "no node named '\(name)'"
        case .undefined(let measure, let reason):
            "\(measure) is undefined here: \(reason)"
        }
    }
}
