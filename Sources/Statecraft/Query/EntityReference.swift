/// Why a name given by a user does not pick out one entity.
public struct EntityReferenceError: Error, Sendable, CustomStringConvertible {
    public var reference: String
    /// Entities the name could mean: several when it is ambiguous, near misses when unknown.
    public var candidates: [Entity]
    public var isAmbiguous: Bool

    public var description: String {
        let listed = candidates.map { "\($0.id) (\($0.name), \($0.kind.rawValue))" }.joined(separator: ", ")
        if isAmbiguous { return "'\(reference)' is ambiguous: it could be \(listed)" }
        return candidates.isEmpty
            ? "no entity '\(reference)'"
            : "no entity '\(reference)'; did you mean \(listed)?"
    }
}

extension Graph {
    /// The one entity `reference` names — its id, or its name or an alias folded for case and
    /// diacritics (see ``NameFolding``). An unknown name is an error listing entities whose names
    /// contain it; an ambiguous one lists every candidate.
    public func entity(named reference: String) throws(EntityReferenceError) -> Entity {
        let matches = resolve(reference)
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            throw EntityReferenceError(reference: reference, candidates: matches.sorted { $0.id < $1.id }, isAmbiguous: true)
        }
        let folded = NameFolding.fold(reference)
        let near = entities.filter { entity in
            !folded.isEmpty && entity.allNames.contains { NameFolding.fold($0).contains(folded) }
        }
        throw EntityReferenceError(
            reference: reference, candidates: Array(near.sorted { $0.id < $1.id }.prefix(10)), isAmbiguous: false)
    }
}
