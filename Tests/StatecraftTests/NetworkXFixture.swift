import Foundation
import Statecraft
import Testing

/// A NetworkX agreement fixture (`Fixtures/networkx/NAME.json`, written by
/// `Benchmarks/fixtures/generate_networkx_fixtures.py`): a graph as an edge list and NetworkX's
/// results on it.
struct NetworkXFixture {
    static let names = [
        "karate", "lesmis", "florentine", "random-undirected", "random-directed", "random-directed-unweighted",
    ]

    let name: String
    let json: [String: Any]
    let index: AnalysisIndex

    init(_ name: String) throws {
        self.name = name
        let url = try #require(Bundle.module.url(forResource: "Fixtures/networkx/\(name)", withExtension: "json"))
        json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let text = try #require(json["edgelist"] as? String)
        index = try EdgeList.parse(Array(text.utf8), directed: json["directed"] as? Bool ?? false)
    }

    var measures: [String: Any] { json["measures"] as? [String: Any] ?? [:] }
    var paths: [[String: Any]] { json["paths"] as? [[String: Any]] ?? [] }

    /// The configurations recorded for `measure`.
    func configurations(_ measure: String) -> [[String: Any]] {
        measures[measure] as? [[String: Any]] ?? []
    }

    func node(_ label: Any?) throws -> Int {
        let label = try #require(label as? String)
        return try #require(index.node(label), "\(name): no node \(label)")
    }

    /// A `{label: value}` map as a vector by node.
    func vector(_ scores: Any?) throws -> [Double] {
        let scores = try #require(scores as? [String: Any])
        var vector = [Double](repeating: .nan, count: index.nodeCount)
        for (label, value) in scores { vector[try node(label)] = Self.number(value) }
        return vector
    }

    /// A `{label: value}` map by node, for optional parameters.
    func nodeMap(_ values: Any?) throws -> [Int: Double]? {
        guard let values = values as? [String: Any] else { return nil }
        var map: [Int: Double] = [:]
        for (label, value) in values { map[try node(label)] = Self.number(value) }
        return map
    }

    static func number(_ value: Any?) -> Double {
        switch value {
        case let number as Double: number
        case let number as Int: Double(number)
        case let number as NSNumber: number.doubleValue
        default: .nan
        }
    }

    /// The largest absolute difference, or infinity when a value is missing.
    static func maxDifference(_ ours: [Double], _ theirs: [Double]) -> Double {
        guard ours.count == theirs.count else { return .infinity }
        var worst = 0.0
        for (a, b) in zip(ours, theirs) {
            if a.isNaN || b.isNaN { return .infinity }
            worst = max(worst, abs(a - b))
        }
        return worst
    }
}
