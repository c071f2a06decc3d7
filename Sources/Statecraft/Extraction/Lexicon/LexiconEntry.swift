/// One actor or place the lexicon knows: a state, a person, an organisation, a place; its canonical
/// English name, the names it goes by in any language, and its standing relations (a leader's
/// offices with their dates, an organisation's parent, a place's state, a capital's state).
public struct LexiconEntry: Sendable, Equatable {
    /// How a name refers to the entry.
    public enum NameUse: String, Sendable, Equatable {
        /// A name: `Rosja`, `Russian Federation`.
        case name
        /// An adjective: `rosyjski`, `Russian` (in `rosyjskie wojska`, `Russian troops`).
        case adjective = "adj"
        /// A demonym: `Rosjanin`, `Russians`.
        case demonym = "dem"
    }

    public struct Name: Sendable, Equatable {
        public var text: String
        public var use: NameUse
        /// The one language the name is used in; `nil`: any.
        public var language: Language?
    }

    /// A standing relation: `leads=RUS/president@2012-05..`, `part_of=RUS`, `capital_of=RUS`.
    public struct Link: Sendable, Equatable {
        /// `leads`, `official_of`, `part_of`, `located_in`, `member_of`, or `capital_of` / `seat_of`
        /// (metonyms: the place or body stands for the state when it acts).
        public var kind: String
        public var target: String
        public var role: String?
        public var from: PartialDate?
        public var until: PartialDate?

        /// Whether the relation held at `date` (always, when either is unknown).
        public func holds(at date: PartialDate?) -> Bool {
            guard let date else { return until == nil }
            return date.overlaps(since: from, until: until)
        }
    }

    public var kind: EntityKind
    public var id: String
    public var name: String
    public var subtype: String?
    public var links: [Link]
    public var names: [Name]

    public init(kind: EntityKind, id: String, name: String, subtype: String? = nil, links: [Link] = [], names: [Name] = []) {
        self.kind = kind
        self.id = id
        self.name = name
        self.subtype = subtype
        self.links = links
        self.names = names
    }

    /// The state this place is the capital of (it stands for that state when it acts).
    var capitalOf: String? { links.first { $0.kind == "capital_of" }?.target }

    /// A person whose family name comes first (Kim Jong Un → Kim).
    var familyNameFirst: Bool { subtype == "east_asian_name" }

    /// The entity's `subtype` in the graph (lexicon-only markers dropped).
    var graphSubtype: String? {
        guard let subtype, subtype != "east_asian_name", subtype != "capital" else {
            return subtype == "capital" ? "city" : nil
        }
        return subtype
    }
}
