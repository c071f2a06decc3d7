/// Harmonic centrality, as `networkx.harmonic_centrality` (NetworkX 3.6) defines it:
///
///     H(u) = Σ_{v ≠ u} 1 / d(v, u)
///
/// with `1/∞ = 0` for nodes that do not reach `u`; on directed graphs the distances are incoming.
/// Not normalised. With `weighted`, arc weights are lengths (Dijkstra); zero distances are skipped.
///
/// Marchiori, M. & Latora, V. (2000). Harmony in the small-world. *Physica A* 285(3–4), 539–546.
/// Boldi, P. & Vigna, S. (2014). Axioms for centrality. *Internet Mathematics* 10(3–4), 222–262.
public struct HarmonicCentrality: Sendable {
    public var weighted: Bool
    public var threads: Int?

    public init(weighted: Bool = false, threads: Int? = nil) {
        self.weighted = weighted
        self.threads = threads
    }

    public func scores(_ index: AnalysisIndex) throws(AnalysisError) -> [Double] {
        try IncomingDistanceSums(index, weighted: weighted, threads: threads).reciprocal
    }
}
