/// Splits text into tokens with Unicode-scalar offsets: words (letters and digits, with inner
/// apostrophes — `O'Leary`, `Pence'a`, but not the English possessive `'s` — and dotted
/// abbreviations — `U.S.`), and single punctuation marks. A hyphen between two words is not a token:
/// the word after it is marked `afterHyphen`.
struct Tokenizer {
    /// The tokens of `text`, whose first scalar is at document offset `base`.
    mutating func tokens(of text: Substring, base: Int) -> [Token] {
        let scalars = text.unicodeScalars
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = scalars.startIndex
        let end = scalars.endIndex
        var offset = base
        var lineBreaks = 0
        var hyphenPending = false
        @inline(__always) func at(_ position: String.Index) -> Unicode.Scalar? {
            position < end ? scalars[position] : nil
        }
        /// Appends a token that ends at `stop` and moves past it.
        func emit(_ made: Token, to stop: String.Index) {
            var token = made
            token.startIndex = index
            token.endIndex = stop
            token.afterHyphen = token.isWord && hyphenPending
            token.lineBreaksBefore = lineBreaks
            tokens.append(token)
            lineBreaks = 0
            hyphenPending = false
            offset = made.end
            index = stop
        }
        while index < end {
            let scalar = scalars[index]
            let scalarClass = ScalarClass.of(scalar)
            if scalarClass.contains(.whitespace) {
                if scalar == "\n" || scalar == "\u{2029}" { lineBreaks += 1 }
                hyphenPending = false
                index = scalars.index(after: index)
                offset += 1
                continue
            }
            if scalarClass.contains(.word) {
                var stop = scalars.index(after: index)
                var length = 1
                while stop < end {
                    let next = scalars[stop]
                    if ScalarClass.of(next).contains(.word) {
                        stop = scalars.index(after: stop)
                        length += 1
                        continue
                    }
                    if next == "'" || next == "’" || next == "`" {
                        let afterApostrophe = scalars.index(after: stop)
                        if let letter = at(afterApostrophe), ScalarClass.of(letter).contains(.alphabetic) {
                            let following = scalars.index(after: afterApostrophe)
                            let possessive = letter == "s" && !(at(following).map { ScalarClass.of($0).contains(.word) } ?? false)
                            if !possessive {
                                stop = following
                                length += 2
                                continue
                            }
                        }
                        break
                    }
                    if next == ".", length == 1, ScalarClass.of(scalars[index]).contains(.uppercase) {
                        // U.S., U.K.: single capitals and dots
                        let letter = scalars.index(after: stop)
                        let dot = letter < end ? scalars.index(after: letter) : end
                        if let capital = at(letter), ScalarClass.of(capital).contains(.uppercase), at(dot) == "." {
                            stop = scalars.index(after: dot)
                            length += 3
                            while let capital = at(stop), ScalarClass.of(capital).contains(.uppercase),
                                at(scalars.index(after: stop)) == "."
                            {
                                stop = scalars.index(after: scalars.index(after: stop))
                                length += 2
                            }
                        }
                    }
                    break
                }
                let slice = text[index..<stop]
                emit(Token(text: String(slice), key: key(of: slice), start: offset, end: offset + length, shape: Self.shape(of: scalars[index..<stop])), to: stop)
                continue
            }
            let next = scalars.index(after: index)
            // A hyphen joining two words is not a token.
            if scalar == "-" || scalar == "‐" || scalar == "–", let last = tokens.last, last.isWord, last.end == offset,
                let following = at(next), ScalarClass.of(following).contains(.word)
            {
                hyphenPending = true
                index = next
                offset += 1
                continue
            }
            emit(Token(text: String(scalar), key: String(scalar), start: offset, end: offset + 1, shape: .punctuation), to: next)
        }
        return tokens
    }

    /// The tokens of a short text (a lexicon name).
    mutating func tokens(of text: String) -> [Token] {
        tokens(of: text[...], base: 0)
    }

    private func key(of text: Substring) -> String {
        NameFolding.fold(text)
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.of(scalar).contains(.word)
    }

    static func shape(of scalars: Substring.UnicodeScalarView.SubSequence) -> Token.Shape {
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
