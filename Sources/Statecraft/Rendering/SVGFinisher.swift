import Foundation

/// Finishes Graphviz's SVG for embedding in reports:
///
/// - every node's and edge's `<title>` becomes its tooltip text (an entity's kind and names; a
///   relation's kind, status, date and evidence) instead of Graphviz's internal node names;
/// - the comments (the generator's, which names the Graphviz build, and the per-element ones) and
///   the `<!DOCTYPE>`, which names an external DTD, are dropped: nothing in the SVG refers outside it.
///
/// Graphviz writes one element group per line block (`<g id=… class=…>` then `<title>`), which is
/// what this relies on; it parses nothing else.
struct SVGFinisher {
    /// Element id → tooltip text.
    let titles: [String: String]

    func finish(_ svg: String) -> String {
        var lines = Self.removingDeclarations(svg).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        var index = 0
        var currentID: String?
        while index < lines.count {
            let line = lines[index]
            if line.hasPrefix("<g id=\"") {
                currentID = Self.attribute("id", in: line).map(Self.unescape)
            } else if line.hasPrefix("<title>"), let id = currentID, let title = titles[id] {
                lines[index] = "<title>" + Self.xmlEscaped(title) + "</title>"
                currentID = nil
            }
            index += 1
        }
        return lines.joined(separator: "\n")
    }

    /// The SVG without comments and without its `<!DOCTYPE …>`; lines left empty are dropped.
    private static func removingDeclarations(_ svg: String) -> String {
        var text = Substring(svg)
        var result = ""
        while let start = text.firstRange(of: "<!") {
            result += text[..<start.lowerBound]
            let rest = text[start.lowerBound...]
            let terminator = rest.hasPrefix("<!--") ? "-->" : ">"
            guard let end = rest.firstRange(of: terminator) else { break }
            text = rest[end.upperBound...]
            if text.first == "\n" { text = text.dropFirst() }
        }
        result += text
        return result
    }

    private static func attribute(_ name: String, in line: String) -> String? {
        guard let start = line.range(of: " \(name)=\"") else { return nil }
        let rest = line[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    /// Graphviz escapes `-` as `&#45;` in ids; ids are otherwise plain (see `ElementID`).
    private static func unescape(_ text: String) -> String {
        text.split(separator: "&#45;", omittingEmptySubsequences: false).joined(separator: "-")
    }

    /// XML text: markup characters as entities, characters XML 1.0 forbids dropped.
    static func xmlEscaped(_ text: String) -> String {
        DOTText.replacing(text) { scalar in
            switch scalar {
            case "\n", "\t": nil
            case "\u{00}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": ""
            default: DOTText.xmlEntity(for: scalar)
            }
        }
    }
}
