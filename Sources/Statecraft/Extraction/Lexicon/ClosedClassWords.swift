import Foundation

/// The small word classes extraction compares tokens with — prepositions, determiners, the nouns
/// that make a name an organisation or a place, the words that never begin a name, abbreviations —
/// read from data files, one per language: `words.pl.tsv`, `words.en.tsv` and the
/// language-independent `words.tsv` (foreign name particles, company suffixes, Roman numerals).
/// A new word, or a new language's words, is a data change.
///
/// A file's lines are `CLASS<TAB>WORDS`: a ``WordClass`` and words separated by spaces, written as
/// token keys (folded: lowercase, no diacritics) unless the class says otherwise. A class may take
/// many lines and a word may stand in several classes; `#` starts a comment line. A line with an
/// unknown class or no words is an error naming the file and the line.
struct ClosedClassWords: Sendable {
    /// A class of words, named in the data files by its raw value.
    enum WordClass: String, CaseIterable, Sendable {
        /// A word inside a capitalised name that makes it an organisation (`Ministerstwo`, `Group`).
        case organizationWord = "organization-word"
        /// A noun before a name that makes it an organisation (`firma`, `the airline`).
        case organizationHead = "organization-head"
        /// A word before a name that makes it a person: titles, kin, verbs of saying.
        case personHead = "person-head"
        /// A noun before a name that makes it a place (`miasto`, `airport`).
        case placeHead = "place-head"
        /// A word that starts a person's name (`Lord Lothian`, `szejk`).
        case honorific
        /// A preposition that puts the name after it in a place (weakly).
        case placePreposition = "place-preposition"
        /// A preposition after which a noun is not nominative.
        case obliquePreposition = "oblique-preposition"
        /// A capitalised word that never begins a name.
        case neverName = "never-name"
        /// A lowercase particle that may stand inside a person's name (`de`, `von`).
        case nameConnector = "name-connector"
        /// A word that may stand inside an organisation's name (`Institute for Law and Liberty`).
        case organizationConnector = "organization-connector"
        /// A word whose full stop does not end a sentence (`gen.`, `płk.`, `np.`).
        case abbreviation
        /// A determiner that may open a noun phrase after a status cue.
        case determiner
        /// The stem of a noun a state's adjective or demonym acts through (`rosyjskie wojska`).
        case actorHeadStem = "actor-head-stem"
        /// A family name that is also a common word or given name: never read alone as a person.
        case ambiguousSurname = "ambiguous-surname"
        /// A word that opens a new clause after a comma (`, że`, `, which`).
        case subordinator
        /// A word that opens a clause even without a comma before it (`gdyby`, `if`, `that`).
        case clauseOpener = "clause-opener"
        /// A relative pronoun, whose clause may take the noun before it as its object.
        case relativePronoun = "relative-pronoun"
        /// A verb (or word) before `that` that makes it a complementizer, not a relative pronoun.
        case speechVerb = "speech-verb"
        /// A preposition that may open an actor's phrase and gives its role.
        case preposition
        /// A word that joins coordinated actors (`Rosja i Chiny`).
        case conjunction
        /// A noun for a state's or organisation's people that takes its place (`władze Rosji`).
        case authorityNoun = "authority-noun"
        /// A word that joins clauses, after which a verb of saying does not reach back.
        case clauseCoordinator = "clause-coordinator"
        /// An object pronoun that stands for the actor named before; written as in the text,
        /// lowercase with its diacritics (`ją` "her" is not `ja` "I").
        case objectPronoun = "object-pronoun"
        /// A pronoun after a transfer verb that stands for the other party of a transfer told before.
        case transferPronoun = "transfer-pronoun"
        /// A word that opens a complement clause; written as in the text (`że`, not `ze` "with").
        case complementizer
        /// A personal pronoun subject.
        case subjectPronoun = "subject-pronoun"
        /// A form of `be`/`być`/`zostać` that makes a participle after it passive.
        case passiveAuxiliary = "passive-auxiliary"
        /// A past participle without the regular ending (`met`, `sold`).
        case irregularParticiple = "irregular-participle"
        /// A word that may stand between a verb and the adjective of its object (`the`, `również`).
        case objectFiller = "object-filler"
        /// The preposition of `talks between A and B`.
        case betweenPreposition = "between-preposition"
        /// The ending of an attributive active participle (`atakujący`).
        case activeParticipleEnding = "active-participle-ending"
        /// The ending of a passive participle (`skrytykowana`).
        case passiveParticipleEnding = "passive-participle-ending"
        /// The ending of a perfective verb form that is not its future (past, infinitive, participle, gerund).
        case nonFutureEnding = "non-future-ending"
        /// A noun for a person (`dealer`, `pilot`): the head of an apposition that makes the name beside
        /// it a person's (`Viktor Bout, the Russian arms dealer`; `a former Marine, Trevor Reed,`).
        case personNoun = "person-noun"
        /// A subject pronoun and the kind of actor it stands for, as `WORD:person` or `WORD:thing` (a state
        /// or organisation): `it:thing`, `he:person`.
        case referringPronoun = "referring-pronoun"
        /// A word for a strike or walkout (`strajk`, `strajkować`, `walkout`): workers against their employer.
        case strikeWord = "strike-word"
        /// A noun for an employer's workers (`piloci`, `pracownicy`, `staff`): the organisation after it employs them.
        case workerNoun = "worker-noun"
        /// A noun for a trade union (`związek`, `union`): the organisation it names acts for the workers.
        case unionHead = "union-head"
        /// A verb or noun announcing or threatening an act (`zapowiedzieli`, `grożą`, `threaten`).
        case threatWord = "threat-word"
    }

    private struct Key: Hashable {
        var wordClass: WordClass
        /// `nil` for the language-independent file.
        var language: Language?
    }

    private var sets: [Key: Set<String>] = [:]

    init() {}

    /// The words of `wordClass` in `language` and the language-independent ones; with `nil`, the
    /// words of every language.
    func words(_ wordClass: WordClass, language: Language? = nil) -> Set<String> {
        var result = sets[Key(wordClass: wordClass, language: nil)] ?? []
        for other in Language.allCases where language == nil || other == language {
            result.formUnion(sets[Key(wordClass: wordClass, language: other)] ?? [])
        }
        return result
    }

    /// Adds the lines of a words file; `language` is `nil` for language-independent words.
    mutating func add(_ text: String, language: Language?, file: String) throws(ExtractionError) {
        // Split on the byte: `\r\n` is one Character, so a Windows file would otherwise be one line.
        for (number, bytes) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let line = Substring(bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes)
            guard let first = line.first(where: { $0 != " " && $0 != "\t" }), first != "#" else { continue }
            let columns = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            guard columns.count == 2 else {
                throw .invalidLexicon(file: file, line: number + 1, message: "expected: class<TAB>words")
            }
            let name = String(columns[0].trimmingWhitespace)
            guard let wordClass = WordClass(rawValue: name) else {
                let known = WordClass.allCases.map(\.rawValue).joined(separator: ", ")
                throw .invalidLexicon(file: file, line: number + 1, message: "unknown word class '\(name)' (expected one of: \(known))")
            }
            let words = columns[1].split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard !words.isEmpty else {
                throw .invalidLexicon(file: file, line: number + 1, message: "no words for class '\(name)'")
            }
            sets[Key(wordClass: wordClass, language: language), default: []].formUnion(words)
        }
    }

    /// The files shipped with Statecraft.
    static func bundled() throws(ExtractionError) -> ClosedClassWords {
        var words = ClosedClassWords()
        try words.add(BundledData.text(of: "words.tsv"), language: nil, file: "words.tsv")
        for language in Language.allCases {
            let name = "words.\(language.rawValue).tsv"
            try words.add(BundledData.text(of: name), language: language, file: name)
        }
        return words
    }

    /// The bundled words, read once. A bundle whose words do not read is a broken build: the tests
    /// read ``bundled()`` and report its error.
    static let standard: ClosedClassWords = {
        do { return try bundled() } catch { preconditionFailure("bundled closed-class words: \(error)") }
    }()
}
