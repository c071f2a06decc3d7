// Rendering benchmark: Statecraft's in-process Graphviz (libgvc) against `dot -Tsvg` run as a
// subprocess on the same DOT text, for the bundled example and a generated 2,000-node graph; and
// the resident memory over 1,000 renders with clusters, which is how Graphviz's per-render leaks
// show. Run it in a release build:
//
//     swift run -c release render-benchmark [path/to/example.json]
//
// It needs the `dot` program (Debian package `graphviz`) for the comparison.

import Foundation
import Statecraft

/// Prints a line at once, also when the output is a pipe.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

/// Resident set size in KiB, from /proc/self/statm.
func residentKiB() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return -1 }
    let fields = text.split(separator: " ")
    return fields.count > 1 ? (Int(fields[1]) ?? 0) * 4 : -1
}

/// A connected graph of `count` entities: a random tree plus extra relations, kinds and statuses
/// varied, from a fixed seed (SplitMix64).
func generatedGraph(count: Int, extraRelations: Int, seed: UInt64) -> Graph {
    var state = seed
    func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    func uniform(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    var graph = Graph()
    let kinds = EntityKind.allCases
    for index in 0..<count {
        graph.add(Entity(id: Entity.ID("e\(index)"), kind: kinds[index % kinds.count], name: "Entity number \(index)"))
    }
    let events: [RelationKind] = [.meets, .visits, .supports, .criticizes, .attacks, .sanctions, .cooperates]
    var relation = 0
    func add(_ source: Int, _ target: Int) {
        guard source != target else { return }
        relation += 1
        graph.add(Relation(
            id: Relation.ID("r\(relation)"), kind: events[uniform(events.count)],
            source: Entity.ID("e\(source)"), target: Entity.ID("e\(target)"),
            status: Status.allCases[uniform(Status.allCases.count)], date: PartialDate(year: 2020 + uniform(5), month: 1 + uniform(12))))
    }
    for index in 1..<count { add(uniform(index), index) }
    for _ in 0..<extraRelations { add(uniform(count), uniform(count)) }
    return graph
}

func dotSubprocess(_ dot: String, engine: LayoutEngine) throws -> Double {
    let input = FileManager.default.temporaryDirectory.appendingPathComponent("statecraft-bench-\(getpid()).dot")
    try dot.write(to: input, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: input) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["dot", "-K\(engine.rawValue)", "-Tsvg", input.path]
    process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
    return try seconds {
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
    }
}

let examplePath = CommandLine.arguments.dropFirst().first ?? "graphs/kim-putin-vostochny-2023.json"
let example = try GraphDocument.read(examplePath)
let large = generatedGraph(count: 2_000, extraRelations: 1_000, seed: 2_000)

say("graph                               in-process (s)   dot -K… -Tsvg subprocess (s)   ratio")
for (name, graph, runs, engine) in [
    ("example (17 entities)", example, 20, LayoutEngine.dot),
    // dot's layered layout of 2,000 labelled nodes takes many minutes either way; sfdp is the engine
    // for graphs of this size.
    ("generated, 2,000 entities, sfdp", large, 3, LayoutEngine.sfdp),
] {
    let options = RenderOptions(engine: engine)
    let dot = Renderer.dot(for: graph, options: options)
    _ = try Renderer.render(graph, as: .svg, options: options)  // warm up plugins
    let inProcess = median(try (0..<runs).map { _ in try seconds { _ = try Renderer.render(graph, as: .svg, options: options) } })
    let subprocess = median(try (0..<runs).map { _ in try dotSubprocess(dot, engine: engine) })
    say(
        name.padding(toLength: 36, withPad: " ", startingAt: 0)
            + String(format: "%10.4f %22.4f %16.2f×", inProcess, subprocess, subprocess / inProcess))
}

let clustered = RenderOptions(clusters: true)
_ = try Renderer.render(example, as: .svg, options: clustered)
let before = residentKiB()
for round in 1...1_000 {
    _ = try Renderer.render(example, as: .svg, options: clustered)
    if round == 10 || round == 1_000 { say("after \(round) renders with clusters: RSS \(residentKiB()) KiB") }
}
say("growth over 1,000 renders: \(residentKiB() - before) KiB (\((residentKiB() - before) / 1_000) KiB per render)")
