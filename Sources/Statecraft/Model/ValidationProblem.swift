/// One thing wrong with a graph or a graph document, and where: a JSON path such as
/// `$.relations[3].target`, with the line and column in the file when it was read from one.
public struct ValidationProblem: Hashable, Sendable, CustomStringConvertible {
    /// A JSONPath into the graph document: `$.entities[2].kind`.
    public var path: String
    public var message: String
    /// 1-based line and column of the value in the file, when known.
    public var line: Int?
    public var column: Int?

    public init(path: String, message: String, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.message = message
        self.line = line
        self.column = column
    }

    public var description: String {
        if let line, let column { return "\(line):\(column): \(path): \(message)" }
        return "\(path): \(message)"
    }
}
