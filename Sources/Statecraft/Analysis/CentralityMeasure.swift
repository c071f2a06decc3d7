/// The measures `statecraft centrality --measure NAME` computes, by their command-line names, with
/// the parameters they take; each runs the algorithm type of the same name and reports its scores.
public enum CentralityMeasure: String, Sendable, CaseIterable {
    case degree
    case inDegree = "in-degree"
    case outDegree = "out-degree"
    case betweenness
    case edgeBetweenness = "edge-betweenness"
    case approximateBetweenness = "approximate-betweenness"
    case closeness
    case harmonic
    case eigenvector
    case pagerank
    case katz
    case hits
    case louvain
    case balance

    /// Parameters; each measure reads the ones it takes. Defaults are NetworkX's.
    public struct Parameters: Sendable {
        /// Use the index's weights: lengths for path-based measures (betweenness, closeness,
        /// harmonic), strengths for the others.
        public var weighted = false
        public var normalized = true
        public var endpoints = false
        /// Sampled sources for betweenness; `nil`: exact.
        public var k: Int?
        public var seed: UInt64 = 0
        /// PageRank's damping (default 0.85) or Katz's attenuation (default 0.1).
        public var alpha: Double?
        public var beta = 1.0
        public var tolerance: Double?
        public var maxIterations: Int?
        public var personalization: [Int: Double]?
        public var epsilon = 0.01
        public var delta = 0.1
        public var resolution = 1.0
        public var threads: Int?

        public init() {}
    }

    /// Runs the measure on `index`; `names` are display names by node.
    public func report(
        _ index: AnalysisIndex, names: [String]? = nil, parameters p: Parameters = Parameters(), top: Int? = nil
    ) throws(AnalysisError) -> CentralityReport {
        guard index.nodeCount > 0 else { throw .emptyGraph(measure: rawValue) }
        func report(_ scores: [Double], summary: [(String, Double)] = [], extra: [(String, [Double])] = []) -> CentralityReport {
            CentralityReport(
                measure: rawValue, keys: index.labels, names: names, scores: scores, summary: summary,
                extraColumns: extra, top: top)
        }
        switch self {
        case .degree: return report(try DegreeCentrality(.total).scores(index))
        case .inDegree: return report(try DegreeCentrality(.incoming).scores(index))
        case .outDegree: return report(try DegreeCentrality(.outgoing).scores(index))
        case .betweenness, .edgeBetweenness:
            let measure = BetweennessCentrality(
                normalized: p.normalized, endpoints: p.endpoints, weighted: p.weighted,
                sources: p.k.map { .sample(k: $0, seed: p.seed) } ?? .all, threads: p.threads)
            if self == .betweenness { return report(try measure.nodeScores(index)) }
            let edges = try measure.edgeScores(index)
            let arrow = index.isDirected ? "→" : "—"
            let keys = edges.map { index.labels[$0.source] + arrow + index.labels[$0.target] }
            let edgeNames = names.map { names in edges.map { names[$0.source] + arrow + names[$0.target] } }
            return CentralityReport(
                measure: rawValue, keys: keys, names: edgeNames, scores: edges.map(\.value), top: top)
        case .approximateBetweenness:
            let result = try ApproximateBetweenness(epsilon: p.epsilon, delta: p.delta, seed: p.seed, threads: p.threads)
                .estimate(index)
            return report(result.scores, summary: [
                ("error bound", result.errorBound), ("confidence", result.confidence),
                ("samples", Double(result.samples)), ("vertex diameter bound", Double(result.vertexDiameterBound)),
            ])
        case .closeness:
            return report(try ClosenessCentrality(weighted: p.weighted, threads: p.threads).scores(index))
        case .harmonic:
            return report(try HarmonicCentrality(weighted: p.weighted, threads: p.threads).scores(index))
        case .eigenvector:
            return report(try EigenvectorCentrality(
                tolerance: p.tolerance ?? 1e-6, maxIterations: p.maxIterations ?? 100, weighted: p.weighted
            ).scores(index))
        case .pagerank:
            return report(try PageRank(
                alpha: p.alpha ?? 0.85, tolerance: p.tolerance ?? 1e-6, maxIterations: p.maxIterations ?? 100,
                personalization: p.personalization, weighted: p.weighted, threads: p.threads
            ).scores(index))
        case .katz:
            return report(try KatzCentrality(
                alpha: p.alpha ?? 0.1, beta: p.beta, tolerance: p.tolerance ?? 1e-6,
                maxIterations: p.maxIterations ?? 1000, normalized: p.normalized, weighted: p.weighted
            ).scores(index))
        case .hits:
            let result = try HITS(
                tolerance: p.tolerance ?? 1e-8, maxIterations: p.maxIterations ?? 100, normalized: p.normalized,
                weighted: p.weighted
            ).scores(index)
            return report(result.authorities, extra: [("hubs", result.hubs)])
        case .louvain:
            let result = try Louvain(resolution: p.resolution, seed: p.seed, weighted: p.weighted).communities(index)
            return report(
                result.community.map(Double.init),
                summary: [("modularity", result.modularity), ("communities", Double(result.communityCount))])
        case .balance:
            let result = try SignedBalance(seed: p.seed).analyse(index)
            var summary: [(String, Double)] = [
                ("triangles", Double(result.triangles)), ("balanced triangles", Double(result.balancedTriangles)),
            ]
            if let fraction = result.balancedTriangleFraction { summary.append(("balanced triangle fraction", fraction)) }
            summary += [
                ("signed edges", Double(result.signedEdges)), ("frustration index", Double(result.frustrationIndex)),
                ("exact", result.isExact ? 1 : 0),
            ]
            return report(result.frustration.map(Double.init), summary: summary, extra: [("faction", result.faction.map(Double.init))])
        }
    }
}
