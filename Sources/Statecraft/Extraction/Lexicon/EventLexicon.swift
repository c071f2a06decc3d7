import Foundation

/// The event dictionaries: per language, the expressions that code a relation between actors
/// (`events.pl.tsv`, `events.en.tsv`: a pattern, a relation kind, an ``EventFrame``'s options) and the
/// words that name traded goods (`goods.pl.tsv`, `goods.en.tsv`). Like CAMEO's verb dictionaries they
/// are data: users add their own files (``add(_:language:file:)``), and the coder is one mechanism.
/// `events.generated.pl.tsv` and `events.generated.en.tsv` are generated (scripts/lexicon: Polish forms
/// from Morfeusz, English verbs from the CAMEO verb dictionary) and yield to the hand-written files:
/// a generated line whose first word a hand-written pattern has is not used — except a verbal noun
/// (`zaatakowanie`, frame `noun`) that only verb patterns have (`zaatakowa*`): a verb's slots do not fit
/// its noun (`zaatakować Ukrainę`, `zaatakowanie Ukrainy`), and the generator derives the noun's frame
/// from the verb's.
public struct EventLexicon: Sendable {
    private(set) var events: [Language: PhraseTable<EventFrame>] = [:]
    private(set) var goods: [Language: PhraseTable<GoodsCategory>] = [:]
    /// Words between two goods words that make them a barter (`oil for sugar`, `loans repaid with crude`,
    /// `ropa za kredyty`): the giver of the first goods receives the second.
    private(set) var barters: [Language: PhraseTable<Bool>] = [:]

    public init() {}

    /// The dictionaries shipped with Statecraft.
    public static func bundled() throws(ExtractionError) -> EventLexicon {
        guard let directory = Bundle.module.resourceURL?.appendingPathComponent("Data") else {
            throw .unreadable(file: "Lexicon", reason: "the lexicon resources are missing from the bundle")
        }
        var lexicon = EventLexicon()
        for language in [Language.pl, .en] {
            for name in ["events", "goods"] {
                let path = directory.appendingPathComponent("\(name).\(language.rawValue).tsv").path
                try lexicon.add(contentsOf: path, language: language)
            }
            let generated = directory.appendingPathComponent("events.generated.\(language.rawValue).tsv").path
            try lexicon.add(contentsOf: generated, language: language, yielding: true)
        }
        return lexicon
    }

    /// Adds the file at `path`, its language read from its name (`NAME.pl.tsv`, `NAME.en.tsv`).
    public mutating func add(contentsOf path: String) throws(ExtractionError) {
        let parts = path.split(separator: "/").last.map { $0.split(separator: ".") } ?? []
        guard parts.count >= 3, let language = Language(rawValue: String(parts[parts.count - 2])) else {
            throw .unreadable(file: path, reason: "name an event dictionary NAME.pl.tsv or NAME.en.tsv, for its language")
        }
        try add(contentsOf: path, language: language)
    }

    /// Adds the file at `path`: an event dictionary when its lines have three columns or name a
    /// relation kind, a goods list when they name a goods category.
    /// With `yielding`, a line whose first word a pattern already added has is skipped (generated
    /// dictionaries yield to hand-written ones).
    public mutating func add(contentsOf path: String, language: Language, yielding: Bool = false) throws(ExtractionError) {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadable(file: path, reason: "cannot read the event dictionary")
        }
        try add(text, language: language, file: path, yielding: yielding)
    }

    /// Adds dictionary lines: `pattern<TAB>kind<TAB>options` (kind `exchange` for an exchange cue,
    /// `barter` for the words between two goods given for each other) or
    /// `word<TAB>goods category`. `#` starts a comment line.
    public mutating func add(_ text: String, language: Language, file: String, yielding: Bool = false) throws(ExtractionError) {
        // What the earlier files have: a yielding file does not override them, whatever its order.
        let earlier = events[language]
        // Split on the byte: `\r\n` is one Character, so a Windows file would otherwise be one line.
        for (number, bytes) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let line = bytes.last == UInt8(ascii: "\r") ? Substring(bytes.dropLast()) : Substring(bytes)
            let trimmed = line.trimmingWhitespace
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0.trimmingWhitespace) }
            guard columns.count >= 2, !columns[0].isEmpty else {
                throw .invalidLexicon(file: file, line: number + 1, message: "expected: pattern, kind or goods category[, options]")
            }
            let pattern = columns[0].split(separator: " ").map { word in
                word.hasSuffix("*") ? NameFolding.fold(word.dropLast()) + "*" : NameFolding.fold(word)
            }.joined(separator: " ")
            if yielding, let first = pattern.split(separator: " ").first, !first.hasSuffix("*"),
               let had = earlier?.payloads(startingWith: String(first)), !had.isEmpty,
               !(columns.count > 2 && columns[2].split(separator: " ").contains("noun") && had.allSatisfy { !$0.isNoun }) {
                continue
            }
            if let category = GoodsCategory(rawValue: columns[1]), columns.count == 2 {
                goods[language, default: PhraseTable()].add(pattern: pattern, language: language, payload: category)
                continue
            }
            if columns[1] == "barter" {
                guard columns.count == 2 || columns[2].isEmpty else {
                    throw .invalidLexicon(file: file, line: number + 1, message: "a barter linker takes no options")
                }
                barters[language, default: PhraseTable()].add(pattern: pattern, language: language, payload: true)
                continue
            }
            let kind: RelationKind?
            if columns[1] == "exchange" {
                kind = nil
            } else if let relation = RelationKind(rawValue: columns[1]) {
                kind = relation
            } else {
                throw .invalidLexicon(file: file, line: number + 1, message: "unknown relation kind or goods category '\(columns[1])'")
            }
            let frame: EventFrame
            do {
                frame = try EventFrame(kind: kind, options: columns.count > 2 ? columns[2] : "")
            } catch {
                throw .invalidLexicon(file: file, line: number + 1, message: error.message)
            }
            // A slot that is no preposition of the language (`target=dativ`, `target=ze`) would never match.
            let prepositions = language == .en ? ActorPhrase.englishPrepositions : ActorPhrase.polishPrepositions
            for slot in frame.targets + frame.sources {
                guard case .preposition(let word) = slot else { continue }
                guard prepositions.contains(word), ActorPhrase.canonicalPreposition(word) == word else {
                    throw .invalidLexicon(file: file, line: number + 1, message: "unknown slot '\(word)': not a case, a role or a \(language.rawValue) preposition")
                }
            }
            if let word = frame.counterPreposition, !prepositions.contains(word) {
                throw .invalidLexicon(file: file, line: number + 1, message: "unknown counter preposition '\(word)'")
            }
            if let word = frame.meansPreposition, !prepositions.contains(word) {
                throw .invalidLexicon(file: file, line: number + 1, message: "unknown means preposition '\(word)'")
            }
            events[language, default: PhraseTable()].add(pattern: pattern, language: language, payload: frame)
        }
    }

    /// How many event expressions and goods words a language has.
    public func count(for language: Language) -> (events: Int, goods: Int) {
        (events[language]?.count ?? 0, goods[language]?.count ?? 0)
    }
}
