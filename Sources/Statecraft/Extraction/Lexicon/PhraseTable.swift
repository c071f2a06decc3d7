/// Phrases of one or more words, each with a payload, found in a token array: extraction's one
/// phrase index, behind the event and goods dictionaries (`dostarcz*`, `w zamian`), the status cues
/// (`według`, `nie wiadomo`) and the calendar words (`we wtorek`, `dzień wcześniej`).
///
/// A phrase is added in one of two spellings:
/// - **as written** (``add(_:language:payload:tokenizer:)``: status cues, calendar words). Folding
///   drops diacritics, which in Polish tell words apart (`mają` "they have" and `maja` "of May", `że`
///   "that" and `ze` "with" fold alike), so a word written with diacritics matches only a token that
///   spells it so (ignoring case), and one written without them only a token without them.
/// - **folded** (``add(pattern:language:payload:)``: event and goods dictionaries): words written
///   folded, each matching any token with that key; a word ending in `*` matches any token whose key
///   starts with it (`dostarcz*` matches `dostarczyły`, `dostarczenie`).
///
/// Lookup is by a token's key, and for the `*` words by its first three letters, so a text is
/// matched in time linear in its tokens. Where several phrases match at a token the longest wins:
/// the most words, then the longest first word (`przekazywa*` over `przekaz*`, `dostawa` over
/// `dostaw*`), then the later addition (a user's file overrides the bundled one).
struct PhraseTable<Payload: Sendable>: Sendable {
    /// How a phrase word matches a token.
    struct Word: Sendable, Equatable {
        /// The folded key (for a prefix word, the start of keys).
        var key: String
        /// A `*` word: matches every key that starts with ``key``.
        var isPrefix: Bool
        /// The spelling a token must have, when it matters.
        var spelling: Spelling

        enum Spelling: Sendable, Equatable {
            /// Any token with the key.
            case any
            /// A token written without diacritics.
            case plain
            /// A token written so, lowercased.
            case written(String)
        }

        func matches(_ token: Token) -> Bool {
            guard isPrefix ? token.key.hasPrefix(key) : token.key == key else { return false }
            switch spelling {
            case .any: return true
            case .plain: return PhraseTable.isASCII(token.text)
            case .written(let form): return token.text.lowercased() == form
            }
        }
    }

    struct Entry: Sendable {
        var words: [Word]
        /// The language the phrase belongs to; `nil` for both.
        var language: Language?
        var payload: Payload
        /// The order the phrase was added in.
        var number: Int

        /// The folded keys of the phrase's words.
        var keys: [String] { words.map(\.key) }

        /// Ranks phrases matching at one token: more words, a longer first word, a whole first word
        /// over a prefix of the same length, a later addition.
        fileprivate func ranks(above other: Entry) -> Bool {
            if words.count != other.words.count { return words.count > other.words.count }
            let (first, otherFirst) = (words[0], other.words[0])
            if first.key.utf8.count != otherFirst.key.utf8.count { return first.key.utf8.count > otherFirst.key.utf8.count }
            if first.isPrefix != otherFirst.isPrefix { return !first.isPrefix }
            return number > other.number
        }
    }

    private var entries: [Entry] = []
    /// Entries whose first word is whole, by its key.
    private var byFirstKey: [String: [Int]] = [:]
    /// Entries whose first word is a prefix, by its first three letters (shorter prefixes by the whole).
    private var byHead: [String: [Int]] = [:]
    /// Whether a prefix word has fewer than three letters.
    private var hasShortPrefixes = false

    var count: Int { entries.count }

    init() {}

    /// Adds `phrase` as written (tokenized like the texts it is looked up in). Returns false for a
    /// phrase without tokens.
    @discardableResult
    mutating func add(_ phrase: String, language: Language?, payload: Payload, tokenizer: inout Tokenizer) -> Bool {
        let tokens = tokenizer.tokens(of: phrase)
        guard !tokens.isEmpty else { return false }
        let words = tokens.map { token in
            Word(key: token.key, isPrefix: false, spelling: Self.isASCII(token.text) ? .plain : .written(token.text.lowercased()))
        }
        insert(Entry(words: words, language: language, payload: payload, number: entries.count))
        return true
    }

    /// Adds a folded pattern: words separated by spaces, each folded, `*` ending a prefix word.
    /// Returns false for a pattern without words.
    @discardableResult
    mutating func add(pattern: String, language: Language?, payload: Payload) -> Bool {
        let words = pattern.split(separator: " ").map { word in
            word.hasSuffix("*")
                ? Word(key: NameFolding.fold(word.dropLast()), isPrefix: true, spelling: .any)
                : Word(key: NameFolding.fold(word), isPrefix: false, spelling: .any)
        }
        guard let first = words.first, !first.key.isEmpty else { return false }
        insert(Entry(words: words, language: language, payload: payload, number: entries.count))
        return true
    }

    private mutating func insert(_ entry: Entry) {
        let first = entry.words[0]
        if first.isPrefix {
            byHead[Self.head(of: first.key), default: []].append(entries.count)
            if first.key.count < 3 { hasShortPrefixes = true }
        } else {
            byFirstKey[first.key, default: []].append(entries.count)
        }
        entries.append(entry)
    }

    private static func head(of key: String) -> String { String(key.prefix(3)) }

    /// The payloads of the phrases whose first word matches a token with this key, in the order
    /// they were added (`dostarcz*` and `came to` start at `dostarczono` and `came`).
    func payloads(startingWith key: String) -> [Payload] {
        var found = byFirstKey[key] ?? []
        for head in heads(of: key) {
            found += (byHead[head] ?? []).filter { key.hasPrefix(entries[$0].words[0].key) }
        }
        return found.sorted().map { entries[$0].payload }
    }

    /// Whether a phrase may start at a token with this key.
    func starts(with key: String) -> Bool {
        if byFirstKey[key] != nil { return true }
        return heads(of: key).contains { head in byHead[head]?.contains { key.hasPrefix(entries[$0].words[0].key) } ?? false }
    }

    /// The best-ranked phrase of `language` (or of both languages) that starts at `tokens[index]` and
    /// ends by `end`, and whose payload `accept` takes; with the index just past it.
    func match(
        at index: Int, in tokens: [Token], end: Int, language: Language?,
        where accept: (Payload) -> Bool = { _ in true }
    ) -> (entry: Entry, end: Int)? {
        match(at: index, in: tokens, end: end, language: language, accepting: { payload, _ in accept(payload) })
    }

    /// The best-ranked phrase of any language at `tokens[index]` that ends by `end`: its payload and
    /// the tokens it covers.
    func longestMatch(at index: Int, in tokens: [Token], end: Int) -> (value: Payload, tokens: Range<Int>)? {
        match(at: index, in: tokens, end: end, language: nil).map { ($0.entry.payload, index..<$0.end) }
    }

    /// As ``match(at:in:end:language:where:)``, `accept` also given the index just past the phrase
    /// (to look at the words after it); a phrase it refuses leaves the lower-ranked ones to try.
    func match(
        at index: Int, in tokens: [Token], end: Int, language: Language?,
        accepting accept: (Payload, Int) -> Bool
    ) -> (entry: Entry, end: Int)? {
        guard index < end else { return nil }
        var best: Entry?
        forEachMatch(at: index, in: tokens, end: end, language: language) { entry in
            if best.map({ entry.ranks(above: $0) }) ?? true, accept(entry.payload, index + entry.words.count) { best = entry }
        }
        return best.map { ($0, index + $0.words.count) }
    }

    /// Every phrase with the words of the one ``match(at:in:end:language:accepting:)`` finds: a phrase
    /// may stand on several lines, each with its own payload.
    func matches(
        at index: Int, in tokens: [Token], end: Int, language: Language?,
        accepting accept: (Payload, Int) -> Bool
    ) -> (entries: [Entry], end: Int)? {
        guard let (first, stop) = match(at: index, in: tokens, end: end, language: language, accepting: accept) else { return nil }
        var others: [Entry] = []
        forEachMatch(at: index, in: tokens, end: end, language: language) { entry in
            if entry.number != first.number, entry.words == first.words, accept(entry.payload, stop) { others.append(entry) }
        }
        // The best first, then the others in the order they were added.
        return ([first] + others.sorted { $0.number < $1.number }, stop)
    }

    /// Calls `body` with every phrase of the language that matches the tokens from `index` on and
    /// ends by `end`.
    private func forEachMatch(at index: Int, in tokens: [Token], end: Int, language: Language?, _ body: (Entry) -> Void) {
        let key = tokens[index].key
        func consider(_ candidates: [Int]?) {
            guard let candidates else { return }
            candidates: for candidate in candidates {
                let entry = entries[candidate]
                if let language, let own = entry.language, own != language { continue }
                guard index + entry.words.count <= end else { continue }
                for (offset, word) in entry.words.enumerated() where !word.matches(tokens[index + offset]) { continue candidates }
                body(entry)
            }
        }
        consider(byFirstKey[key])
        for head in heads(of: key) { consider(byHead[head]) }
    }

    /// The heads under which prefix words that may match `key` are filed: its first three letters,
    /// and its shorter starts when there are prefix words that short.
    private func heads(of key: String) -> [String] {
        var heads = [Self.head(of: key)]
        if hasShortPrefixes {
            for length in 1..<3 where key.count > length { heads.append(String(key.prefix(length))) }
        }
        return heads
    }

    static func isASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }
}
