import HeapModule

/// Single-source shortest-path lengths over an ``AnalysisIndex``, forwards (out-arcs) or backwards
/// (in-arcs: the distances *to* the source), by breadth-first search or, with weights as lengths,
/// by Dijkstra's algorithm with a binary heap. The buffers are reused from one search to the next;
/// one searcher per thread.
///
/// Dijkstra, E. W. (1959). A note on two problems in connexion with graphs. *Numerische Mathematik*
/// 1, 269–271.
struct ShortestPathLengths {
    let index: AnalysisIndex
    let backwards: Bool
    let weighted: Bool
    /// Hop counts (BFS), −1 when unreached.
    private(set) var hops: [Int32]
    /// Lengths (Dijkstra), infinity when unreached.
    private(set) var lengths: [Double]
    /// The nodes reached by the last search, in order of distance: `order[0..<reached]`.
    private(set) var order: [Int32]
    private(set) var reached = 0

    init(index: AnalysisIndex, backwards: Bool, weighted: Bool) {
        self.index = index
        self.backwards = backwards && index.isDirected
        self.weighted = weighted && index.isWeighted
        hops = [Int32](repeating: -1, count: index.nodeCount)
        lengths = self.weighted ? [Double](repeating: .infinity, count: index.nodeCount) : []
        order = [Int32](repeating: 0, count: index.nodeCount)
    }

    /// Throws when a weight is negative, naming the first such arc.
    static func checkNonNegative(_ index: AnalysisIndex) throws(AnalysisError) {
        guard let weights = index.weights else { return }
        for source in 0..<index.nodeCount {
            for arc in index.arcs(of: source) where weights[arc] < 0 || weights[arc].isNaN {
                throw .negativeWeight(
                    source: index.labels[source], target: index.labels[Int(index.targets[arc])],
                    weight: weights[arc])
            }
        }
    }

    /// The distance to `node` found by the last search (hops or length).
    func distance(_ node: Int) -> Double {
        weighted ? lengths[node] : (hops[node] < 0 ? .infinity : Double(hops[node]))
    }

    /// Searches from `source`, forgetting the previous search.
    mutating func search(from source: Int) {
        clear()
        if weighted { dijkstra(from: source) } else { breadthFirst(from: source) }
    }

    private mutating func clear() {
        for position in 0..<reached {
            let v = Int(order[position])
            hops[v] = -1
            if weighted { lengths[v] = .infinity }
        }
        reached = 0
    }

    private mutating func breadthFirst(from source: Int) {
        let offsets = backwards ? index.inOffsets : index.offsets
        let targets = backwards ? index.inTargets : index.targets
        var reached = 0
        offsets.withUnsafeBufferPointer { offsets in
            targets.withUnsafeBufferPointer { targets in
                hops.withUnsafeMutableBufferPointer { hops in
                    order.withUnsafeMutableBufferPointer { order in
                        hops[source] = 0
                        order[0] = Int32(source)
                        reached = 1
                        var head = 0
                        while head < reached {
                            let v = Int(order[head])
                            head += 1
                            let next = hops[v] + 1
                            for arc in Int(offsets[v])..<Int(offsets[v + 1]) {
                                let w = Int(targets[arc])
                                if hops[w] < 0 {
                                    hops[w] = next
                                    order[reached] = Int32(w)
                                    reached += 1
                                }
                            }
                        }
                    }
                }
            }
        }
        self.reached = reached
    }

    private struct Entry: Comparable {
        var length: Double
        var node: Int32
        static func < (a: Entry, b: Entry) -> Bool { (a.length, a.node) < (b.length, b.node) }
    }

    private mutating func dijkstra(from source: Int) {
        let offsets = backwards ? index.inOffsets : index.offsets
        let targets = backwards ? index.inTargets : index.targets
        let weights = (backwards ? index.inWeights : index.weights)!
        var heap = Heap<Entry>()
        var touched: [Int32] = [Int32(source)]
        lengths[source] = 0
        heap.insert(Entry(length: 0, node: Int32(source)))
        while let entry = heap.popMin() {
            let v = Int(entry.node)
            if hops[v] >= 0 || entry.length > lengths[v] { continue }
            hops[v] = Int32(reached)  // settled mark; the hop count is not needed here
            order[reached] = Int32(v)
            reached += 1
            for arc in Int(offsets[v])..<Int(offsets[v + 1]) {
                let w = Int(targets[arc])
                guard hops[w] < 0 else { continue }
                let length = entry.length + weights[arc]
                if length < lengths[w] {
                    if lengths[w] == .infinity { touched.append(Int32(w)) }
                    lengths[w] = length
                    heap.insert(Entry(length: length, node: Int32(w)))
                }
            }
        }
        for v in touched where hops[Int(v)] < 0 { lengths[Int(v)] = .infinity }
    }
}

/// For every node: how many nodes reach it (itself included), the sum of their distances to it and
/// the sum of the reciprocals — what closeness and harmonic centrality are made of. Parallel over
/// nodes; unweighted graphs go through ``MultiSourceBFS``, weighted ones run Dijkstra per node.
struct IncomingDistanceSums {
    var reached: [Int]
    var total: [Double]
    var reciprocal: [Double]

    init(_ index: AnalysisIndex, weighted: Bool, threads: Int?) throws(AnalysisError) {
        if weighted { try ShortestPathLengths.checkNonNegative(index) }
        if !(weighted && index.isWeighted) {
            (reached, total, reciprocal) = MultiSourceBFS.distanceSums(index, towards: true, threads: threads)
            return
        }
        let n = index.nodeCount
        let workers = Parallel.workers(threads, items: n)
        let parts = Parallel.map(workers: workers) { worker in
            var search = ShortestPathLengths(index: index, backwards: true, weighted: weighted)
            var rows: [(Int, Int, Double, Double)] = []
            var node = worker
            while node < n {
                search.search(from: node)
                var total = 0.0
                var reciprocal = 0.0
                for position in 1..<max(1, search.reached) {
                    let d = search.distance(Int(search.order[position]))
                    total += d
                    if d > 0 { reciprocal += 1 / d }
                }
                rows.append((node, search.reached, total, reciprocal))
                node += workers
            }
            return rows
        }
        reached = [Int](repeating: 0, count: n)
        total = [Double](repeating: 0, count: n)
        reciprocal = [Double](repeating: 0, count: n)
        for part in parts {
            for (node, count, sum, inverse) in part {
                reached[node] = count
                total[node] = sum
                reciprocal[node] = inverse
            }
        }
    }
}
