/// Base forms of words the lexicon does not hold, for names it has never seen: the inflected forms
/// the lexicon generated, then Hunspell's stems (Polish: `Steffena` → `Steffen`, `Pensylwanii` →
/// `Pensylwania`), then the name-declension rules of ``NameDeclension``. Results are cached per word.
final class Lemmatizer {
    struct Analysis: Sendable {
        /// The base form, capitalised as the word was.
        var base: String
        /// The dictionary knows the word as a common noun, adjective or verb (`Spółka`, `Jednak`), maybe
        /// also as a proper noun (`Miejsce`, a village).
        var isCommonWord: Bool
        /// The dictionary knows it as a proper noun (a capitalised stem).
        var isProperNoun: Bool
    }

    let language: Language?
    let lexicon: Lexicon
    private let hunspell: Hunspell?
    private var cache: [String: Analysis] = [:]

    init(language: Language?, lexicon: Lexicon, hunspell: Hunspell?) {
        self.language = language
        self.lexicon = lexicon
        self.hunspell = hunspell
    }

    /// What the dictionary says about `word` (no person-name rules).
    func analyse(_ word: String) -> Analysis {
        if let cached = cache[word] { return cached }
        var analysis = Analysis(base: word, isCommonWord: false, isProperNoun: false)
        if let bases = lexicon.baseForms[NameFolding.fold(word)], let base = bases.first, !word.contains(" ") {
            analysis.base = base
            analysis.isProperNoun = base.first?.isUppercase ?? false
        } else if let hunspell, language != nil {
            let stems = hunspell.stems(word)
            let proper = stems.filter { $0.first?.isUppercase ?? false }
            analysis.isCommonWord = stems.contains { !($0.first?.isUppercase ?? false) }
            if !proper.isEmpty {
                analysis.isProperNoun = true
                if proper.contains(word) {
                    analysis.base = word
                } else {
                    analysis.base =
                        proper.first { !lexicon.labels(ofBase: $0).isEmpty } ?? proper.min { $0.count < $1.count } ?? word
                }
            } else if !stems.isEmpty {
                analysis.isCommonWord = true
                let stem = stems.contains(word.lowercased()) ? word.lowercased() : stems[0]
                analysis.base = Self.capitalised(stem, like: word)
            }
            if !analysis.isCommonWord, word.first?.isUppercase ?? false, hunspell.knows(word.lowercased()) {
                analysis.isCommonWord = true
            }
        }
        if language == .pl, word.first?.isUppercase ?? false, lexicon.labels(ofBase: analysis.base).isEmpty,
            let known = Self.declensionCandidates(of: word).first(where: { !lexicon.labels(ofBase: $0).isEmpty })
        {
            // The gazetteer knows the name in another form: Zakopanego → Zakopane.
            analysis.base = known
            analysis.isProperNoun = true
        }
        if cache.count < 100_000 { cache[word] = analysis }
        return analysis
    }

    /// The base form of a word of a person's name.
    func personBase(_ word: String, feminine: Bool, oblique: Bool) -> String {
        guard language == .pl || language == nil else { return word }
        if feminine {
            let ruled = NameDeclension.base(of: word, feminine: true, oblique: oblique)
            if ruled != word { return ruled }
        }
        let analysis = analyse(word)
        if analysis.isProperNoun { return analysis.base }
        return NameDeclension.base(of: word, feminine: feminine, oblique: oblique)
    }

    /// Base forms a Polish proper noun may have, by its ending (checked against the gazetteer).
    static func declensionCandidates(of word: String) -> [String] {
        let rules: [(String, [String])] = [
            ("iego", ["ie"]), ("ego", ["e", "y"]), ("owie", ["ów", "owo", "owa"]), ("owa", ["ów"]), ("owem", ["ów"]),
            ("cach", ["ce"]), ("ach", ["y", "e", "a"]), ("ami", ["y", "e"]), ("ii", ["ia"]), ("ji", ["ja"]),
            ("cie", ["t", "ta"]), ("dzie", ["d", "da"]), ("rze", ["r", "ra"]), ("ie", ["", "a", "o"]), ("u", ["", "o"]),
            ("a", ["", "o", "y"]), ("y", ["a", ""]), ("i", ["a", "e"]), ("ą", ["a"]), ("ę", ["a"]), ("em", [""]), ("om", ["", "o"]),
            ("ze", ["a"]), ("ce", ["ka"]), ("dze", ["ga"]), ("le", ["ła"]),
        ]
        var candidates: [String] = []
        for (suffix, replacements) in rules where word.hasSuffix(suffix) && word.count > suffix.count + 2 {
            let stem = word.dropLast(suffix.count)
            candidates += replacements.map { stem + $0 }
        }
        return candidates
    }

    static func capitalised(_ stem: String, like word: String) -> String {
        guard let first = word.first, first.isUppercase, let stemFirst = stem.first else { return stem }
        return String(stemFirst).uppercased() + stem.dropFirst()
    }
}
