/// The formats `Renderer` produces.
public enum DiagramFormat: String, Sendable, CaseIterable {
    case dot, svg, png, pdf

    /// The format a file name's extension names, if any.
    public init?(fileExtension path: String) {
        guard let dot = path.lastIndex(of: ".") else { return nil }
        self.init(rawValue: path[path.index(after: dot)...].lowercased())
    }
}
