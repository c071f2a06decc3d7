/// Stable, safe ids for diagram elements — DOT node names and SVG element ids — derived from the
/// graph's ids: `entity-PRK`, `relation-r12`, `transaction-t1`.
///
/// Letters, digits and `-` are kept; every other byte of the UTF-8 id becomes `_` and two hex
/// digits, so the mapping is one-to-one and the result needs no escaping in DOT, SVG, CSS or URLs.
enum ElementID {
    static func entity(_ id: Entity.ID) -> String { "entity-" + encode(id.rawValue) }
    static func relation(_ id: Relation.ID) -> String { "relation-" + encode(id.rawValue) }
    static func transaction(_ id: Transaction.ID) -> String { "transaction-" + encode(id.rawValue) }
    static func cluster(_ id: Entity.ID) -> String { "cluster_" + encode(id.rawValue) }

    static func encode(_ raw: String) -> String {
        var encoded = ""
        for byte in raw.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "_" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return encoded
    }
}
