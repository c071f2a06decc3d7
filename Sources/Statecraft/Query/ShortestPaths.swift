import HeapModule

/// Shortest paths between two nodes of an ``AnalysisIndex``, with NetworkX's semantics: a
/// bidirectional breadth-first search for one shortest path by hops
/// (`nx.bidirectional_shortest_path`), every shortest path (`nx.all_shortest_paths`), and
/// Dijkstra's algorithm with a binary heap (swift-collections' `Heap`) when arc weights are lengths
/// (`nx.dijkstra_path`, `nx.all_shortest_paths(weight=…)`); negative weights are an error.
///
/// Dijkstra, E. W. (1959). A note on two problems in connexion with graphs. *Numerische Mathematik*
/// 1, 269–271. Pohl, I. (1971). Bi-directional search. *Machine Intelligence* 6, 127–140.
public enum ShortestPaths {
    /// One shortest path by hops, searching from both ends (always expanding the smaller frontier);
    /// `nil` when `target` is unreachable.
    public static func shortest(_ index: AnalysisIndex, from source: Int, to target: Int) -> Path? {
        if source == target { return Path(nodes: [source], length: 0) }
        // parent[v]: the node v was reached from (forward) / leads to (backward); −1 unseen.
        var forward = [Int32](repeating: -1, count: index.nodeCount)
        var backward = [Int32](repeating: -1, count: index.nodeCount)
        forward[source] = Int32(source)
        backward[target] = Int32(target)
        var forwardFrontier = [source]
        var backwardFrontier = [target]
        var meeting: Int?
        /// Expands `frontier` one level along `offsets`/`targets`, recording parents; returns the
        /// first node the other side has seen.
        func expand(
            _ frontier: inout [Int], _ parent: inout [Int32], other: [Int32], _ offsets: [Int32], _ targets: [Int32]
        ) -> Int? {
            var next: [Int] = []
            defer { frontier = next }
            for v in frontier {
                for arc in Int(offsets[v])..<Int(offsets[v + 1]) {
                    let w = Int(targets[arc])
                    if parent[w] < 0 {
                        parent[w] = Int32(v)
                        next.append(w)
                    }
                    if other[w] >= 0 { return w }
                }
            }
            return nil
        }
        while meeting == nil, !forwardFrontier.isEmpty, !backwardFrontier.isEmpty {
            if forwardFrontier.count <= backwardFrontier.count {
                meeting = expand(&forwardFrontier, &forward, other: backward, index.offsets, index.targets)
            } else {
                meeting = expand(&backwardFrontier, &backward, other: forward, index.inOffsets, index.inTargets)
            }
        }
        guard let meeting else { return nil }
        var nodes: [Int] = []
        var v = meeting
        while v != source {
            nodes.append(v)
            v = Int(forward[v])
        }
        nodes.append(source)
        nodes.reverse()
        v = meeting
        while v != target {
            v = Int(backward[v])
            nodes.append(v)
        }
        return Path(nodes: nodes, length: Double(nodes.count - 1))
    }

    /// Every shortest path from `source` to `target` (by hops, or by weight with `weighted`),
    /// sorted by their node sequences; at most `limit`. Empty when `target` is unreachable.
    public static func all(
        _ index: AnalysisIndex, from source: Int, to target: Int, weighted: Bool = false, limit: Int = 10_000
    ) throws(AnalysisError) -> [Path] {
        let predecessors = try predecessorLists(index, from: source, weighted: weighted)
        guard !predecessors.distance[target].isInfinite else { return [] }
        var paths: [[Int]] = []
        var stack = [target]
        func walk(_ v: Int) {
            guard paths.count < limit else { return }
            if v == source {
                paths.append(stack.reversed())
                return
            }
            for u in predecessors.lists[v] {
                stack.append(u)
                walk(u)
                stack.removeLast()
            }
        }
        walk(target)
        let length = predecessors.distance[target]
        return paths.sorted { $0.lexicographicallyPrecedes($1) }.map { Path(nodes: $0, length: length) }
    }

    /// One shortest path by weight (Dijkstra); `nil` when unreachable.
    public static func dijkstra(_ index: AnalysisIndex, from source: Int, to target: Int) throws(AnalysisError) -> Path? {
        let search = try predecessorLists(index, from: source, weighted: true, stopAt: target)
        guard !search.distance[target].isInfinite else { return nil }
        var nodes = [target]
        while nodes.last! != source { nodes.append(search.lists[nodes.last!][0]) }
        return Path(nodes: nodes.reversed(), length: search.distance[target])
    }

    /// Distances from `source` and, for every node, its predecessors on shortest paths (in the
    /// order they were found). Weighted searches compare lengths exactly, as NetworkX does.
    static func predecessorLists(
        _ index: AnalysisIndex, from source: Int, weighted: Bool, stopAt: Int? = nil,
        blockedNodes: Set<Int> = [], blockedArcs: Set<Int> = []
    ) throws(AnalysisError) -> (distance: [Double], lists: [[Int]]) {
        var distance = [Double](repeating: .infinity, count: index.nodeCount)
        var lists = [[Int]](repeating: [], count: index.nodeCount)
        distance[source] = 0
        if weighted && index.isWeighted {
            try ShortestPathLengths.checkNonNegative(index)
            var settled = [Bool](repeating: false, count: index.nodeCount)
            var heap = Heap<Entry>()
            heap.insert(Entry(length: 0, node: source))
            while let entry = heap.popMin() {
                let v = entry.node
                if settled[v] || entry.length > distance[v] { continue }
                settled[v] = true
                if v == stopAt { break }
                for arc in index.arcs(of: v) where !blockedArcs.contains(arc) {
                    let w = Int(index.targets[arc])
                    if settled[w] || blockedNodes.contains(w) { continue }
                    let length = entry.length + index.weight(ofArc: arc)
                    if length < distance[w] {
                        distance[w] = length
                        lists[w] = [v]
                        heap.insert(Entry(length: length, node: w))
                    } else if length == distance[w] {
                        lists[w].append(v)
                    }
                }
            }
        } else {
            var frontier = [source]
            while !frontier.isEmpty {
                var next: [Int] = []
                for v in frontier {
                    if v == stopAt { return (distance, lists) }
                    for arc in index.arcs(of: v) where !blockedArcs.contains(arc) {
                        let w = Int(index.targets[arc])
                        if blockedNodes.contains(w) { continue }
                        if distance[w].isInfinite {
                            distance[w] = distance[v] + 1
                            next.append(w)
                        }
                        if distance[w] == distance[v] + 1 { lists[w].append(v) }
                    }
                }
                frontier = next
            }
        }
        return (distance, lists)
    }

    private struct Entry: Comparable {
        var length: Double
        var node: Int
        static func < (a: Entry, b: Entry) -> Bool { (a.length, a.node) < (b.length, b.node) }
    }
}
