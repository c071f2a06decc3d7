/// A score per entity — a centrality, a weight — as a JSON object `{"PRK": 0.42, …}`, or the
/// `{"measure": …, "scores": {…}}` object that `statecraft centrality --format json` writes.
public enum EntityScores {
    public static func read(_ path: String) throws(GraphDocumentError) -> [Entity.ID: Double] {
        let bytes: [UInt8]
        do { bytes = try AtomicFile.read(path, limit: GraphDocument.maximumSize) } catch {
            throw GraphDocumentError(file: path, message: error.reason)
        }
        var parser = JSONParser(bytes)
        let root: JSONValue
        do { root = try parser.parse() } catch {
            throw GraphDocumentError(file: path, problems: [
                ValidationProblem(path: "$", message: error.message, line: error.line, column: error.column)
            ])
        }
        var members: [(key: String, value: JSONValue)]
        var prefix = "$"
        switch root {
        case .object(let top):
            members = top
            if let inner = top.first(where: { $0.key == "scores" })?.value, case .object(let scores) = inner {
                members = scores
                prefix = "$.scores"
            }
        default:
            throw GraphDocumentError(file: path, message: "expected an object of entity id → number")
        }
        var scores: [Entity.ID: Double] = [:]
        var problems: [ValidationProblem] = []
        for member in members {
            guard case .number(let value) = member.value else {
                problems.append(ValidationProblem(
                    path: JSONPath.appending(member.key, to: prefix), message: "expected a number, found \(member.value.typeDescription)"))
                continue
            }
            scores[Entity.ID(member.key)] = value
        }
        guard problems.isEmpty else { throw GraphDocumentError(file: path, problems: problems) }
        return scores
    }
}
