/// The hot loop of exact, unweighted node betweenness (Brandes 2001), tuned for large sparse graphs:
///
/// - nodes are renumbered by decreasing degree (rows sorted), so that the hubs most arcs lead to
///   share a few cache lines — a known win on power-law graphs;
/// - each node's BFS state is one 16-byte slot: its distance and a value that holds σ during the
///   forward search and, once the node has been accumulated, its share (1 + δ) / σ, which is all its
///   predecessors read (the pull form of the accumulation: no predecessor lists);
/// - the forward search records each node's arcs into the next level (its shortest-path
///   successors) in one sequential buffer, so the backward pass reads only those, without tests;
/// - the visited test, unpredictable by nature, selects values rather than branching;
/// - on undirected graphs a level is built *bottom-up* when the arcs of the nodes not yet reached
///   are fewer than those of the frontier (direction-optimising BFS, Beamer, Asanović & Patterson
///   2012): each unreached node sums σ over its neighbours on the frontier and records them as its
///   predecessors, and the backward pass pushes shares along those lists instead of pulling from
///   successors. On small-world graphs this halves the arcs the forward search reads.
///
/// Beamer, S., Asanović, K. & Patterson, D. (2012). Direction-optimizing breadth-first search.
/// *SC '12*, 1–10.
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
        /// Bottom-up levels need the arcs into a node: the out-CSR is that only when undirected.
        let allowsBottomUp: Bool

        init(_ index: AnalysisIndex) {
            let n = index.nodeCount
            allowsBottomUp = !index.isDirected
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
    /// For nodes of bottom-up levels, their predecessors: `predecessors[predecessorStart[i]..<predecessorStart[i + 1]]`.
    private var predecessors: [Int32]
    private var predecessorStart: [Int32]
    /// Shares pushed to a node by its successors on bottom-up levels.
    private var pending: [Double]
    /// Nodes not reached yet (a superset, compacted by each bottom-up level).
    private var unreached: [Int32]
    /// `levelStart[l]`: the position in `order` of the first node at distance `l`; `bottomUp[l]`:
    /// whether level `l` was built bottom-up.
    private var levelStart: [Int32]
    private var bottomUp: [Bool]

    init(layout: Layout, endpoints: Bool) {
        let n = layout.original.count
        self.layout = layout
        self.endpoints = endpoints
        sums = [Double](repeating: 0, count: n)
        slots = [Slot](repeating: Slot(distance: -1, value: 0), count: n)
        order = [Int32](repeating: 0, count: n + 1)  // a spare slot for the branch-free append
        successors = [Int32](repeating: 0, count: layout.targets.count + 1)
        successorStart = [Int32](repeating: 0, count: n + 1)
        predecessors = [Int32](repeating: 0, count: layout.targets.count + 1)
        predecessorStart = [Int32](repeating: 0, count: n + 1)
        pending = [Double](repeating: 0, count: n)
        unreached = []
        unreached.reserveCapacity(n)
        levelStart = []
        bottomUp = []
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
        let n = layout.original.count
        let endpoints = self.endpoints
        let allowsBottomUp = layout.allowsBottomUp
        let arcTotal = layout.targets.count
        levelStart.removeAll(keepingCapacity: true)
        bottomUp.removeAll(keepingCapacity: true)
        unreached.removeAll(keepingCapacity: true)
        var levelStart = self.levelStart
        var bottomUp = self.bottomUp
        var unreached = self.unreached
        self.levelStart = []
        self.bottomUp = []
        self.unreached = []
        layout.offsets.withUnsafeBufferPointer { offsets in
            layout.targets.withUnsafeBufferPointer { targets in
                slots.withUnsafeMutableBufferPointer { slots in
                    order.withUnsafeMutableBufferPointer { order in
                        sums.withUnsafeMutableBufferPointer { sums in
                            successors.withUnsafeMutableBufferPointer { successors in
                                successorStart.withUnsafeMutableBufferPointer { successorStart in
                                    predecessors.withUnsafeMutableBufferPointer { predecessors in
                                        predecessorStart.withUnsafeMutableBufferPointer { predecessorStart in
                                            pending.withUnsafeMutableBufferPointer { pending in
                                                // Forward: level by level, counting shortest paths.
                                                slots[s] = Slot(distance: 0, value: 1)
                                                order[0] = Int32(s)
                                                var reached = 1
                                                var recorded = 0
                                                var predecessorCount = 0
                                                levelStart.append(0)
                                                bottomUp.append(false)
                                                var frontierDegree = Int(offsets[s + 1] - offsets[s])
                                                var reachedDegree = frontierDegree
                                                var haveUnreachedList = false
                                                var level: Int32 = 0
                                                while true {
                                                    let frontierStart = Int(levelStart[levelStart.count - 1])
                                                    let frontierEnd = reached
                                                    let next = level &+ 1
                                                    var nextDegree = 0
                                                    let unreachedArcs = arcTotal - reachedDegree
                                                    let goBottomUp = allowsBottomUp && unreachedArcs + (haveUnreachedList ? unreached.count : n) < frontierDegree
                                                    if goBottomUp {
                                                        if !haveUnreachedList {
                                                            for v in 0..<n where slots[v].distance < 0 { unreached.append(Int32(v)) }
                                                            haveUnreachedList = true
                                                        }
                                                        var kept = 0
                                                        for position in 0..<unreached.count {
                                                            let w = Int(unreached[position])
                                                            if slots[w].distance >= 0 { continue }
                                                            let first = predecessorCount
                                                            var sigma = 0.0
                                                            for arc in Int(offsets[w])..<Int(offsets[w &+ 1]) {
                                                                let v = Int(targets[arc])
                                                                let slot = slots[v]
                                                                let isParent = slot.distance == level
                                                                sigma += isParent ? slot.value : 0
                                                                predecessors[predecessorCount] = Int32(truncatingIfNeeded: v)
                                                                predecessorCount &+= isParent ? 1 : 0
                                                            }
                                                            if predecessorCount > first {
                                                                slots[w] = Slot(distance: next, value: sigma)
                                                                predecessorStart[reached] = Int32(truncatingIfNeeded: first)
                                                                order[reached] = Int32(truncatingIfNeeded: w)
                                                                reached &+= 1
                                                                nextDegree &+= Int(offsets[w &+ 1] &- offsets[w])
                                                            } else {
                                                                unreached[kept] = Int32(truncatingIfNeeded: w)
                                                                kept &+= 1
                                                            }
                                                        }
                                                        unreached.removeLast(unreached.count - kept)
                                                        predecessorStart[reached] = Int32(truncatingIfNeeded: predecessorCount)
                                                    } else {
                                                        for head in frontierStart..<frontierEnd {
                                                            let v = Int(order[head])
                                                            successorStart[head] = Int32(truncatingIfNeeded: recorded)
                                                            let sigma = slots[v].value
                                                            for arc in Int(offsets[v])..<Int(offsets[v &+ 1]) {
                                                                let w = Int(targets[arc])
                                                                let distance = slots[w].distance
                                                                let isNew = distance < 0
                                                                order[reached] = Int32(truncatingIfNeeded: w)
                                                                reached &+= isNew ? 1 : 0
                                                                let newLevel = isNew ? next : distance
                                                                slots[w].distance = newLevel
                                                                let isSuccessor = newLevel == next
                                                                slots[w].value += isSuccessor ? sigma : 0
                                                                successors[recorded] = Int32(truncatingIfNeeded: w)
                                                                recorded &+= isSuccessor ? 1 : 0
                                                            }
                                                        }
                                                        successorStart[frontierEnd] = Int32(truncatingIfNeeded: recorded)
                                                        for position in frontierEnd..<reached {
                                                            let w = Int(order[position])
                                                            nextDegree &+= Int(offsets[w &+ 1] &- offsets[w])
                                                        }
                                                    }
                                                    // bottomUp[l + 1] says how the level after l was built,
                                                    // which is how level l's nodes find their successors.
                                                    bottomUp.append(goBottomUp)
                                                    if reached == frontierEnd { break }
                                                    levelStart.append(Int32(truncatingIfNeeded: frontierEnd))
                                                    frontierDegree = nextDegree
                                                    reachedDegree &+= nextDegree
                                                    level = next
                                                }
                                                levelStart.append(Int32(truncatingIfNeeded: reached))
                                                // Backward, deepest level first: δ(w) = σ(w) Σ_{successors x} share(x),
                                                // pulled from recorded successors or pushed along predecessors.
                                                if endpoints { sums[s] += Double(reached - 1) }
                                                var depth = levelStart.count - 2
                                                while depth >= 0 {
                                                    let first = Int(levelStart[depth])
                                                    let last = Int(levelStart[depth + 1])
                                                    let pulls = !bottomUp[depth + 1]
                                                    for position in first..<last {
                                                        let w = Int(order[position])
                                                        var sum = pending[w]
                                                        if pulls {
                                                            for index in Int(successorStart[position])..<Int(successorStart[position &+ 1]) {
                                                                sum += slots[Int(successors[index])].value
                                                            }
                                                        }
                                                        let sigma = slots[w].value
                                                        let delta = sigma * sum
                                                        let share = (1 + delta) / sigma
                                                        slots[w].value = share
                                                        if w != s { sums[w] += endpoints ? delta + 1 : delta }
                                                        if bottomUp[depth] {
                                                            for index in Int(predecessorStart[position])..<Int(predecessorStart[position &+ 1]) {
                                                                pending[Int(predecessors[index])] += share
                                                            }
                                                        }
                                                    }
                                                    depth -= 1
                                                }
                                                for position in 0..<reached {
                                                    let v = Int(order[position])
                                                    slots[v] = Slot(distance: -1, value: 0)
                                                    pending[v] = 0
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
        }
        self.levelStart = levelStart
        self.bottomUp = bottomUp
        self.unreached = unreached
    }
}
