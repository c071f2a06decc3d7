import ArgumentParser
import Statecraft

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read news articles (Polish or English) into a graph of actors, events and transactions.",
        discussion: """
            Finds every person, state, organisation and place, resolves each to one canonical entity \
            (lexicon ids: ISO 3166 alpha-3 for states, slugs otherwise), lists the base forms seen in \
            the text as aliases, and adds the structural relations titles state (leads, official_of \
            with its role, part_of, located_in). Events (meets, visits, supplies, aids, attacks, \
            sanctions, criticism…) come from the event dictionaries, with their goods, status \
            (asserted, reported, expected, hypothetical, denied) and date; transfers given in exchange \
            for each other become transactions. Evidence offsets count Unicode scalars. A leading \
            'date YYYY-MM[-DD]' line gives the document's date.

            Many articles make one graph: they are read in parallel (--jobs) and merged in the order \
            given, so the output does not depend on --jobs. An article's document id is the slug of \
            its file name; relation and transaction ids are qualified by it (DOC/r1). Facts several \
            articles state keep the evidence of each. --into adds articles to a graph file, rewriting \
            it atomically; an article whose document is already in it, read from the same bytes, \
            changes nothing, and one read from other bytes is skipped with a warning. On an error \
            nothing is written.
            """
    )

    @Argument(help: "Text files, UTF-8 ('-' reads standard input), merged in this order.")
    var files: [String]

    @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: OutputFormat = .json

    @Option(name: .shortAndLong, help: "Where to write the graph ('-', the default: standard output).")
    var output: String?

    @Option(help: ArgumentHelp("Add the articles to this graph document (created when missing), rewritten atomically.", valueName: "graph.json"))
    var into: String?

    @Option(name: .shortAndLong, help: "Articles read at once (default: the number of processors).")
    var jobs: Int?

    @Flag(help: "Show progress on standard error even when it is not a terminal (as plain lines).")
    var progress = false

    @Flag(name: .shortAndLong, help: "Show no progress bar and no summary (warnings are still printed).")
    var quiet = false

    @Option(help: "A lexicon file adding or replacing entities (tab-separated: kind, id, name, subtype, relations, names).")
    var lexicon: [String] = []

    @Option(
        name: .customLong("events"),
        help: "An event or goods dictionary to add, named NAME.pl.tsv or NAME.en.tsv for its language (pattern<TAB>kind<TAB>options, or word<TAB>goods category).")
    var eventFiles: [String] = []

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
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, not \(jobs).") }
        if files.count(where: { $0 == "-" }) > 1 {
            throw ValidationError("'-' (standard input) can be named only once.")
        }
        if let into {
            if output != nil { throw ValidationError("--into writes the graph back to its file; leave out -o.") }
            if format != .json { throw ValidationError("--into writes a graph document; leave out --format \(format.rawValue).") }
            if into == "-" { throw ValidationError("--into needs a graph file, not '-'.") }
        }
    }

    func run() throws {
        let output = self.output ?? "-"
        let display = ProgressDisplay(mode: ProgressDisplay.mode(quiet: quiet, force: progress), forced: progress)
        defer { display.finish() }
        do {
            if let first = files.first {
                DictionaryPrefetch.start(forFileAt: first, language: language.flatMap(Language.init(rawValue:)))
            }
            var lexicon = try Lexicon.bundled()
            for file in self.lexicon { try lexicon.add(contentsOf: file) }
            let options = Extractor.Options(language: language.flatMap(Language.init(rawValue:)), date: date.flatMap { PartialDate($0) })
            var events = try EventLexicon.bundled()
            for file in eventFiles { try events.add(contentsOf: file) }
            let ingest = CorpusIngest(extractor: Extractor(lexicon: lexicon, events: events), options: options, jobs: jobs)
            // The dictionaries live as long as the process: freeing their tables just before it exits
            // is wasted work (a few milliseconds of a single article's run).
            _ = Unmanaged.passRetained(KeptAlive(ingest))
            if let into {
                let report = try ingest.ingest(files, intoFileAt: into, events: display.handle)
                display.finish()
                if !quiet { FileHandleOutput.standardError(Self.summary(report, graph: into)) }
                return
            }
            try CorpusIngest.checkWritable(output)
            let report = try ingest.ingest(files, events: display.handle)
            display.finish()
            if format == .json {
                try GraphDocument.write(report.graph, to: output)
            } else {
                let table = Self.table(report.graph)
                if output == "-" {
                    FileHandleOutput.standardOutput(table)
                } else {
                    try AtomicFile.write(Array(table.utf8), to: output)
                }
            }
        } catch {
            display.finish()
            throw InputError(error)
        }
    }

    /// `graph.json: 2 articles added, 1 already in it, 1 skipped`.
    static func summary(_ report: CorpusIngest.Report, graph: String) -> String {
        let added = report.count(.added)
        let unchanged = report.count(.unchanged)
        let skipped = report.count(.differentText) + report.count(.unverifiable)
        var parts = ["\(added) article\(added == 1 ? "" : "s") added"]
        if unchanged > 0 { parts.append("\(unchanged) already in it") }
        if skipped > 0 { parts.append("\(skipped) skipped") }
        if !report.changedGraph { parts.append("file unchanged") }
        return "\(graph): " + parts.joined(separator: ", ")
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

/// A value kept until the process exits (see ``ExtractCommand/run()``).
private final class KeptAlive<Value> {
    let value: Value
    init(_ value: Value) { self.value = value }
}
