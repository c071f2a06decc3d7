/// What an event expression of the event dictionaries says: the relation kind it codes and where its
/// participants stand in the sentence — a CAMEO-style verb-dictionary entry with Polish case roles
/// (`dostarczyć Rosji`: the dative is the recipient) and English prepositions (`supply … to`).
struct EventFrame: Sendable, Equatable {
    /// A place in the sentence a participant may take.
    enum Slot: Sendable, Equatable {
        /// The grammatical subject (the default actor).
        case subject
        /// A Polish case without a preposition (`dat`, `acc`, `gen`, `inst`).
        case grammaticalCase(String)
        /// English: the first actor after the word with no preposition before it.
        case object
        /// The actor after a preposition (`z`, `na`, `to`, `with`, `by`).
        case preposition(String)
        /// The possessor of a noun after the word: `skrytykował decyzję Berlina`, `Israel's crude`.
        case possessor
        /// A personal pronoun (`im`, `them`): the other party of the sentence's previous event.
        case pronoun
        /// A state adjective beside an event noun: `rosyjska inwazja`, `Israeli arms sales`.
        case adjective
        /// The state a traded good comes from: `północnokoreańskiej broni`, `Israeli-made drones`.
        case origin
    }

    /// The relation it codes; `nil` for an exchange cue (`w zamian`, `in return for`).
    var kind: RelationKind?
    /// Where the recipient or other party is, in order of preference.
    var targets: [Slot] = []
    /// Where the actor is when not the subject (tried before the subject).
    var sources: [Slot] = []
    /// The subject receives (buying, receiving): it becomes the target, and the giver is read from `sources`.
    var subjectReceives = false
    /// Only coded when a goods word says what passes (`przekazać` alone is not a delivery).
    var needsGoods = false
    /// What passes when no goods word says.
    var defaultGoods: GoodsCategory?
    /// A perfective Polish verb: its non-past forms speak of the future (`przekażą`).
    var perfective = false
    /// An event noun (`inwazja`, `meeting`) rather than a verb.
    var isNoun = false
    /// The preposition whose phrase is what is given in return (`zapłacić za`, `pay for`).
    var counterPreposition: String?
    /// The preposition whose phrase is what is paid with (`pay for the sugar with crude oil`): the goods of
    /// the transfer itself, not of what is given in return.
    var meansPreposition: String?
    /// An exchange cue that introduces what is given in return (`in exchange for`, `w zamian za`), as
    /// opposed to one that marks its own clause as the return (`in return`, `w zamian`).
    var introducesCounter = false

    /// Halts a transfer named right after it (`cut off … supplies`, `wstrzymał dostawy`): that
    /// transfer is not coded.
    var halts = false

    /// Sets people free (`released`, `uwolniła`): coded only with a person or a people word as its object;
    /// the recipient is the state an adjective gives the person (`released American … Griner`) or the
    /// target slots; what passes is `people`.
    var releases = false

    /// Each party gives the other the goods (`swapped prisoners`, `wymiana jeńców między A a B`): two
    /// transfers in one exchange.
    var mutual = false

    var isExchangeCue: Bool { kind == nil }

    /// Reads the options column: `target=dat,z source=przez subject=recipient goods=required aspect=pf noun counter=za`.
    init(kind: RelationKind?, options: some StringProtocol) throws(EventFrameError) {
        self.kind = kind
        for option in options.split(whereSeparator: { $0 == " " || $0 == ";" }) {
            let parts = option.split(separator: "=" as Character, maxSplits: 1).map { String($0) }
            switch (parts[0], parts.count == 2 ? parts[1] : nil) {
            case ("target", let value?): targets = try Self.slots(value)
            case ("source", let value?): sources = try Self.slots(value)
            case ("subject", "recipient"): subjectReceives = true
            case ("goods", "required"): needsGoods = true
            case ("goods", let value?):
                guard let goods = GoodsCategory(rawValue: value) else { throw EventFrameError(message: "unknown goods '\(value)'") }
                defaultGoods = goods
            case ("aspect", "pf"): perfective = true
            case ("aspect", "impf"): perfective = false
            case ("noun", nil): isNoun = true
            case ("halts", nil): halts = true
            case ("releases", nil): releases = true
            case ("mutual", nil): mutual = true
            case ("counter", let value?): counterPreposition = value
            case ("means", let value?): meansPreposition = value
            case ("counter", nil): introducesCounter = true
            default: throw EventFrameError(message: "unknown option '\(option)'")
            }
        }
    }

    static func slots(_ list: String) throws(EventFrameError) -> [Slot] {
        var slots: [Slot] = []
        for name in list.split(separator: ",") {
            switch name {
            case "subj": slots.append(.subject)
            case "dat", "acc", "gen", "inst": slots.append(.grammaticalCase(String(name)))
            case "obj": slots.append(.object)
            case "poss": slots.append(.possessor)
            case "pron": slots.append(.pronoun)
            case "adj": slots.append(.adjective)
            case "origin": slots.append(.origin)
            default:
                guard name.allSatisfy(\.isLetter) else { throw EventFrameError(message: "unknown slot '\(name)'") }
                slots.append(.preposition(String(name)))
            }
        }
        return slots
    }
}

/// Why an options column does not parse.
struct EventFrameError: Error {
    var message: String
}
