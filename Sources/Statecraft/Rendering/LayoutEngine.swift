/// Graphviz's layout engines that Statecraft offers.
public enum LayoutEngine: String, Sendable, CaseIterable {
    /// Hierarchical, for directed flows (the default).
    case dot
    /// Spring model (stress majorisation).
    case neato
    /// Force-directed (Fruchterman–Reingold).
    case fdp
    /// Multiscale force-directed, for large graphs.
    case sfdp
    /// Circular.
    case circo
    /// Radial.
    case twopi
}
