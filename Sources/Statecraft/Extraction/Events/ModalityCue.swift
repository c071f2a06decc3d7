/// A word or phrase that tells how the text presents an event ("według", "would", "nie",
/// "zaprzeczył"), with the status it signals and how far it reaches: one line of a modality file
/// (`Extraction/Lexicon/Data/modality.tsv`, whose header documents the format), read by ``ModalityReader``.
struct ModalityCue: Sendable, Equatable {
    /// What the cue is.
    enum Effect: Sendable, Equatable {
        /// It gives the event a status.
        case status(Status)
        /// It is no cue and hides the cues inside it ("nie tylko", "not only").
        case none
        /// It opens a clause; `governed`: a complement clause that the clause before it governs
        /// ("że", "that").
        case boundary(governed: Bool)
    }

    /// How far the cue reaches from where it stands.
    enum Scope: Sendable, Equatable {
        /// The trigger follows within `window` tokens in the same clause (or, with `both`, stands right
        /// before the cue).
        case word
        /// The cue's clause and the clauses it governs.
        case clause
        /// The rest of the cue's clause and the clauses it governs.
        case following
        /// The whole sentence, up to a `;`.
        case sentence
        /// A verb of saying: `following`, and with `back` the quote or clause before it.
        case speech
        /// A conditional ("gdyby", "if"): its clause and the clauses it governs, the main clause after
        /// it ("If …, Russia would …") and, when it opens a clause after a comma, the clause before
        /// ("NATO will respond, if …").
        case conditional
        /// What comes before it in the sentence, when it stands in the last clause just after a comma
        /// or a dash ("…, which Ankara has rejected", "…, a claim Turkey denies").
        case back
    }

    var effect: Effect
    var scope: Scope
    /// `word`: the most tokens between the cue and the trigger.
    var window = 3
    /// `word`: the trigger may also stand right before the cue.
    var both = false
    /// `speech`: also over what comes before it, after a dash, a closing quote or a comma.
    var back = false
    /// `speech`: only over a governed clause.
    var needsComplement = false
    /// Only before a verb (an infinitive in Polish, a non-determiner in English).
    var needsVerb = false
    /// Only with one of these folded words within the next 3 tokens.
    var then: Set<String> = []
    /// Another status inside reported speech ("would" after "said that": expected).
    var inSpeech: Status?
    /// A conditional: it makes the sentence hypothetical and cancels ``inSpeech``.
    var conditional = false

    /// Parses the columns after the cue: status, scope and options. Throws with the file, the line
    /// and the column at fault.
    static func parse(_ columns: [String], file: String, line: Int) throws(ExtractionError) -> ModalityCue {
        func fail(_ message: String) -> ExtractionError {
            .invalidLexicon(file: file, line: line, message: message)
        }
        guard columns.count >= 4 else {
            throw fail("expected at least 4 tab-separated columns: language, cue, status, scope[, options]")
        }
        let effect: Effect
        switch columns[2] {
        case "none": effect = .none
        case "boundary":
            switch columns[3] {
            case "complement": effect = .boundary(governed: true)
            case "clause": effect = .boundary(governed: false)
            default: throw fail("column 4 (scope): a boundary is 'complement' or 'clause', not '\(columns[3])'")
            }
        default:
            guard let status = Status(rawValue: columns[2]), status != .asserted else {
                throw fail("column 3 (status): expected reported, expected, hypothetical, denied, none or boundary, not '\(columns[2])'")
            }
            effect = .status(status)
        }
        let scope: Scope
        if case .boundary = effect {
            scope = .clause
        } else {
            switch columns[3] {
            case "word": scope = .word
            case "clause": scope = .clause
            case "following": scope = .following
            case "sentence": scope = .sentence
            case "speech": scope = .speech
            case "conditional": scope = .conditional
            case "back": scope = .back
            default: throw fail("column 4 (scope): expected word, clause, following, sentence, speech, conditional or back, not '\(columns[3])'")
            }
        }
        var cue = ModalityCue(effect: effect, scope: scope)
        cue.conditional = scope == .conditional
        guard columns.count > 4, !columns[4].isEmpty else { return cue }
        for option in columns[4].split(separator: ",") {
            let parts = option.split(separator: "=", maxSplits: 1).map(String.init)
            let name = parts[0].trimmingSpaces
            let value = parts.count > 1 ? parts[1].trimmingSpaces : nil
            switch (name, value) {
            case ("window", let value?):
                guard let window = Int(value), window >= 0 else {
                    throw fail("column 5 (options): window takes a count, not '\(value)'")
                }
                cue.window = window
            case ("both", nil): cue.both = true
            case ("back", nil): cue.back = true
            case ("that", nil): cue.needsComplement = true
            case ("inf", nil): cue.needsVerb = true
            case ("conditional", nil): cue.conditional = true
            case ("then", let value?):
                cue.then = Set(value.split(separator: "|").map { NameFolding.fold($0) })
            case ("speech", let value?):
                guard let status = Status(rawValue: value) else {
                    throw fail("column 5 (options): speech= takes a status, not '\(value)'")
                }
                cue.inSpeech = status
            default:
                throw fail("column 5 (options): unknown option '\(option)' (window=N, both, back, that, inf, then=a|b, speech=STATUS, conditional)")
            }
        }
        return cue
    }
}
