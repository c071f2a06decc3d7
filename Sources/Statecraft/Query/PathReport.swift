/// Paths explained in the words of the graph: each hop as its relation — kind, goods, status and
/// date — with the evidence sentences it was read from.
///
///     Kim Jong Un —leads→ North Korea —supplies [arms] (hypothetical, 2023-09)→ Russia
///
/// A hop merges every relation between its two entities (see ``AnalysisIndex``); the line shows
/// the most certain one (by status, then order in the graph), the details list them all. A relation
/// followed against its direction (undirected projections) is drawn `←kind—`.
public struct PathReport: Sendable {
    public var graph: Graph
    public var index: AnalysisIndex
    public var paths: [Path]

    public init(graph: Graph, index: AnalysisIndex, paths: [Path]) {
        self.graph = graph
        self.index = index
        self.paths = paths
    }

    /// The relations behind hop `u → v`, the most certain first.
    public func relations(from u: Int, to v: Int) -> [Relation] {
        guard let arc = index.arc(from: u, to: v) else { return [] }
        let relations = index.relationPositions(ofArc: arc).map { graph.relations[$0] }
        return relations.enumerated().sorted {
            ($0.element.status, $0.offset) < ($1.element.status, $1.offset)
        }.map(\.element)
    }

    private func name(_ node: Int) -> String {
        let id = index.labels[node]
        return graph.entity(Entity.ID(id))?.name ?? id
    }

    /// `—supplies [arms] (hypothetical, 2023-09)→`, or reversed when followed backwards.
    public static func arrow(for relation: Relation, forward: Bool) -> String {
        var label = relation.kind.rawValue
        if !relation.goods.isEmpty { label += " [" + relation.goods.map(\.rawValue).joined(separator: ", ") + "]" }
        var notes: [String] = []
        if relation.status != .asserted { notes.append(relation.status.rawValue) }
        if let date = relation.date { notes.append(date.description) }
        if !notes.isEmpty { label += " (" + notes.joined(separator: ", ") + ")" }
        return forward ? " —\(label)→ " : " ←\(label)— "
    }

    /// One line per path, then each hop's relations with their evidence.
    public var text: String {
        guard !paths.isEmpty else { return "no path\n" }
        var output = ""
        for (number, path) in paths.enumerated() {
            let lengthText = path.length == path.length.rounded() ? String(Int(path.length)) : "\(path.length)"
            output += "\(number + 1). (length \(lengthText)) " + name(path.nodes[0])
            for (u, v) in zip(path.nodes, path.nodes.dropFirst()) {
                let relation = relations(from: u, to: v).first
                output += relation.map { Self.arrow(for: $0, forward: $0.source.rawValue == index.labels[u]) } ?? " — "
                output += name(v)
            }
            output += "\n"
            for (u, v) in zip(path.nodes, path.nodes.dropFirst()) {
                for relation in relations(from: u, to: v) {
                    let forward = relation.source.rawValue == index.labels[u]
                    output += "   \(relation.id): \(name(forward ? u : v))\(Self.arrow(for: relation, forward: true))\(name(forward ? v : u))\n"
                    for evidence in relation.evidence {
                        output += "      “\(evidence.text)” (\(evidence.document), \(evidence.start)–\(evidence.end))\n"
                    }
                }
            }
        }
        return output
    }

    /// `{"paths": [{"nodes": [ids…], "relations": [ids…], "length": …, "hops": [[ids…]…]}]}`:
    /// `relations` gives one relation per hop (the one the text shows), `hops` all of them.
    public var json: String {
        let items: [JSONValue] = paths.map { path in
            let hops = zip(path.nodes, path.nodes.dropFirst()).map { relations(from: $0, to: $1).map(\.id.rawValue) }
            return .object([
                ("nodes", .array(path.nodes.map { .string(index.labels[$0]) })),
                ("relations", .array(hops.compactMap(\.first).map { .string($0) })),
                ("length", .number(path.length)),
                ("hops", .array(hops.map { .array($0.map { .string($0) }) })),
            ])
        }
        return JSONWriter().write(.object([("paths", .array(items))]))
    }
}
