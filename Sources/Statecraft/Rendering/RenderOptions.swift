/// How `Renderer` draws a graph.
public struct RenderOptions: Sendable {
    public var engine: LayoutEngine
    public var theme: Theme
    /// The part of the graph to draw.
    public var filter: GraphFilter
    /// Entities drawn emphasised, with the relations between them; everything else fades.
    public var highlightedEntities: Set<Entity.ID>
    /// Relations drawn emphasised (a path's hops).
    public var highlightedRelations: Set<Relation.ID>
    /// A score per entity (a centrality, say): nodes are sized by it, smallest to largest.
    public var scores: [Entity.ID: Double]
    /// Labels longer than this many characters are cut with an ellipsis (0: no limit).
    public var maximumLabelLength: Int
    /// Group people, organisations and places with the state they lead, serve, belong to or lie in.
    public var clusters: Bool
    public var title: String?
    public var caption: String?
    /// Draw a legend of the shapes, colours and line styles the diagram uses.
    public var legend: Bool

    public init(
        engine: LayoutEngine = .dot, theme: Theme = .light, filter: GraphFilter = GraphFilter(),
        highlightedEntities: Set<Entity.ID> = [], highlightedRelations: Set<Relation.ID> = [],
        scores: [Entity.ID: Double] = [:], maximumLabelLength: Int = 40, clusters: Bool = false,
        title: String? = nil, caption: String? = nil, legend: Bool = true
    ) {
        self.engine = engine
        self.theme = theme
        self.filter = filter
        self.highlightedEntities = highlightedEntities
        self.highlightedRelations = highlightedRelations
        self.scores = scores
        self.maximumLabelLength = maximumLabelLength
        self.clusters = clusters
        self.title = title
        self.caption = caption
        self.legend = legend
    }

    /// Emphasises a shortest chain of relations between two entities, direction ignored and denied
    /// relations left out (as `statecraft path --undirected` finds it, see ``ShortestPaths``), with
    /// every relation behind each hop. Returns `false` when they are not connected.
    public mutating func highlightPath(in graph: Graph, from: Entity.ID, to: Entity.ID) -> Bool {
        let index = AnalysisIndex(graph, projection: Projection(isDirected: false))
        guard let source = index.node(from.rawValue), let target = index.node(to.rawValue),
            let path = ShortestPaths.shortest(index, from: source, to: target)
        else { return false }
        let report = PathReport(graph: graph, index: index, paths: [path])
        highlightedEntities.formUnion(path.nodes.map { Entity.ID(index.labels[$0]) })
        for (u, v) in zip(path.nodes, path.nodes.dropFirst()) {
            highlightedRelations.formUnion(report.relations(from: u, to: v).map(\.id))
        }
        return true
    }

    var highlights: Bool { !highlightedEntities.isEmpty || !highlightedRelations.isEmpty }
}
