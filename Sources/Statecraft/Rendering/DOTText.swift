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
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": quoted += "\\\\"
            case "\"": quoted += "\\\""
            case "&": quoted += "&amp;"
            case "\n": quoted += "\\n"
            case "\t": quoted += " "
            case "\r": break
            case "\u{00}"..."\u{1F}", "\u{7F}": break
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }

    /// A quoted DOT string for an attribute that is not shown as text (colours, styles, ids that
    /// Statecraft made). Only `\` and `"` are escaped; never pass user text here.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
    }

    /// Text for the inside of an HTML-like label: XML-escaped, control characters dropped.
    static func html(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            case "\n": escaped += "<br/>"
            case "\u{00}"..."\u{1F}", "\u{7F}": break
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
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
