import ArgumentParser
import Statecraft

struct NeighborsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "neighbors",
        abstract: "The ego network of an entity: everyone within D hops, as a table or a graph document.",
        discussion: """
            Relations are followed both ways unless --directed. With --format json or -o, the ego \
            network is written as a graph document (entities, the relations among them, their \
            documents and complete transactions), ready to render.
            """
    )

    @Argument(help: "A graph document.")
    var file: String

    @Argument(help: "The entity at the centre: an id, name or alias.")
    var entity: String

    @Option(help: "How many hops out.")
    var depth: Int = 1

    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "Output format: table or json (a graph document).")
    var format: OutputFormat = .table

    @Option(name: .shortAndLong, help: "Write the ego network as a graph document to this file ('-': standard output).")
    var output: String?

    func validate() throws {
        guard depth >= 0 else { throw ValidationError("--depth must be 0 or more") }
        guard analysis.inputFormat == .graph else { throw ValidationError("neighbors reads graph documents only") }
    }

    func run() throws {
        var options = analysis
        if options.direction == nil { options.direction = .undirected }
        let input = try options.load(file)
        let center = try input.node(entity)
        let neighborhood: Neighborhood
        do {
            neighborhood = try Neighborhood(of: center, depth: depth, in: input.index, graph: input.graph!)
        } catch {
            throw InputError(error)
        }
        if let output {
            do { try GraphDocument.write(neighborhood.graph, to: output) } catch { throw InputError(error) }
            if output == "-" { return }
        }
        if format == .json, output == nil {
            FileHandleOutput.standardOutput(GraphDocument.encode(neighborhood.graph))
        } else if output != "-" {
            FileHandleOutput.standardOutput(neighborhood.table)
        }
    }
}
