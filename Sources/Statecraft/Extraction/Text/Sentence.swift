/// A sentence: a range of tokens, and its span in the document.
struct Sentence: Sendable {
    /// Indices into the token array it was split from.
    var tokens: Range<Int>
    var start: Int
    var end: Int
}
