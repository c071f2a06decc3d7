import Foundation
import Testing

@testable import Statecraft

/// The event dictionaries as data: the bundled files load, a bad line is a typed error naming its
/// file and line, and lines a user adds are used by the extractor.
@Suite struct EventDictionaryTests {
    /// The error `add` throws for `text`, if any.
    private func error(adding text: String, language: Language = .en, file: String = "mine.tsv") -> ExtractionError? {
        var lexicon = EventLexicon()
        do {
            try lexicon.add(text, language: language, file: file)
            return nil
        } catch {
            return error
        }
    }

    private func expectInvalid(
        _ text: String, file: String = "mine.tsv", line: Int, mentioning word: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        guard let error = error(adding: text, file: file) else {
            Issue.record("no error for \(text.debugDescription)", sourceLocation: sourceLocation)
            return
        }
        guard case .invalidLexicon(let errorFile, let errorLine, let message) = error else {
            Issue.record("not an invalid-lexicon error: \(error)", sourceLocation: sourceLocation)
            return
        }
        #expect(errorFile == file, sourceLocation: sourceLocation)
        #expect(errorLine == line, sourceLocation: sourceLocation)
        #expect(message.contains(word), "\(message)", sourceLocation: sourceLocation)
        #expect(error.description.hasPrefix("\(file):\(line): "), "\(error.description)", sourceLocation: sourceLocation)
    }

    @Test func bundledDictionariesLoadForBothLanguages() throws {
        let lexicon = try EventLexicon.bundled()
        for language in [Language.pl, .en] {
            let counts = lexicon.count(for: language)
            #expect(counts.events > 50, "\(language)")
            #expect(counts.goods > 30, "\(language)")
        }
    }

    @Test func unknownRelationKindNamesFileAndLine() {
        // Comments and blank lines count as lines: the error points at the line in the file.
        expectInvalid("# my verbs\n\nbefriend*\tbefriends\ttarget=obj\n", file: "my-events.en.tsv", line: 3, mentioning: "befriends")
    }

    @Test func unknownOptionNamesFileAndLine() {
        expectInvalid("lambast*\tcriticizes\ttarget=obj\nscold*\tcriticizes\ttarget=obj loudly\n", line: 2, mentioning: "loudly")
    }

    @Test func unknownGoodsAndSlotsAreErrors() {
        expectInvalid("smuggl*\tsupplies\ttarget=to goods=gold\n", line: 1, mentioning: "gold")
        expectInvalid("smuggl*\tsupplies\ttarget=to,2nd goods=required\n", line: 1, mentioning: "2nd")
    }

    @Test func misspelledSlotsAreErrorsNotPrepositions() {
        // Any word was taken for a preposition: `dativ` or `ze` would silently never match.
        expectInvalid("smuggl*\tsupplies\ttarget=obj,dativ goods=required\n", line: 1, mentioning: "dativ")
        expectInvalid("# ok\nlambast*\tcriticizes\ttarget=obj\npay*\tsupplies\ttarget=obj counter=fur\n", line: 3, mentioning: "fur")
        var polish = EventLexicon()
        #expect(throws: ExtractionError.self) { try polish.add("zgani*\tcriticizes\ttarget=ze\n", language: .pl, file: "pl.tsv") }
        // Real prepositions of the language are fine.
        #expect(throws: Never.self) { try polish.add("zgani*\tcriticizes\ttarget=acc,wobec,z\n", language: .pl, file: "pl.tsv") }
    }

    @Test func lineWithOneColumnIsAnError() {
        expectInvalid("# goods\nkawior\n", line: 2, mentioning: "expected")
    }

    @Test func aFileThatCannotBeReadIsUnreadable() {
        var lexicon = EventLexicon()
        let path = "/nonexistent/statecraft-events.tsv"
        #expect(throws: ExtractionError.unreadable(file: path, reason: "cannot read the event dictionary")) {
            try lexicon.add(contentsOf: path, language: .pl)
        }
    }

    @Test func goodEntriesAddCounts() throws {
        var lexicon = EventLexicon()
        try lexicon.add("# comment\nlambast*\tcriticizes\ttarget=obj,poss\nsatellit*\ttechnology\nin lieu of\texchange\tcounter\n", language: .en, file: "mine.tsv")
        let english = lexicon.count(for: .en)
        #expect(english.events == 2 && english.goods == 1)
        let polish = lexicon.count(for: .pl)
        #expect(polish.events == 0 && polish.goods == 0)
    }

    @Test func windowsLineEndingsReadLikeUnixOnes() throws {
        var lexicon = EventLexicon()
        try lexicon.add("# my verbs\r\nlambast*\tcriticizes\ttarget=obj\r\nsatellit*\ttechnology\r\n", language: .en, file: "crlf.tsv")
        let counts = lexicon.count(for: .en)
        #expect(counts.events == 1 && counts.goods == 1)
        // And the line numbers of errors stay right.
        expectInvalid("# my verbs\r\nlambast*\tcriticizes\ttarget=obj\r\nscold*\tscolds\r\n", line: 3, mentioning: "scolds")
    }

    // MARK: User entries are used

    private static func extractor(adding lines: String, language: Language) throws -> Extractor {
        var events = try EventLexicon.bundled()
        try events.add(lines, language: language, file: "user.\(language.rawValue).tsv")
        return Extractor(lexicon: ExtractionSupport.extractor.lexicon, events: events)
    }

    private static func graph(_ text: String, _ language: Language, with extractor: Extractor) -> Graph {
        let source = try! SourceText(bytes: Array(text.utf8))
        let options = Extractor.Options(language: language, date: PartialDate(EventSupport.documentDate))
        return extractor.extract(source, documentID: "test", options: options).graph
    }

    @Test func userEventVerbsAreUsed() throws {
        let english = "Poland rebuffed Hungary."
        #expect(EventSupport.graph(english, .en).events.isEmpty)
        let englishExtractor = try Self.extractor(adding: "rebuff*\tcriticizes\ttarget=obj,poss\n", language: .en)
        expectOnlyEvents(Self.graph(english, .en, with: englishExtractor), [(.criticizes, "POL", "HUN")])

        let polish = "Polska zganiła Węgry."
        #expect(EventSupport.graph(polish, .pl).events.isEmpty)
        let polishExtractor = try Self.extractor(adding: "zgani*\tcriticizes\ttarget=acc,poss aspect=pf\n", language: .pl)
        expectOnlyEvents(Self.graph(polish, .pl, with: polishExtractor), [(.criticizes, "POL", "HUN")])
        // A line for one language is not used for the other.
        #expect(Self.graph(english, .en, with: polishExtractor).events.isEmpty)
    }

    @Test func userGoodsWordsAreUsed() throws {
        let english = "Russia sold satellites to Iran."
        #expect(EventSupport.graph(english, .en).events(.supplies).isEmpty)
        let englishExtractor = try Self.extractor(adding: "satellit*\ttechnology\n", language: .en)
        expectEvent(Self.graph(english, .en, with: englishExtractor), .supplies, "RUS", "IRN", goods: [.technology])

        let polish = "Rosja sprzedała Iranowi satelity."
        #expect(EventSupport.graph(polish, .pl).events(.supplies).isEmpty)
        let polishExtractor = try Self.extractor(adding: "satelit*\ttechnology\n", language: .pl)
        expectEvent(Self.graph(polish, .pl, with: polishExtractor), .supplies, "RUS", "IRN", goods: [.technology])
    }

    @Test func userExchangeCuesAreUsed() throws {
        let english = "Iran sold drones to Russia in lieu of payment."
        let extractor = try Self.extractor(adding: "in lieu of\texchange\tcounter\n", language: .en)
        let graph = Self.graph(english, .en, with: extractor)
        #expect(graph.transactions.count == 1, "\(graph.eventSummary)")
        expectEvent(graph, .supplies, "RUS", "IRN", goods: [.money])
    }

    @Test func bundledExtractorIgnoresAnotherExtractorsUserLines() throws {
        // Adding lines makes a new dictionary; the shipped one stays as it was.
        _ = try Self.extractor(adding: "rebuff*\tcriticizes\ttarget=obj\n", language: .en)
        #expect(EventSupport.graph("Poland rebuffed Hungary.", .en).events.isEmpty)
    }
}

/// `statecraft extract --events FILE`: a user's dictionary, its language from its name.
@Suite("Event dictionaries on the command line")
struct EventDictionaryCommandTests {
    /// Writes `text` as `name` in `directory`.
    static func file(_ name: String, _ text: String, in directory: URL) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func userDictionaryFileIsUsed() throws {
        try withTemporaryDirectory { directory in
            let article = try Self.file("article.txt", "Poland rebuffed Hungary.\n", in: directory)
            let dictionary = try Self.file("mine.en.tsv", "rebuff*\tcriticizes\ttarget=obj\n", in: directory)
            let without = try CLITests.run(["extract", article.path, "--language", "en", "--quiet"])
            #expect(without.status == 0)
            #expect(!without.stdout.contains("\"criticizes\""))
            let with = try CLITests.run(["extract", article.path, "--language", "en", "--quiet", "--events", dictionary.path])
            #expect(with.status == 0, "\(with.stderr)")
            let graph = try GraphDocument.decode(Array(with.stdout.utf8))
            #expect(graph.relations.contains { $0.kind == .criticizes && $0.source == "POL" && $0.target == "HUN" })
        }
    }

    @Test func dictionaryWithoutALanguageInItsNameIsAnError() throws {
        try withTemporaryDirectory { directory in
            let article = try Self.file("article.txt", "Poland criticized Hungary.\n", in: directory)
            let dictionary = try Self.file("mine.tsv", "lambast*\tcriticizes\ttarget=obj\n", in: directory)
            let run = try CLITests.run(["extract", article.path, "--events", dictionary.path])
            #expect(run.status == 1)
            #expect(run.stderr.contains("mine.tsv") && run.stderr.contains("NAME.pl.tsv"))
            let bad = try Self.file("bad.pl.tsv", "zgani*\tscolds\ttarget=acc\n", in: directory)
            let invalid = try CLITests.run(["extract", article.path, "--events", bad.path])
            #expect(invalid.status == 1)
            #expect(invalid.stderr.contains("bad.pl.tsv:1:"))
        }
    }
}
