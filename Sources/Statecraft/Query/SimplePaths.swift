/// Every simple path (no repeated node) between two nodes with at most `maxLength` edges — what
/// `nx.all_simple_paths(G, source, target, cutoff)` enumerates — by depth-first search, sorted by
/// length and then node sequence; at most `limit` paths. Exponential in the worst case: keep
/// `maxLength` small on dense graphs.
public enum SimplePaths {
    public static func all(
        _ index: AnalysisIndex, from source: Int, to target: Int, maxLength: Int, limit: Int = 10_000,
        weighted: Bool = false
    ) -> [Path] {
        guard source != target, maxLength > 0 else { return [] }
        var paths: [[Int]] = []
        var onPath = [Bool](repeating: false, count: index.nodeCount)
        var stack = [source]
        onPath[source] = true
        func extend(_ v: Int) {
            for arc in index.arcs(of: v) {
                guard paths.count < limit else { return }
                let w = Int(index.targets[arc])
                if onPath[w] { continue }
                if w == target {
                    paths.append(stack + [w])
                } else if stack.count < maxLength {
                    stack.append(w)
                    onPath[w] = true
                    extend(w)
                    onPath[w] = false
                    stack.removeLast()
                }
            }
        }
        extend(source)
        return paths.map { Path(nodes: $0, on: index, weighted: weighted && index.isWeighted) }.sorted {
            $0.length != $1.length ? $0.length < $1.length
                : $0.nodes.count != $1.nodes.count ? $0.nodes.count < $1.nodes.count
                : $0.nodes.lexicographicallyPrecedes($1.nodes)
        }
    }
}
