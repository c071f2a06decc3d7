/// Extraction's one clause splitter, at two grains.
///
/// - **Fine clauses** (an instance, for status cues): a clause starts at the sentence's start, at a
///   `,`, `;`, `:`, dash or bracket, and at a clause-opening word (`że`, `który`, `that`, `which`); a
///   comma followed by an opener starts one clause, not two. A clause that opens with a complementizer
///   (`że`, `iż`, `that`) is *governed* by the clause before it ("said that …"). `;` also splits the
///   sentence into segments no cue reaches across. Built for one sentence per
///   ``ModalityReader/status(of:in:range:language:future:)`` call; its arrays are as long as the sentence.
/// - **Event clauses** (``eventClauses(of:in:language:)``, where the event coder reads roles): only
///   `;`, `:`, a free-standing dash, a comma before a subordinating word and a clause opener without a
///   comma (`if`, `gdyby`, `companies that …`) cut, so that a list of actors stays in its clause.
///
/// The opening words are data: the `subordinator`, `clause-opener` and `relative-pronoun` classes of
/// ``ClosedClassWords`` and the `boundary` lines of the status cues (`modality.tsv`).
struct ClauseMap {
    /// The first token of the sentence.
    let base: Int
    /// For each token of the sentence: its clause's number.
    private(set) var clauseOf: [Int32] = []
    /// For each clause: the index of its first token, whether it is governed, its segment.
    private(set) var starts: [Int] = []
    private(set) var governed: [Bool] = []
    private(set) var segments: [Int32] = []

    static let punctuation: Set<String> = [",", ";", ":", "-", "–", "—", "(", ")"]
    static let dashes: Set<String> = ["-", "–", "—"]
    static let closingQuotes: Set<String> = ["”", "\"", "»", "«", "’", "'"]

    /// `opener(i)`: whether tokens[i] opens a clause, and whether that clause is governed.
    init(tokens: [Token], range: Range<Int>, opener: (Int) -> Bool?) {
        base = range.lowerBound
        clauseOf.reserveCapacity(range.count)
        var clause: Int32 = -1
        var segment: Int32 = 0
        var afterPunctuation = false
        for index in range {
            let token = tokens[index]
            if index == range.lowerBound {
                clause += 1
                starts.append(index)
                governed.append(false)
                segments.append(segment)
            } else if !token.isWord, Self.punctuation.contains(token.text) {
                if token.text == ";" { segment += 1 }
                clause += 1
                starts.append(index)
                governed.append(false)
                segments.append(segment)
                afterPunctuation = true
                clauseOf.append(clause)
                continue
            } else if token.isWord, let isGoverned = opener(index) {
                if afterPunctuation {
                    governed[Int(clause)] = isGoverned
                } else {
                    clause += 1
                    starts.append(index)
                    governed.append(isGoverned)
                    segments.append(segment)
                }
            }
            if token.isWord { afterPunctuation = false }
            clauseOf.append(clause)
        }
    }

    func clause(of index: Int) -> Int { Int(clauseOf[index - base]) }

    func segment(of index: Int) -> Int { Int(segments[clause(of: index)]) }

    func start(ofClause clause: Int) -> Int { starts[clause] }

    var clauseCount: Int { starts.count }

    /// Whether a cue at `cue` reaches `target` by clause: the same clause, or a later one reached
    /// through governed clauses only.
    func governs(_ cue: Int, _ target: Int) -> Bool {
        let from = clause(of: cue)
        let to = clause(of: target)
        if from == to { return true }
        guard to > from else { return false }
        for clause in (from + 1)...to where !governed[clause] { return false }
        return true
    }

    /// Whether a clause after the cue's and up to the target's is governed (the target is in a
    /// complement of the cue: "announced that …").
    func complementBetween(_ cue: Int, _ target: Int) -> Bool {
        let from = clause(of: cue)
        let to = clause(of: target)
        guard to > from else { return false }
        return governed[(from + 1)...to].contains(true)
    }

    /// Whether the words of `clause` are exactly the tokens of `span` (besides punctuation).
    func isOnly(_ span: Range<Int>, wordsOfClause clause: Int, in tokens: [Token]) -> Bool {
        let first = starts[clause]
        let last = clause + 1 < starts.count ? starts[clause + 1] : base + clauseOf.count
        for index in first..<last where tokens[index].isWord && !span.contains(index) { return false }
        return true
    }

    /// The last clause of the run of governed clauses that follows `clause` (`clause` itself if none).
    func lastGoverned(after clause: Int) -> Int {
        var last = clause
        while last + 1 < starts.count, governed[last + 1] { last += 1 }
        return last
    }

    /// Whether `clause` is governed by the one before it.
    func isGoverned(_ clause: Int) -> Bool { governed[clause] }

    /// The index of the first word of `clause`.
    func firstWord(ofClause clause: Int, in tokens: [Token]) -> Int? {
        let last = clause + 1 < starts.count ? starts[clause + 1] : base + clauseOf.count
        return (starts[clause]..<last).first { tokens[$0].isWord }
    }

    /// Whether two tokens stand in one clause.
    func sameClause(_ first: Int, _ second: Int) -> Bool { clause(of: first) == clause(of: second) }

    // MARK: Event clauses

    /// Words that open a new event clause after a comma.
    static let subordinators = ClosedClassWords.standard.words(.subordinator)
    /// Words that open an event clause even without a comma before them.
    static let clauseOpeners = ClosedClassWords.standard.words(.clauseOpener)
    /// Relative pronouns: their clause may take the noun before it as its object.
    static let relativePronouns = ClosedClassWords.standard.words(.relativePronoun)

    /// The event clauses of the sentence `tokens[range]`: cut at `;`, `:`, a free-standing dash, a
    /// comma before a subordinating word, and before a clause opener that no comma precedes (a
    /// conditional, `gdyby`, `if`, or a relative or complement clause, `companies that …`; in Polish
    /// `że` only as written with its diacritic, since `ze` is also "with").
    static func eventClauses(of range: Range<Int>, in tokens: [Token], language: Language?) -> [Range<Int>] {
        var clauses: [Range<Int>] = []
        var start = range.lowerBound
        for index in range {
            let key = tokens[index].key
            if key == ";" || key == ":" || dashes.contains(key) {
                if index > start { clauses.append(start..<index) }
                start = index + 1
            } else if key == ",", index + 1 < range.upperBound, subordinators.contains(tokens[index + 1].key) {
                if index > start { clauses.append(start..<index) }
                start = index + 1
            } else if clauseOpeners.contains(key), index > start, tokens[index - 1].key != ",",
                language != .pl || tokens[index].text.lowercased() != "ze"
            {
                clauses.append(start..<index)
                start = index
            }
        }
        if start < range.upperBound { clauses.append(start..<range.upperBound) }
        return clauses
    }
}
