/// The languages Statecraft reads. Others are read with the lexicon only (names match, morphology
/// and context rules do not), with a warning.
public enum Language: String, Sendable, CaseIterable {
    case pl
    case en
}
