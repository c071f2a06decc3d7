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

    /// Emphasises the shortest chain of relations between two entities (see ``Graph/hopPath(from:to:)``).
    /// Returns `false` when they are not connected.
    public mutating func highlightPath(in graph: Graph, from: Entity.ID, to: Entity.ID) -> Bool {
        guard let path = graph.hopPath(from: from, to: to) else { return false }
        highlightedEntities.formUnion(path.entities)
        highlightedRelations.formUnion(path.relations)
        return true
    }

    var highlights: Bool { !highlightedEntities.isEmpty || !highlightedRelations.isEmpty }
}
