import ArgumentParser
import Statecraft

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count a graph's entities, relations and transactions by kind, status and date."
    )

    @Argument(help: "A graph document ('-' reads standard input).")
    var file: String

    @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .table

    func run() throws {
        let graph: Graph
        do { graph = try GraphDocument.read(file) } catch { throw InputError(error) }
        let summary = GraphSummary(graph)
        FileHandleOutput.standardOutput(format == .json ? summary.json : summary.table)
    }
}
