/// The words around and inside a capitalised name that tell what it names (folded forms, both
/// languages): `Ministerstwo`, `Agencja`, `Group` inside; `agencja`, `firma`, `spokesman` before; `w`,
/// `in` before a place. Also the capitalised words that are never names on their own.
enum NameCues {
    /// Words inside a name that make it an organisation (folded, base and common inflected forms).
    static let organizationWords: Set<String> = ClosedClassWords.standard.words(.organizationWord)
    /// Nouns before a name that make it an organisation.
    static let organizationHeads: Set<String> = ClosedClassWords.standard.words(.organizationHead)
    /// Words before a name that make it a person.
    static let personHeads: Set<String> = ClosedClassWords.standard.words(.personHead)
    /// Nouns for people that head an apposition beside a person's name (`the Russian arms dealer`).
    static let personNouns: Set<String> = ClosedClassWords.standard.words(.personNoun)
    /// Nouns before a name that make it a place.
    static let placeHeads: Set<String> = ClosedClassWords.standard.words(.placeHead)
    /// Honorifics that start a person's name (`Lord Lothian`, `Sir Keir Starmer`).
    static let honorifics: Set<String> = ClosedClassWords.standard.words(.honorific)
    /// Prepositions that put a following name in a place (weakly).
    static let placePrepositions: Set<String> = ClosedClassWords.standard.words(.placePreposition)
    /// Prepositions after which a Polish noun is not nominative.
    static let obliquePrepositions: Set<String> = ClosedClassWords.standard.words(.obliquePreposition)
    /// Capitalised words that never begin a name (folded).
    static let neverNames: Set<String> = ClosedClassWords.standard.words(.neverName)
    /// Lowercase words that may stand inside a name between capitalised ones.
    static let connectors: Set<String> = ClosedClassWords.standard.words(.nameConnector)
    /// Connectors allowed only inside organisation names (`Institute for Law and Liberty`).
    static let organizationConnectors: Set<String> = ClosedClassWords.standard.words(.organizationConnector)
}
