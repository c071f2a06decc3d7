/// The graph document: Statecraft's JSON file format (`docs/graph-document.md` lists the fields that
/// outside tools read; this type owns the rest).
///
/// ```json
/// { "format": "statecraft-graph", "version": 1,
///   "documents": [...], "entities": [...], "relations": [...], "transactions": [...] }
/// ```
///
/// Writing is deterministic — the same graph gives the same bytes: elements sorted by id (naturally,
/// `r2` before `r10`), members in a fixed order, aliases, goods and evidence sorted, two-space
/// indentation — so graph files diff well in git. Reading is strict: every problem is reported with
/// its JSON path and its line and column, and a document of a newer version is refused.
public enum GraphDocument {
    public static let format = "statecraft-graph"
    /// The version this Statecraft writes, and the newest it reads.
    public static let version = 1
    /// Documents larger than this are refused before parsing, to keep memory bounded.
    public static let maximumSize = 512 * 1024 * 1024

    // MARK: Reading

    /// The graph in a graph document's bytes.
    ///
    /// - Parameters:
    ///   - file: the file's name, for error messages.
    ///   - validating: also run ``Graph/validate()`` and throw its problems, with their positions.
    public static func decode(
        _ bytes: [UInt8], file: String? = nil, validating: Bool = true
    ) throws(GraphDocumentError) -> Graph {
        guard bytes.count <= maximumSize else {
            throw GraphDocumentError(
                file: file,
                message: "document of \(bytes.count) bytes is larger than the \(maximumSize) bytes Statecraft reads")
        }
        var parser = JSONParser(bytes)
        let root: JSONValue
        do {
            root = try parser.parse()
        } catch {
            throw GraphDocumentError(
                file: file,
                problems: [ValidationProblem(path: "$", message: error.message, line: error.line, column: error.column)])
        }
        var decoder = GraphDocumentDecoder()
        let graph = decoder.graph(from: root)
        var problems = decoder.problems
        if problems.isEmpty, validating { problems = graph.validate() }
        guard problems.isEmpty else {
            throw GraphDocumentError(file: file, problems: locate(problems, in: parser))
        }
        return graph
    }

    /// The problems with their lines and columns, all found in one pass over the text.
    private static func locate(_ problems: [ValidationProblem], in parser: JSONParser) -> [ValidationProblem] {
        let positions = parser.locations(of: problems.map { JSONPath.components(of: $0.path) })
        return zip(problems, positions).map { problem, position in
            guard let position else { return problem }
            var located = problem
            located.line = position.line
            located.column = position.column
            return located
        }
    }

    // MARK: Writing

    /// The graph as a graph document: UTF-8 JSON text ending in a newline.
    public static func encode(_ graph: Graph) -> String {
        JSONWriter().write(GraphDocumentEncoder.value(of: graph))
    }
}
