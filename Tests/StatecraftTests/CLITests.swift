import Foundation
import Testing

@testable import Statecraft

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs the built `statecraft` executable: exit statuses (0 ok, 1 invalid input, 2 usage), what it
/// prints, and the files it writes.
@Suite("statecraft command line")
struct CLITests {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `statecraft` executable: beside the test runner (SwiftPM puts every product of the build
    /// in one directory), else in the package's debug products directory.
    static let executable: URL? = {
        var candidates: [URL] = []
        if let runner = CommandLine.arguments.first {
            let url = URL(fileURLWithPath: runner, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            candidates.append(url.deletingLastPathComponent())
            // On Darwin the runner is inside an .xctest bundle: Contents/MacOS.
            candidates.append(url.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())
        }
        if let executable = Bundle.main.executableURL { candidates.append(executable.deletingLastPathComponent()) }
        candidates.append(Bundle.main.bundleURL)
        candidates.append(Fixtures.packageRoot.appendingPathComponent(".build/debug"))
        return candidates.map { $0.appendingPathComponent("statecraft").standardizedFileURL }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// A child that exits before reading its input must not kill the tests with SIGPIPE.
    static let ignoreBrokenPipes: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

    static func run(_ arguments: [String], stdin: Data? = nil, in directory: URL? = nil) throws -> Result {
        Self.ignoreBrokenPipes
        let executable = try #require(Self.executable, "the statecraft executable was not found beside the tests")
        return try withTemporaryDirectory { scratch in
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments
            if let directory { process.currentDirectoryURL = directory }
            let outURL = scratch.appendingPathComponent("stdout")
            let errURL = scratch.appendingPathComponent("stderr")
            _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
            _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
            let out = try FileHandle(forWritingTo: outURL)
            let err = try FileHandle(forWritingTo: errURL)
            defer {
                try? out.close()
                try? err.close()
            }
            process.standardOutput = out
            process.standardError = err
            let input = Pipe()
            process.standardInput = input
            try process.run()
            if let stdin { input.fileHandleForWriting.write(stdin) }
            try input.fileHandleForWriting.close()
            process.waitUntilExit()
            return Result(
                status: process.terminationStatus,
                stdout: try String(contentsOf: outURL, encoding: .utf8),
                stderr: try String(contentsOf: errURL, encoding: .utf8))
        }
    }

    static func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }

    static let example = Fixtures.exampleGraph.path

    /// A graph document with one problem at a known line and column.
    static let invalidDocument = """
        {
          "format": "statecraft-graph",
          "version": 1,
          "entities": [
            {"id": "PRK", "kind": "nation", "name": "North Korea"}
          ]
        }
        """

    // MARK: Help and usage

    @Test("the executable is found")
    func executableFound() throws {
        let executable = try #require(Self.executable)
        #expect(executable.lastPathComponent == "statecraft")
    }

    @Test("--help exits 0 and lists the subcommands", arguments: [["--help"], ["-h"], ["help"]])
    func help(_ arguments: [String]) throws {
        let result = try Self.run(arguments)
        #expect(result.status == 0)
        for subcommand in ["validate", "stats", "merge"] {
            #expect(result.stdout.contains(subcommand))
        }
    }

    @Test("subcommand help exits 0", arguments: ["validate", "stats", "merge"])
    func subcommandHelp(_ subcommand: String) throws {
        let result = try Self.run([subcommand, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: statecraft \(subcommand)"))
    }

    @Test("--version exits 0")
    func version() throws {
        let result = try Self.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("statecraft \(Runtime.version)"))
    }

    @Test(
        "usage errors exit 2 with a message on standard error",
        arguments: [
            (["bogus"], "bogus"),
            (["validate"], "Missing expected argument"),
            (["stats"], "Missing expected argument"),
            (["merge"], "Missing expected argument"),
            (["merge", "a.json"], "--output"),
            (["merge", "-o", "out.json"], "Missing expected argument"),
            (["validate", "--frobnicate", "a.json"], "--frobnicate"),
            (["stats", "--format", "xml", "a.json"], "xml"),
            (["stats", "a.json", "b.json"], "b.json"),
        ])
    func usageErrors(arguments: [String], mention: String) throws {
        let result = try Self.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(mention), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    // MARK: validate

    @Test("validate: a valid file exits 0")
    func validateValid() throws {
        let result = try Self.run(["validate", Self.example])
        let graph = try GraphDocument.read(Self.example)
        #expect(result.status == 0)
        #expect(result.stdout == "\(Self.example): valid (\(graph.entities.count) entities, \(graph.relations.count) relations, 1 transactions)\n")
        #expect(result.stderr.isEmpty)
        let quiet = try Self.run(["validate", "--quiet", Self.example])
        #expect(quiet.status == 0 && quiet.stdout.isEmpty && quiet.stderr.isEmpty)
    }

    @Test("validate: an invalid file exits 1 with file:line:col: path: message")
    func validateInvalid() throws {
        try withTemporaryDirectory { directory in
            let file = directory.appendingPathComponent("bad.json")
            try Self.write(Self.invalidDocument, to: file)
            let result = try Self.run(["validate", file.path])
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "\(file.path):5:19: $.entities[0].kind: unknown kind 'nation' (known: state, person, organization, place)\n")
        }
    }

    @Test("validate: every problem on its own line, in the file:line:col: path: message form")
    func validateManyProblems() throws {
        try withTemporaryDirectory { directory in
            let text = """
                {"format": "statecraft-graph", "version": 1,
                 "entities": [{"id": "A", "kind": "state", "name": "A"}],
                 "relations": [
                   {"id": "r1", "kind": "meets", "source": "A", "target": "B", "status": "asserted"},
                   {"id": "r2", "kind": "leads", "source": "A", "target": "A", "status": "asserted"}
                 ]}
                """
            try Self.write(text, to: directory.appendingPathComponent("refs.json"))
            let result = try Self.run(["validate", "refs.json"], in: directory)
            #expect(result.status == 1)
            let lines = result.stderr.split(separator: "\n").map(String.init)
            #expect(lines == [
                "refs.json:4:49: $.relations[0].target: no entity with id 'B'",
                "refs.json:5:34: $.relations[1].source: 'leads' needs a person as source, 'A' is a state",
                "refs.json:5:4: $.relations[1]: 'leads' relates 'A' to itself",
            ])
            let form = try Regex(#"^refs\.json:\d+:\d+: \$[^ ]*: .+$"#)
            #expect(lines.allSatisfy { $0.wholeMatch(of: form) != nil })
        }
    }

    @Test("validate: several files, one invalid, exits 1 and reports only the invalid one")
    func validateSeveral() throws {
        try withTemporaryDirectory { directory in
            let bad = directory.appendingPathComponent("bad.json")
            try Self.write(Self.invalidDocument, to: bad)
            let result = try Self.run(["validate", Self.example, bad.path, Self.example])
            #expect(result.status == 1)
            #expect(result.stdout.split(separator: "\n").count == 2)
            #expect(result.stderr.hasPrefix("\(bad.path):5:19: "))
            #expect(!result.stderr.contains(Self.example))
        }
    }

    @Test("validate: syntax errors, empty and missing files exit 1")
    func validateUnreadable() throws {
        try withTemporaryDirectory { directory in
            try Self.write("", to: directory.appendingPathComponent("empty.json"))
            try Self.write("{\n  \"format\": \"statecraft-graph\",\n  \"version\": 1,\n  \"entities\": [", to: directory.appendingPathComponent("truncated.json"))
            let empty = try Self.run(["validate", "empty.json"], in: directory)
            #expect(empty.status == 1)
            #expect(empty.stderr == "empty.json:1:1: unexpected end of input, expected a value\n")
            let truncated = try Self.run(["validate", "truncated.json"], in: directory)
            #expect(truncated.status == 1)
            #expect(truncated.stderr == "truncated.json:4:16: unexpected end of input, expected a value\n")
            let missing = try Self.run(["validate", "missing.json"], in: directory)
            #expect(missing.status == 1)
            #expect(missing.stderr == "missing.json: $: no such file\n")
            let folder = try Self.run(["validate", "."], in: directory)
            #expect(folder.status == 1)
            #expect(folder.stderr.contains("is a directory"))
        }
    }

    @Test("validate: '-' reads standard input")
    func validateStandardInput() throws {
        let valid = try Self.run(["validate", "-"], stdin: try Data(contentsOf: Fixtures.exampleGraph))
        #expect(valid.status == 0)
        let graph = try GraphDocument.read(Self.example)
        #expect(valid.stdout == "-: valid (\(graph.entities.count) entities, \(graph.relations.count) relations, 1 transactions)\n")
        let invalid = try Self.run(["validate", "-"], stdin: Data(Self.invalidDocument.utf8))
        #expect(invalid.status == 1)
        #expect(invalid.stderr.hasPrefix("<stdin>:5:19: $.entities[0].kind: unknown kind 'nation'"))
    }

    // MARK: stats

    @Test("stats: a table of counts")
    func statsTable() throws {
        let result = try Self.run(["stats", Self.example])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        var rows: [String: String] = [:]
        for line in result.stdout.split(separator: "\n") {
            let parts = line.split(separator: "  ", maxSplits: 1)
            guard parts.count == 2 else { continue }
            rows[String(parts[0])] = parts[1].trimmingCharacters(in: .whitespaces)
        }
        let graph = try GraphDocument.read(Self.example)
        #expect(rows["documents"] == "1")
        #expect(rows["entities"] == "\(graph.entities.count)")
        #expect(rows["relations"] == "\(graph.relations.count)")
        #expect(rows["transactions"] == "1")
        #expect(rows["evidence spans"] == "\(graph.relations.flatMap(\.evidence).count + graph.transactions.flatMap(\.evidence).count)")
        #expect(rows["dates"] == "2019-04 … 2023-09")
        #expect(rows["entity: state"] == "\(graph.entities.count { $0.kind == .state })")
        #expect(rows["relation: supplies"] == "\(graph.relations.count { $0.kind == .supplies })")
        #expect(rows["status: asserted"] == "\(graph.relations.count { $0.status == .asserted })")
        #expect(result.stdout == GraphSummary(try GraphDocument.read(Self.example)).table)
    }

    @Test("stats --format json: parseable, with the counts")
    func statsJSON() throws {
        let result = try Self.run(["stats", "--format", "json", Self.example])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let json = try #require(object as? [String: Any])
        let graph = try GraphDocument.read(Self.example)
        func counts<Key: Hashable>(_ keys: [Key]) -> [Key: Int] { keys.reduce(into: [:]) { $0[$1, default: 0] += 1 } }
        #expect(json["documents"] as? Int == 1)
        #expect(json["entities"] as? Int == graph.entities.count)
        #expect(json["relations"] as? Int == graph.relations.count)
        #expect(json["transactions"] as? Int == 1)
        #expect(json["evidence"] as? Int == graph.relations.flatMap(\.evidence).count + graph.transactions.flatMap(\.evidence).count)
        #expect(json["entitiesByKind"] as? [String: Int] == counts(graph.entities.map(\.kind.rawValue)))
        #expect(json["relationsByStatus"] as? [String: Int] == counts(graph.relations.map(\.status.rawValue)))
        let byKind = try #require(json["relationsByKind"] as? [String: Int])
        #expect(byKind == counts(graph.relations.map(\.kind.rawValue)))
        #expect(byKind["meets"] == 1 && byKind["supplies"] == 2 && byKind["leads"] == 2)
        #expect(json["dates"] as? [String: String] == ["first": "2019-04", "last": "2023-09"])
    }

    @Test("stats of a small graph built here")
    func statsSmall() throws {
        try withTemporaryDirectory { directory in
            let file = directory.appendingPathComponent("sample.json")
            try GraphDocument.write(Sample.graph, to: file.path)
            let result = try Self.run(["stats", "--format", "json", file.path])
            #expect(result.status == 0)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect(json["entities"] as? Int == Sample.entities.count)
            #expect(json["relations"] as? Int == Sample.relations.count)
            #expect(json["relationsByStatus"] as? [String: Int] == ["asserted": 6, "reported": 1, "hypothetical": 2, "denied": 1])
            #expect(json["dates"] as? [String: String] == ["first": "2019-04", "last": "2023-09-13"])
        }
    }

    @Test("stats of an invalid file exits 1")
    func statsInvalid() throws {
        let result = try Self.run(["stats", "-"], stdin: Data(Self.invalidDocument.utf8))
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("<stdin>:5:19: "))
    }

    // MARK: merge

    @Test("merge -o writes the merged graph")
    func merge() throws {
        try withTemporaryDirectory { directory in
            let first = Graph(
                entities: [Entity(id: "PRK", kind: .state, name: "North Korea"), Entity(id: "RUS", kind: .state, name: "Russia")],
                relations: [Relation(id: "r1", kind: .cooperates, source: "RUS", target: "PRK")])
            let second = Graph(
                entities: [
                    Entity(id: "PRK", kind: .state, name: "North Korea"), Entity(id: "RUS", kind: .state, name: "Rosja"),
                    Entity(id: "UKR", kind: .state, name: "Ukraine"),
                ],
                relations: [
                    Relation(id: "r1", kind: .attacks, source: "RUS", target: "UKR"),
                    Relation(id: "r2", kind: .cooperates, source: "PRK", target: "RUS"),
                ])
            try GraphDocument.write(first, to: directory.appendingPathComponent("a.json").path)
            try GraphDocument.write(second, to: directory.appendingPathComponent("b.json").path)
            let result = try Self.run(["merge", "a.json", "b.json", "-o", "merged.json"], in: directory)
            #expect(result.status == 0)
            #expect(result.stderr.isEmpty && result.stdout.isEmpty)
            let output = directory.appendingPathComponent("merged.json")
            let merged = try GraphDocument.read(output.path)
            #expect(merged.entities.map(\.id) == ["PRK", "RUS", "UKR"])
            #expect(merged.entity("RUS")?.aliases == ["Rosja"])
            #expect(merged.relations.map(\.id) == ["r1", "r1-2"])
            #expect(merged.relation("r1-2")?.kind == .attacks)
            #expect(try String(contentsOf: output, encoding: .utf8) == GraphDocument.encode(try first.merging(second)))
            // Only the output was added: no temporary files left behind.
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["a.json", "b.json", "merged.json"])
        }
    }

    @Test("merge -o - writes to standard output")
    func mergeToStandardOutput() throws {
        let result = try Self.run(["merge", Self.example, "--output", "-"])
        #expect(result.status == 0)
        #expect(Array(result.stdout.utf8) == (try Fixtures.exampleGraphBytes()))
    }

    @Test("merge of a file with itself gives identical output")
    func mergeWithItself() throws {
        try withTemporaryDirectory { directory in
            let output = directory.appendingPathComponent("out.json")
            let result = try Self.run(["merge", Self.example, Self.example, "-o", output.path])
            #expect(result.status == 0)
            #expect(try [UInt8](Data(contentsOf: output)) == (try Fixtures.exampleGraphBytes()))

            let sample = directory.appendingPathComponent("sample.json")
            try GraphDocument.write(Sample.graph, to: sample.path)
            #expect(try Self.run(["merge", sample.path, sample.path, sample.path, "-o", output.path]).status == 0)
            #expect(try Data(contentsOf: output) == (try Data(contentsOf: sample)))
        }
    }

    @Test("merge keeps the first file's ids, even for relations that state the same fact")
    func mergeKeepsFirstFileIDs() throws {
        try withTemporaryDirectory { directory in
            // Two visits in the same month to two places: the same fact by kind, ends, date and
            // status, but two relations of the graph.
            let graph = Graph(
                entities: [
                    Entity(id: "RUS", kind: .state, name: "Russia"),
                    Entity(id: "kim-jong-un", kind: .person, name: "Kim Jong Un"),
                    Entity(id: "khabarovsk", kind: .place, name: "Khabarovsk"),
                    Entity(id: "vostochny", kind: .place, name: "Vostochny"),
                ],
                relations: [
                    Relation(id: "r1", kind: .visits, source: "kim-jong-un", target: "RUS", date: PartialDate("2023-09"), place: "vostochny"),
                    Relation(id: "r2", kind: .visits, source: "kim-jong-un", target: "RUS", date: PartialDate("2023-09"), place: "khabarovsk"),
                ])
            let input = directory.appendingPathComponent("visits.json")
            try GraphDocument.write(graph, to: input.path)
            let output = directory.appendingPathComponent("out.json")
            let single = try Self.run(["merge", input.path, "-o", output.path])
            #expect(single.status == 0)
            #expect(try Data(contentsOf: output) == (try Data(contentsOf: input)))
            let twice = try Self.run(["merge", input.path, input.path, "-o", output.path])
            #expect(twice.status == 0)
            #expect(try Data(contentsOf: output) == (try Data(contentsOf: input)))
        }
    }

    @Test("merge of an invalid input writes nothing")
    func mergeInvalidWritesNothing() throws {
        try withTemporaryDirectory { directory in
            try Self.write(Self.invalidDocument, to: directory.appendingPathComponent("bad.json"))
            let result = try Self.run(["merge", Self.example, "bad.json", "-o", "out.json"], in: directory)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("bad.json:5:19: $.entities[0].kind: unknown kind 'nation'"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["bad.json"])
        }
    }

    @Test("merge of an invalid input leaves an existing output file untouched")
    func mergeInvalidLeavesOutput() throws {
        try withTemporaryDirectory { directory in
            try Self.write(Self.invalidDocument, to: directory.appendingPathComponent("bad.json"))
            let output = directory.appendingPathComponent("out.json")
            let before = Data("precious contents\n".utf8)
            try before.write(to: output)
            for arguments in [["bad.json"], [Self.example, "bad.json"], ["missing.json"], [Self.example, "missing.json"]] {
                let result = try Self.run(["merge"] + arguments + ["-o", "out.json"], in: directory)
                #expect(result.status == 1, "\(arguments)")
                #expect(try Data(contentsOf: output) == before)
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["bad.json", "out.json"])
        }
    }

    @Test("merge of graphs that disagree on an entity's kind exits 1 and writes nothing")
    func mergeConflict() throws {
        try withTemporaryDirectory { directory in
            try GraphDocument.write(
                Graph(entities: [Entity(id: "kim-jong-un", kind: .organization, name: "Kim Jong Un")]),
                to: directory.appendingPathComponent("org.json").path)
            let result = try Self.run(["merge", Self.example, "org.json", "-o", "out.json"], in: directory)
            #expect(result.status == 1)
            #expect(result.stderr == "entity 'kim-jong-un' is a person in one graph and an organization in the other\n")
            #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out.json").path))
        }
    }

    @Test("merge into a directory that does not exist exits 1")
    func mergeUnwritable() throws {
        try withTemporaryDirectory { directory in
            let result = try Self.run(["merge", Self.example, "-o", "no/such/dir/out.json"], in: directory)
            #expect(result.status == 1)
            #expect(result.stderr.contains("cannot create a temporary file"))
        }
    }
}
