/// A word, number or punctuation mark of a text, with its Unicode-scalar offsets.
struct Token: Sendable, Equatable {
    static func == (lhs: Token, rhs: Token) -> Bool {
        (lhs.text, lhs.start, lhs.end, lhs.afterHyphen, lhs.isInitial) == (rhs.text, rhs.start, rhs.end, rhs.afterHyphen, rhs.isInitial)
    }

    enum Shape: Sendable, Equatable {
        /// Lowercase letters (`rosyjskie`).
        case lower
        /// An initial capital (`Rosja`, `McConnell`).
        case capitalized
        /// Two or more letters, all capitals (`NATO`, `USA`).
        case upper
        /// Digits, or digits and letters starting with a digit.
        case number
        /// Anything else: punctuation, symbols.
        case punctuation
    }

    /// The text as written.
    var text: String
    /// The folded text (lowercase, no diacritics): the lexicon's key.
    var key: String
    /// Offset of the first scalar in the document, and just past the last.
    var start: Int
    var end: Int
    var shape: Shape
    /// Written without white space before it, after a hyphen (`Jean-Yves`, `Kim-Putin`).
    var afterHyphen = false
    /// The number of line breaks between this token and the one before.
    var lineBreaksBefore = 0
    /// The first word of its sentence, or the first after an opening quote or a dash.
    var isInitial = false

    /// Where the token is in the string it was read from.
    var startIndex: String.Index = "".startIndex
    var endIndex: String.Index = "".startIndex

    var isWord: Bool { shape != .punctuation }
    var isCapitalized: Bool { shape == .capitalized || shape == .upper }
}
