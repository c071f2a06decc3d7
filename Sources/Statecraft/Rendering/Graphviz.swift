internal import CGraphviz
import Foundation

/// The one door to Graphviz's C library (libgvc, libcgraph): nothing else in Statecraft imports
/// `CGraphviz` or sees a C type.
///
/// Graphviz keeps global state (its error buffer, plugin tables, layout scratch) and is not
/// thread-safe: two threads laying out at once crash it, even with a context each. So every call
/// into it — parsing, layout, rendering, freeing — runs under one process-wide lock, and there is
/// one long-lived `GVC_t` context.
///
/// Errors: `agseterr(AGMAX)` once, so Graphviz keeps its messages instead of printing them;
/// `agreseterrors()` before each job; every return code checked, and `agerrors()` after the job
/// (a malformed HTML-like label lets layout "succeed" with only the error count telling);
/// `aglasterr()` read only on failure, and freed. The `agseterrf` callback is avoided: on 2.42 it
/// corrupts messages of 1 KB or more.
enum Graphviz {
    /// Why Graphviz could not do a job, with its own message.
    struct Failure: Error, Sendable {
        enum Stage: String, Sendable { case parse, layout, render }
        var stage: Stage
        var message: String
    }

    /// The output formats Statecraft asks Graphviz for.
    enum Format: String, Sendable, CaseIterable {
        case svg, png, pdf, dot
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var sharedContext: OpaquePointer?

    /// The long-lived context; call only while holding ``lock``.
    private static func context() -> OpaquePointer? {
        if sharedContext == nil {
            agseterr(AGMAX)
            sharedContext = gvContext()
        }
        return sharedContext
    }

    /// The version of the Graphviz library Statecraft runs against, such as `2.43.0`.
    static var version: String {
        lock.withLock {
            guard let context = context(), let text = gvcVersion(context) else { return "unknown" }
            return String(cString: text)
        }
    }

    /// The layout engines and output formats the installed plugins offer.
    static func availablePlugins(_ kind: String) -> [String] {
        lock.withLock { pluginList(kind) }
    }

    /// Lays out `dot` (the DOT language) with `engine` and renders it as `format`.
    static func render(dot: String, engine: String, format: Format) throws(Failure) -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        guard let context = context() else { throw Failure(stage: .parse, message: "cannot create a Graphviz context") }

        agreseterrors()
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw Failure(stage: .parse, message: lastError() ?? "Graphviz could not parse the DOT text")
        }
        defer { agclose(graph) }
        if agerrors() > 0 {
            throw Failure(stage: .parse, message: lastError() ?? "Graphviz reported errors while parsing")
        }

        guard gvLayout(context, graph, engine) == 0 else {
            let engines = pluginList("layout")
            let message = engines.contains(engine)
                ? (lastError() ?? "layout with \(engine) failed")
                : "no layout engine '\(engine)' (installed: \(engines.joined(separator: ", ")))"
            throw Failure(stage: .layout, message: message)
        }
        defer { gvFreeLayout(context, graph) }
        if agerrors() > 0 {
            throw Failure(stage: .layout, message: lastError() ?? "Graphviz reported errors during layout")
        }

        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(context, graph, format.rawValue, &data, &length) == 0, let data else {
            let formats = pluginList("device")
            let message = formats.contains(format.rawValue)
                ? (lastError() ?? "rendering \(format.rawValue) failed")
                : "no output format '\(format.rawValue)' (installed: \(formats.joined(separator: ", ")))"
            throw Failure(stage: .render, message: message)
        }
        defer { gvFreeRenderData(data) }
        if agerrors() > 0 {
            throw Failure(stage: .render, message: lastError() ?? "Graphviz reported errors while rendering")
        }
        return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
    }

    /// Parses `dot` and lists its nodes and edges with their attributes, as Graphviz reads them:
    /// the check that what Statecraft writes parses back to what it meant.
    static func parse(dot: String) throws(Failure) -> ParsedGraph {
        lock.lock()
        defer { lock.unlock() }
        _ = context()
        agreseterrors()
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw Failure(stage: .parse, message: lastError() ?? "Graphviz could not parse the DOT text")
        }
        defer { agclose(graph) }
        var parsed = ParsedGraph()
        var node = agfstnode(graph)
        while let current = node {
            let name = String(cString: agnameof(UnsafeMutableRawPointer(current)))
            parsed.nodes[name] = attributes(of: UnsafeMutableRawPointer(current), kind: AGNODE, in: graph)
            var edge = agfstout(graph, current)
            while let out = edge {
                let tail = String(cString: agnameof(UnsafeMutableRawPointer(statecraft_agtail(out))))
                let head = String(cString: agnameof(UnsafeMutableRawPointer(statecraft_aghead(out))))
                parsed.edges.append(.init(
                    tail: tail, head: head,
                    attributes: attributes(of: UnsafeMutableRawPointer(out), kind: AGEDGE, in: graph)))
                edge = agnxtout(graph, out)
            }
            node = agnxtnode(graph, current)
        }
        return parsed
    }

    /// Nodes and edges of a parsed DOT graph, with every attribute set on them.
    struct ParsedGraph: Sendable {
        struct Edge: Sendable {
            var tail: String
            var head: String
            var attributes: [String: String]
        }
        var nodes: [String: [String: String]] = [:]
        var edges: [Edge] = []
    }

    // MARK: Helpers (call with the lock held)

    private static func attributes(of object: UnsafeMutableRawPointer, kind: Int32, in graph: UnsafeMutablePointer<Agraph_t>) -> [String: String] {
        var result: [String: String] = [:]
        var symbol = agnxtattr(graph, kind, nil)
        while let current = symbol {
            if let name = current.pointee.name, let value = agxget(object, current) {
                let text = String(cString: value)
                let fallback = current.pointee.defval.map { String(cString: $0) } ?? ""
                if text != fallback || !text.isEmpty { result[String(cString: name)] = text }
            }
            symbol = agnxtattr(graph, kind, current)
        }
        return result
    }

    private static func lastError() -> String? {
        guard let message = aglasterr() else { return nil }
        defer { free(message) }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    private static func pluginList(_ kind: String) -> [String] {
        guard let context = context() else { return [] }
        var count: Int32 = 0
        guard let list = gvPluginList(context, kind, &count, nil) else { return [] }
        defer {
            for index in 0..<Int(count) { free(list[index]) }
            free(list)
        }
        let names = (0..<Int(count)).compactMap { list[$0].map { String(cString: $0) } }
        // Entries look like "png:cairo"; keep the format or engine name.
        return Array(Set(names.map { String($0.prefix { $0 != ":" }) })).sorted()
    }
}
