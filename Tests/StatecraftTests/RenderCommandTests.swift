import Foundation
import Testing

/// `statecraft render`, run as a user runs it: formats by extension, options, errors and exit codes.
@Suite("statecraft render")
struct RenderCommandTests {
    @Test("the extension gives the format", arguments: [
        ("svg", Array("<?xml".utf8)), ("png", [0x89, 0x50, 0x4E, 0x47]), ("pdf", Array("%PDF".utf8)),
        ("dot", Array("digraph".utf8)),
    ])
    func formats(fileExtension: String, magic: [UInt8]) throws {
        try withTemporaryDirectory { directory in
            let output = directory.appendingPathComponent("example.\(fileExtension)")
            let result = try CLITests.run(["render", CLITests.example, "-o", output.path])
            #expect(result.status == 0, "\(result.stderr)")
            let bytes = [UInt8](try Data(contentsOf: output))
            #expect(bytes.starts(with: magic))
        }
    }

    @Test("options: engine, theme, clusters, filters, highlights, title")
    func options() throws {
        try withTemporaryDirectory { directory in
            let output = directory.appendingPathComponent("example.svg")
            let result = try CLITests.run([
                "render", CLITests.example, "-o", output.path, "--engine", "neato", "--theme", "dark",
                "--clusters", "--kinds", "state,person,supplies,aids,leads,meets", "--status", "asserted,hypothetical",
                "--since", "2023", "--highlight-path", "Kim Dzong Un", "rosja", "--title", "A <b>title</b> & more",
            ])
            #expect(result.status == 0, "\(result.stderr)")
            let svg = try String(contentsOf: output, encoding: .utf8)
            #expect(svg.contains("theme&#45;dark"))
            #expect(svg.contains("highlighted"))
            #expect(svg.contains("A &lt;b&gt;title&lt;/b&gt; &amp; more"))
            #expect(!svg.contains("entity&#45;vostochny&#45;cosmodrome"))
        }
    }

    @Test("--size-by takes a map of entity id to score")
    func sizeBy() throws {
        try withTemporaryDirectory { directory in
            let scores = directory.appendingPathComponent("scores.json")
            try CLITests.write(#"{"measure": "degree", "scores": {"RUS": 0.9, "PRK": 0.1}}"#, to: scores)
            let output = directory.appendingPathComponent("example.dot")
            let result = try CLITests.run(["render", CLITests.example, "-o", output.path, "--size-by", scores.path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try String(contentsOf: output, encoding: .utf8).contains("width=\"2.5\""))
        }
    }

    @Test("usage errors exit 2 and write nothing", arguments: [
        ["--engine", "nonsense"], ["--theme", "sepia"], ["--kinds", "dragons"], ["--since", "2023-13"],
        ["--highlight-path", "PRK"], ["--format", "gif"],
    ])
    func usageErrors(extra: [String]) throws {
        try withTemporaryDirectory { directory in
            let output = directory.appendingPathComponent("out.svg")
            let result = try CLITests.run(["render", CLITests.example, "-o", output.path] + extra)
            #expect(result.status == 2, "\(extra): \(result.stderr)")
            #expect(!FileManager.default.fileExists(atPath: output.path))
        }
    }

    @Test("an unknown extension without --format is a usage error")
    func unknownExtension() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("statecraft-out.gif").path
        let result = try CLITests.run(["render", CLITests.example, "-o", output])
        #expect(result.status == 2)
        #expect(result.stderr.contains("format"))
    }

    @Test("invalid input exits 1 with the reason, and an existing output is left untouched")
    func invalidInput() throws {
        try withTemporaryDirectory { directory in
            let output = directory.appendingPathComponent("out.svg")
            try CLITests.write("keep me", to: output)
            var result = try CLITests.run(["render", CLITests.example, "-o", output.path, "--highlight", "Atlantis"])
            #expect(result.status == 1)
            #expect(result.stderr.contains("'Atlantis'"))
            result = try CLITests.run(["render", CLITests.example, "-o", output.path, "--highlight", "Putin,Kim Jong Un"])
            #expect(result.status == 0, "\(result.stderr)")
            let scores = directory.appendingPathComponent("scores.json")
            try CLITests.write(#"{"RUS": "high"}"#, to: scores)
            try CLITests.write("keep me", to: output)
            result = try CLITests.run(["render", CLITests.example, "-o", output.path, "--size-by", scores.path])
            #expect(result.status == 1)
            #expect(result.stderr.contains("$.RUS"))
            #expect(try String(contentsOf: output, encoding: .utf8) == "keep me")
        }
    }
}
