/// What passes between two entities: the relation kinds of the ontology (`docs/ontology.md`).
///
/// Each kind carries its metadata: whether it is structural (a standing fact such as leadership or
/// membership) or an event, its nearest CAMEO event-code families, its polarity for signed-graph
/// analysis, whether it is symmetric, and which entity kinds may stand at its ends.
///
/// CAMEO: Schrodt, P. A. (2012). *CAMEO Conflict and Mediation Event Observations Event and Actor
/// Codebook*, version 1.1b3. Event Data Project, Pennsylvania State University.
public enum RelationKind: String, Sendable, DeclarationOrdered {
    // Structural.
    case leads
    case officialOf = "official_of"
    case partOf = "part_of"
    case memberOf = "member_of"
    case locatedIn = "located_in"
    // Events.
    case meets
    case visits
    case negotiates
    case agrees
    case supports
    case cooperates
    case supplies
    case aids
    case criticizes
    case accuses
    case opposes
    case threatens
    case sanctions
    case attacks

    /// A standing fact (leadership, membership, location) rather than something that happened.
    public var isStructural: Bool {
        switch self {
        case .leads, .officialOf, .partOf, .memberOf, .locatedIn: true
        default: false
        }
    }

    /// The nearest CAMEO event-code families; empty for structural kinds.
    public var cameoCodes: [String] {
        switch self {
        case .leads, .officialOf, .partOf, .memberOf, .locatedIn: []
        case .meets: ["040", "043", "044"]
        case .visits: ["042"]
        case .negotiates: ["046"]
        case .agrees: ["057"]
        case .supports: ["05"]
        case .cooperates: ["06"]
        case .supplies: ["06", "07"]
        case .aids: ["07"]
        case .criticizes: ["111"]
        case .accuses: ["112"]
        case .opposes: ["12"]
        case .threatens: ["13"]
        case .sanctions: ["163"]
        case .attacks: ["18", "19"]
        }
    }

    /// Cooperation, conflict, or neither (every structural kind).
    public var polarity: Polarity {
        switch self {
        case .leads, .officialOf, .partOf, .memberOf, .locatedIn: .neutral
        case .meets, .visits, .negotiates, .agrees, .supports, .cooperates, .supplies, .aids:
            .cooperation
        case .criticizes, .accuses, .opposes, .threatens, .sanctions, .attacks: .conflict
        }
    }

    /// Whether `a kind b` states the same fact as `b kind a`.
    public var isSymmetric: Bool {
        switch self {
        case .meets, .negotiates, .agrees, .cooperates: true
        default: false
        }
    }

    /// Whether relations of this kind carry `goods` (only `supplies` and `aids` do).
    public var takesGoods: Bool { self == .supplies || self == .aids }

    /// Whether relations of this kind carry a `role` (only `official_of` does).
    public var takesRole: Bool { self == .officialOf }

    /// Whether a relation of this kind can be a leg of a transaction.
    public var canBeTransactionLeg: Bool { takesGoods }

    /// The entity kinds that may be the source; `nil` when any kind may.
    public var allowedSourceKinds: Set<EntityKind>? {
        switch self {
        case .leads, .officialOf: [.person]
        case .partOf: [.organization]
        case .memberOf: [.state, .organization]
        case .locatedIn: [.place, .organization]
        default: nil
        }
    }

    /// The entity kinds that may be the target; `nil` when any kind may.
    public var allowedTargetKinds: Set<EntityKind>? {
        switch self {
        case .leads, .officialOf, .partOf: [.state, .organization]
        case .memberOf: [.organization]
        case .locatedIn: [.state, .place]
        default: nil
        }
    }
}
