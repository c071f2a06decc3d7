/// A source text the graph was read from: a news article, a report.
public struct Document: Identifiable, Hashable, Sendable {
    public typealias ID = Identifier<Document>

    public var id: ID
    /// ISO 639-1 code: `pl`, `en`.
    public var language: String?
    /// The publication date, as precise as known.
    public var date: PartialDate?
    public var title: String?
    /// Where the text came from (a path or a citation). Never used as a link by the renderers.
    public var source: String?
    /// A digest of the bytes the document was read from, `sha256:` and 64 lowercase hex digits
    /// (``ContentDigest``): reading the same article again is recognised by it, and an article
    /// that changed under the same id is not mistaken for the one in the graph.
    public var digest: String?

    public init(
        id: ID, language: String? = nil, date: PartialDate? = nil, title: String? = nil,
        source: String? = nil, digest: String? = nil
    ) {
        self.id = id
        self.language = language
        self.date = date
        self.title = title
        self.source = source
        self.digest = digest
    }
}
