import Foundation

/// The key under which names are looked up: case, diacritics and punctuation folded away, so that
/// `Władimir Putin`, `WLADIMIR PUTIN` and `wladimir-putin` meet, as do `Kim Jong-un` and `Kim Jong Un`.
///
/// Folding: canonical decomposition, combining marks dropped, lowercase, letters that Unicode does
/// not decompose mapped by hand (`ł`→`l`, `ø`→`o`, `đ`→`d`, `ß`→`ss`, `æ`→`ae`, `œ`→`oe`, `ı`→`i`),
/// hyphens, apostrophes, dots and other punctuation turned into spaces, white space collapsed.
public enum NameFolding {
    public static func fold(_ name: some StringProtocol) -> String {
        var folded = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in String(name).decomposedStringWithCanonicalMapping.unicodeScalars {
            let properties = scalar.properties
            if properties.generalCategory == .nonspacingMark
                || properties.generalCategory == .enclosingMark
            {
                continue
            }
            if properties.isAlphabetic || properties.numericType != nil {
                if pendingSpace, !folded.isEmpty { folded.append(" ") }
                pendingSpace = false
                for lower in replacement(for: scalar) { folded.append(lower) }
            } else {
                pendingSpace = true
            }
        }
        return String(folded)
    }

    private static func replacement(for scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        switch scalar {
        case "ł", "Ł": ["l"]
        case "ø", "Ø": ["o"]
        case "đ", "Đ": ["d"]
        case "ß", "ẞ": ["s", "s"]
        case "æ", "Æ": ["a", "e"]
        case "œ", "Œ": ["o", "e"]
        case "ı": ["i"]
        default: Array(scalar.properties.lowercaseMapping.unicodeScalars)
        }
    }
}
