/// An actor or place in the graph: a state, a person, an organisation or a place.
public struct Entity: Identifiable, Hashable, Sendable {
    public typealias ID = Identifier<Entity>

    /// States: the ISO 3166-1 alpha-3 code (`PRK`). Others: a lowercase ASCII slug of the English
    /// name (`kim-jong-un`).
    public var id: ID
    public var kind: EntityKind
    /// The canonical English name.
    public var name: String
    /// Other names the entity was seen under, in base form (`Kim Dzong Un`, `Korea Północna`).
    public var aliases: [String]
    /// A finer kind: `government`, `military`, `media`, `igo`, `company`, `armed_group`, `party`…
    public var subtype: String?
    /// Identifiers in outside registries.
    public var identifiers: Identifiers
    /// Free attributes, by name.
    public var attributes: [String: String]

    public struct Identifiers: Hashable, Sendable {
        /// ISO 3166-1 alpha-3 code, for states.
        public var iso3166: String?
        /// Wikidata item, `Q` and digits.
        public var wikidata: String?

        public init(iso3166: String? = nil, wikidata: String? = nil) {
            self.iso3166 = iso3166
            self.wikidata = wikidata
        }

        public var isEmpty: Bool { iso3166 == nil && wikidata == nil }
    }

    public init(
        id: ID, kind: EntityKind, name: String, aliases: [String] = [], subtype: String? = nil,
        identifiers: Identifiers = Identifiers(), attributes: [String: String] = [:]
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.subtype = subtype
        self.identifiers = identifiers
        self.attributes = attributes
    }

    /// The name and every alias.
    public var allNames: [String] { [name] + aliases }
}
