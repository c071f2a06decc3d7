import Foundation
import ArgumentParser
import Statecraft

struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: "Rank a graph's actors by a centrality measure (NetworkX's definitions and defaults).",
        discussion: """
            Measures: \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")). \
            With --weight, betweenness, closeness and harmonic read weights as lengths, the others as \
            strengths. balance analyses the signed view (cooperation +, conflict −; for edge lists the \
            sign of each weight). Iterative measures that do not converge fail with the iteration count.
            """
    )

    enum ScoreFormat: String, ExpressibleByArgument, CaseIterable {
        case table
        case json
        case csv
    }

    @Argument(help: "A graph document, or an edge list with --input-format edgelist ('-' reads standard input).")
    var file: String

    @Option(help: "The measure: \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")).")
    var measure: String

    @OptionGroup var analysis: AnalysisOptions

    @Option(help: "Show only the N highest scores.")
    var top: Int?

    @Option(help: "Output format: table, json or csv.")
    var format: ScoreFormat = .table

    @Flag(inversion: .prefixedNo, help: "Normalise betweenness, Katz and HITS as NetworkX does.")
    var normalized = true

    @Flag(help: "Betweenness: count paths' endpoints too.")
    var endpoints = false

    @Option(help: "Betweenness: sample K source nodes instead of all.")
    var k: Int?

    @Option(help: "Seed for sampling, Louvain and balance's local search.")
    var seed: UInt64 = 0

    @Option(help: "PageRank damping (0.85) or Katz attenuation (0.1).")
    var alpha: Double?

    @Option(help: "Katz: the constant term β.")
    var beta: Double = 1

    @Option(help: "Convergence tolerance of iterative measures (NetworkX's default per measure).")
    var tolerance: Double?

    @Option(name: .customLong("max-iterations"), help: "Iteration limit of iterative measures.")
    var maxIterations: Int?

    @Option(help: "PageRank: teleport only to these entities (comma-separated ids or names).")
    var personalization: String?

    @Option(help: "Approximate betweenness: the error bound ε.")
    var epsilon: Double = 0.01

    @Option(help: "Approximate betweenness: the failure probability δ.")
    var delta: Double = 0.1

    @Option(help: "Louvain: the resolution γ.")
    var resolution: Double = 1

    @Option(help: "Worker threads for parallel measures (default: every core).")
    var threads: Int?

    func validate() throws {
        guard CentralityMeasure(rawValue: measure) != nil else {
            throw ValidationError("unknown measure '\(measure)'; expected one of: \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if let k, k < 1 { throw ValidationError("-k must be at least 1") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        let measure = CentralityMeasure(rawValue: measure)!
        let input = try analysis.load(file, signed: measure == .balance)
        var parameters = CentralityMeasure.Parameters()
        parameters.weighted = analysis.isWeighted
        parameters.normalized = normalized
        parameters.endpoints = endpoints
        parameters.k = k
        parameters.seed = seed
        parameters.alpha = alpha
        parameters.beta = beta
        parameters.tolerance = tolerance
        parameters.maxIterations = maxIterations
        parameters.epsilon = epsilon
        parameters.delta = delta
        parameters.resolution = resolution
        parameters.threads = threads
        if let personalization {
            var weights: [Int: Double] = [:]
            for reference in personalization.split(separator: ",") {
                weights[try input.node(reference.trimmingCharacters(in: .whitespaces)), default: 0] += 1
            }
            parameters.personalization = weights
        }
        let report: CentralityReport
        do {
            report = try measure.report(input.index, names: input.names, parameters: parameters, top: top)
        } catch {
            throw InputError(error)
        }
        switch format {
        case .table: FileHandleOutput.standardOutput(report.table)
        case .json: FileHandleOutput.standardOutput(report.json)
        case .csv: FileHandleOutput.standardOutput(report.csv)
        }
    }
}
