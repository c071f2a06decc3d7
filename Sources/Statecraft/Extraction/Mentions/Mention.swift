/// A stretch of text that refers to an actor or place, or a title: what it is, where it is, its
/// base form and grammatical case — the case is what Extraction II reads roles from ("dostarczyć
/// Rosji": Rosji is dative, the recipient).
struct Mention: Sendable, Equatable {
    enum Reference: Sendable, Equatable {
        /// A lexicon entry, by name, adjective, demonym or family name alone.
        case entry(Int, Lexicon.Target.Use)
        /// A title (`rzecznik`, `US Secretary of State`).
        case title(Int)
        /// A name the lexicon does not know, typed by its context.
        case unknown(EntityKind)
    }

    var reference: Reference
    /// Token indices (into the chunk's tokens).
    var tokens: Range<Int>
    /// Unicode-scalar offsets in the document.
    var start: Int
    var end: Int
    /// The base form (`Kim Dzong Un`, `Rosja`, `Steffen Seibert`).
    var base: String
    /// `number:case` readings (`sg:gen,sg:loc`); `nil` when unknown or a base form.
    var cases: String?
    /// Index of the sentence in the chunk.
    var sentence: Int

    /// Whether the mention can be the nominative (subject) — unknown case counts as possible.
    var maybeNominative: Bool { cases.map { $0.contains(":nom") } ?? true }
}
