/// The sign of a relation in signed-graph analysis: cooperation (+), conflict (−) or neither.
public enum Polarity: String, CaseIterable, Sendable {
    case cooperation
    case neutral
    case conflict

    /// +1, 0 or −1.
    public var sign: Int {
        switch self {
        case .cooperation: 1
        case .neutral: 0
        case .conflict: -1
        }
    }
}
