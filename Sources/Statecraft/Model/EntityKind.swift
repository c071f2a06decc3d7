/// What an entity is: the entity kinds of the ontology (`docs/ontology.md`), spelled as there.
public enum EntityKind: String, Sendable, DeclarationOrdered {
    /// A sovereign state, also a de-facto state. Its id is the ISO 3166-1 alpha-3 code.
    case state
    /// A named individual.
    case person
    /// A government body, ministry, military unit, party, company, media outlet, alliance,
    /// intergovernmental organisation or armed group; `Entity.subtype` says which.
    case organization
    /// A city, site, facility or region that is not itself a state.
    case place

    /// The kind with its indefinite article, for messages: "a state", "an organization".
    public var withArticle: String { self == .organization ? "an organization" : "a \(rawValue)" }
}
