/// ``NameFolding`` for the extractor's hot paths: the same keys (lowercase, no diacritics, `ł` → `l`,
/// punctuation → one space), computed per scalar from a table built once for the Latin, Greek and
/// Cyrillic blocks, so that tokens and lexicon names fold without Unicode normalisation of whole
/// strings.
enum FastFolding {
    /// Folded text of each scalar below U+0530; `nil` marks a separator.
    private static let table: [String?] = (0..<0x530).map { value -> String? in
        guard let scalar = Unicode.Scalar(value) else { return nil }
        let folded = NameFolding.fold(String(scalar))
        return folded.isEmpty ? nil : folded
    }

    static func fold(_ text: some StringProtocol) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let piece: String?
            if scalar.value < 0x80 {
                let byte = UInt8(scalar.value)
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    if pendingSpace, !result.isEmpty { result.append(" ") }
                    pendingSpace = false
                    result.unicodeScalars.append(scalar)
                    continue
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    if pendingSpace, !result.isEmpty { result.append(" ") }
                    pendingSpace = false
                    result.unicodeScalars.append(Unicode.Scalar(byte + 32))
                    continue
                default:
                    piece = nil
                }
            } else if scalar.value < 0x530 {
                piece = table[Int(scalar.value)]
            } else {
                let folded = NameFolding.fold(String(scalar))
                piece = folded.isEmpty ? nil : folded
            }
            if let piece {
                if pendingSpace, !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(piece)
            } else if !ScalarClass.of(scalar).contains(.word) {
                pendingSpace = true
            }
        }
        return result
    }
}
