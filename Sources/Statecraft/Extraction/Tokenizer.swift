/// Splits text into tokens with Unicode-scalar offsets: words (letters and digits, with inner
/// apostrophes — `O'Leary`, `Pence'a` — and dotted abbreviations — `U.S.`), and single punctuation
/// marks. A hyphen between two words is not a token: the word after it is marked `afterHyphen`.
struct Tokenizer {
    private var keys: [String: String] = [:]

    /// The tokens of `scalars`, whose first scalar is at document offset `base`.
    mutating func tokens(of scalars: ArraySlice<Unicode.Scalar>, base: Int) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = scalars.startIndex
        let end = scalars.endIndex
        var lineBreaks = 0
        var hyphenPending = false
        while index < end {
            let scalar = scalars[index]
            if ScalarClass.of(scalar).contains(.whitespace) {
                if scalar == "\n" || scalar == "\u{2029}" { lineBreaks += 1 }
                hyphenPending = false
                index += 1
                continue
            }
            if Self.isWordScalar(scalar) {
                var stop = index + 1
                while stop < end {
                    let next = scalars[stop]
                    if Self.isWordScalar(next) {
                        stop += 1
                    } else if (next == "'" || next == "’" || next == "`"), stop + 1 < end,
                        ScalarClass.of(scalars[stop + 1]).contains(.alphabetic),
                        !(scalars[stop + 1] == "s" && (stop + 2 == end || !Self.isWordScalar(scalars[stop + 2])))
                    {
                        stop += 2
                    } else if next == ".", stop + 1 < end, ScalarClass.of(scalars[stop + 1]).contains(.uppercase),
                        stop - index == 1, stop + 2 < end, scalars[stop + 2] == "."
                    {
                        // U.S., U.K.: single letters and dots
                        stop += 3
                        while stop + 1 < end, ScalarClass.of(scalars[stop]).contains(.uppercase), scalars[stop + 1] == "." {
                            stop += 2
                        }
                        break
                    } else {
                        break
                    }
                }
                let text = String(String.UnicodeScalarView(scalars[index..<stop]))
                var token = Token(
                    text: text, key: key(of: text), start: base + index - scalars.startIndex,
                    end: base + stop - scalars.startIndex, shape: Self.shape(of: scalars[index..<stop]))
                token.afterHyphen = hyphenPending
                token.lineBreaksBefore = lineBreaks
                tokens.append(token)
                lineBreaks = 0
                hyphenPending = false
                index = stop
                continue
            }
            // A hyphen joining two words is not a token.
            if (scalar == "-" || scalar == "‐" || scalar == "–"), let last = tokens.last, last.isWord,
                last.end == base + index - scalars.startIndex, index + 1 < end, Self.isWordScalar(scalars[index + 1])
            {
                hyphenPending = true
                index += 1
                continue
            }
            let text = String(scalar)
            var token = Token(
                text: text, key: text, start: base + index - scalars.startIndex,
                end: base + index + 1 - scalars.startIndex, shape: .punctuation)
            token.lineBreaksBefore = lineBreaks
            tokens.append(token)
            lineBreaks = 0
            hyphenPending = false
            index += 1
        }
        return tokens
    }

    /// The tokens of a short text (a lexicon name).
    mutating func tokens(of text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        return tokens(of: scalars[...], base: 0)
    }

    private mutating func key(of text: String) -> String {
        if let key = keys[text] { return key }
        let key = FastFolding.fold(text)
        if keys.count < 200_000 { keys[text] = key }
        return key
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.of(scalar).contains(.word)
    }

    static func shape(of scalars: ArraySlice<Unicode.Scalar>) -> Token.Shape {
        guard let first = scalars.first else { return .punctuation }
        let firstClass = ScalarClass.of(first)
        if firstClass.contains(.digit) { return .number }
        if firstClass.contains(.uppercase) {
            var letters = 0
            var upper = 0
            for scalar in scalars {
                let scalarClass = ScalarClass.of(scalar)
                guard scalarClass.contains(.alphabetic) else { continue }
                letters += 1
                if scalarClass.contains(.uppercase) { upper += 1 }
            }
            return letters > 1 && upper == letters ? .upper : .capitalized
        }
        return .lower
    }
}
