/// Draws graphs as diagrams: DOT text, or SVG, PNG and PDF laid out and rendered by Graphviz's C
/// library in-process.
///
/// Rendering is deterministic — the same graph and options give the same bytes, also when
/// rendered repeatedly or concurrently in one process — and safe to call from any thread (calls
/// into Graphviz are serialised, see `Graphviz`). SVG output is embeddable as it is: well-formed
/// UTF-8 XML with a `viewBox`, a `<title>` on every node and edge, stable element ids and CSS
/// classes by kind and status, and no script or external reference.
public enum Renderer {
    /// The diagram's DOT text.
    public static func dot(for graph: Graph, options: RenderOptions = RenderOptions()) -> String {
        DOTWriter(graph: options.filter.apply(to: graph), options: options).write().dot
    }

    /// The diagram in `format`.
    public static func render(
        _ graph: Graph, as format: DiagramFormat, options: RenderOptions = RenderOptions()
    ) throws(RenderError) -> [UInt8] {
        let output = DOTWriter(graph: options.filter.apply(to: graph), options: options).write()
        let graphvizFormat: Graphviz.Format
        switch format {
        case .dot: return Array(output.dot.utf8)
        case .svg: graphvizFormat = .svg
        case .png: graphvizFormat = .png
        case .pdf: graphvizFormat = .pdf
        }
        let bytes: [UInt8]
        do {
            bytes = try Graphviz.render(dot: output.dot, engine: options.engine.rawValue, format: graphvizFormat)
        } catch {
            throw RenderError(error)
        }
        guard format == .svg else { return bytes }
        return Array(SVGFinisher(titles: output.titles).finish(String(decoding: bytes, as: UTF8.self)).utf8)
    }

    /// The layout engines and output formats the installed Graphviz plugins offer.
    public static var availableEngines: [String] { Graphviz.availablePlugins("layout") }
    public static var availableFormats: [String] { Graphviz.availablePlugins("device") }
}
