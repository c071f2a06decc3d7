/// Why extraction could not run: an input that cannot be read, a date that does not parse, a lexicon
/// file with a bad line.
public enum ExtractionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be read at all.
    case unreadable(file: String, reason: String)
    /// `--date` or a document's `date` marker is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    case invalidDate(String)
    /// A language other than the ones Statecraft reads was asked for.
    case unsupportedLanguage(String)
    /// A lexicon file line that does not parse.
    case invalidLexicon(file: String, line: Int, message: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason): "\(file): \(reason)"
        case .invalidDate(let text): "invalid date '\(text)': expected YYYY, YYYY-MM or YYYY-MM-DD"
        case .unsupportedLanguage(let code): "unsupported language '\(code)': expected pl or en"
        case .invalidLexicon(let file, let line, let message): "\(file):\(line): \(message)"
        }
    }
}
