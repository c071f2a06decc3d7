/// Text as it must be written into DOT so that Graphviz shows exactly what the user wrote.
///
/// In a quoted DOT string the parser unescapes only `\"`; label attributes are then *escString*s,
/// which interpret `\n \l \r \N \G \E \T \H`, drop the backslash of unknown sequences and decode
/// HTML entities. So a label escapes `\` → `\\`, `"` → `\"`, `&` → `&amp;`, a newline → `\n`, and
/// drops carriage returns and other control characters. HTML-like labels are XML: `& < > " '` are
/// escaped as entities. Every ID Statecraft writes is quoted, so the keywords `node`, `edge`,
/// `graph`, `digraph`, `subgraph` and `strict` are harmless.
enum DOTText {
    /// A quoted DOT string for a label (or any escString attribute) showing `text` literally.
    static func label(_ text: String) -> String {
        let escaped = replacing(text) { scalar in
            switch scalar {
            case "\\": "\\\\"
            case "\"": "\\\""
            case "&": "&amp;"
            case "\n": "\\n"
            case "\t": " "
            case "\u{00}"..."\u{1F}", "\u{7F}": ""
            default: nil
            }
        }
        return "\"" + escaped + "\""
    }

    /// A quoted DOT string for an attribute that is not shown as text (colours, styles, ids that
    /// Statecraft made). Only `\` and `"` are escaped; never pass user text here.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
    }

    /// Text for the inside of an HTML-like label: XML-escaped, control characters dropped.
    static func html(_ text: String) -> String {
        replacing(text) { scalar in
            switch scalar {
            case "\n": "<br/>"
            case "\u{00}"..."\u{1F}", "\u{7F}": ""
            default: xmlEntity(for: scalar)
            }
        }
    }

    /// The entity that stands for `scalar` in XML text and attribute values, if it needs one.
    static func xmlEntity(for scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "&": "&amp;"
        case "<": "&lt;"
        case ">": "&gt;"
        case "\"": "&quot;"
        case "'": "&#39;"
        default: nil
        }
    }

    /// `text` with each scalar that `replacement` maps replaced by its image (`""` drops it).
    static func replacing(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if let image = replacement(scalar) {
                result += image
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `text` cut to `limit` characters, with an ellipsis when cut.
    static func truncated(_ text: String, to limit: Int) -> String {
        guard limit > 0, text.count > limit else { return text }
        return String(text.prefix(max(1, limit - 1))) + "…"
    }
}

extension String {
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
