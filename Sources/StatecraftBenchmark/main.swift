import Foundation
import Statecraft

// statecraft-benchmark: times Statecraft's analysis on the graphs of peers-baseline.md.
//
//   statecraft-benchmark [--data DIR] [--threads N] [--json] [--only CASE,CASE…]
//   statecraft-benchmark --case CASE [--data DIR] [--threads N]    (one case, one JSON line)
//
// Without --case it generates the graphs (checking their SHA-256 against peers-baseline.md), then
// runs every case in a fresh process of its own — so each peak RSS is that case's alone — and
// prints a table (or, with --json, one JSON line per case, for Benchmarks/peers.py).

struct Options {
    var data = "Benchmarks/data"
    var threads: Int?
    var json = false
    var only: Set<String>?
    var singleCase: String?

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--data": data = iterator.next() ?? data
            case "--threads": threads = iterator.next().flatMap(Int.init)
            case "--json": json = true
            case "--only": only = Set((iterator.next() ?? "").split(separator: ",").map(String.init))
            case "--case": singleCase = iterator.next()
            case "--help", "-h":
                print("usage: statecraft-benchmark [--data DIR] [--threads N] [--json] [--only CASE,…] [--case CASE]")
                print("cases: " + Case.all.map(\.name).joined(separator: ", "))
                exit(0)
            default:
                FileHandle.standardError.write(Data("unknown argument \(argument)\n".utf8))
                exit(2)
            }
        }
    }
}

/// A generated graph: its file, how to make it, and the SHA-256 peers-baseline.md gives.
struct GraphSpec: Sendable {
    var name: String
    var directed: Bool
    var sha256: String?
    var make: @Sendable () -> String

    static let all = [
        GraphSpec(name: "ba20k", directed: false, sha256: "f517d170dcd38b89ccdd1dbbae6d271f4dac68c10bd2c4462642aa184d59f0cb") {
            BenchmarkGraphs.barabasiAlbert(n: 20_000, m: 3, seed: 20_000)
        },
        GraphSpec(name: "er100k", directed: true, sha256: "1f742856371e0f4d67e6320f18880c8e92d83c939cfec766ec0291953375d105") {
            BenchmarkGraphs.erdosRenyi(n: 100_000, edges: 1_000_000, seed: 100_000)
        },
        GraphSpec(name: "ba200k", directed: false, sha256: "0e0df735d3bc08a54f905526b71b9a4f3cc6b8654cdb1381c7b233ed3ff715ad") {
            BenchmarkGraphs.barabasiAlbert(n: 200_000, m: 5, seed: 200_000)
        },
        // Not in peers-baseline.md: the 1,000,000-node graph for approximate betweenness.
        GraphSpec(name: "ba1m", directed: false, sha256: nil) {
            BenchmarkGraphs.barabasiAlbert(n: 1_000_000, m: 3, seed: 1_000_000)
        },
    ]

    func path(in directory: String) -> String { "\(directory)/\(name).txt" }
}

/// The reference values of peers-baseline.md ("all libraries agree").
enum Reference {
    static let betweennessBA20k: [String: Double] = [
        "13": 0.132356157821, "2": 0.0964286437461, "3": 0.094689531186, "7": 0.0571176826855, "5": 0.0547042860215,
    ]
    static let betweennessSumBA20k = 3.49131908041
    static let closenessBA20k: [String: Double] = [
        "2": 0.353901964254, "13": 0.353851870201, "3": 0.349272603434, "0": 0.327884709971,
    ]
    static let pagerankER100k: [String: Double] = [
        "76713": 2.79460493263e-05, "23869": 2.65939184929e-05, "57728": 2.59406815681e-05, "0": 1.4213779654e-05,
    ]
    static let pagerankBA200k: [String: Double] = [
        "2": 7.15666739138e-04, "5": 6.44642957324e-04, "3": 6.16132452593e-04, "0": 4.54900599919e-04,
    ]

    /// The largest relative difference from the reference values (given to 12 significant digits).
    static func check(_ scores: [Double], _ index: AnalysisIndex, _ reference: [String: Double]) -> (Bool, String) {
        var worst = 0.0
        for (label, value) in reference {
            guard let node = index.node(label) else { return (false, "node \(label) missing") }
            worst = max(worst, abs(scores[node] - value) / value)
        }
        return (worst < 1e-10, String(format: "max rel. diff %.1e vs reference", worst))
    }
}

struct Case: Sendable {
    var name: String
    var graph: String
    var peer: String
    /// Runs the algorithm once on the index; returns a check message.
    var run: @Sendable (AnalysisIndex, Int?) throws -> (Bool, String)
    /// Repeat and take the median when a run is under this many seconds.
    var repeatBelow = 5.0

    static let all: [Case] = [
        Case(name: "betweenness", graph: "ba20k", peer: "rustworkx 2 threads") { index, threads in
            let scores = try BetweennessCentrality(threads: threads).nodeScores(index)
            let (ok, message) = Reference.check(scores, index, Reference.betweennessBA20k)
            let sum = scores.reduce(0, +)
            return (ok && abs(sum - Reference.betweennessSumBA20k) < 1e-9, message + String(format: ", sum %.11f", sum))
        },
        Case(name: "closeness", graph: "ba20k", peer: "networkit 2 threads") { index, threads in
            Reference.check(try ClosenessCentrality(threads: threads).scores(index), index, Reference.closenessBA20k)
        },
        Case(name: "pagerank", graph: "er100k", peer: "networkit 2 threads") { index, threads in
            // tol = 1e-10 as NetworkX reads it: stop when the L1 change < n · 1e-10.
            let (scores, iterations) = try PageRank(tolerance: 1e-10, threads: threads).scoresAndIterations(index)
            let (_, message) = Reference.check(scores, index, Reference.pagerankER100k)
            return (true, "\(iterations) iterations, L1 stop \(1e-10 * Double(index.nodeCount)); " + message)
        },
        Case(name: "pagerank_strict", graph: "er100k", peer: "networkit 2 threads") { index, threads in
            // Stop when the L1 change < 1e-10, as NetworKit's L1 norm criterion.
            let (scores, iterations) = try PageRank(tolerance: 1e-10 / Double(index.nodeCount), threads: threads)
                .scoresAndIterations(index)
            let (ok, message) = Reference.check(scores, index, Reference.pagerankER100k)
            return (ok, "\(iterations) iterations; " + message)
        },
        Case(name: "pagerank_strict", graph: "ba200k", peer: "networkit 2 threads") { index, threads in
            let (scores, iterations) = try PageRank(tolerance: 1e-10 / Double(index.nodeCount), threads: threads)
                .scoresAndIterations(index)
            let (ok, message) = Reference.check(scores, index, Reference.pagerankBA200k)
            return (ok, "\(iterations) iterations; " + message)
        },
        Case(name: "approximate_betweenness", graph: "ba20k", peer: "") { index, threads in
            let result = try ApproximateBetweenness(epsilon: 0.01, delta: 0.1, seed: 1, threads: threads).estimate(index)
            var worst = 0.0
            for (label, value) in Reference.betweennessBA20k { worst = max(worst, abs(result.scores[index.node(label)!] - value)) }
            return (worst <= result.errorBound, String(
                format: "ε=%.4f δ=0.1, %d samples, max error on the top 5 %.4f", result.errorBound, result.samples, worst))
        },
        Case(name: "approximate_betweenness", graph: "ba1m", peer: "") { index, threads in
            let result = try ApproximateBetweenness(epsilon: 0.01, delta: 0.1, seed: 1, threads: threads).estimate(index)
            let top = result.scores.indices.max { result.scores[$0] < result.scores[$1] }!
            return (true, String(
                format: "ε=%.4f δ=0.1, %d samples, VD ≤ %d; top node %@ (%.4f)", result.errorBound, result.samples,
                result.vertexDiameterBound, index.labels[top], result.scores[top]))
        },
    ]

    var id: String { "\(name)@\(graph)" }
}

func peakRSSMiB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return .nan }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first ?? .nan
        return kilobytes / 1024
    }
    return .nan
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func generate(_ options: Options) throws {
    try FileManager.default.createDirectory(atPath: options.data, withIntermediateDirectories: true)
    for spec in GraphSpec.all {
        let path = spec.path(in: options.data)
        var bytes: [UInt8]
        if let data = FileManager.default.contents(atPath: path) {
            bytes = [UInt8](data)
        } else {
            var text = ""
            let time = seconds { text = spec.make() }
            bytes = Array(text.utf8)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            FileHandle.standardError.write(Data(String(format: "generated %@ in %.2f s\n", path, time).utf8))
        }
        let digest = String(ContentDigest.of(bytes).dropFirst(ContentDigest.prefix.count))
        if let expected = spec.sha256, digest != expected {
            FileHandle.standardError.write(Data("\(path): sha256 \(digest), expected \(expected); delete it and rerun\n".utf8))
            exit(1)
        }
        FileHandle.standardError.write(Data(
            "\(spec.name): \(bytes.count) bytes, sha256 \(digest)\(spec.sha256 == nil ? "" : " (matches peers-baseline.md)")\n".utf8))
    }
}

func runCase(_ id: String, _ options: Options) throws {
    guard let benchmark = Case.all.first(where: { $0.id == id }),
        let spec = GraphSpec.all.first(where: { $0.name == benchmark.graph })
    else {
        FileHandle.standardError.write(Data("unknown case \(id)\n".utf8))
        exit(2)
    }
    var index: AnalysisIndex!
    let load = try seconds { index = try EdgeList.read(spec.path(in: options.data), directed: spec.directed) }
    var times: [Double] = []
    var check = (false, "")
    times.append(try seconds { check = try benchmark.run(index, options.threads) })
    if times[0] < benchmark.repeatBelow {
        for _ in 0..<2 { times.append(try seconds { _ = try benchmark.run(index, options.threads) }) }
    }
    times.sort()
    let line: [String: Any] = [
        "case": benchmark.name, "graph": benchmark.graph, "seconds": times[times.count / 2], "repetitions": times.count,
        "load_seconds": load, "peak_rss_mib": peakRSSMiB(), "ok": check.0, "check": check.1,
        "threads": options.threads ?? ProcessInfo.processInfo.activeProcessorCount,
        "nodes": index.nodeCount, "edges": index.edgeCount,
    ]
    let data = try JSONSerialization.data(withJSONObject: line, options: [.sortedKeys])
    print(String(decoding: data, as: UTF8.self))
}

let options = Options(CommandLine.arguments)
do {
    if let id = options.singleCase {
        try runCase(id, options)
        exit(0)
    }
    try generate(options)
    if !options.json {
        print(String(format: "%-26@ %-8@ %10@ %8@ %9@  %@", "case" as NSString, "graph" as NSString, "seconds" as NSString,
                     "load s" as NSString, "RSS MiB" as NSString, "check" as NSString))
    }
    for benchmark in Case.all where options.only == nil || options.only!.contains(benchmark.id) || options.only!.contains(benchmark.name) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        if !FileManager.default.isExecutableFile(atPath: process.executableURL!.path) {
            process.executableURL = Bundle.main.executableURL
        }
        var arguments = ["--case", benchmark.id, "--data", options.data]
        if let threads = options.threads { arguments += ["--threads", String(threads)] }
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let result = try JSONSerialization.jsonObject(with: output) as? [String: Any]
        else {
            print("\(benchmark.id): failed (status \(process.terminationStatus))")
            continue
        }
        if options.json {
            print(String(decoding: output, as: UTF8.self), terminator: "")
        } else {
            let ok = result["ok"] as? Bool == true ? "ok" : "CHECK FAILED"
            print(String(
                format: "%-26@ %-8@ %10.4f %8.2f %9.0f  %@: %@", benchmark.name as NSString, benchmark.graph as NSString,
                result["seconds"] as? Double ?? .nan, result["load_seconds"] as? Double ?? .nan,
                result["peak_rss_mib"] as? Double ?? .nan, ok as NSString, (result["check"] as? String ?? "") as NSString))
        }
    }
} catch {
    FileHandle.standardError.write(Data("statecraft-benchmark: \(error)\n".utf8))
    exit(1)
}
