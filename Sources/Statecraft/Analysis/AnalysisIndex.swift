/// A compact, immutable view of a graph for the algorithms: nodes numbered `0..<nodeCount`, arcs in
/// compressed sparse row (CSR) form with `Int32` offsets and targets, optional `Double` weights, an
/// optional sign per arc (the signed view) and, when built from a ``Graph``, the relations behind
/// every arc (so that paths can explain themselves).
///
/// The index is a *simple* graph in NetworkX's sense (`nx.Graph` / `nx.DiGraph`): parallel edges
/// between the same two nodes are merged into one, their weights summed (as NetworkX's sparse
/// adjacency matrices do for multigraphs); self-loops are kept. An undirected edge `{u, v}` is stored
/// as two arcs `u→v` and `v→u`, a self-loop as one arc `v→v`. Every row keeps its neighbours in the
/// order they were first seen, as NetworkX's adjacency dictionaries do.
///
/// Directed indexes also hold the transposed CSR (`inOffsets`…): the arcs into each node, for the
/// measures that follow in-edges (eigenvector, Katz, PageRank's pull form) or incoming distances
/// (closeness). For undirected indexes it is the same storage as the out-CSR.
///
/// Building is O(n + m): a stable counting sort by source, then duplicates merged with a marker
/// array.
public struct AnalysisIndex: Sendable {
    public let isDirected: Bool
    /// The node names: entity ids, or the names in an edge list.
    public let labels: [String]
    public let offsets: [Int32]
    public let targets: [Int32]
    /// Per arc, parallel to `targets`; `nil` when every weight is 1.
    public let weights: [Double]?
    public let inOffsets: [Int32]
    public let inTargets: [Int32]
    public let inWeights: [Double]?
    /// Per arc: +1, −1 or 0, the sign of the summed polarity of the relations behind it; empty
    /// unless the index was built as a signed view.
    public let signs: [Int8]
    /// Per arc, the positions (in `Graph.relations`) of the relations behind it:
    /// `arcRelations[arcRelationOffsets[a]..<arcRelationOffsets[a + 1]]`. Empty for edge lists.
    let arcRelationOffsets: [Int32]
    let arcRelations: [Int32]
    private let labelIndex: [String: Int32]

    public var nodeCount: Int { labels.count }
    /// Out-arcs: twice the edges of an undirected graph, minus its self-loops.
    public var arcCount: Int { targets.count }
    public var isWeighted: Bool { weights != nil }
    public var isSigned: Bool { !signs.isEmpty }

    /// The number of edges as NetworkX counts them: arcs for directed graphs; for undirected graphs
    /// every pair once and every self-loop once.
    public var edgeCount: Int {
        if isDirected { return arcCount }
        let loops = selfLoopCount
        return (arcCount - loops) / 2 + loops
    }

    public var selfLoopCount: Int {
        var loops = 0
        for node in 0..<nodeCount {
            for arc in arcs(of: node) where Int(targets[arc]) == node { loops += 1 }
        }
        return loops
    }

    /// The node named `label`.
    public func node(_ label: String) -> Int? { labelIndex[label].map(Int.init) }

    /// The arc positions of `node`'s out-arcs (all arcs, undirected).
    @inline(__always)
    public func arcs(of node: Int) -> Range<Int> { Int(offsets[node])..<Int(offsets[node + 1]) }

    /// The arc positions of `node`'s in-arcs in the transposed CSR (all arcs, undirected).
    @inline(__always)
    public func inArcs(of node: Int) -> Range<Int> { Int(inOffsets[node])..<Int(inOffsets[node + 1]) }

    public func successors(of node: Int) -> [Int] { arcs(of: node).map { Int(targets[$0]) } }
    public func predecessors(of node: Int) -> [Int] { inArcs(of: node).map { Int(inTargets[$0]) } }

    /// The weight of arc `arc` of the out-CSR (1 in unweighted indexes).
    @inline(__always)
    public func weight(ofArc arc: Int) -> Double { weights?[arc] ?? 1 }

    /// The arc `source → target`, if there is one.
    public func arc(from source: Int, to target: Int) -> Int? {
        arcs(of: source).first { Int(targets[$0]) == target }
    }

    /// The relations behind arc `arc`, as positions in the graph's `relations`.
    public func relationPositions(ofArc arc: Int) -> [Int] {
        guard !arcRelationOffsets.isEmpty else { return [] }
        return (Int(arcRelationOffsets[arc])..<Int(arcRelationOffsets[arc + 1])).map { Int(arcRelations[$0]) }
    }

    /// Out-degree of every node, counting arcs (a self-loop once).
    public func outDegrees() -> [Int] { (0..<nodeCount).map { arcs(of: $0).count } }
    /// In-degree of every node, counting arcs (a self-loop once).
    public func inDegrees() -> [Int] { (0..<nodeCount).map { inArcs(of: $0).count } }

    // MARK: Building

    /// The same graph with every weight 1 (parallel edges stay merged).
    public init(unweighted other: AnalysisIndex) {
        isDirected = other.isDirected
        labels = other.labels
        offsets = other.offsets
        targets = other.targets
        weights = nil
        inOffsets = other.inOffsets
        inTargets = other.inTargets
        inWeights = nil
        signs = other.signs
        arcRelationOffsets = other.arcRelationOffsets
        arcRelations = other.arcRelations
        labelIndex = other.labelIndex
    }

    /// One input edge before merging.
    public struct Edge: Sendable, Hashable {
        public var source: Int32
        public var target: Int32
        public var weight: Double
        public var sign: Int8
        /// The relation's position in `Graph.relations`, or −1.
        public var relation: Int32

        public init(source: Int32, target: Int32, weight: Double = 1, sign: Int8 = 0, relation: Int32 = -1) {
            self.source = source
            self.target = target
            self.weight = weight
            self.sign = sign
            self.relation = relation
        }
    }

    /// Builds the index of `labels.count` nodes and `edges`.
    ///
    /// - Parameters:
    ///   - weighted: keep the weights (otherwise every merged edge weighs 1).
    ///   - signed: keep the signs: an arc's sign is the sign of the sum of its edges' signs.
    ///   - relations: keep each edge's relation position, for explanations.
    public init(
        labels: [String], edges: [Edge], directed: Bool, weighted: Bool, signed: Bool = false,
        relations: Bool = false
    ) {
        self.init(
            labels: labels, sources: edges.map(\.source), targets: edges.map(\.target),
            weights: weighted ? edges.map(\.weight) : nil, signs: signed ? edges.map(\.sign) : nil,
            relations: relations ? edges.map(\.relation) : nil, directed: directed)
    }

    /// Builds the index from edge columns: `sources[i] → targets[i]` with, when given, its weight,
    /// sign and relation position (−1 for none). Without weights, signs and relations the build
    /// needs no per-edge bookkeeping, which keeps large edge lists small in memory.
    init(
        labels: [String], sources rawSources: [Int32], targets rawTargets: [Int32], weights edgeWeights: [Double]?,
        signs edgeSigns: [Int8]?, relations edgeRelations: [Int32]?, directed: Bool
    ) {
        let n = labels.count
        precondition(n < Int(Int32.max), "too many nodes for an Int32 index")
        self.isDirected = directed
        self.labels = labels
        var labelIndex: [String: Int32] = [:]
        labelIndex.reserveCapacity(n)
        for (position, label) in labels.enumerated() where labelIndex[label] == nil {
            labelIndex[label] = Int32(position)
        }
        self.labelIndex = labelIndex
        let tracksEdges = edgeWeights != nil || edgeSigns != nil || edgeRelations != nil
        let edgeCount = rawSources.count

        // Stable counting sort of the arcs by source; an undirected edge gives both directions
        // (a self-loop one). `edgeOfSlot` remembers each arc's edge when anything per edge is kept.
        var start = [Int32](repeating: 0, count: n + 1)
        for edge in 0..<edgeCount {
            start[Int(rawSources[edge]) + 1] += 1
            if !directed, rawSources[edge] != rawTargets[edge] { start[Int(rawTargets[edge]) + 1] += 1 }
        }
        for node in 0..<n { start[node + 1] += start[node] }
        let slotCount = Int(start[n])
        var fill = start
        var sortedTarget = [Int32](repeating: 0, count: slotCount)
        var edgeOfSlot = [Int32](repeating: 0, count: tracksEdges ? slotCount : 0)
        for edge in 0..<edgeCount {
            let source = Int(rawSources[edge])
            let target = rawTargets[edge]
            var slot = Int(fill[source])
            fill[source] += 1
            sortedTarget[slot] = target
            if tracksEdges { edgeOfSlot[slot] = Int32(edge) }
            if !directed, Int(target) != source {
                slot = Int(fill[Int(target)])
                fill[Int(target)] += 1
                sortedTarget[slot] = Int32(source)
                if tracksEdges { edgeOfSlot[slot] = Int32(edge) }
            }
        }
        fill = []
        // Merge duplicates within each row, first occurrence first.
        var offsets = [Int32](repeating: 0, count: n + 1)
        var targets = [Int32]()
        targets.reserveCapacity(slotCount)
        var weights = [Double]()
        if edgeWeights != nil { weights.reserveCapacity(slotCount) }
        var signSums = [Int]()
        var arcOfSlot = [Int32](repeating: 0, count: edgeRelations != nil ? slotCount : 0)
        var marker = [Int32](repeating: -1, count: n)
        for node in 0..<n {
            let rowStart = Int32(targets.count)
            for slot in Int(start[node])..<Int(start[node + 1]) {
                let target = Int(sortedTarget[slot])
                let arc: Int
                if marker[target] >= rowStart {
                    arc = Int(marker[target])
                    if let edgeWeights { weights[arc] += edgeWeights[Int(edgeOfSlot[slot])] }
                    if let edgeSigns { signSums[arc] += Int(edgeSigns[Int(edgeOfSlot[slot])]) }
                } else {
                    arc = targets.count
                    marker[target] = Int32(arc)
                    targets.append(Int32(target))
                    if let edgeWeights { weights.append(edgeWeights[Int(edgeOfSlot[slot])]) }
                    if let edgeSigns { signSums.append(Int(edgeSigns[Int(edgeOfSlot[slot])])) }
                }
                if edgeRelations != nil { arcOfSlot[slot] = Int32(arc) }
            }
            offsets[node + 1] = Int32(targets.count)
        }
        sortedTarget = []
        marker = []
        self.offsets = offsets
        self.targets = targets
        self.weights = edgeWeights != nil ? weights : nil
        self.signs = edgeSigns != nil ? signSums.map { Int8($0.signum()) } : []

        // The relations behind each arc (counting sort of slots by arc).
        if let edgeRelations {
            var relationOffsets = [Int32](repeating: 0, count: targets.count + 1)
            for slot in 0..<slotCount where edgeRelations[Int(edgeOfSlot[slot])] >= 0 {
                relationOffsets[Int(arcOfSlot[slot]) + 1] += 1
            }
            for arc in 0..<targets.count { relationOffsets[arc + 1] += relationOffsets[arc] }
            var relationFill = relationOffsets
            var arcRelations = [Int32](repeating: 0, count: Int(relationOffsets[targets.count]))
            for slot in 0..<slotCount {
                let relation = edgeRelations[Int(edgeOfSlot[slot])]
                guard relation >= 0 else { continue }
                let arc = Int(arcOfSlot[slot])
                arcRelations[Int(relationFill[arc])] = relation
                relationFill[arc] += 1
            }
            self.arcRelationOffsets = relationOffsets
            self.arcRelations = arcRelations
        } else {
            self.arcRelationOffsets = []
            self.arcRelations = []
        }

        // The transposed CSR, for directed graphs; rows keep sources in increasing order.
        if directed {
            var inOffsets = [Int32](repeating: 0, count: n + 1)
            for target in targets { inOffsets[Int(target) + 1] += 1 }
            for node in 0..<n { inOffsets[node + 1] += inOffsets[node] }
            var inFill = inOffsets
            var inTargets = [Int32](repeating: 0, count: targets.count)
            var inWeights = [Double](repeating: 0, count: edgeWeights != nil ? targets.count : 0)
            for node in 0..<n {
                for arc in Int(offsets[node])..<Int(offsets[node + 1]) {
                    let target = Int(targets[arc])
                    let slot = Int(inFill[target])
                    inFill[target] += 1
                    inTargets[slot] = Int32(node)
                    if edgeWeights != nil { inWeights[slot] = weights[arc] }
                }
            }
            self.inOffsets = inOffsets
            self.inTargets = inTargets
            self.inWeights = edgeWeights != nil ? inWeights : nil
        } else {
            self.inOffsets = offsets
            self.inTargets = targets
            self.inWeights = self.weights
        }
    }
}
