import ArgumentParser
import Statecraft

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge graph documents into one.",
        discussion: """
            Entities unify by id (aliases united); relations that state the same fact (kind, ends, \
            date, status) unify, keeping all their evidence; ids of the first file never change. \
            The output is written atomically: on any error nothing is written.
            """
    )

    @Argument(help: "Graph documents, merged in this order.")
    var files: [String]

    @Option(name: .shortAndLong, help: "Where to write the merged graph ('-': standard output).")
    var output: String

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Name at least one graph document.") }
    }

    func run() throws {
        do {
            // Start from the first file itself, not from an empty graph: merging into an empty graph
            // would unify the first file's own relations that state the same fact, changing its ids.
            var merged = try GraphDocument.read(files[0])
            for file in files.dropFirst() {
                merged = try merged.merging(try GraphDocument.read(file))
            }
            try GraphDocument.write(merged, to: output)
        } catch {
            throw InputError(error)
        }
    }
}
