extension GraphDocument {
    /// The graph in the graph document at `path` (`-`: standard input), validated.
    public static func read(
        _ path: String, validating: Bool = true
    ) throws(GraphDocumentError) -> Graph {
        let bytes: [UInt8]
        do {
            bytes = try AtomicFile.read(path, limit: maximumSize)
        } catch {
            throw GraphDocumentError(file: path, message: error.reason)
        }
        return try decode(bytes, file: path == "-" ? "<stdin>" : path, validating: validating)
    }

    /// Writes the graph's document to `path` (`-`: standard output), atomically.
    public static func write(_ graph: Graph, to path: String) throws(GraphDocumentError) {
        do {
            try AtomicFile.write(encode(graph).utf8, to: path)
        } catch {
            throw GraphDocumentError(file: path, message: error.reason)
        }
    }
}
