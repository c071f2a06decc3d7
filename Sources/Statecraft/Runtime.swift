/// Facts about this build of Statecraft and the libraries it runs on, for `statecraft --version`.
public enum Runtime {
    /// Statecraft's own version.
    public static let version = "0.1.0"
    /// The version of the Graphviz library linked in, such as `2.43.0`.
    public static var graphvizVersion: String { Graphviz.version }
}
