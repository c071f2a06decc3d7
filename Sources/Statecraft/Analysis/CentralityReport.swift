import Foundation

/// Scores by node, ranked for people and keyed for programs: a table (rank, id, name, score), JSON
/// `{"measure": NAME, "scores": {id: value, …}, …}` with the measure's other results as further
/// members, or CSV (`id,name,score`).
public struct CentralityReport: Sendable {
    public var measure: String
    /// Keys: node labels (entity ids), or edge names for edge measures.
    public var keys: [String]
    /// Display names (entity names; the key when there is none).
    public var names: [String]
    public var scores: [Double]
    /// Further results, in order: (name, value) — modularity, balance figures, error bounds.
    public var summary: [(String, Double)]
    /// Further per-key vectors shown next to the score (HITS hubs).
    public var extraColumns: [(String, [Double])]
    /// Only the first `top` entries of the ranking; `nil`: all.
    public var top: Int?

    public init(
        measure: String, keys: [String], names: [String]? = nil, scores: [Double], summary: [(String, Double)] = [],
        extraColumns: [(String, [Double])] = [], top: Int? = nil
    ) {
        self.measure = measure
        self.keys = keys
        self.names = names ?? keys
        self.scores = scores
        self.summary = summary
        self.extraColumns = extraColumns
        self.top = top
    }

    /// Positions by score, highest first, ties by key.
    public var ranking: [Int] {
        let order = scores.indices.sorted { a, b in
            scores[a] != scores[b] ? scores[a] > scores[b] : keys[a] < keys[b]
        }
        return Array(order.prefix(top ?? order.count))
    }

    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    public var table: String {
        let rows = ranking.enumerated().map { rank, position in
            ["\(rank + 1)", keys[position], names[position], Self.format(scores[position])]
                + extraColumns.map { Self.format($0.1[position]) }
        }
        let header = ["rank", "id", "name", measure] + extraColumns.map(\.0)
        var widths = header.map(\.count)
        for row in rows { for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                column == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ") + "\n"
        }
        var output = line(header) + rows.map(line).joined()
        for (name, value) in summary { output += "\(name): \(Self.format(value))\n" }
        return output
    }

    public var json: String {
        var members: [(key: String, value: JSONValue)] = [
            ("measure", .string(measure)),
            ("scores", .object(ranking.map { (keys[$0], Self.number(scores[$0])) })),
        ]
        for (name, column) in extraColumns {
            members.append((name, .object(ranking.map { (keys[$0], Self.number(column[$0])) })))
        }
        for (name, value) in summary { members.append((name, Self.number(value))) }
        return JSONWriter().write(.object(members))
    }

    public var csv: String {
        var output = (["id", "name", measure] + extraColumns.map(\.0)).map(Self.csvField).joined(separator: ",") + "\n"
        for position in ranking {
            let cells = [keys[position], names[position], Self.format(scores[position])]
                + extraColumns.map { Self.format($0.1[position]) }
            output += cells.map(Self.csvField).joined(separator: ",") + "\n"
        }
        return output
    }

    private static func number(_ value: Double) -> JSONValue { value.isFinite ? .number(value) : .null }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
