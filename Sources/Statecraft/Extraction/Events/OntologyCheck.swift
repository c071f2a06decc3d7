/// The ontology's constraints on one relation (``RelationKind``'s allowed end kinds, no relation of
/// an entity to itself, goods only on `supplies`/`aids`, a role only on `official_of`), checked
/// where extraction emits a relation — the event coder's events, the relations titles state, the
/// lexicon's structural links — so that an extracted graph always passes `validate`. A relation
/// that breaks one is not emitted; where it came from the user's dictionaries or lexicon the
/// extractor says so with an ``ExtractionWarning``.
///
/// It is the same rule set as ``Graph/validate()``, asked before a relation exists rather than after.
enum OntologyCheck {
    /// What is wrong with a relation, or `nil` when the ontology admits it.
    static func violation(
        _ kind: RelationKind, source: String, sourceKind: EntityKind, target: String, targetKind: EntityKind,
        goods: [GoodsCategory] = [], role: String? = nil
    ) -> RelationViolation? {
        if source == target { return .relatesToItself }
        if let allowed = kind.allowedSourceKinds, !allowed.contains(sourceKind) { return .source(sourceKind) }
        if let allowed = kind.allowedTargetKinds, !allowed.contains(targetKind) { return .target(targetKind) }
        if !goods.isEmpty, !kind.takesGoods { return .goods }
        if Set(goods).count != goods.count { return .repeatedGoods }
        if role != nil, !kind.takesRole { return .role }
        return nil
    }

    /// Whether the ontology admits a relation of `kind` between entities of these kinds (the kinds
    /// alone: for a candidate reading before its ends are chosen).
    static func admits(_ kind: RelationKind, source: EntityKind, target: EntityKind) -> Bool {
        (kind.allowedSourceKinds?.contains(source) ?? true) && (kind.allowedTargetKinds?.contains(target) ?? true)
    }
}

/// Why the ontology does not admit a relation.
public enum RelationViolation: Sendable, Equatable {
    /// The source is of a kind the relation kind does not take.
    case source(EntityKind)
    /// The target is of a kind the relation kind does not take.
    case target(EntityKind)
    case relatesToItself
    /// Goods on a kind other than `supplies` and `aids`.
    case goods
    case repeatedGoods
    /// A role on a kind other than `official_of`.
    case role
}

/// A warning raised while reading a document.
public enum ExtractionWarning: Sendable, Equatable, CustomStringConvertible {
    /// A relation the lexicon or the event dictionaries state that the ontology does not admit; it
    /// is left out of the graph.
    case relationDropped(kind: RelationKind, source: String, target: String, violation: RelationViolation)

    public var description: String {
        switch self {
        case .relationDropped(let kind, let source, let target, let violation):
            let reason: String
            switch violation {
            case .source(let entityKind):
                let expected = (kind.allowedSourceKinds ?? []).sorted().map(\.withArticle).joined(separator: " or ")
                reason = "'\(kind.rawValue)' needs \(expected) as source, '\(source)' is \(entityKind.withArticle)"
            case .target(let entityKind):
                let expected = (kind.allowedTargetKinds ?? []).sorted().map(\.withArticle).joined(separator: " or ")
                reason = "'\(kind.rawValue)' needs \(expected) as target, '\(target)' is \(entityKind.withArticle)"
            case .relatesToItself: reason = "it relates '\(source)' to itself"
            case .goods: reason = "'\(kind.rawValue)' takes no goods"
            case .repeatedGoods: reason = "repeated goods"
            case .role: reason = "'\(kind.rawValue)' takes no role"
            }
            return "\(kind.rawValue) \(source) → \(target) left out: \(reason)"
        }
    }
}
