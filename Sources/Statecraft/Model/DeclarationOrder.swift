/// A vocabulary whose values order as they are declared (`asserted < reported < … < denied`), which
/// is the order tables and serialised lists use.
public protocol DeclarationOrdered: CaseIterable, Comparable where AllCases.Index == Int {}

extension DeclarationOrdered {
    /// The value's position in `allCases`.
    public var declarationIndex: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        lhs.declarationIndex < rhs.declarationIndex
    }
}
