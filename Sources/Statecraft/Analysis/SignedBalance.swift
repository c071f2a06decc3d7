/// Structural balance of the friend/enemy graph: how far relations of cooperation (+) and conflict
/// (−) follow "the friend of my friend is my friend, the enemy of my enemy is my friend".
///
/// The signed view (``Projection/isSigned``) gives every pair of actors the sign of the summed
/// polarity of the relations between them, in either direction; pairs whose relations cancel out or
/// are all neutral (structural kinds) carry no sign and are left out. On that undirected signed graph:
///
/// - **Balanced triangles.** A triangle is balanced when the product of its three signs is positive
///   (+++ or +−−). `balancedTriangleFraction` is the share of balanced triangles (Heider 1946;
///   Cartwright & Harary 1956), `nil` without triangles.
/// - **Frustration.** The graph is balanced exactly when the actors split into two factions with
///   every + edge inside a faction and every − edge between them (Cartwright & Harary's structure
///   theorem). The frustration index is the least number of edges that break such a split — its
///   edges that are negative inside a faction or positive across (Facchetti, Iacono & Altafini 2011).
///   An actor's frustration, its score, is the number of those edges it takes part in, for the best
///   split found. Components of up to `exactLimit` signed actors are solved exactly by enumerating
///   the splits; larger ones by seeded local search (single-actor moves from several random starts),
///   which gives an upper bound — `isExact` says which.
///
/// Heider, F. (1946). Attitudes and cognitive organization. *Journal of Psychology* 21, 107–112.
/// Cartwright, D. & Harary, F. (1956). Structural balance: a generalization of Heider's theory.
/// *Psychological Review* 63(5), 277–293. Facchetti, G., Iacono, G. & Altafini, C. (2011). Computing
/// global structural balance in large-scale signed social networks. *PNAS* 108(52), 20953–20958.
public struct SignedBalance: Sendable {
    public var exactLimit: Int
    public var restarts: Int
    public var seed: UInt64

    public init(exactLimit: Int = 16, restarts: Int = 20, seed: UInt64 = 0) {
        self.exactLimit = exactLimit
        self.restarts = restarts
        self.seed = seed
    }

    public struct Result: Sendable, Equatable {
        public var triangles: Int
        public var balancedTriangles: Int
        public var balancedTriangleFraction: Double? { triangles == 0 ? nil : Double(balancedTriangles) / Double(triangles) }
        /// Signed pairs (edges of the signed graph).
        public var signedEdges: Int
        /// Edges that break the best split found.
        public var frustrationIndex: Int
        public var isExact: Bool
        /// Per actor: the frustrated edges it takes part in.
        public var frustration: [Int]
        /// Per actor: its faction (0 or 1) in the best split found; 0 for actors without signed edges.
        public var faction: [Int]
    }

    public func analyse(_ index: AnalysisIndex) throws(AnalysisError) -> Result {
        guard index.isSigned else {
            throw .invalidParameter(name: "index", value: "unsigned", reason: "balance needs the signed view of a graph (polarity)")
        }
        let n = index.nodeCount
        // Signed pairs, both directions merged.
        var pairSign: [Int: Int] = [:]
        for u in 0..<n {
            for arc in index.arcs(of: u) {
                let v = Int(index.targets[arc])
                guard u != v else { continue }
                pairSign[min(u, v) * n + max(u, v), default: 0] += Int(index.signs[arc])
            }
        }
        var neighbours = [[(node: Int, sign: Int)]](repeating: [], count: n)
        var edges: [(Int, Int, Int)] = []
        for key in pairSign.keys.sorted() {
            let sign = pairSign[key]!.signum()
            guard sign != 0 else { continue }
            let (u, v) = (key / n, key % n)
            neighbours[u].append((v, sign))
            neighbours[v].append((u, sign))
            edges.append((u, v, sign))
        }
        // Triangles u < v < w.
        var triangles = 0
        var balanced = 0
        var mark = [Int](repeating: 0, count: n)
        for u in 0..<n {
            for (v, sign) in neighbours[u] where v > u { mark[v] = sign }
            for (v, uv) in neighbours[u] where v > u {
                for (w, vw) in neighbours[v] where w > v && mark[w] != 0 {
                    triangles += 1
                    if uv * vw * mark[w] > 0 { balanced += 1 }
                }
            }
            for (v, _) in neighbours[u] where v > u { mark[v] = 0 }
        }
        // Factions, component by component.
        var faction = [Int](repeating: 0, count: n)
        var component = [Int](repeating: -1, count: n)
        var exact = true
        var generator = SplitMix64(seed: seed)
        for start in 0..<n where component[start] < 0 && !neighbours[start].isEmpty {
            var members = [start]
            component[start] = start
            var head = 0
            while head < members.count {
                let v = members[head]
                head += 1
                for (w, _) in neighbours[v] where component[w] < 0 {
                    component[w] = start
                    members.append(w)
                }
            }
            if members.count <= exactLimit {
                solveExactly(members, neighbours, &faction)
            } else {
                exact = false
                solveLocally(members, neighbours, &faction, &generator)
            }
        }
        var frustration = [Int](repeating: 0, count: n)
        var index = 0
        for (u, v, sign) in edges where (faction[u] == faction[v]) != (sign > 0) {
            frustration[u] += 1
            frustration[v] += 1
            index += 1
        }
        return Result(
            triangles: triangles, balancedTriangles: balanced, signedEdges: edges.count, frustrationIndex: index,
            isExact: exact, frustration: frustration, faction: faction)
    }

    private func frustrated(_ members: [Int], _ neighbours: [[(node: Int, sign: Int)]], _ faction: [Int]) -> Int {
        var count = 0
        for u in members {
            for (v, sign) in neighbours[u] where v > u && (faction[u] == faction[v]) != (sign > 0) { count += 1 }
        }
        return count
    }

    /// Every split with the component's first actor in faction 0; the first best one is kept.
    private func solveExactly(_ members: [Int], _ neighbours: [[(node: Int, sign: Int)]], _ faction: inout [Int]) {
        var best = Int.max
        var bestMask = 0
        for mask in 0..<(1 << (members.count - 1)) {
            for (position, node) in members.enumerated() { faction[node] = position == 0 ? 0 : (mask >> (position - 1)) & 1 }
            let count = frustrated(members, neighbours, faction)
            if count < best {
                best = count
                bestMask = mask
            }
        }
        for (position, node) in members.enumerated() { faction[node] = position == 0 ? 0 : (bestMask >> (position - 1)) & 1 }
    }

    /// From random splits, move single actors while that lowers the count; keep the best.
    private func solveLocally(
        _ members: [Int], _ neighbours: [[(node: Int, sign: Int)]], _ faction: inout [Int], _ generator: inout SplitMix64
    ) {
        var best = Int.max
        var bestFactions: [Int] = []
        for _ in 0..<max(1, restarts) {
            for node in members { faction[node] = Int(generator.next() & 1) }
            var improved = true
            while improved {
                improved = false
                for u in members {
                    var delta = 0  // change in frustrated edges if u moves
                    for (v, sign) in neighbours[u] {
                        let now = (faction[u] == faction[v]) != (sign > 0)
                        delta += now ? -1 : 1
                    }
                    if delta < 0 {
                        faction[u] ^= 1
                        improved = true
                    }
                }
            }
            let count = frustrated(members, neighbours, faction)
            if count < best {
                best = count
                bestFactions = members.map { faction[$0] }
            }
        }
        for (node, side) in zip(members, bestFactions) { faction[node] = side }
    }
}
