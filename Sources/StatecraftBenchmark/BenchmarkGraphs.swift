/// The benchmark graphs of `peers-baseline.md`, byte for byte: edge lists generated with
/// ``SplitMix64`` from fixed seeds, so that the peers script and this program time the same input.
import Statecraft

enum BenchmarkGraphs {
    /// A Barabási–Albert-like graph: a clique on `0...m`, then each new node attaches to `m`
    /// distinct endpoints drawn uniformly from the list of all edge ends so far (preferential
    /// attachment). One line `v t` per undirected edge, larger id first.
    ///
    /// Barabási, A.-L. & Albert, R. (1999). Emergence of scaling in random networks. *Science*
    /// 286(5439), 509–512.
    static func barabasiAlbert(n: Int, m: Int, seed: UInt64) -> String {
        var random = SplitMix64(seed: seed)
        var ends: [Int32] = []
        ends.reserveCapacity(2 * m * n)
        var text = ""
        text.reserveCapacity(14 * m * n)
        for j in 1...m {
            for i in 0..<j {
                text += "\(j) \(i)\n"
                ends.append(Int32(j))
                ends.append(Int32(i))
            }
        }
        var chosen: [Int32] = []
        for v in (m + 1)..<n {
            chosen.removeAll(keepingCapacity: true)
            while chosen.count < m {
                let t = ends[random.uniform(ends.count)]
                if !chosen.contains(t) { chosen.append(t) }
            }
            for t in chosen {
                text += "\(v) \(t)\n"
                ends.append(Int32(v))
                ends.append(t)
            }
        }
        return text
    }

    /// A directed Erdős–Rényi G(n, M) graph: uniform pairs `u v`, `u ≠ v`, without repeats, in the
    /// order drawn.
    ///
    /// Erdős, P. & Rényi, A. (1959). On random graphs I. *Publicationes Mathematicae* 6, 290–297.
    static func erdosRenyi(n: Int, edges: Int, seed: UInt64) -> String {
        var random = SplitMix64(seed: seed)
        var seen = Set<Int>()
        seen.reserveCapacity(edges)
        var text = ""
        text.reserveCapacity(13 * edges)
        while seen.count < edges {
            let u = random.uniform(n)
            let v = random.uniform(n)
            if u == v || !seen.insert(u * n + v).inserted { continue }
            text += "\(u) \(v)\n"
        }
        return text
    }
}
