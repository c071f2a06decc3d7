/// Splits tokens into sentences: at `.`, `!`, `?` and `…` followed by a word that does not start in
/// lowercase (unless the `.` ends an abbreviation or an initial), and at every line break (news
/// texts put headlines and paragraphs on lines of their own). Marks each sentence's first word, and
/// the first word after an opening quote or a dash, as `isInitial`.
enum SentenceSplitter {
    static let abbreviations: Set<String> = ClosedClassWords.standard.words(.abbreviation)
    static let openers: Set<String> = ["„", "“", "\"", "«", "»", "‚", "'", "(", "-", "–", "—", ":", "‘"]

    static func split(_ tokens: inout [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        var first = 0
        var index = 0
        func close(_ upTo: Int) {
            guard upTo > first else { return }
            sentences.append(Sentence(tokens: first..<upTo, start: tokens[first].start, end: tokens[upTo - 1].end))
            first = upTo
        }
        while index < tokens.count {
            if index > first, tokens[index].lineBreaksBefore > 0 {
                close(index)
            }
            let token = tokens[index]
            if token.text == "." || token.text == "!" || token.text == "?" || token.text == "…" {
                var next = index + 1
                while next < tokens.count, !tokens[next].isWord, tokens[next].lineBreaksBefore == 0,
                    tokens[next].text != "-" && tokens[next].text != "–"
                {
                    next += 1
                }
                let previous = index > first ? tokens[index - 1] : nil
                let isAbbreviation =
                    token.text == "." && previous.map {
                        ($0.isWord && abbreviations.contains($0.key))
                            || ($0.shape == .capitalized && $0.text.unicodeScalars.count == 1)
                    } ?? false
                let nextStartsLower = next < tokens.count && tokens[next].shape == .lower && tokens[next].lineBreaksBefore == 0
                let nextIsNumber = next < tokens.count && tokens[next].shape == .number && token.text == "."
                if !isAbbreviation, !nextStartsLower, !nextIsNumber {
                    close(next)
                    index = next
                    continue
                }
            }
            index += 1
        }
        close(tokens.count)
        for sentence in sentences {
            var initial = true
            for position in sentence.tokens {
                if tokens[position].isWord {
                    if initial { tokens[position].isInitial = true }
                    initial = false
                } else if openers.contains(tokens[position].text) {
                    initial = true
                }
            }
        }
        return sentences
    }
}
