/// A typed identifier: `Identifier<Entity>` and `Identifier<Relation>` are different types, so an
/// entity id can never be passed where a relation id is expected.
///
/// Identifiers are plain strings in graph documents (`"PRK"`, `"kim-jong-un"`, `"r12"`). They order
/// naturally — runs of digits by their value, everything else by UTF-8 bytes — so `r2 < r10`, and
/// the order is total, which is what makes serialised graphs deterministic.
public struct Identifier<Subject>: RawRepresentable, Hashable, Comparable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        NaturalOrder.precedes(lhs.rawValue, rhs.rawValue)
    }
}

/// Orders strings with runs of ASCII digits compared by value (`r2 < r10`), other bytes by value,
/// and equal-valued strings (`r01`, `r1`) by their bytes, so the order is total.
enum NaturalOrder {
    static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        var left = lhs.utf8[...]
        var right = rhs.utf8[...]
        while let a = left.first, let b = right.first {
            if isDigit(a), isDigit(b) {
                let leftRun = left.prefix(while: isDigit)
                let rightRun = right.prefix(while: isDigit)
                let leftDigits = leftRun.drop { $0 == UInt8(ascii: "0") }
                let rightDigits = rightRun.drop { $0 == UInt8(ascii: "0") }
                if leftDigits.count != rightDigits.count { return leftDigits.count < rightDigits.count }
                if !leftDigits.elementsEqual(rightDigits) {
                    return leftDigits.lexicographicallyPrecedes(rightDigits)
                }
                left = left.dropFirst(leftRun.count)
                right = right.dropFirst(rightRun.count)
            } else {
                if a != b { return a < b }
                left = left.dropFirst()
                right = right.dropFirst()
            }
        }
        if left.isEmpty != right.isEmpty { return left.isEmpty }
        return lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
