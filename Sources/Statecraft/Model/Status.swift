/// The modality of a relation or transaction: how the text presents the fact.
public enum Status: String, Sendable, DeclarationOrdered {
    /// The text states it as fact.
    case asserted
    /// The text attributes it to someone else ("according to", "officials said").
    case reported
    /// Announced, planned, intended, about to happen, to be discussed.
    case expected
    /// Conditional or speculative ("if", "would", "could", "probably would").
    case hypothetical
    /// The text says it did not happen, or that it is denied.
    case denied
}
