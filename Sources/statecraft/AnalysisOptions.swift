import Foundation
import ArgumentParser
import Statecraft

/// The input and projection options shared by `path`, `neighbors` and `centrality`: which file
/// format, which entity and relation kinds, statuses and dates count, direction and weights.
struct AnalysisOptions: ParsableArguments {
    enum InputFormat: String, ExpressibleByArgument, CaseIterable {
        case graph
        case edgelist
    }

    enum Direction: String, EnumerableFlag {
        case directed
        case undirected
    }

    enum WeightMode: String, ExpressibleByArgument, CaseIterable {
        case unit
        case count
        case intensity
    }

    @Option(name: .customLong("input-format"), help: "graph (a graph document) or edgelist ('source target [weight]' lines).")
    var inputFormat: InputFormat = .graph

    @Option(name: .customLong("entity-kinds"), help: "Entity kinds that become nodes, comma-separated (default: all).")
    var entityKinds: String?

    @Option(help: "Relation kinds that become edges, comma-separated (default: all).")
    var via: String?

    @Option(help: "Statuses that count, comma-separated (default: all but denied).")
    var status: String?

    @Option(help: "Keep relations dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD); undated ones stay.")
    var since: String?

    @Option(help: "Keep relations dated on or before this date; undated ones stay.")
    var until: String?

    @Flag(help: "Follow relation direction, or not (default: directed for graph documents, undirected for edge lists).")
    var direction: Direction?

    @Option(help: """
        Edge weights: unit, count (relations merged into the edge) or intensity (Goldstein scale of the \
        kind). For edge lists, anything but unit uses the file's weights.
        """)
    var weight: WeightMode = .unit

    var isWeighted: Bool { weight != .unit }

    /// The parsed projection for graph documents.
    func projection(signed: Bool = false) throws -> Projection {
        var projection = Projection()
        if let entityKinds { projection.entityKinds = try Self.parseList(entityKinds, as: EntityKind.self, option: "--entity-kinds") }
        if let via { projection.relationKinds = try Self.parseList(via, as: RelationKind.self, option: "--via") }
        if let status { projection.statuses = try Self.parseList(status, as: Status.self, option: "--status") }
        projection.since = try since.map { try Self.parseDate($0, option: "--since") }
        projection.until = try until.map { try Self.parseDate($0, option: "--until") }
        projection.isDirected = direction.map { $0 == .directed } ?? true
        switch weight {
        case .unit: projection.weighting = .unit
        case .count: projection.weighting = .relationCount
        case .intensity: projection.weighting = .goldsteinIntensity
        }
        projection.isSigned = signed
        return projection
    }

    static func parseList<T: RawRepresentable & CaseIterable & Hashable>(
        _ text: String, as type: T.Type, option: String
    ) throws -> Set<T> where T.RawValue == String {
        var values = Set<T>()
        for item in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
            guard let value = T(rawValue: item) else {
                throw ValidationError("\(option): unknown value '\(item)'; expected one of: \(T.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            values.insert(value)
        }
        guard !values.isEmpty else { throw ValidationError("\(option): name at least one value") }
        return values
    }

    static func parseDate(_ text: String, option: String) throws -> PartialDate {
        guard let date = PartialDate(text) else {
            throw ValidationError("\(option): '\(text)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        }
        return date
    }

    /// The loaded input: the typed graph (for graph documents) and its index.
    struct Input {
        var graph: Graph?
        var index: AnalysisIndex

        /// Display names by node: entity names, or the labels.
        var names: [String] {
            index.labels.map { label in graph?.entity(Entity.ID(label))?.name ?? label }
        }

        /// The node `reference` names: an id, name or alias (folded), or an edge-list label.
        func node(_ reference: String) throws -> Int {
            do {
                if let graph { return try EntityReference.node(reference, in: graph, index: index) }
                return try EntityReference.node(reference, in: index)
            } catch {
                throw InputError(error)
            }
        }
    }

    func load(_ file: String, signed: Bool = false) throws -> Input {
        switch inputFormat {
        case .edgelist:
            if entityKinds != nil || via != nil || status != nil || since != nil || until != nil {
                throw ValidationError("--entity-kinds, --via, --status, --since and --until apply to graph documents only")
            }
            do {
                var index = try EdgeList.read(file, directed: direction == .directed, signed: signed)
                if !isWeighted, index.isWeighted {
                    index = AnalysisIndex(unweighted: index)
                }
                return Input(graph: nil, index: index)
            } catch {
                throw InputError(error)
            }
        case .graph:
            let projection = try projection(signed: signed)
            let graph: Graph
            do { graph = try GraphDocument.read(file) } catch { throw InputError(error) }
            return Input(graph: graph, index: AnalysisIndex(graph, projection: projection))
        }
    }
}
