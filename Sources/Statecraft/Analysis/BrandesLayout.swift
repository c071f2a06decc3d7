/// The graph as ``BrandesKernel`` reads it: a CSR whose nodes are renumbered in breadth-first
/// order from the highest-degree node, each node's neighbours taken by decreasing degree (each
/// further component from its own highest-degree node) — a Cuthill–McKee-like order with the hubs
/// first. Nodes found one after the other lie close together in the graph, so:
///
/// - the neighbours of a node, and the nodes of one level, share cache lines more often than in
///   the input's order;
/// - sources batched in this order (``batchOrder(_:)``) lie close together, so the eight searches
///   of a batch meet most nodes at the same distance or one apart and share more of their levels.
///
/// On ba20k, against batching the sources by their input number on a CSR sorted by degree, these
/// two take about 40% off the time. Rows are sorted. Shared, read-only, by all threads.
///
/// Cuthill, E. & McKee, J. (1969). Reducing the bandwidth of sparse symmetric matrices.
/// *Proceedings of the 24th ACM National Conference*, 157–172.
struct BrandesLayout: Sendable {
    let offsets: [Int32]
    let targets: [Int32]
    /// `renumbered[old]` and `original[new]`.
    let renumbered: [Int32]
    let original: [Int32]
    /// Bottom-up levels need the arcs into a node: the out-CSR is that only when undirected.
    let allowsBottomUp: Bool

    var nodeCount: Int { original.count }

    init(_ index: AnalysisIndex) {
        let n = index.nodeCount
        allowsBottomUp = !index.isDirected
        let degree = (0..<n).map { index.arcs(of: $0).count }
        let byDegree = (0..<n).sorted { degree[$0] != degree[$1] ? degree[$0] > degree[$1] : $0 < $1 }
        var degreeRank = [Int](repeating: 0, count: n)
        for (rank, node) in byDegree.enumerated() { degreeRank[node] = rank }
        // Breadth-first, hubs first.
        var original = [Int32]()
        original.reserveCapacity(n)
        var found = [Bool](repeating: false, count: n)
        var neighbours: [Int] = []
        for root in byDegree where !found[root] {
            found[root] = true
            original.append(Int32(root))
            var head = original.count - 1
            while head < original.count {
                let v = Int(original[head])
                head += 1
                neighbours.removeAll(keepingCapacity: true)
                for arc in index.arcs(of: v) where !found[Int(index.targets[arc])] {
                    neighbours.append(Int(index.targets[arc]))
                }
                neighbours.sort { degreeRank[$0] < degreeRank[$1] }
                for w in neighbours where !found[w] {
                    found[w] = true
                    original.append(Int32(w))
                }
            }
        }
        var renumbered = [Int32](repeating: 0, count: n)
        for (new, old) in original.enumerated() { renumbered[Int(old)] = Int32(new) }
        var offsets = [Int32](repeating: 0, count: n + 1)
        var targets = [Int32]()
        targets.reserveCapacity(index.arcCount)
        for new in 0..<n {
            let old = Int(original[new])
            let start = targets.count
            for arc in index.arcs(of: old) { targets.append(renumbered[Int(index.targets[arc])]) }
            targets[start...].sort()
            offsets[new + 1] = Int32(targets.count)
        }
        self.offsets = offsets
        self.targets = targets
        self.renumbered = renumbered
        self.original = original
    }

    /// `sources` (original node numbers) in the order to batch them: by their new number.
    func batchOrder(_ sources: [Int]) -> [Int] {
        sources.sorted { renumbered[$0] < renumbered[$1] }
    }
}
