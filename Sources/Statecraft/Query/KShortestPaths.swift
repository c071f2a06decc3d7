/// The `k` shortest simple (loopless) paths between two nodes, by hops or by weight, in order of
/// length — what `nx.shortest_simple_paths` enumerates. Among paths of equal length the order is
/// by node sequence.
///
/// Yen's algorithm: each next path deviates from one already found at a *spur node*, following
/// the found path's root up to it and then the shortest path from it that avoids the root's nodes
/// and the arcs the found paths with the same root take next.
///
/// Yen, J. Y. (1971). Finding the k shortest loopless paths in a network. *Management Science*
/// 17(11), 712–716.
public enum KShortestPaths {
    public static func paths(
        _ index: AnalysisIndex, from source: Int, to target: Int, k: Int, weighted: Bool = false
    ) throws(AnalysisError) -> [Path] {
        guard k > 0 else { return [] }
        let useWeights = weighted && index.isWeighted
        guard let first = try shortest(index, from: source, to: target, weighted: useWeights, blockedNodes: [], blockedArcs: []) else {
            return []
        }
        var found = [first]
        var candidates: [Path] = []
        var seen: Set<[Int]> = [first.nodes]
        while found.count < k {
            let last = found[found.count - 1].nodes
            for spurPosition in 0..<(last.count - 1) {
                let spur = last[spurPosition]
                let root = Array(last[0...spurPosition])
                var blockedArcs: Set<Int> = []
                for path in found where path.nodes.count > spurPosition + 1 && Array(path.nodes[0...spurPosition]) == root {
                    if let arc = index.arc(from: path.nodes[spurPosition], to: path.nodes[spurPosition + 1]) {
                        blockedArcs.insert(arc)
                    }
                }
                let blockedNodes = Set(root.dropLast())
                guard let spurPath = try shortest(
                    index, from: spur, to: target, weighted: useWeights, blockedNodes: blockedNodes, blockedArcs: blockedArcs)
                else { continue }
                let nodes = root + spurPath.nodes.dropFirst()
                if seen.insert(nodes).inserted {
                    candidates.append(Path(nodes: nodes, on: index, weighted: useWeights))
                }
            }
            guard let best = candidates.indices.min(by: { precedes(candidates[$0], candidates[$1]) }) else { break }
            found.append(candidates.remove(at: best))
        }
        return found
    }

    private static func precedes(_ a: Path, _ b: Path) -> Bool {
        if a.length != b.length { return a.length < b.length }
        if a.nodes.count != b.nodes.count { return a.nodes.count < b.nodes.count }
        return a.nodes.lexicographicallyPrecedes(b.nodes)
    }

    private static func shortest(
        _ index: AnalysisIndex, from source: Int, to target: Int, weighted: Bool,
        blockedNodes: Set<Int>, blockedArcs: Set<Int>
    ) throws(AnalysisError) -> Path? {
        if blockedNodes.contains(source) { return nil }
        let search = try ShortestPaths.predecessorLists(
            index, from: source, weighted: weighted, stopAt: target, blockedNodes: blockedNodes, blockedArcs: blockedArcs)
        guard !search.distance[target].isInfinite else { return nil }
        // The lexicographically smallest predecessor at each step, for a deterministic order.
        var nodes = [target]
        while nodes.last! != source { nodes.append(search.lists[nodes.last!].min()!) }
        return Path(nodes: nodes.reversed(), on: index, weighted: weighted)
    }
}
