import ArgumentParser
import Statecraft

struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Explain how two entities are connected: the paths between them, hop by hop, with evidence.",
        discussion: """
            FROM and TO are ids, names or aliases (case and diacritics do not matter). By default one \
            shortest path by hops; --all-shortest gives every shortest path, --k N the N shortest \
            simple paths (Yen), --max-length L every simple path of at most L hops; --weight makes \
            lengths weighted (Dijkstra).
            """
    )

    @Argument(help: "A graph document, or an edge list with --input-format edgelist.")
    var file: String

    @Argument(help: "Where the paths start: an id, name or alias.")
    var from: String

    @Argument(help: "Where the paths end: an id, name or alias.")
    var to: String

    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "The K shortest simple paths.")
    var k: Int?

    @Option(name: .customLong("max-length"), help: "Every simple path of at most L hops.")
    var maxLength: Int?

    @Flag(name: .customLong("all-shortest"), help: "Every shortest path.")
    var allShortest = false

    @Option(help: "Output format: table (explained paths) or json.")
    var format: OutputFormat = .table

    func validate() throws {
        if let k, k < 1 { throw ValidationError("--k must be at least 1") }
        if let maxLength, maxLength < 1 { throw ValidationError("--max-length must be at least 1") }
        if [k != nil, maxLength != nil, allShortest].filter({ $0 }).count > 1 {
            throw ValidationError("choose one of --k, --max-length and --all-shortest")
        }
    }

    func run() throws {
        let input = try analysis.load(file)
        let source = try input.node(from)
        let target = try input.node(to)
        let weighted = analysis.isWeighted
        let paths: [Path]
        do {
            if let k {
                paths = try KShortestPaths.paths(input.index, from: source, to: target, k: k, weighted: weighted)
            } else if let maxLength {
                paths = SimplePaths.all(input.index, from: source, to: target, maxLength: maxLength, weighted: weighted)
            } else if allShortest {
                paths = try ShortestPaths.all(input.index, from: source, to: target, weighted: weighted)
            } else if weighted {
                paths = try ShortestPaths.dijkstra(input.index, from: source, to: target).map { [$0] } ?? []
            } else {
                paths = ShortestPaths.shortest(input.index, from: source, to: target).map { [$0] } ?? []
            }
        } catch {
            throw InputError(error)
        }
        let report = PathReport(graph: input.graph ?? Graph(), index: input.index, paths: paths)
        FileHandleOutput.standardOutput(format == .json ? report.json : report.text)
    }
}
