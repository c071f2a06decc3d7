/// Discourse state for English subject pronouns: `Pakistan denied the report. It shipped the parts to Iran
/// in 1998` — `It` is the state or organisation the clause before had as its subject (`he`, `she`: the
/// person). One job: before the coder reads a sentence, this stage adds the pronoun as an actor phrase of
/// the entity it stands for, so the coder reads it as any named subject. (Polish leaves such subjects out;
/// the coder carries them itself.)
struct PronounSubjects {
    let language: Language?
    /// The pronouns by the kinds of actor they stand for; from `referring-pronoun` lines of the words file
    /// (`it:thing`, `he:person`).
    private let pronouns: [String: Set<EntityKind>]
    private let determiners: Set<String>
    private let coordinators: Set<String>
    /// The subject of the last sentence that named one at its head.
    private var subject: (entity: String, kind: EntityKind)?

    init(language: Language?) {
        self.language = language
        var pronouns: [String: Set<EntityKind>] = [:]
        if let language {
            for word in ClosedClassWords.standard.words(.referringPronoun, language: language) {
                let parts = word.split(separator: ":")
                guard parts.count == 2 else { continue }
                pronouns[String(parts[0])] = parts[1] == "person" ? [.person] : [.state, .organization]
            }
            determiners = ClosedClassWords.standard.words(.determiner, language: language)
            coordinators = ClosedClassWords.standard.words(.clauseCoordinator, language: language)
        } else {
            determiners = []
            coordinators = []
        }
        self.pronouns = pronouns
    }

    /// The sentence's phrases with its subject pronouns added as the actors they stand for; remembers the
    /// sentence's subject for the sentences after it.
    mutating func phrases(_ phrases: [ActorPhrase], in sentence: Range<Int>, tokens: [Token]) -> [ActorPhrase] {
        guard !pronouns.isEmpty else { return phrases }
        var result = phrases
        var current = subject
        var group = (phrases.map(\.group).max() ?? 0) + 1
        var clauseStart = sentence.lowerBound
        var index = sentence.lowerBound
        while index < sentence.upperBound {
            let token = tokens[index]
            if token.text == "," || token.text == ";" || (token.isWord && token.shape == .lower && coordinators.contains(token.key)) {
                clauseStart = index + 1
            } else if let phrase = phrases.first(where: { $0.tokens.lowerBound == index }) {
                if opensClause(at: index, from: clauseStart, tokens: tokens), phrase.preposition == nil, !phrase.isPossessive,
                    !phrase.isAdjective, phrase.kind != .place
                {
                    current = (phrase.entity, phrase.kind)
                }
                index = max(index, phrase.tokens.upperBound - 1)
            } else if token.isWord, let kinds = pronouns[token.key], opensClause(at: index, from: clauseStart, tokens: tokens),
                index + 1 < sentence.upperBound, tokens[index + 1].isWord, tokens[index + 1].shape == .lower,
                let carried = current, kinds.contains(carried.kind)
            {
                result.append(
                    ActorPhrase(entity: carried.entity, kind: carried.kind, tokens: index..<(index + 1), cases: nil, preposition: nil, isAdjective: false, group: group))
                group += 1
            }
            index += 1
        }
        if let current { subject = current }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Only determiners and lower-case words (an adverbial: `last year`) stand between the clause's start and `index`.
    private func opensClause(at index: Int, from start: Int, tokens: [Token]) -> Bool {
        var words = 0
        for position in start..<index {
            let token = tokens[position]
            guard token.isWord else { return false }
            if determiners.contains(token.key) { continue }
            guard token.shape == .lower || position == start else { return false }
            words += 1
        }
        return words <= 2
    }
}
