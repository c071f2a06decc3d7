import ArgumentParser
import Statecraft

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read news articles (Polish or English) into a graph of actors.",
        discussion: """
            Finds every person, state, organisation and place, resolves each to one canonical entity \
            (lexicon ids: ISO 3166 alpha-3 for states, slugs otherwise), lists the base forms seen in \
            the text as aliases, and adds the structural relations titles state (leads, official_of \
            with its role, part_of, located_in). Evidence offsets count Unicode scalars. A leading \
            'date YYYY-MM[-DD]' line gives the document's date. Several files are merged into one graph.
            """
    )

    @Argument(help: "Text files, UTF-8 ('-' reads standard input).")
    var files: [String]

    @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .json

    @Option(name: .shortAndLong, help: "Where to write the graph ('-': standard output).")
    var output: String = "-"

    @Option(help: "A lexicon file adding or replacing entities (tab-separated: kind, id, name, subtype, relations, names).")
    var lexicon: [String] = []

    @Option(help: "The documents' language (pl or en); detected when not given.")
    var language: String?

    @Option(help: "The documents' date (YYYY, YYYY-MM or YYYY-MM-DD); overrides a 'date' line.")
    var date: String?

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Name at least one text file.") }
        if let language, Language(rawValue: language) == nil {
            throw ValidationError("--language must be pl or en, not '\(language)'.")
        }
        if let date, PartialDate(date) == nil {
            throw ValidationError("--date must be YYYY, YYYY-MM or YYYY-MM-DD, not '\(date)'.")
        }
    }

    func run() throws {
        var graph = Graph()
        do {
            var lexicon = try Lexicon.bundled()
            for file in self.lexicon { try lexicon.add(contentsOf: file) }
            let extractor = Extractor(lexicon: lexicon)
            let options = Extractor.Options(language: language.flatMap(Language.init(rawValue:)), date: date.flatMap { PartialDate($0) })
            for file in files {
                let result = try extractor.extract(contentsOf: file, options: options)
                for warning in result.warnings { FileHandleOutput.standardError("warning: \(warning)") }
                graph = graph.absorbing(result.graph)
            }
            if format == .json {
                try GraphDocument.write(graph, to: output)
            } else {
                let table = Self.table(graph)
                if output == "-" {
                    FileHandleOutput.standardOutput(table)
                } else {
                    try AtomicFile.write(Array(table.utf8), to: output)
                }
            }
        } catch {
            throw InputError(error)
        }
    }

    static func table(_ graph: Graph) -> String {
        var lines = ["ENTITY\tKIND\tNAME\tALIASES"]
        for entity in graph.entities.sorted(by: { $0.id < $1.id }) {
            lines.append("\(entity.id)\t\(entity.kind.rawValue)\t\(entity.name)\t\(entity.aliases.sorted().joined(separator: "; "))")
        }
        lines.append("")
        lines.append("RELATION\tKIND\tSOURCE\tTARGET\tROLE")
        for relation in graph.relations {
            lines.append("\(relation.id)\t\(relation.kind.rawValue)\t\(relation.source)\t\(relation.target)\t\(relation.role ?? "")")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
