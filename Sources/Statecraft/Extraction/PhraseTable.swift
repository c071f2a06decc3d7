/// Phrases of one or more tokens, each with a payload, found in a token array by their folded keys.
///
/// The table is indexed by the key of a phrase's first token, so a lookup costs one dictionary probe
/// per token; the phrases that start with the same token are tried longest first. Words and
/// punctuation both count as tokens (`powiedział , że` is three).
///
/// Folding drops diacritics, which in Polish tell words apart (`mają` "they have" and `maja` "of May",
/// `że` "that" and `ze` "with" fold alike). A phrase word written with diacritics therefore matches
/// only a token that spells it so (ignoring case), and one written without them only a token
/// without them.
struct PhraseTable<Payload: Sendable>: Sendable {
    struct Entry: Sendable {
        /// The folded keys of the phrase's tokens.
        var keys: [String]
        /// The phrase's tokens as written, lowercased; `nil` for a token in plain ASCII (its key says
        /// all, given that the text's token is in ASCII too).
        var forms: [String?]
        /// The language the phrase belongs to; `nil` for both.
        var language: Language?
        var payload: Payload
        /// The order the phrase was added in.
        var number: Int
    }

    private var byFirstKey: [String: [Entry]] = [:]
    private(set) var count = 0

    init() {}

    /// Adds `phrase` (tokenized like the texts it is looked up in). Returns false for a phrase
    /// without tokens.
    @discardableResult
    mutating func add(_ phrase: String, language: Language?, payload: Payload, tokenizer: inout Tokenizer) -> Bool {
        let tokens = tokenizer.tokens(of: phrase)
        guard let first = tokens.first else { return false }
        let forms: [String?] = tokens.map { Self.isASCII($0.text) ? nil : $0.text.lowercased() }
        let entry = Entry(keys: tokens.map(\.key), forms: forms, language: language, payload: payload, number: count)
        var entries = byFirstKey[first.key, default: []]
        entries.append(entry)
        // Longest first; among equals, the later addition first (a user file overrides the bundled one).
        entries.sort { $0.keys.count > $1.keys.count }
        byFirstKey[first.key] = entries
        count += 1
        return true
    }

    /// Whether any phrase starts with this key.
    func starts(with key: String) -> Bool { byFirstKey[key] != nil }

    /// The longest phrase of `language` (or of both languages) that starts at `tokens[index]` and ends
    /// by `end`, and whose payload `accept` takes; with the index just past it.
    func match(
        at index: Int, in tokens: [Token], end: Int, language: Language?,
        where accept: (Payload) -> Bool = { _ in true }
    ) -> (entry: Entry, end: Int)? {
        match(at: index, in: tokens, end: end, language: language, accepting: { payload, _ in accept(payload) })
    }

    /// As ``match(at:in:end:language:where:)``, `accept` also given the index just past the phrase
    /// (to look at the words after it); a phrase it refuses leaves the shorter ones to try.
    func match(
        at index: Int, in tokens: [Token], end: Int, language: Language?,
        accepting accept: (Payload, Int) -> Bool
    ) -> (entry: Entry, end: Int)? {
        guard index < end, let entries = byFirstKey[tokens[index].key] else { return nil }
        candidates: for entry in entries {
            if let language, let own = entry.language, own != language { continue }
            let stop = index + entry.keys.count
            guard stop <= end else { continue }
            for offset in 0..<entry.keys.count {
                let token = tokens[index + offset]
                guard token.key == entry.keys[offset], Self.agrees(token, entry.forms[offset]) else { continue candidates }
            }
            if accept(entry.payload, stop) { return (entry, stop) }
        }
        return nil
    }

    /// Every phrase of the longest length that ``match(at:in:end:language:accepting:)`` would find: a
    /// phrase may stand on several lines, each with its own payload.
    func matches(
        at index: Int, in tokens: [Token], end: Int, language: Language?,
        accepting accept: (Payload, Int) -> Bool
    ) -> (entries: [Entry], end: Int)? {
        guard let (first, stop) = match(at: index, in: tokens, end: end, language: language, accepting: accept) else { return nil }
        var found = [first]
        for entry in byFirstKey[tokens[index].key]! where entry.number != first.number && entry.keys == first.keys && entry.forms == first.forms {
            if let language, let own = entry.language, own != language { continue }
            if accept(entry.payload, stop) { found.append(entry) }
        }
        return (found, stop)
    }

    /// Whether a token whose key matches also agrees with the form as written (see the type's notes).
    static func agrees(_ token: Token, _ form: String?) -> Bool {
        guard let form else { return isASCII(token.text) }
        return token.text.lowercased() == form
    }

    static func isASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }
}
