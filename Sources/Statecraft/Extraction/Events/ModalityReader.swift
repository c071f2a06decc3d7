/// Tells the status of an event from the words around its trigger: asserted, reported, expected,
/// hypothetical or denied (the ontology's modality).
///
/// The cues come from data files, one line per cue (`Extraction/Lexicon/Data/modality.tsv`, format in its
/// header): the words, the status each signals and how far it reaches — the next words ("nie
/// otrzyma", "will not"), the clause and the clauses it governs ("prawdopodobnie", "probably"), what
/// follows in the clause ("zaprzeczył", "denied", "rozważają", "plans to"), the sentence ("według",
/// "according to"), a condition's clauses and its main clause ("gdyby", "if"), for verbs of saying
/// what they introduce and the quote before them ("powiedział", "said"), and for denials after the
/// claim the clause before them ("…, a claim Turkey denies"). Clauses come from punctuation and
/// clause openers (``ClauseMap``). A quote opened in one sentence and attributed in a later one of
/// the same paragraph ("- …. … - mówił X") is reported. Users extend the cues with files of the same
/// format (``add(contentsOf:file:)``).
///
/// Among the cues that reach the trigger the strongest wins — denied > hypothetical > expected >
/// reported > asserted — so a conditional is never asserted and a denial never anything but denied.
/// A cue never reaches the trigger it is part of ("powiedział" is not reported by itself). "would"
/// is hypothetical, but expected inside reported speech ("Lavrov said that the instructors would
/// stay") unless the sentence is conditional ("if … would").
///
/// The reader holds only its cue tables; one instance serves any number of documents and threads.
/// ``status(of:in:range:language:future:)`` reads the sentence for one trigger; for several triggers
/// of a sentence, read it once with ``sentence(_:range:language:)`` and ask the ``ModalitySentence``.
struct ModalityReader: Sendable {
    struct Entry: Sendable {
        var cue: ModalityCue
        var phrase: String
    }

    /// Cues by their words.
    private(set) var cues = PhraseTable<Entry>()
    /// Clause openers: whether the clause they open is governed (`że`, `that`) or not (`który`).
    private(set) var boundaries = PhraseTable<Bool>()
    /// Cues matched on a word's ending (`~łaby`): folded ending → entry, per language.
    private(set) var endings: [(ending: String, language: Language?, entry: Entry)] = []
    /// The last byte of any ending, to skip most words at once.
    private var endingLastBytes: Set<UInt8> = []
    private var tokenizer = Tokenizer()

    init() {}

    /// The cues shipped with Statecraft (`Lexicon/modality.tsv`). The reader takes the language per
    /// call, so one reader serves Polish and English texts.
    static func bundled() throws(ExtractionError) -> ModalityReader {
        var reader = ModalityReader()
        try reader.add(contentsOf: try BundledData.text(of: "modality.tsv"), file: "modality.tsv")
        return reader
    }

    /// Adds the cues of a modality file's text. A bad line throws
    /// ``ExtractionError/invalidLexicon(file:line:message:)`` naming the line and the column at fault.
    mutating func add(contentsOf text: String, file: String) throws(ExtractionError) {
        for (number, line) in LexiconParser.lines(text) {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
            let cue = try ModalityCue.parse(columns, file: file, line: number)
            let language: Language?
            if columns[0] == "*" {
                language = nil
            } else if let known = Language(rawValue: columns[0]) {
                language = known
            } else {
                throw .invalidLexicon(file: file, line: number, message: "column 1 (language): '\(columns[0])' is not pl, en or *")
            }
            let phrase = columns[1]
            let entry = Entry(cue: cue, phrase: phrase)
            if phrase.hasPrefix("~") {
                // Folded with a letter before it, so that `~n't` is the ending ` t` of `didn't`'s key `didn t`.
                let ending = String(NameFolding.fold("a" + phrase.dropFirst()).dropFirst())
                guard let last = ending.utf8.last else {
                    throw .invalidLexicon(file: file, line: number, message: "column 2 (cue): the ending '\(phrase)' is empty")
                }
                endings.append((ending, language, entry))
                endingLastBytes.insert(last)
            } else if case .boundary(let governed) = cue.effect {
                guard !phrase.contains(" ") else {
                    throw .invalidLexicon(file: file, line: number, message: "column 2 (cue): a clause opener is one word, not '\(phrase)'")
                }
                boundaries.add(phrase, language: language, payload: governed, tokenizer: &tokenizer)
            } else if !cues.add(phrase, language: language, payload: entry, tokenizer: &tokenizer) {
                throw .invalidLexicon(file: file, line: number, message: "column 2 (cue): '\(phrase)' has no words")
            }
        }
    }

    /// A cue found in a sentence.
    struct Occurrence: Sendable {
        var tokens: Range<Int>
        var entry: Entry
        /// Matched on a word's ending (`~łaby`): part of the word's form, so it reaches that word too
        /// (`przekazałaby` is hypothetical by itself).
        var isEnding = false
    }

    /// The status of the event whose trigger (verb or event noun) is tokens[trigger], in the sentence
    /// tokens[range]. `language`: the text's (`nil`: the cues of both languages). `future`: the
    /// trigger is itself a future form (a Polish perfective non-past verb: "przekażą", "spotka się"),
    /// which makes it expected unless a stronger cue applies.
    func status(of trigger: Int, in tokens: [Token], range: Range<Int>, language: Language?, future: Bool) -> Status {
        reading(of: trigger, in: tokens, range: range, language: language, future: future).status
    }

    /// The status and the cues that gave it (for explanations and tests).
    func reading(
        of trigger: Int, in tokens: [Token], range: Range<Int>, language: Language?, future: Bool
    ) -> (status: Status, cues: [String]) {
        sentence(tokens, range: range, language: language).reading(of: trigger, future: future)
    }

    /// The cues and clauses of the sentence tokens[range], found once for all its triggers: for a
    /// sentence with several events, `reader.sentence(…).status(of:future:)` for each.
    func sentence(_ tokens: [Token], range: Range<Int>, language: Language?) -> ModalitySentence {
        let range = max(range.lowerBound, 0)..<min(range.upperBound, tokens.count)
        let clauses = ClauseMap(tokens: tokens, range: range) { index in
            boundaries.match(at: index, in: tokens, end: range.upperBound, language: language)?.entry.payload
        }
        return ModalitySentence(
            tokens: tokens, range: range, language: language,
            occurrences: occurrences(in: tokens, range: range, language: language), clauses: clauses,
            quoteSpeaker: quoteAttribution(after: range, in: tokens, language: language))
    }

    /// The cues of tokens[range], left to right, the longest at each place; a `none` phrase hides
    /// the cues inside it.
    func occurrences(in tokens: [Token], range: Range<Int>, language: Language?) -> [Occurrence] {
        var found: [Occurrence] = []
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let token = tokens[index]
            guard token.isWord else {
                index += 1
                continue
            }
            // A capitalised word inside the sentence is a name ("May", "Will"), not a cue.
            let isName = token.shape == .capitalized && !token.isInitial
            if !isName,
                let (entries, stop) = cues.matches(
                    at: index, in: tokens, end: end, language: language,
                    accepting: { payload, stop in accepts(payload.cue, after: stop, in: tokens, end: end, language: language) })
            {
                for entry in entries {
                    found.append(Occurrence(tokens: index..<stop, entry: entry.payload))
                }
                index = stop
                continue
            }
            if !isName, token.shape == .lower || token.isInitial, let last = token.key.utf8.last, endingLastBytes.contains(last) {
                for (ending, own, entry) in endings where own == nil || language == nil || own == language {
                    if token.key.utf8.count > ending.utf8.count + 1, token.key.hasSuffix(ending) {
                        found.append(Occurrence(tokens: index..<index + 1, entry: entry, isEnding: true))
                        break
                    }
                }
            }
            index += 1
        }
        return found
    }

    /// Whether the words after a cue let it be one (`inf`, `then=`).
    private func accepts(_ cue: ModalityCue, after stop: Int, in tokens: [Token], end: Int, language: Language?) -> Bool {
        if cue.needsVerb {
            guard stop < end, tokens[stop].isWord, tokens[stop].shape == .lower else { return false }
            let next = tokens[stop]
            let polishInfinitive = next.text.hasSuffix("ć") || next.text.hasSuffix("óc")
            let englishVerb = !Self.determiners.contains(next.key)
            switch language {
            case .pl: if !polishInfinitive { return false }
            case .en: if !englishVerb { return false }
            case nil: if !(polishInfinitive || (englishVerb && next.text.utf8.allSatisfy { $0 < 0x80 })) { return false }
            }
        }
        if !cue.then.isEmpty {
            let window = stop..<min(stop + 3, end)
            guard window.contains(where: { cue.then.contains(tokens[$0].key) }) else { return false }
        }
        return true
    }

    static let determiners: Set<String> = ClosedClassWords.standard.words(.determiner)

    static let quoteOpeners: Set<String> = ["-", "–", "—", "„", "“", "\"", "«", "»"]

    /// The verb of saying that attributes a quote opening the sentence tokens[range] and closing in
    /// a later sentence of the same paragraph: a dash or a closing quote (and a comma) followed
    /// within 6 tokens by a verb of saying that reaches back. Looks at most 150 tokens ahead.
    func quoteAttribution(after range: Range<Int>, in tokens: [Token], language: Language?) -> String? {
        guard let first = range.first, Self.quoteOpeners.contains(tokens[first].text) else { return nil }
        var index = range.upperBound
        let limit = min(tokens.count, range.upperBound + 150)
        while index < limit, tokens[index].lineBreaksBefore == 0 {
            let text = tokens[index].text
            if !tokens[index].isWord, ClauseMap.dashes.contains(text) || ClauseMap.closingQuotes.contains(text) || text == "”" {
                let stop = min(limit, index + 7)
                for position in index + 1..<stop where tokens[position].lineBreaksBefore == 0 {
                    guard tokens[position].isWord else { continue }
                    if let (entries, _) = cues.matches(at: position, in: tokens, end: stop, language: language, accepting: { _, _ in true }),
                        let speech = entries.first(where: { $0.payload.cue.scope == .speech && $0.payload.cue.back })
                    {
                        return speech.payload.phrase
                    }
                }
            }
            index += 1
        }
        return nil
    }

}
