/// Breadth-first searches from 64 sources at once, one bit per source (multi-source BFS, Then et al.
/// 2014): each node keeps a 64-bit word of the sources that have reached it, and a level costs one
/// pass over the nodes that some source has not reached yet, OR-ing their neighbours' frontier
/// words. Closeness and harmonic centrality on unweighted graphs need only, per source, how many
/// nodes it reaches and the sum of the distances and of their reciprocals — which this gathers
/// level by level — so they need a fraction of the memory traffic of one BFS per source.
///
/// Then, M., Kaufmann, M., Chirigati, F., Hoang-Vu, T.-A., Pham, K., Kemper, A., Neumann, T. &
/// Vo, H. T. (2014). The more the merrier: efficient multi-source graph traversal. *PVLDB* 8(4),
/// 449–460.
struct MultiSourceBFS {
    /// For each node `u`: the nodes at finite distance `d(v, u)` (`towards`) or `d(u, v)` counted,
    /// with the sums of the distances and of their reciprocals.
    static func distanceSums(
        _ index: AnalysisIndex, towards: Bool, threads: Int?
    ) -> (reached: [Int], total: [Double], reciprocal: [Double]) {
        let n = index.nodeCount
        // A source's search follows arcs backwards when distances are measured towards it; a node
        // then pulls from the nodes its own arcs lead to.
        let pullFromSuccessors = towards || !index.isDirected
        let offsets = pullFromSuccessors ? index.offsets : index.inOffsets
        let targets = pullFromSuccessors ? index.targets : index.inTargets
        let batches = (n + 63) / 64
        let workers = Parallel.workers(threads, items: batches)
        let parts = Parallel.map(workers: workers) { worker in
            var seen = [UInt64](repeating: 0, count: n)
            var frontier = [UInt64](repeating: 0, count: n)
            var nextFrontier = [UInt64](repeating: 0, count: n)
            var rows: [(Int, Int, Double, Double)] = []
            var counts = [Int](repeating: 0, count: 64)
            var batch = worker
            while batch < batches {
                let first = batch * 64
                let size = min(64, n - first)
                var reached = [Int](repeating: 1, count: size)
                var total = [Double](repeating: 0, count: size)
                var reciprocal = [Double](repeating: 0, count: size)
                for v in 0..<n {
                    seen[v] = 0
                    frontier[v] = 0
                }
                for bit in 0..<size {
                    seen[first + bit] = 1 << UInt64(bit)
                    frontier[first + bit] = 1 << UInt64(bit)
                }
                let everyone: UInt64 = size == 64 ? ~0 : (1 << UInt64(size)) - 1
                var level = 0
                var active = true
                while active {
                    level += 1
                    active = false
                    for bit in 0..<size { counts[bit] = 0 }
                    offsets.withUnsafeBufferPointer { offsets in
                        targets.withUnsafeBufferPointer { targets in
                            seen.withUnsafeMutableBufferPointer { seen in
                                frontier.withUnsafeBufferPointer { frontier in
                                    nextFrontier.withUnsafeMutableBufferPointer { nextFrontier in
                                        counts.withUnsafeMutableBufferPointer { counts in
                                            for w in 0..<n {
                                                let missing = everyone & ~seen[w]
                                                if missing == 0 {
                                                    nextFrontier[w] = 0
                                                    continue
                                                }
                                                var incoming: UInt64 = 0
                                                for arc in Int(offsets[w])..<Int(offsets[w &+ 1]) {
                                                    incoming |= frontier[Int(targets[arc])]
                                                }
                                                var found = incoming & missing
                                                nextFrontier[w] = found
                                                if found != 0 {
                                                    seen[w] |= found
                                                    active = true
                                                    while found != 0 {
                                                        counts[found.trailingZeroBitCount] &+= 1
                                                        found &= found &- 1
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                    swap(&frontier, &nextFrontier)
                    let distance = Double(level)
                    for bit in 0..<size where counts[bit] > 0 {
                        reached[bit] += counts[bit]
                        total[bit] += Double(counts[bit]) * distance
                        reciprocal[bit] += Double(counts[bit]) / distance
                    }
                }
                for bit in 0..<size { rows.append((first + bit, reached[bit], total[bit], reciprocal[bit])) }
                batch += workers
            }
            return rows
        }
        var reached = [Int](repeating: 0, count: n)
        var total = [Double](repeating: 0, count: n)
        var reciprocal = [Double](repeating: 0, count: n)
        for part in parts {
            for (node, count, sum, inverse) in part {
                reached[node] = count
                total[node] = sum
                reciprocal[node] = inverse
            }
        }
        return (reached, total, reciprocal)
    }
}
