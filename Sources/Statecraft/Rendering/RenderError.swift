/// Why a diagram could not be drawn.
public struct RenderError: Error, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    init(_ failure: Graphviz.Failure) {
        message = "Graphviz \(failure.stage.rawValue) failed: \(failure.message)"
    }

    public var description: String { message }
}
