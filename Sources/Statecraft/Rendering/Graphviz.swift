internal import CGraphviz
import Foundation

/// The one door to Graphviz's C library (libgvc, libcgraph): nothing else in Statecraft imports
/// `CGraphviz` or sees a C type.
///
/// Graphviz keeps global state and is not thread-safe — two threads laying out at once crash it,
/// even with a context each — so every call into it runs under ``lock``.
enum Graphviz {
    /// Serialises every call into Graphviz, process-wide.
    static let lock = NSLock()

    /// The version of the Graphviz library Statecraft runs against, such as `2.43.0`.
    static var version: String {
        lock.withLock {
            guard let context = gvContext() else { return "unknown" }
            defer { gvFreeContext(context) }
            return gvcVersion(context).map { String(cString: $0) } ?? "unknown"
        }
    }
}
