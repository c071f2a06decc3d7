/// Finds the entity a user means: by id, else by name or alias folded for case, diacritics and
/// punctuation (``NameFolding``). A name that fits several entities, or none, is an error that
/// lists the candidates (for an unknown name: the entities whose names contain it or come close).
public enum EntityReference {
    public enum Error: Swift.Error, Sendable, Equatable, CustomStringConvertible {
        case unknown(String, suggestions: [Entity.ID])
        case ambiguous(String, candidates: [Entity.ID])
        /// The entity exists but the projection left it out (its kind was not selected).
        case excluded(String, entity: Entity.ID)

        public var description: String {
            switch self {
            case .unknown(let reference, let suggestions):
                "no entity is called '\(reference)'"
                    + (suggestions.isEmpty ? "" : "; did you mean: \(suggestions.map(\.rawValue).joined(separator: ", "))?")
            case .ambiguous(let reference, let candidates):
                "'\(reference)' is ambiguous; it names: \(candidates.map(\.rawValue).joined(separator: ", ")) (use the id)"
            case .excluded(let reference, let entity):
                "'\(reference)' (\(entity)) is not part of the analysed graph: its kind was filtered out"
            }
        }
    }

    public static func resolve(_ reference: String, in graph: Graph) throws(Error) -> Entity {
        let matches = graph.resolve(reference)
        var unique: [Entity] = []
        for entity in matches where !unique.contains(where: { $0.id == entity.id }) { unique.append(entity) }
        if unique.count == 1 { return unique[0] }
        if unique.count > 1 { throw .ambiguous(reference, candidates: unique.map(\.id)) }
        throw .unknown(reference, suggestions: suggestions(for: reference, in: graph))
    }

    /// The node of `reference` in an index built from `graph`.
    public static func node(_ reference: String, in graph: Graph, index: AnalysisIndex) throws(Error) -> Int {
        let entity = try resolve(reference, in: graph)
        guard let node = index.node(entity.id.rawValue) else { throw .excluded(reference, entity: entity.id) }
        return node
    }

    /// The node named `label` in an index without a typed graph (an edge list), or an error with
    /// suggestions.
    public static func node(_ label: String, in index: AnalysisIndex) throws(Error) -> Int {
        if let node = index.node(label) { return node }
        let folded = NameFolding.fold(label)
        let close = index.labels.filter { candidate in
            let key = NameFolding.fold(candidate)
            return key == folded || (!folded.isEmpty && key.contains(folded)) || editDistance(key, folded, limit: 2) <= 2
        }
        throw .unknown(label, suggestions: close.prefix(10).map { Entity.ID($0) })
    }

    /// Entities whose folded id, name or alias contains the folded reference, or is within two
    /// edits of it; at most ten.
    static func suggestions(for reference: String, in graph: Graph) -> [Entity.ID] {
        let folded = NameFolding.fold(reference)
        guard !folded.isEmpty else { return [] }
        var found: [Entity.ID] = []
        for entity in graph.entities where !found.contains(entity.id) {
            let keys = ([entity.id.rawValue] + entity.allNames).map(NameFolding.fold)
            if keys.contains(where: { $0.contains(folded) || folded.contains($0) && $0.count >= 3 || editDistance($0, folded, limit: 2) <= 2 }) {
                found.append(entity.id)
            }
        }
        return Array(found.prefix(10))
    }

    /// Levenshtein distance, or `limit + 1` once it is certainly larger than `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + [Int](repeating: 0, count: b.count)
            var rowMinimum = i
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            previous = current
        }
        return previous[b.count]
    }
}
