/// Exact unweighted node betweenness (Brandes 2001) for eight sources at once: the eight searches
/// advance level by level together, and every arc they read is read once for all of them.
///
/// Each node carries one byte per batch of searches — bit `i` for source `i` — as in multi-source
/// BFS (Then et al. 2014): `seen` (the searches that have reached it), `frontier` (those for which
/// it is on the current level) and `next`. The node's eight path counts σ, one per search, are one
/// `SIMD8<Double>` — one cache line — and an arc adds the whole line, masked by the searches for
/// which the arc lies on a shortest path, in a few vector instructions (a 256-entry table turns
/// the byte into lane masks). The dependencies δ are accumulated the same way, deepest level
/// first, each node *pulling* the shares (1 + δ(w)) / σ(w) of its neighbours one level further
/// away, masked by the searches for which they are: no predecessor or successor lists.
///
/// - Forward, per level: top-down (each frontier node pushes σ to the neighbours its searches have
///   not reached) or bottom-up (each node that some search has not reached pulls σ from its
///   neighbours on the frontier), whichever reads fewer arcs (direction-optimising BFS, Beamer,
///   Asanović & Patterson 2012; bottom-up needs the arcs into a node, so only on undirected
///   graphs).
/// - The levels are one list of (node, searches) items, so the backward pass visits a node once
///   per distinct distance at which the batch's searches found it: on ba20k 2.5 times per batch of
///   eight (fewer when the batch's sources lie close together, see
///   ``BrandesLayout/batchOrder(_:)``), against eight times for eight separate searches.
/// - No allocation per batch: the buffers are allocated once per thread and cleared through the
///   item list.
///
/// The sums over shortest paths are taken in another order than NetworkX's, so the scores agree
/// with it to rounding (relative differences around 1e-14), not bit for bit.
///
/// Brandes, U. (2001). A faster algorithm for betweenness centrality. *Journal of Mathematical
/// Sociology* 25(2), 163–177. Then, M., Kaufmann, M., Chirigati, F., Hoang-Vu, T.-A., Pham, K.,
/// Kemper, A., Neumann, T. & Vo, H. T. (2014). The more the merrier: efficient multi-source graph
/// traversal. *PVLDB* 8(4), 449–460. Beamer, S., Asanović, K. & Patterson, D. (2012).
/// Direction-optimizing breadth-first search. *SC '12*, 1–10.
///
/// One kernel per thread; ``betweenness`` is indexed by the *original* node numbers.
final class BrandesKernel {
    /// The searches run together.
    static let width = 8
    typealias Lanes = SIMD8<Double>
    typealias LaneBits = SIMD8<UInt64>

    let layout: BrandesLayout
    let endpoints: Bool
    private let n: Int
    /// By renumbered node: the partial betweenness.
    private let sums: UnsafeMutablePointer<Double>
    /// By renumbered node: σ per search during the forward pass; in the backward pass each lane
    /// becomes the node's share (1 + δ) / σ once its level has been accumulated.
    private let values: UnsafeMutablePointer<Lanes>
    private let seen: UnsafeMutablePointer<UInt8>
    private let frontier: UnsafeMutablePointer<UInt8>
    private let next: UnsafeMutablePointer<UInt8>
    /// The levels: `itemNodes[levelStart[l]..<levelStart[l + 1]]` are the nodes at distance `l`
    /// from at least one source, `itemMasks` the searches for which they are.
    private let itemNodes: UnsafeMutablePointer<Int32>
    private let itemMasks: UnsafeMutablePointer<UInt8>
    private var levelStart: [Int] = []
    /// Nodes some search has not reached yet (a superset, compacted by bottom-up levels).
    private let unfinished: UnsafeMutablePointer<Int32>
    /// `laneBits[m]`: all ones in lane `i` where bit `i` of `m` is set.
    private let laneBits: UnsafeMutablePointer<LaneBits>

    init(layout: BrandesLayout, endpoints: Bool) {
        let n = layout.nodeCount
        self.layout = layout
        self.endpoints = endpoints
        self.n = n
        sums = .allocate(capacity: n)
        sums.initialize(repeating: 0, count: n)
        values = UnsafeMutableRawPointer.allocate(byteCount: max(1, n) * MemoryLayout<Lanes>.stride, alignment: 64)
            .bindMemory(to: Lanes.self, capacity: max(1, n))
        values.initialize(repeating: Lanes(repeating: 0), count: n)
        seen = .allocate(capacity: n)
        seen.initialize(repeating: 0, count: n)
        frontier = .allocate(capacity: n)
        frontier.initialize(repeating: 0, count: n)
        next = .allocate(capacity: n)
        next.initialize(repeating: 0, count: n)
        // A node is listed once per distinct distance from the sources, so at most `width`
        // times; one spare slot for the branch-free append.
        let itemCapacity = n * Self.width + 1
        itemNodes = .allocate(capacity: itemCapacity)
        itemNodes.initialize(repeating: 0, count: itemCapacity)
        itemMasks = .allocate(capacity: itemCapacity)
        itemMasks.initialize(repeating: 0, count: itemCapacity)
        unfinished = .allocate(capacity: max(1, n))
        laneBits = UnsafeMutableRawPointer.allocate(byteCount: 256 * MemoryLayout<LaneBits>.stride, alignment: 64)
            .bindMemory(to: LaneBits.self, capacity: 256)
        for m in 0..<256 {
            var bits = LaneBits(repeating: 0)
            for lane in 0..<Self.width where m & (1 << lane) != 0 { bits[lane] = ~0 }
            laneBits[m] = bits
        }
        levelStart.reserveCapacity(64)
    }

    deinit {
        sums.deallocate()
        values.deallocate()
        seen.deallocate()
        frontier.deallocate()
        next.deallocate()
        itemNodes.deallocate()
        itemMasks.deallocate()
        unfinished.deallocate()
        laneBits.deallocate()
    }

    /// The partial sums, by original node.
    var betweenness: [Double] {
        var result = [Double](repeating: 0, count: n)
        for (new, old) in layout.original.enumerated() { result[Int(old)] = sums[new] }
        return result
    }

    /// `x` where `bits` is all ones, 0 where it is all zeros.
    @inline(__always)
    private static func masked(_ x: Lanes, _ bits: LaneBits) -> Lanes {
        unsafeBitCast(unsafeBitCast(x, to: LaneBits.self) & bits, to: Lanes.self)
    }

    /// Adds the dependencies of one to `width` sources (original node numbers; lane `i` searches
    /// from `sources[sources.startIndex + i]`).
    func accumulate(from sources: ArraySlice<Int>) {
        precondition(!sources.isEmpty && sources.count <= Self.width)
        let full = UInt8(truncatingIfNeeded: (1 << sources.count) - 1)
        let allowsBottomUp = layout.allowsBottomUp
        let arcTotal = layout.targets.count
        let n = self.n
        let values = self.values, seen = self.seen, frontier = self.frontier, next = self.next
        let itemNodes = self.itemNodes, itemMasks = self.itemMasks, unfinished = self.unfinished
        let laneBits = self.laneBits, sums = self.sums
        levelStart.removeAll(keepingCapacity: true)
        layout.offsets.withUnsafeBufferPointer { offsetBuffer in
            layout.targets.withUnsafeBufferPointer { targetBuffer in
                let offsets = offsetBuffer.baseAddress!
                let targets = targetBuffer.baseAddress!
                @inline(__always) func degree(_ v: Int) -> Int { Int(offsets[v &+ 1] &- offsets[v]) }

                // Level 0: the sources (a node listed twice is one item with two bits).
                var itemCount = 0
                var frontierDegree = 0
                for (lane, source) in sources.enumerated() {
                    let s = Int(layout.renumbered[source])
                    if frontier[s] == 0 {
                        itemNodes[itemCount] = Int32(truncatingIfNeeded: s)
                        itemCount += 1
                        frontierDegree += degree(s)
                    }
                    let bit = UInt8(truncatingIfNeeded: 1 << lane)
                    frontier[s] |= bit
                    seen[s] |= bit
                    values[s][lane] = 1
                }
                levelStart.append(0)
                // The arcs of the nodes some search has not reached, for the choice of direction.
                var unfinishedArcs = arcTotal
                for position in 0..<itemCount {
                    let s = Int(itemNodes[position])
                    itemMasks[position] = frontier[s]
                    if frontier[s] == full { unfinishedArcs -= degree(s) }
                }
                var unfinishedCount = 0
                var haveUnfinishedList = false

                // Forward: level by level, counting shortest paths per search.
                while true {
                    let frontierStart = levelStart[levelStart.count - 1]
                    let frontierEnd = itemCount
                    let goBottomUp = allowsBottomUp
                        && unfinishedArcs + (haveUnfinishedList ? unfinishedCount : n) < frontierDegree
                    if goBottomUp {
                        if !haveUnfinishedList {
                            for v in 0..<n where seen[v] != full {
                                unfinished[unfinishedCount] = Int32(truncatingIfNeeded: v)
                                unfinishedCount &+= 1
                            }
                            haveUnfinishedList = true
                        }
                        var kept = 0
                        for position in 0..<unfinishedCount {
                            let w = Int(unfinished[position])
                            let need = full & ~seen[w]
                            if need == 0 { continue }
                            var found: UInt8 = 0
                            var sigma = Lanes(repeating: 0)
                            for arc in Int(offsets[w])..<Int(offsets[w &+ 1]) {
                                let v = Int(targets[arc])
                                let parents = frontier[v] & need
                                found |= parents
                                sigma += Self.masked(values[v], laneBits[Int(parents)])
                            }
                            if found != 0 {
                                values[w] += sigma
                                next[w] = found
                                itemNodes[itemCount] = Int32(truncatingIfNeeded: w)
                                itemCount &+= 1
                            }
                            if found != need {
                                unfinished[kept] = Int32(truncatingIfNeeded: w)
                                kept &+= 1
                            }
                        }
                        unfinishedCount = kept
                    } else {
                        for position in frontierStart..<frontierEnd {
                            let v = Int(itemNodes[position])
                            let f = itemMasks[position]
                            let sigma = values[v]
                            for arc in Int(offsets[v])..<Int(offsets[v &+ 1]) {
                                let w = Int(targets[arc])
                                let found = f & ~seen[w]
                                if found != 0 {
                                    values[w] += Self.masked(sigma, laneBits[Int(found)])
                                    let before = next[w]
                                    itemNodes[itemCount] = Int32(truncatingIfNeeded: w)
                                    itemCount &+= before == 0 ? 1 : 0
                                    next[w] = before | found
                                }
                            }
                        }
                    }
                    if itemCount == frontierEnd { break }
                    // The next level becomes the frontier.
                    for position in frontierStart..<frontierEnd { frontier[Int(itemNodes[position])] = 0 }
                    frontierDegree = 0
                    for position in frontierEnd..<itemCount {
                        let w = Int(itemNodes[position])
                        let found = next[w]
                        next[w] = 0
                        itemMasks[position] = found
                        frontier[w] = found
                        let reached = seen[w] | found
                        seen[w] = reached
                        let d = degree(w)
                        frontierDegree &+= d
                        if reached == full { unfinishedArcs &-= d }
                    }
                    levelStart.append(frontierEnd)
                }
                levelStart.append(itemCount)

                // Backward, deepest level first: δ(v) = σ(v) Σ_{w one level further} share(w).
                // `next` (clear after the forward pass) holds the searches for which each node is
                // one level further than the level being accumulated.
                var depth = levelStart.count - 2
                while depth >= 1 {
                    let first = levelStart[depth]
                    let last = levelStart[depth + 1]
                    for position in first..<last {
                        let v = Int(itemNodes[position])
                        var pulled = Lanes(repeating: 0)
                        for arc in Int(offsets[v])..<Int(offsets[v &+ 1]) {
                            let w = Int(targets[arc])
                            pulled += Self.masked(values[w], laneBits[Int(next[w])])
                        }
                        // Lanes of other levels hold σ (closer) or shares (further): kept.
                        let current = values[v]
                        let delta = current * pulled
                        let share = (1 + delta) / current
                        let mine = laneBits[Int(itemMasks[position])]
                        values[v] = Self.masked(share, mine) + Self.masked(current, ~mine)
                        var total = Self.masked(delta, mine).sum()
                        if endpoints { total += Double(itemMasks[position].nonzeroBitCount) }
                        sums[v] += total
                    }
                    if depth + 2 < levelStart.count {
                        for position in last..<levelStart[depth + 2] { next[Int(itemNodes[position])] = 0 }
                    }
                    for position in first..<last { next[Int(itemNodes[position])] = itemMasks[position] }
                    depth -= 1
                }
                if endpoints {
                    // Each source gains the number of nodes its search reached.
                    for (lane, source) in sources.enumerated() {
                        var reached = 0
                        for position in levelStart[1]..<itemCount where itemMasks[position] & (1 << lane) != 0 {
                            reached += 1
                        }
                        sums[Int(layout.renumbered[source])] += Double(reached)
                    }
                }
                // Clear what this batch touched.
                for position in 0..<itemCount {
                    let v = Int(itemNodes[position])
                    values[v] = Lanes(repeating: 0)
                    seen[v] = 0
                    frontier[v] = 0
                    next[v] = 0
                }
            }
        }
    }
}
