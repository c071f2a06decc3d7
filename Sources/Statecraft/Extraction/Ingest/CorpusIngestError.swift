/// Why a corpus ingest stopped. Nothing is written when it does: an output file, or the graph
/// being added to, stays as it was.
public enum CorpusIngestError: Error, Sendable, CustomStringConvertible {
    /// The article at `file` could not be read or has a bad `date` marker.
    case article(file: String, ExtractionError)
    /// The graph to add to is not a graph document Statecraft reads.
    case invalidGraph(GraphDocumentError)
    /// The graph could not be written.
    case unwritable(GraphDocumentError)
    /// The graph's file cannot be created: its directory does not exist.
    case noDirectory(file: String, directory: String)
    /// Standard input (`-`) was named more than once.
    case standardInputTwice

    public var description: String {
        switch self {
        case .article(_, let error) where error.isUnreadable: "\(error)"
        case .article(let file, let error): "\(file): \(error)"
        case .invalidGraph(let error):
            "\(error)\n\(error.file ?? "the graph"): not a graph to add articles to; left unchanged"
        case .unwritable(let error): "\(error)"
        case .noDirectory(let file, let directory): "\(file): cannot be written: no directory '\(directory)'"
        case .standardInputTwice: "standard input ('-') can be read only once"
        }
    }
}

extension ExtractionError {
    /// Whether this is ``unreadable(file:reason:)``, whose description names the file already.
    fileprivate var isUnreadable: Bool {
        if case .unreadable = self { return true }
        return false
    }
}
