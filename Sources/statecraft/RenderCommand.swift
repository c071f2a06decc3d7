import ArgumentParser
import Foundation
import Statecraft

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a graph as DOT, SVG, PNG or PDF through Graphviz.",
        discussion: """
            Shape and colour by entity kind, colour by relation kind and polarity, line style by \
            status (asserted solid, reported dashed, expected and hypothetical dotted, denied grey), \
            goods on supplies and aids, each transaction drawn as one exchange, and a legend of what \
            the diagram uses. The output is written atomically.
            """
    )

    @Argument(help: "A graph document ('-' reads standard input).")
    var file: String

    @Option(name: .shortAndLong, help: "Output file; its extension (.svg, .png, .pdf, .dot) gives the format.")
    var output: String

    @Option(help: "Output format, when the extension does not say: dot, svg, png, pdf.")
    var format: String?

    @Option(help: "Layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")).")
    var engine: String = LayoutEngine.dot.rawValue

    @Option(name: .customLong("highlight-path"), parsing: .upToNextOption, help: ArgumentHelp("Emphasise the shortest chain of relations between two entities (ids or names).", valueName: "FROM TO"))
    var highlightPath: [String] = []

    @Option(name: .customLong("highlight"), help: ArgumentHelp("Emphasise these entities (ids or names, comma-separated).", valueName: "ENTITIES"))
    var highlight: String?

    @Option(name: .customLong("size-by"), help: ArgumentHelp("Size nodes by a JSON map of entity id to score, e.g. a centrality.", valueName: "SCORES.json"))
    var sizeBy: String?

    @Option(help: ArgumentHelp("Keep only these entity or relation kinds (comma-separated).", valueName: "KINDS"))
    var kinds: String?

    @Option(help: ArgumentHelp("Keep only relations of these statuses (comma-separated).", valueName: "STATUSES"))
    var status: String?

    @Option(help: ArgumentHelp("Keep only relations dated on or after this date (YYYY[-MM[-DD]]).", valueName: "DATE"))
    var since: String?

    @Option(help: ArgumentHelp("Keep only relations dated on or before this date.", valueName: "DATE"))
    var until: String?

    @Option(help: "Light or dark colours.")
    var theme: String = Theme.light.rawValue

    @Flag(help: "Group people, organisations and places with their state.")
    var clusters = false

    @Option(help: "Cut labels longer than this many characters (0: no limit).")
    var labelLength = 40

    @Option(help: "A title above the legend.")
    var title: String?

    @Option(help: "A caption under the title.")
    var caption: String?

    @Flag(name: .customLong("no-legend"), help: "Leave the legend out.")
    var noLegend = false

    func run() throws {
        let graph: Graph
        do { graph = try GraphDocument.read(file) } catch { throw InputError(error) }
        guard let diagramFormat = format.map(DiagramFormat.init(rawValue:)) ?? DiagramFormat(fileExtension: output) else {
            throw ValidationError("Cannot tell the format of '\(output)': use .svg, .png, .pdf or .dot, or --format.")
        }
        guard let layout = LayoutEngine(rawValue: engine) else {
            throw ValidationError("Unknown engine '\(engine)' (known: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", "))).")
        }
        guard let colours = Theme(rawValue: theme) else {
            throw ValidationError("Unknown theme '\(theme)' (light or dark).")
        }
        guard highlightPath.isEmpty || highlightPath.count == 2 else {
            throw ValidationError("--highlight-path takes two entities: FROM TO.")
        }
        var options = RenderOptions(
            engine: layout, theme: colours, maximumLabelLength: labelLength, clusters: clusters,
            title: title, caption: caption, legend: !noLegend)
        do {
            options.filter = try GraphFilter(parsingKinds: kinds, statuses: status, since: since, until: until)
        } catch {
            throw ValidationError(error.message)
        }
        let shown = options.filter.apply(to: graph)
        do {
            if highlightPath.count == 2 {
                let from = try EntityReference.resolve(highlightPath[0], in: shown)
                let to = try EntityReference.resolve(highlightPath[1], in: shown)
                guard options.highlightPath(in: shown, from: from.id, to: to.id) else {
                    throw InputError("no chain of relations links \(from.name) and \(to.name) in the diagram")
                }
            }
            for reference in (highlight ?? "").split(separator: ",") {
                options.highlightedEntities.insert(try EntityReference.resolve(String(reference), in: shown).id)
            }
            if let sizeBy { options.scores = try EntityScores.read(sizeBy) }
            let bytes = try Renderer.render(graph, as: diagramFormat, options: options)
            try AtomicFile.write(bytes, to: output)
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError(error)
        }
    }
}
