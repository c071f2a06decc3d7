/// Why a graph document could not be read or written: every problem found, each with the file and
/// its line and column or JSON path.
public struct GraphDocumentError: Error, Sendable, CustomStringConvertible {
    /// The file, as the user named it; `nil` for bytes that did not come from a file.
    public var file: String?
    public var problems: [ValidationProblem]

    public init(file: String?, problems: [ValidationProblem]) {
        self.file = file
        self.problems = problems
    }

    init(file: String?, message: String) {
        self.init(file: file, problems: [ValidationProblem(path: "$", message: message)])
    }

    /// One line per problem: `graph.json:12:7: $.relations[3].target: no entity with id 'XYZ'`.
    public var description: String {
        problems.map { problem in
            var prefix = file.map { "\($0):" } ?? ""
            if let line = problem.line, let column = problem.column { prefix += "\(line):\(column):" }
            let location = problem.path == "$" && problem.line != nil ? "" : " \(problem.path):"
            return "\(prefix)\(location) \(problem.message)".trimmingLeadingSpace()
        }.joined(separator: "\n")
    }
}

extension String {
    fileprivate func trimmingLeadingSpace() -> String {
        String(drop { $0 == " " })
    }
}
