/// Strikes: a trade union that strikes, or announces or threatens a strike, opposes (or threatens)
/// the workers' employer — CAMEO codes strikes and boycotts as protest (14x).
///
/// The employer is the organisation named with the workers (`piloci Ryanaira`, `pracownicy linii
/// Ryanair`, `strajk w Ryanairze`, `Ryanair pilots`); when the sentence names none, the employer the
/// document named last stands (an article about a strike at one company names it once). The union is
/// an organisation the sentence names as one (`związek BALPA`, `związki CNE i LBC-NVK`), the owner of
/// the strike (`strajk IALPA`), or the subject of an announcing verb (`IALPA zapowiedziało strajki`).
/// The words are the `strike-word`, `worker-noun`, `union-head` and `threat-word` classes of the
/// words files. No union named, no relation: unnamed strikers are not actors.
struct LabourDisputeReader: Sendable {
    let language: Language?
    /// The employer the document named last.
    private(set) var employer: String?
    /// The union–employer pairs coded so far: one dispute per pair and document, whether the union
    /// threatened a strike or held one (the annotation accepts either kind for it).
    private var coded: Set<[String]> = []
    /// The first organisation the document names that is not a union on strike.
    private var firstOrganisation: String?

    private let strikeWords: Set<String>
    private let workerNouns: Set<String>
    private let unionHeads: Set<String>
    private let threatWords: Set<String>

    init(language: Language?) {
        self.language = language
        let words = ClosedClassWords.standard
        strikeWords = words.words(.strikeWord, language: language)
        workerNouns = words.words(.workerNoun, language: language)
        unionHeads = words.words(.unionHead, language: language)
        threatWords = words.words(.threatWord, language: language)
    }

    /// The relations of one sentence; remembers the employer it names.
    mutating func read(
        sentence: Sentence, index: Int, tokens: [Token], phrases: [ActorPhrase], modality: ModalityReader
    ) -> [CodedEvent] {
        let range = sentence.tokens
        let organisations = phrases.filter { $0.kind == .organization && !$0.isAdjective }
        var employerHere: ActorPhrase?
        for phrase in organisations where isEmployer(phrase, tokens: tokens, range: range) {
            employerHere = phrase
            break
        }
        if let employerHere { employer = employerHere.entity }
        let strikeAt = range.first(where: { tokens[$0].isWord && strikeWords.contains(tokens[$0].key) })
        let named = strikeAt == nil ? [] : organisations.filter { isUnion($0, tokens: tokens, range: range) }
        if firstOrganisation == nil {
            firstOrganisation = organisations.first { phrase in !named.contains { $0.entity == phrase.entity } }?.entity
        }
        guard let strike = strikeAt, !named.isEmpty else { return [] }
        // The employer named here, else the document's, else the one other organisation the sentence
        // names (`…, jeśli Ryanair nie zmieni stanowiska`), else the first the article named (the
        // company an article about its strike is about).
        let others = Set(organisations.map(\.entity)).subtracting(named.map(\.entity))
        guard let target = employerHere?.entity ?? employer ?? (others.count == 1 ? others.first : nil) ?? firstOrganisation
        else { return [] }
        var unions = named.filter { $0.entity != target }
        // Coordinated with a union (`związki CNE i LBC-NVK`): a union too.
        let groups = Set(unions.map(\.group))
        for phrase in organisations where groups.contains(phrase.group) && phrase.entity != target
            && !unions.contains(where: { $0.entity == phrase.entity }) {
            unions.append(phrase)
        }
        guard !unions.isEmpty else { return [] }
        let threat = range.contains { tokens[$0].isWord && threatWords.contains(tokens[$0].key) }
        let status = modality.status(of: strike, in: tokens, range: range, language: language, future: false)
        let kind: RelationKind = threat || status == .expected || status == .hypothetical ? .threatens : .opposes
        var seen: Set<String> = []
        let events: [CodedEvent] = unions.compactMap { union in
            guard seen.insert(union.entity).inserted, coded.insert([union.entity, target]).inserted else { return nil }
            return CodedEvent(kind: kind, source: union.entity, target: target, goods: [], status: status, date: nil,
                              sentence: index, trigger: strike)
        }
        return events
    }

    /// Lower-case words right before `start` (at most `limit`, a hyphen allowed), nearest first.
    private func wordsBefore(_ start: Int, tokens: [Token], range: Range<Int>, limit: Int = 4) -> [Token] {
        var result: [Token] = []
        var index = start - 1
        while index >= range.lowerBound, result.count < limit {
            let token = tokens[index]
            if token.text == "-" || token.text == "–" { index -= 1; continue }
            guard token.isWord, token.shape == .lower else { break }
            result.append(token)
            index -= 1
        }
        return result
    }

    /// `piloci Ryanaira`, `pracownicy tanich linii lotniczych Ryanair`, `strajk w (liniach) Ryanair`,
    /// `Ryanair pilots`.
    private func isEmployer(_ phrase: ActorPhrase, tokens: [Token], range: Range<Int>) -> Bool {
        let before = wordsBefore(phrase.tokens.lowerBound, tokens: tokens, range: range)
        if language == .pl, phrase.preposition == nil || phrase.preposition == "w" {
            for (offset, token) in before.enumerated() {
                if workerNouns.contains(token.key), !unionHeads.contains(token.key), phrase.preposition == nil { return true }
                if strikeWords.contains(token.key), before[..<offset].contains(where: { $0.key == "w" || $0.key == "we" }) { return true }
            }
            if phrase.preposition == "w", let strike = before.firstIndex(where: { strikeWords.contains($0.key) }) {
                return strike <= 2
            }
        }
        if language == .en {
            let after = phrase.tokens.upperBound
            if after < range.upperBound, workerNouns.contains(tokens[after].key) { return true }
            if before.first?.key == "of", before.count > 1, workerNouns.contains(before[1].key) { return true }
        }
        return false
    }

    private func isUnion(_ phrase: ActorPhrase, tokens: [Token], range: Range<Int>) -> Bool {
        // Named as a union, inside the name (`Stowarzyszenie Pilotów IALPA`) or before it.
        if tokens[phrase.tokens].contains(where: { unionHeads.contains($0.key) }) { return true }
        let before = wordsBefore(phrase.tokens.lowerBound, tokens: tokens, range: range)
        if before.contains(where: { unionHeads.contains($0.key) }) { return true }
        // The strike's owner: `strajk IALPA` (a genitive right after the strike noun).
        if language == .pl, phrase.preposition == nil, let first = before.first, strikeWords.contains(first.key) { return true }
        // The subject of an announcing verb: `IALPA zapowiedziało strajki`, `the union … threatened`.
        let after = phrase.tokens.upperBound
        if after < range.upperBound, threatWords.contains(tokens[after].key), phrase.maybeNominative { return true }
        return false
    }
}
