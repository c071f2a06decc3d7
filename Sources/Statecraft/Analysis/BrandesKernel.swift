/// The hot loop of exact, unweighted node betweenness (Brandes 2001), tuned for large sparse graphs:
///
/// - nodes are renumbered by decreasing degree (rows sorted), so that the hubs most arcs lead to
///   share a few cache lines — a known win on power-law graphs;
/// - each node's BFS state is one 16-byte slot: its distance and a value that holds σ during the
///   forward search and, once the node has been accumulated, its share (1 + δ) / σ, which is all its
///   predecessors read (the pull form of the accumulation: no predecessor lists);
/// - the forward search records each node's arcs into the next level (its shortest-path
///   successors) in one sequential buffer, so the backward pass reads only those, without tests;
/// - the visited test, unpredictable by nature, selects values rather than branching.
///
/// One kernel per thread; `betweenness` is indexed by the *original* node numbers.
struct BrandesKernel {
    /// The renumbered CSR, shared by all threads.
    struct Layout: Sendable {
        let offsets: [Int32]
        let targets: [Int32]
        /// `renumbered[old]` and `original[new]`.
        let renumbered: [Int32]
        let original: [Int32]

        init(_ index: AnalysisIndex) {
            let n = index.nodeCount
            let degree = (0..<n).map { index.arcs(of: $0).count }
            let original = (0..<n).sorted { degree[$0] != degree[$1] ? degree[$0] > degree[$1] : $0 < $1 }.map(Int32.init)
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
    }

    private struct Slot {
        var distance: Int32
        var value: Double
    }

    let layout: Layout
    let endpoints: Bool
    /// By renumbered node.
    private var sums: [Double]
    private var slots: [Slot]
    private var order: [Int32]
    /// The successors on shortest paths of `order[i]`: `successors[successorStart[i]..<successorStart[i + 1]]`.
    private var successors: [Int32]
    private var successorStart: [Int32]

    init(layout: Layout, endpoints: Bool) {
        let n = layout.original.count
        self.layout = layout
        self.endpoints = endpoints
        sums = [Double](repeating: 0, count: n)
        slots = [Slot](repeating: Slot(distance: -1, value: 0), count: n)
        order = [Int32](repeating: 0, count: n + 1)  // a spare slot for the branch-free append
        successors = [Int32](repeating: 0, count: layout.targets.count + 1)
        successorStart = [Int32](repeating: 0, count: n + 1)
    }

    /// The partial sums, by original node.
    var betweenness: [Double] {
        var result = [Double](repeating: 0, count: sums.count)
        for (new, old) in layout.original.enumerated() { result[Int(old)] = sums[new] }
        return result
    }

    /// Adds the dependencies of source `source` (an original node number).
    mutating func accumulate(from source: Int) {
        let s = Int(layout.renumbered[source])
        let endpoints = self.endpoints
        layout.offsets.withUnsafeBufferPointer { offsets in
            layout.targets.withUnsafeBufferPointer { targets in
                slots.withUnsafeMutableBufferPointer { slots in
                    order.withUnsafeMutableBufferPointer { order in
                        sums.withUnsafeMutableBufferPointer { sums in
                            successors.withUnsafeMutableBufferPointer { successors in
                                successorStart.withUnsafeMutableBufferPointer { successorStart in
                                    // Forward: BFS counting shortest paths, recording the successors.
                                    slots[s] = Slot(distance: 0, value: 1)
                                    order[0] = Int32(s)
                                    var reached = 1
                                    var head = 0
                                    var recorded = 0
                                    while head < reached {
                                        let v = Int(order[head])
                                        successorStart[head] = Int32(truncatingIfNeeded: recorded)
                                        head &+= 1
                                        let next = slots[v].distance &+ 1
                                        let sigma = slots[v].value
                                        for arc in Int(offsets[v])..<Int(offsets[v &+ 1]) {
                                            let w = Int(targets[arc])
                                            let distance = slots[w].distance
                                            let isNew = distance < 0
                                            order[reached] = Int32(truncatingIfNeeded: w)
                                            reached &+= isNew ? 1 : 0
                                            let level = isNew ? next : distance
                                            slots[w].distance = level
                                            let isSuccessor = level == next
                                            slots[w].value += isSuccessor ? sigma : 0
                                            successors[recorded] = Int32(truncatingIfNeeded: w)
                                            recorded &+= isSuccessor ? 1 : 0
                                        }
                                    }
                                    successorStart[reached] = Int32(truncatingIfNeeded: recorded)
                                    // Backward, in reverse BFS order: δ(w) = σ(w) Σ_{successors x} share(x).
                                    if endpoints { sums[s] += Double(reached - 1) }
                                    var position = reached - 1
                                    while position >= 0 {
                                        let w = Int(order[position])
                                        var sum = 0.0
                                        for next in Int(successorStart[position])..<Int(successorStart[position &+ 1]) {
                                            sum += slots[Int(successors[next])].value
                                        }
                                        position &-= 1
                                        let sigma = slots[w].value
                                        let delta = sigma * sum
                                        slots[w].value = (1 + delta) / sigma
                                        if w != s { sums[w] += endpoints ? delta + 1 : delta }
                                    }
                                    for position in 0..<reached {
                                        slots[Int(order[position])] = Slot(distance: -1, value: 0)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
