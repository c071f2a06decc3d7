/// Where a fact was read: a span of a document's text.
public struct Evidence: Hashable, Sendable, Comparable {
    /// The document the span belongs to.
    public var document: Document.ID
    /// Offset of the first character, in Unicode scalars from the start of the text.
    public var start: Int
    /// Offset just past the last character (exclusive), in Unicode scalars.
    public var end: Int
    /// The sentence or clause the fact was read from.
    public var text: String

    public init(document: Document.ID, start: Int, end: Int, text: String) {
        self.document = document
        self.start = start
        self.end = end
        self.text = text
    }

    /// By document, then position, then text.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        if (lhs.document, lhs.start, lhs.end) != (rhs.document, rhs.start, rhs.end) {
            return (lhs.document, lhs.start, lhs.end) < (rhs.document, rhs.start, rhs.end)
        }
        return lhs.text.utf8.lexicographicallyPrecedes(rhs.text.utf8)
    }
}
