import ArgumentParser
import Statecraft

/// `statecraft`: the command-line face of the library. Commands only parse arguments, call the
/// library and print; exit status 0 is success, 1 invalid input, 2 a usage error.
struct StatecraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statecraft",
        abstract: "Geopolitical relationship graphs: validate, merge, render, query and analyse them.",
        version: "statecraft \(Runtime.version) (Graphviz \(Runtime.graphvizVersion))",
        subcommands: [
            ValidateCommand.self, StatsCommand.self, MergeCommand.self, ExtractCommand.self,
            RenderCommand.self, PathCommand.self, NeighborsCommand.self, CentralityCommand.self,
        ]
    )
}
