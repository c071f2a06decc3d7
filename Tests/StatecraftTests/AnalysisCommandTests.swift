import Foundation
import Statecraft
import Testing

/// `statecraft path`, `neighbors` and `centrality`, run as the built binary: output shapes and exit
/// statuses (0 success, 1 invalid input, 2 usage error).
@Suite("Analysis commands")
struct AnalysisCommandTests {
    static let example = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("graphs/kim-putin-vostochny-2023.json").path

    struct Run {
        var status: Int32
        var output: String
        var error: String
    }

    static func statecraft(_ arguments: [String], input: String? = nil) throws -> Run {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var binary = directory.appendingPathComponent("statecraft")
        if !FileManager.default.fileExists(atPath: binary.path) {
            binary = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("statecraft")
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        let standardInput = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = standardInput
        try process.run()
        if let input { standardInput.fileHandleForWriting.write(Data(input.utf8)) }
        try standardInput.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            error: String(decoding: errorData, as: UTF8.self))
    }

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func pathExplainsEachHop() throws {
        let run = try Self.statecraft(["path", Self.example, "Kim Dzong Un", "ukraine"])
        #expect(run.status == 0)
        #expect(run.output.contains("Kim Jong Un —visits (2019-04)→ Russia —attacks (2023-09)→ Ukraine"))
        #expect(run.output.contains("“Wojskom rosyjskim atakującym Ukrainę"))
    }

    @Test func pathJSON() throws {
        let run = try Self.statecraft(["path", Self.example, "kim-jong-un", "UKR", "--undirected", "--k", "3", "--format", "json"])
        #expect(run.status == 0)
        let paths = try #require(try json(run.output)["paths"] as? [[String: Any]])
        #expect(paths.count == 3)
        for path in paths {
            let nodes = try #require(path["nodes"] as? [String])
            let relations = try #require(path["relations"] as? [String])
            #expect(nodes.first == "kim-jong-un" && nodes.last == "UKR")
            #expect(relations.count == nodes.count - 1)
            #expect(NetworkXFixture.number(path["length"]) == Double(nodes.count - 1))
        }
    }

    @Test func pathFiltersChangeTheAnswer() throws {
        // Only hypothetical supplies and structural kinds: Kim leads North Korea, which might arm Russia.
        let run = try Self.statecraft([
            "path", Self.example, "Kim Jong Un", "Russia", "--via", "leads,supplies", "--format", "json",
        ])
        #expect(run.status == 0)
        let paths = try #require(try json(run.output)["paths"] as? [[String: Any]])
        #expect(paths.first?["nodes"] as? [String] == ["kim-jong-un", "PRK", "RUS"])
        let asserted = try Self.statecraft([
            "path", Self.example, "Kim Jong Un", "Russia", "--via", "leads,supplies", "--status", "asserted", "--format", "json",
        ])
        #expect((try json(asserted.output)["paths"] as? [Any])?.isEmpty == true)
        let old = try Self.statecraft(["path", Self.example, "Kim Jong Un", "Russia", "--until", "2020", "--format", "json"])
        let oldPaths = try #require(try json(old.output)["paths"] as? [[String: Any]])
        #expect(oldPaths.first?["relations"] as? [String] == ["kim-putin-vostochny-2023-pl/r10"])
    }

    @Test func badEndpointsAndOptions() throws {
        let unknown = try Self.statecraft(["path", Self.example, "Kim Jong", "Atlantis"])
        #expect(unknown.status == 1)
        #expect(unknown.error.contains("did you mean") && unknown.error.contains("kim-jong-un"))
        let badKind = try Self.statecraft(["path", Self.example, "PRK", "RUS", "--via", "hugs"])
        #expect(badKind.status == 2)
        #expect(badKind.error.contains("unknown value 'hugs'"))
        let badDate = try Self.statecraft(["path", Self.example, "PRK", "RUS", "--since", "2023-13"])
        #expect(badDate.status == 2)
        let badMeasure = try Self.statecraft(["centrality", Self.example, "--measure", "fame"])
        #expect(badMeasure.status == 2)
        let missing = try Self.statecraft(["centrality", "/nonexistent.json", "--measure", "degree"])
        #expect(missing.status == 1)
    }

    @Test func centralityFormats() throws {
        let table = try Self.statecraft(["centrality", Self.example, "--measure", "degree", "--top", "3"])
        #expect(table.status == 0)
        #expect(table.output.split(separator: "\n").count == 4)
        #expect(table.output.hasPrefix("rank  id"))
        let object = try json(try Self.statecraft(["centrality", Self.example, "--measure", "pagerank", "--format", "json"]).output)
        #expect(object["measure"] as? String == "pagerank")
        let scores = try #require(object["scores"] as? [String: Any])
        #expect(abs(scores.values.map { NetworkXFixture.number($0) }.reduce(0, +) - 1) < 1e-9)
        let csv = try Self.statecraft(["centrality", Self.example, "--measure", "closeness", "--format", "csv", "--undirected"])
        #expect(csv.output.hasPrefix("id,name,closeness\n"))
        for measure in CentralityMeasure.allCases {
            let run = try Self.statecraft(["centrality", Self.example, "--measure", measure.rawValue, "--format", "json", "--undirected"])
            #expect(run.status == 0, "\(measure): \(run.error)")
        }
        // The directed example has no dominant in-eigenvector the power iteration reaches, as in NetworkX.
        let eigenvector = try Self.statecraft(["centrality", Self.example, "--measure", "eigenvector"])
        #expect(eigenvector.status == 1)
        #expect(eigenvector.error == "eigenvector centrality did not converge in 100 iterations (tolerance 1e-06)\n")
    }

    @Test func centralityOnEdgeLists() throws {
        let list = "a b\nb c\nc d\nb d\n"
        let run = try Self.statecraft(["centrality", "-", "--input-format", "edgelist", "--measure", "betweenness", "--format", "json"], input: list)
        #expect(run.status == 0)
        let scores = try #require(try json(run.output)["scores"] as? [String: Any])
        #expect(abs(NetworkXFixture.number(scores["b"]) - 2.0 / 3.0) < 1e-12)
        let empty = try Self.statecraft(["centrality", "-", "--input-format", "edgelist", "--measure", "degree"], input: "# none\n")
        #expect(empty.status == 1)
        #expect(empty.error.contains("empty graph"))
        let filtered = try Self.statecraft(["centrality", "-", "--input-format", "edgelist", "--measure", "degree", "--via", "meets"], input: list)
        #expect(filtered.status == 2)
        let notConverging = try Self.statecraft(
            ["centrality", "-", "--input-format", "edgelist", "--measure", "pagerank", "--max-iterations", "1", "--tolerance", "1e-15"], input: list)
        #expect(notConverging.status == 1)
        #expect(notConverging.error.contains("did not converge in 1 iterations"))
    }

    @Test func neighborsTableAndDocument() throws {
        let table = try Self.statecraft(["neighbors", Self.example, "North Korea", "--depth", "1"])
        #expect(table.status == 0)
        #expect(table.output.contains("0      PRK"))
        #expect(table.output.contains("kim-jong-un"))
        let document = try Self.statecraft(["neighbors", Self.example, "PRK", "--depth", "1", "--format", "json"])
        let graph = try GraphDocument.decode(Array(document.output.utf8))
        #expect(graph.entity("PRK") != nil && graph.entity("kim-jong-un") != nil)
        #expect(graph.entity("UKR") == nil)
        let wider = try GraphDocument.decode(Array(try Self.statecraft(["neighbors", Self.example, "PRK", "--depth", "2", "-o", "-"]).output.utf8))
        #expect(wider.entities.count > graph.entities.count)
        #expect(wider.validate().isEmpty)
    }
}
