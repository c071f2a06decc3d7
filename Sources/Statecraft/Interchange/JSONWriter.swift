/// Writes a ``JSONValue`` as pretty-printed JSON, deterministically: members in the order given,
/// two-space indentation, arrays of scalars on one line when they fit, numbers in their shortest
/// round-tripping form (integers without a fraction), non-ASCII text as UTF-8, a final newline.
struct JSONWriter {
    /// Arrays of scalars up to this many characters stay on one line.
    var inlineWidth = 100

    func write(_ value: JSONValue) -> String {
        var output = ""
        write(value, indent: 0, into: &output)
        output.append("\n")
        return output
    }

    private func write(_ value: JSONValue, indent: Int, into output: inout String) {
        switch value {
        case .null: output.append("null")
        case .bool(let flag): output.append(flag ? "true" : "false")
        case .number(let number): output.append(Self.format(number))
        case .string(let text): Self.appendQuoted(text, to: &output)
        case .array(let elements):
            if elements.isEmpty {
                output.append("[]")
            } else if let inline = inlineForm(of: elements) {
                output.append(inline)
            } else {
                output.append("[\n")
                for (index, element) in elements.enumerated() {
                    output.append(String(repeating: "  ", count: indent + 1))
                    write(element, indent: indent + 1, into: &output)
                    output.append(index == elements.count - 1 ? "\n" : ",\n")
                }
                output.append(String(repeating: "  ", count: indent) + "]")
            }
        case .object(let members):
            if members.isEmpty {
                output.append("{}")
                return
            }
            output.append("{\n")
            for (index, member) in members.enumerated() {
                output.append(String(repeating: "  ", count: indent + 1))
                Self.appendQuoted(member.key, to: &output)
                output.append(": ")
                write(member.value, indent: indent + 1, into: &output)
                output.append(index == members.count - 1 ? "\n" : ",\n")
            }
            output.append(String(repeating: "  ", count: indent) + "}")
        }
    }

    private func inlineForm(of elements: [JSONValue]) -> String? {
        var output = "["
        for (index, element) in elements.enumerated() {
            switch element {
            case .array, .object: return nil
            default: write(element, indent: 0, into: &output)
            }
            if index < elements.count - 1 { output.append(", ") }
            if output.count > inlineWidth { return nil }
        }
        return output + "]"
    }

    static func format(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 {
            return String(Int64(number))
        }
        return "\(number)"
    }

    static func appendQuoted(_ text: String, to output: inout String) {
        output.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output.append("\\\"")
            case "\\": output.append("\\\\")
            case "\n": output.append("\\n")
            case "\r": output.append("\\r")
            case "\t": output.append("\\t")
            case "\u{08}": output.append("\\b")
            case "\u{0C}": output.append("\\f")
            case "\u{00}"..."\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}":
                let digits = String(scalar.value, radix: 16, uppercase: true)
                output.append("\\u" + String(repeating: "0", count: 4 - digits.count) + digits)
            default: output.unicodeScalars.append(scalar)
            }
        }
        output.append("\"")
    }
}
