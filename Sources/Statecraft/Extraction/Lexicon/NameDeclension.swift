/// Polish name-declension rules, read backwards: the base form of a name the dictionary does not
/// know, from its ending (`Seiberta` → `Seibert`, `Pieskowem` → `Pieskow`, `Kubickiego` →
/// `Kubicki`, `Laskowskiej` → `Laskowska`). `oblique` says the context already showed the name is not
/// in the nominative (a given name or a preposition before it), which allows the ambiguous endings.
enum NameDeclension {
    static func base(of word: String, feminine: Bool, oblique: Bool) -> String {
        if let apostrophe = word.lastIndex(where: { $0 == "'" || $0 == "’" || $0 == "`" }) {
            let suffix = word[word.index(after: apostrophe)...]
            if ["a", "em", "owi", "ego", "emu", "m", "u", "ie", "e", "y", "iem", "m"].contains(String(suffix)) {
                return String(word[..<apostrophe])
            }
            return word
        }
        let lower = word.lowercased()
        func replace(_ suffix: String, with replacement: String) -> String {
            String(word.dropLast(suffix.count)) + replacement
        }
        if feminine {
            for (suffix, replacement) in [("skiej", "ska"), ("ckiej", "cka"), ("dzkiej", "dzka"), ("ską", "ska"), ("cką", "cka"), ("owej", "owa"), ("ową", "owa"), ("ewej", "ewa")] where lower.hasSuffix(suffix) {
                return replace(suffix, with: replacement)
            }
            if oblique {
                for (suffix, replacement) in [("ą", "a"), ("ę", "a"), ("ii", "ia"), ("ji", "ja"), ("ki", "ka"), ("gi", "ga"), ("y", "a")] where lower.hasSuffix(suffix) {
                    return replace(suffix, with: replacement)
                }
            }
            return word
        }
        for (suffix, replacement) in [("skiego", "ski"), ("ckiego", "cki"), ("dzkiego", "dzki"), ("skiemu", "ski"), ("ckiemu", "cki"), ("owowi", "ow"), ("inowi", "in")] where lower.hasSuffix(suffix) {
            return replace(suffix, with: replacement)
        }
        guard word.count > 3 else { return word }
        if lower.hasSuffix("owi") { return replace("owi", with: "") }
        if lower.hasSuffix("kiem") || lower.hasSuffix("giem") { return replace("iem", with: "") }
        if lower.hasSuffix("em"), !lower.hasSuffix("eem") { return replace("em", with: "") }
        // English names in -ey, -ay, -oy take Polish endings after the y: `Romneya` → `Romney`.
        if ["eya", "aya", "oya"].contains(where: { lower.hasSuffix($0) }) { return replace("a", with: "") }
        guard oblique else { return word }
        if lower.hasSuffix("skim") || lower.hasSuffix("ckim") { return replace("m", with: "") }
        for (suffix, replacement) in [("cie", "t"), ("dzie", "d"), ("rze", "r"), ("le", "ł"), ("ie", ""), ("ego", ""), ("emu", "")] where lower.hasSuffix(suffix) {
            return replace(suffix, with: replacement)
        }
        if lower.hasSuffix("a"), let previous = lower.dropLast().last, !"aeiouyąęó".contains(previous) {
            return replace("a", with: "")
        }
        if lower.hasSuffix("y") || lower.hasSuffix("i"), lower.count > 4, let previous = lower.dropLast().last, !"aeiouyąęó".contains(previous) {
            return replace(String(lower.last!), with: "a")
        }
        if lower.hasSuffix("u"), let previous = lower.dropLast().last, "kgh".contains(previous) {
            return replace("u", with: "")
        }
        return word
    }

    /// Whether a word's ending marks it as not nominative (`Trumpa` is ambiguous, `Trumpem` is not).
    static func isClearlyOblique(_ word: String) -> Bool {
        let lower = word.lowercased()
        return ["owi", "em", "eya", "aya", "oya", "skiego", "ckiego", "skiemu", "skiej", "ckiej", "ską", "ową", "owej"].contains { lower.hasSuffix($0) }
    }
}
