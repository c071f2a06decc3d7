import Foundation
import Testing

@testable import Statecraft

/// `statecraft extract` over several articles: one graph, --jobs, --into, progress and errors.
@Suite("statecraft extract: corpus ingest")
struct ExtractCommandTests {
    static func run(_ arguments: [String], in directory: URL) throws -> CLITests.Result {
        try CLITests.run(["extract", "--language", "en"] + arguments, in: directory)
    }

    static func articles(in directory: URL) throws {
        _ = try Corpus.write(
            ["vostochny.txt": Corpus.vostochny, "beijing.txt": Corpus.beijing, "brussels.txt": Corpus.brussels,
             "washington.txt": Corpus.washington],
            in: directory)
    }

    static let all = ["vostochny.txt", "beijing.txt", "brussels.txt", "washington.txt"]

    @Test("many articles, one graph: the same bytes with --jobs 1 and --jobs 4")
    func jobs() throws {
        try withTemporaryDirectory { directory in
            try Self.articles(in: directory)
            let one = try Self.run(Self.all + ["--jobs", "1", "-o", "one.json"], in: directory)
            let four = try Self.run(Self.all + ["-j", "4", "-o", "four.json"], in: directory)
            #expect(one.status == 0 && four.status == 0, "\(one.stderr)\(four.stderr)")
            #expect(one.stderr.isEmpty && four.stderr.isEmpty, "no progress when standard error is not a terminal")
            let bytes = try Data(contentsOf: directory.appendingPathComponent("one.json"))
            #expect(try Data(contentsOf: directory.appendingPathComponent("four.json")) == bytes)
            let graph = try GraphDocument.decode([UInt8](bytes))
            #expect(graph.documents.map(\.id) == ["beijing", "brussels", "vostochny", "washington"])
            #expect(graph.relations.allSatisfy { $0.id.rawValue.contains("/r") })
            #expect(graph.documents.allSatisfy { $0.digest.map(ContentDigest.isWellFormed) == true })
        }
    }

    @Test("--into creates the graph, adds new articles, and leaves it byte for byte alone for articles it has")
    func into() throws {
        try withTemporaryDirectory { directory in
            try Self.articles(in: directory)
            let graph = directory.appendingPathComponent("graph.json")
            let created = try Self.run(["vostochny.txt", "--into", "graph.json"], in: directory)
            #expect(created.status == 0, "\(created.stderr)")
            #expect(created.stdout.isEmpty)
            #expect(created.stderr == "graph.json: 1 article added\n")

            let added = try Self.run(["vostochny.txt", "beijing.txt", "--into", "graph.json"], in: directory)
            #expect(added.status == 0)
            #expect(added.stderr == "graph.json: 1 article added, 1 already in it\n")
            let bytes = try Data(contentsOf: graph)
            let both = try GraphDocument.read(graph.path)
            #expect(both.documents.map(\.id) == ["beijing", "vostochny"])
            let leads = try #require(both.relations.first { $0.kind == .leads && $0.source == "vladimir-putin" })
            #expect(Set(leads.evidence.map(\.document)) == ["beijing", "vostochny"])

            let again = try Self.run(["beijing.txt", "vostochny.txt", "--into", "graph.json", "-j", "2"], in: directory)
            #expect(again.status == 0)
            #expect(again.stderr == "graph.json: 0 articles added, 2 already in it, file unchanged\n")
            #expect(try Data(contentsOf: graph) == bytes)
            let quiet = try Self.run(["beijing.txt", "--into", "graph.json", "-q"], in: directory)
            #expect(quiet.status == 0 && quiet.stderr.isEmpty)

            // The same as reading all of them at once.
            let batch = try Self.run(["vostochny.txt", "beijing.txt", "-o", "-"], in: directory)
            #expect(Data(batch.stdout.utf8) == bytes)
        }
    }

    @Test("--into: another text under a document id the graph has is skipped with a warning")
    func intoDifferentText() throws {
        try withTemporaryDirectory { directory in
            try Self.articles(in: directory)
            #expect(try Self.run(["beijing.txt", "--into", "graph.json"], in: directory).status == 0)
            let bytes = try Data(contentsOf: directory.appendingPathComponent("graph.json"))
            try FileManager.default.createDirectory(at: directory.appendingPathComponent("new"), withIntermediateDirectories: true)
            try Data(Corpus.brussels.utf8).write(to: directory.appendingPathComponent("new/beijing.txt"))
            let result = try Self.run(["new/beijing.txt", "--into", "graph.json"], in: directory)
            #expect(result.status == 0)
            #expect(result.stderr.hasPrefix("warning: new/beijing.txt: document 'beijing' is already in the graph, read from another text"))
            #expect(result.stderr.hasSuffix("graph.json: 0 articles added, 1 skipped, file unchanged\n"))
            #expect(try Data(contentsOf: directory.appendingPathComponent("graph.json")) == bytes)
        }
    }

    @Test("bad input exits 1, says what and where, and writes nothing")
    func errors() throws {
        try withTemporaryDirectory { directory in
            try Self.articles(in: directory)
            let missing = try Self.run(["vostochny.txt", "missing.txt", "-o", "out.json"], in: directory)
            #expect(missing.status == 1)
            #expect(missing.stderr == "missing.txt: no such file\n")
            #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out.json").path))

            let graph = directory.appendingPathComponent("graph.json")
            let broken = Data("{\"format\": \"statecraft-graph\", \"version\": 1, \"entities\": [}".utf8)
            try broken.write(to: graph)
            let invalid = try Self.run(["vostochny.txt", "--into", "graph.json"], in: directory)
            #expect(invalid.status == 1)
            #expect(invalid.stderr.hasPrefix("graph.json:1:"))
            #expect(invalid.stderr.hasSuffix("graph.json: not a graph to add articles to; left unchanged\n"))
            #expect(try Data(contentsOf: graph) == broken)

            #expect(try Self.run(["beijing.txt", "--into", "fresh.json"], in: directory).status == 0)
            let fresh = try Data(contentsOf: directory.appendingPathComponent("fresh.json"))
            let unreadable = try Self.run(["vostochny.txt", "missing.txt", "--into", "fresh.json"], in: directory)
            #expect(unreadable.status == 1)
            #expect(try Data(contentsOf: directory.appendingPathComponent("fresh.json")) == fresh)

            let badDate = try Self.run(["beijing.txt", "--date", "2023-13", "-o", "x.json"], in: directory)
            #expect(badDate.status == 2)
            try Data(("date 2023-13\n" + Corpus.beijing).utf8).write(to: directory.appendingPathComponent("dated.txt"))
            let marker = try Self.run(["beijing.txt", "dated.txt", "-o", "x.json"], in: directory)
            #expect(marker.status == 1)
            #expect(marker.stderr == "dated.txt: invalid date '2023-13': expected YYYY, YYYY-MM or YYYY-MM-DD\n")

            let nowhere = try Self.run(["beijing.txt", "-o", "no/such/out.json"], in: directory)
            #expect(nowhere.status == 1)
            #expect(nowhere.stderr == "no/such/out.json: cannot be written: no directory 'no/such'\n")

            // Only what the successful runs wrote: no temporary files left behind.
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
                == ["beijing.txt", "brussels.txt", "dated.txt", "fresh.json", "graph.json", "vostochny.txt", "washington.txt"])
        }
    }

    @Test(
        "usage errors exit 2",
        arguments: [
            (["a.txt", "--into", "g.json", "-o", "out.json"], "leave out -o"),
            (["a.txt", "--into", "g.json", "--format", "table"], "--format table"),
            (["a.txt", "--into", "-"], "not '-'"),
            (["a.txt", "--jobs", "0"], "--jobs must be at least 1"),
            (["-", "-"], "only once"),
        ])
    func usage(arguments: [String], mention: String) throws {
        try withTemporaryDirectory { directory in
            let result = try Self.run(arguments, in: directory)
            #expect(result.status == 2)
            #expect(result.stderr.contains(mention), "\(result.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        }
    }

    @Test("--progress when standard error is not a terminal: plain lines, no control characters; --quiet wins")
    func progress() throws {
        try withTemporaryDirectory { directory in
            try Self.articles(in: directory)
            let shown = try Self.run(Self.all + ["--progress", "-o", "out.json"], in: directory)
            #expect(shown.status == 0)
            let lines = shown.stderr.split(separator: "\n")
            #expect(!lines.isEmpty)
            #expect(lines.last?.contains("4/4 files") == true)
            #expect(lines.last?.contains(" in 0:") == true)
            #expect(shown.stderr.unicodeScalars.allSatisfy { $0 == "\n" || ($0.isASCII && $0.value >= 0x20) })
            let quiet = try Self.run(Self.all + ["--progress", "--quiet", "-o", "out.json"], in: directory)
            #expect(quiet.status == 0 && quiet.stderr.isEmpty)
        }
    }

    @Test("warnings are printed in article order, with --quiet too")
    func warnings() throws {
        try withTemporaryDirectory { directory in
            try Data([0xFF] + Array(Corpus.beijing.utf8)).write(to: directory.appendingPathComponent("b.txt"))
            try Data([0xFE] + Array(Corpus.brussels.utf8)).write(to: directory.appendingPathComponent("a.txt"))
            for extra in [[], ["-q"], ["-j", "1"]] {
                let result = try Self.run(["b.txt", "a.txt", "-o", "out.json"] + extra, in: directory)
                #expect(result.status == 0)
                let warnings = result.stderr.split(separator: "\n")
                #expect(warnings.count == 2)
                #expect(warnings.first?.hasPrefix("warning: b.txt: not valid UTF-8") == true)
                #expect(warnings.last?.hasPrefix("warning: a.txt: not valid UTF-8") == true)
            }
        }
    }
}
