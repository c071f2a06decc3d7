/// Character classes of Unicode scalars for the tokenizer, from a table built once for the scalars
/// below U+3000 (Unicode property lookups are slow on the hot path); others are looked up directly.
struct ScalarClass: OptionSet, Sendable {
    let rawValue: UInt8
    static let word = ScalarClass(rawValue: 1)
    static let uppercase = ScalarClass(rawValue: 2)
    static let whitespace = ScalarClass(rawValue: 4)
    static let alphabetic = ScalarClass(rawValue: 8)
    static let digit = ScalarClass(rawValue: 16)

    private static let table: [ScalarClass] = (0..<0x3000).map { value in
        guard let scalar = Unicode.Scalar(value) else { return [] }
        return compute(scalar)
    }

    static func of(_ scalar: Unicode.Scalar) -> ScalarClass {
        scalar.value < 0x3000 ? table[Int(scalar.value)] : compute(scalar)
    }

    private static func compute(_ scalar: Unicode.Scalar) -> ScalarClass {
        let properties = scalar.properties
        var result: ScalarClass = []
        if properties.isAlphabetic { result.insert([.alphabetic, .word]) }
        if properties.numericType != nil { result.insert([.digit, .word]) }
        if properties.generalCategory == .nonspacingMark { result.insert(.word) }
        if properties.isUppercase { result.insert(.uppercase) }
        if properties.isWhitespace { result.insert(.whitespace) }
        return result
    }
}
