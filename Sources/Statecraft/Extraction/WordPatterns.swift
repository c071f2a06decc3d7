/// Phrases of folded words, some ending in `*` (any ending), each with a value: the matching behind
/// the event and goods dictionaries. A word pattern `dostarcz*` matches `dostarczyły`, `dostarczenie`;
/// `w zamian` matches the two words in a row. Lookup is by a token's exact key, then by its first three
/// letters for the prefix patterns, so a text is matched in time linear in its tokens.
struct WordPatterns<Value: Sendable>: Sendable {
    struct Word: Sendable, Equatable {
        var text: String
        var isPrefix: Bool

        func matches(_ key: String) -> Bool {
            isPrefix ? key.hasPrefix(text) : key == text
        }
    }

    struct Entry: Sendable {
        var words: [Word]
        var value: Value
    }

    private(set) var entries: [Entry] = []
    private var byWord: [String: [Int]] = [:]
    private var byHead: [String: [Int]] = [:]

    /// Adds a pattern: words separated by spaces, already folded.
    mutating func add(_ pattern: String, value: Value) {
        let words = pattern.split(separator: " ").map { word in
            word.hasSuffix("*") ? Word(text: String(word.dropLast()), isPrefix: true) : Word(text: String(word), isPrefix: false)
        }
        guard let first = words.first, !first.text.isEmpty else { return }
        let index = entries.count
        entries.append(Entry(words: words, value: value))
        if first.isPrefix {
            byHead[String(first.text.prefix(3)), default: []].append(index)
        } else {
            byWord[first.text, default: []].append(index)
        }
    }

    /// The values of the patterns that start with a word matching `key` (a folded word): `dostarcz*`
    /// and `came to` have the words `dostarczono` and `came`.
    func values(startingWith key: String) -> [Value] {
        var found = (byWord[key] ?? []).map { entries[$0].value }
        if key.unicodeScalars.count >= 3 {
            found += (byHead[String(key.prefix(3))] ?? []).filter { entries[$0].words[0].matches(key) }.map { entries[$0].value }
        }
        return found
    }

    /// The longest pattern that starts at `tokens[index]` and ends before `end`, with the tokens it covers.
    func longestMatch(at index: Int, in tokens: [Token], end: Int) -> (value: Value, tokens: Range<Int>)? {
        let key = tokens[index].key
        var best: (value: Value, tokens: Range<Int>, length: Int)?
        func consider(_ candidates: [Int]?) {
            for candidate in candidates ?? [] {
                let entry = entries[candidate]
                guard index + entry.words.count <= end else { continue }
                var matched = true
                for (offset, word) in entry.words.enumerated() where !word.matches(tokens[index + offset].key) {
                    matched = false
                    break
                }
                guard matched else { continue }
                // Longer phrases first, then longer first words (`przekazywa*` over `przekaz*`).
                let length = entry.words.count * 1000 + entry.words[0].text.count
                if best == nil || length > best!.length {
                    best = (entry.value, index..<index + entry.words.count, length)
                }
            }
        }
        consider(byWord[key])
        if key.unicodeScalars.count >= 3 { consider(byHead[String(key.prefix(3))]) }
        return best.map { ($0.value, $0.tokens) }
    }
}
