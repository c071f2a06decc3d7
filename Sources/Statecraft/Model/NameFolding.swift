import Foundation

/// The key under which names are looked up: case, diacritics and punctuation folded away, so that
/// `Władimir Putin`, `WLADIMIR PUTIN` and `wladimir-putin` meet, as do `Kim Jong-un` and `Kim Jong Un`.
///
/// Folding, scalar by scalar: canonical decomposition with the combining marks dropped, lowercase,
/// letters that Unicode does not decompose mapped by hand (`ł`→`l`, `ø`→`o`, `đ`→`d`, `ß`→`ss`,
/// `æ`→`ae`, `œ`→`oe`, `ı`→`i`); anything that is neither a letter nor a digit (hyphens,
/// apostrophes, dots, white space) separates words, and words are joined by single spaces.
///
/// Folding runs for every name and alias a graph indexes, so it is built for speed: ASCII is
/// folded byte by byte, and the scalars of the Latin, Greek and Cyrillic blocks through a table
/// computed once; only other scripts go through Foundation's decomposition.
public enum NameFolding {
    public static func fold(_ name: some StringProtocol) -> String {
        var folded: [UInt8] = []
        folded.reserveCapacity(name.utf8.count)
        var pendingSpace = false
        func append(_ bytes: some Sequence<UInt8>) {
            if pendingSpace, !folded.isEmpty { folded.append(0x20) }
            pendingSpace = false
            folded.append(contentsOf: bytes)
        }
        for scalar in name.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    append(CollectionOfOne(byte))
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    append(CollectionOfOne(byte + 0x20))
                default:
                    pendingSpace = true
                }
                continue
            }
            let folding =
                value < tableEnd ? table[Int(value) - 0x80] : foldedForm(of: scalar)
            switch folding {
            case .separator: pendingSpace = true
            case .mark: break
            case .letters(let bytes): append(bytes)
            }
        }
        return String(decoding: folded, as: UTF8.self)
    }

    /// What one scalar folds to.
    enum Folding: Sendable {
        /// Not a letter or digit: a word boundary.
        case separator
        /// A combining mark: dropped.
        case mark
        /// Letters or digits, as UTF-8.
        case letters([UInt8])
    }

    /// Scalars below this are folded through ``table``: Latin, Greek, Cyrillic.
    private static let tableEnd: UInt32 = 0x0530

    private static let table: [Folding] = (UInt32(0x80)..<tableEnd).map { value in
        Unicode.Scalar(value).map(foldedForm(of:)) ?? .separator
    }

    private static func foldedForm(of scalar: Unicode.Scalar) -> Folding {
        if let replacement = handMapped[scalar] { return .letters(Array(replacement.utf8)) }
        var bytes: [UInt8] = []
        var sawMark = false
        for part in String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars {
            let properties = part.properties
            switch properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark:
                sawMark = true
            default:
                guard properties.isAlphabetic || properties.numericType != nil else { return .separator }
                bytes.append(contentsOf: (handMapped[part] ?? properties.lowercaseMapping).utf8)
            }
        }
        if bytes.isEmpty { return sawMark ? .mark : .separator }
        return .letters(bytes)
    }

    private static let handMapped: [Unicode.Scalar: String] = [
        "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss", "ẞ": "ss",
        "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i",
    ]
}
