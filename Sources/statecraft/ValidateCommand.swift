import ArgumentParser
import Statecraft

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check graph documents: syntax, vocabulary, dates, ids and references.",
        discussion: """
            Every problem is printed on standard error as FILE:LINE:COLUMN: JSON-PATH: MESSAGE. \
            Exit status 0 when every file is valid, 1 when any is not.
            """
    )

    @Argument(help: "Graph documents to check ('-' reads standard input).")
    var files: [String]

    @Flag(name: .shortAndLong, help: "Print nothing for valid files.")
    var quiet = false

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Name at least one graph document.") }
    }

    func run() throws {
        var failures: [String] = []
        for file in files {
            do {
                let graph = try GraphDocument.read(file)
                if !quiet {
                    FileHandleOutput.standardOutput(
                        "\(file): valid (\(graph.entities.count) entities, \(graph.relations.count) relations, \(graph.transactions.count) transactions)\n"
                    )
                }
            } catch {
                failures.append(error.description)
            }
        }
        if !failures.isEmpty { throw InputError(failures.joined(separator: "\n")) }
    }
}
