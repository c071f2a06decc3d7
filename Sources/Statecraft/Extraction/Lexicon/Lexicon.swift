import Foundation

/// What Statecraft knows before it reads: actors and places with their names in English and Polish
/// (every inflected form, with its grammatical case), titles, and a gazetteer of proper nouns that types
/// names the lexicon does not hold. Loaded from the package's data files (`Extraction/Lexicon/Data/*.tsv`,
/// see ``LexiconParser``) and extended with user files.
public struct Lexicon: Sendable {
    /// A title: `rzecznik` → spokesperson (`official_of`), `prezydent` → president (`leads`).
    public struct Title: Sendable, Equatable {
        public var phrase: String
        public var role: String
        public var relation: RelationKind
        /// The state or organisation the title belongs to when the text does not say (`secretary of state` → USA).
        public var defaultTarget: String?
    }

    /// What a phrase of the text can refer to.
    struct Target: Sendable {
        enum Referent: Sendable, Equatable {
            case entry(Int)
            case title(Int)
        }

        enum Use: Sendable, Equatable {
            case name, adjective, demonym
            /// A person's family name alone (`Putin`, `Kimem`).
            case shortName
        }

        var referent: Referent
        /// The base form of the name as written in the lexicon (`Rosja`, `Kim Dzong Un`).
        var base: String
        var use: Use
        /// `number:case` readings of the form (`sg:gen,sg:dat`); `nil` for a base form.
        var cases: String?
        var language: Language?
        /// For each word: must it be written in capitals (`NATO`), with an initial capital, or anyhow.
        var shapes: [ShapeRequirement]
    }

    enum ShapeRequirement: Sendable, Equatable {
        case upper, capitalized, any

        func accepts(_ token: Token) -> Bool {
            switch self {
            case .upper: token.shape == .upper || (token.shape == .capitalized && token.text.unicodeScalars.count == 1) || token.text.contains(".")
            case .capitalized: token.shape == .capitalized || token.shape == .upper || token.shape == .number
            case .any: true
            }
        }
    }

    /// Labels of the gazetteer: what kind of proper noun a base form is.
    struct Labels: OptionSet, Sendable {
        let rawValue: UInt8
        static let givenName = Labels(rawValue: 1)
        static let femaleGivenName = Labels(rawValue: 2)
        static let surname = Labels(rawValue: 4)
        static let place = Labels(rawValue: 8)
        static let organization = Labels(rawValue: 16)
    }

    public private(set) var entries: [LexiconEntry] = []
    public private(set) var titles: [Title] = []
    private(set) var entryIndex: [String: Int] = [:]
    /// Folded word keys joined by spaces → what they may refer to.
    private(set) var phrases: [String: [Target]] = [:]
    private(set) var firstWords: Set<String> = []
    private(set) var longestPhrase = 1
    /// Folded base form → gazetteer labels.
    private(set) var gazetteer: [String: Labels] = [:]
    /// Folded inflected form of a gazetteer-less word → base forms (from `forms.tsv`).
    private(set) var baseForms: [String: [String]] = [:]
    /// A demonym's singular base → its plural nominative (`Amerykanin` → `Amerykanie`).
    private(set) var pluralDemonyms: [String: String] = [:]
    private var pendingForms: [(form: String, base: String, cases: String)] = []
    private var tokenizer = Tokenizer()

    public init() {}

    /// The lexicon shipped with Statecraft.
    public static func bundled() throws(ExtractionError) -> Lexicon {
        var lexicon = Lexicon()
        guard let directory = Bundle.module.resourceURL?.appendingPathComponent("Data") else {
            throw .unreadable(file: "Lexicon", reason: "the lexicon resources are missing from the bundle")
        }
        func read(_ name: String) throws(ExtractionError) -> String {
            let path = directory.appendingPathComponent(name).path
            do {
                return try String(contentsOfFile: path, encoding: .utf8)
            } catch {
                throw .unreadable(file: path, reason: "cannot read the lexicon file")
            }
        }
        for file in ["states.tsv", "organizations.tsv", "places.tsv", "people.tsv"] {
            try lexicon.addEntries(read(file), file: file)
        }
        try lexicon.addTitles(read("roles.tsv"), file: "roles.tsv")
        try lexicon.addForms(read("forms.tsv"), file: "forms.tsv")
        try lexicon.addGazetteer(read("gazetteer.tsv"))
        return lexicon
    }

    /// Adds the entities of a lexicon file (the format of ``LexiconParser``). Entries with an id the
    /// lexicon has replace it.
    public mutating func add(contentsOf path: String) throws(ExtractionError) {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadable(file: path, reason: "cannot read the lexicon file")
        }
        try addEntries(text, file: path)
    }

    public mutating func addEntries(_ text: String, file: String) throws(ExtractionError) {
        for entry in try LexiconParser.entries(text, file: file) { add(entry) }
        reindexForms()
    }

    public mutating func add(_ entry: LexiconEntry) {
        let position: Int
        if let existing = entryIndex[entry.id] {
            position = existing
            entries[existing] = entry
            for key in phrases.keys {
                phrases[key]?.removeAll { $0.referent == .entry(existing) }
            }
        } else {
            position = entries.count
            entries.append(entry)
            entryIndex[entry.id] = position
        }
        for name in entry.names {
            let use: Target.Use =
                switch name.use {
                case .name: .name
                case .adjective: .adjective
                case .demonym: .demonym
                }
            index(name.text, as: Target(referent: .entry(position), base: name.text, use: use, cases: nil, language: name.language, shapes: []))
            if entry.kind == .person, name.use == .name {
                let words = name.text.split(separator: " ")
                if words.count > 1 {
                    let short = String(entry.familyNameFirst ? words[0] : words[words.count - 1])
                    if Self.usableShortName(short) {
                        index(short, as: Target(referent: .entry(position), base: short, use: .shortName, cases: nil, language: nil, shapes: []))
                    }
                }
            }
        }
    }

    /// Family names that are also common words or given names are not read alone.
    static func usableShortName(_ name: String) -> Bool {
        name.unicodeScalars.count > 1 && !ambiguousSurnames.contains(NameFolding.fold(name))
    }

    private static let ambiguousSurnames = ClosedClassWords.standard.words(.ambiguousSurname)

    mutating func addTitles(_ text: String, file: String) throws(ExtractionError) {
        for (number, line) in LexiconParser.lines(text) {
            let columns = line.split(separator: "\t").map(String.init)
            guard columns.count >= 3, let relation = RelationKind(rawValue: columns[2]) else {
                throw .invalidLexicon(file: file, line: number, message: "expected: phrase, role, leads|official_of[, default target]")
            }
            let title = Title(phrase: columns[0], role: columns[1], relation: relation, defaultTarget: columns.count > 3 ? columns[3] : nil)
            index(title.phrase, as: Target(referent: .title(titles.count), base: title.phrase, use: .name, cases: nil, language: nil, shapes: []))
            titles.append(title)
        }
        reindexForms()
    }

    mutating func addForms(_ text: String, file: String) throws(ExtractionError) {
        let tab = UInt8(ascii: "\t")
        for (number, line) in LexiconParser.lines(text) {
            // Three columns read over the bytes: form, base, cases (anything after a further tab is ignored).
            let bytes = line.utf8
            guard let firstTab = bytes.firstIndex(of: tab),
                case let baseStart = bytes.index(after: firstTab),
                let secondTab = bytes[baseStart...].firstIndex(of: tab),
                case let casesStart = bytes.index(after: secondTab),
                case let casesEnd = bytes[casesStart...].firstIndex(of: tab) ?? bytes.endIndex,
                firstTab > bytes.startIndex, secondTab > baseStart, casesEnd > casesStart
            else {
                throw .invalidLexicon(file: file, line: number, message: "expected: form, base form, cases")
            }
            let form = String(Substring(bytes[..<firstTab]))
            let base = String(Substring(bytes[baseStart..<secondTab]))
            let cases = bytes[casesStart..<casesEnd]
            pendingForms.append((form, base, String(Substring(cases))))
            baseForms[NameFolding.fold(form), default: []].append(base)
            if Self.contains(cases, "pl:nom") { pluralDemonyms[base] = form }
        }
        reindexForms()
    }

    /// Whether `bytes` hold `word` anywhere.
    private static func contains(_ bytes: Substring.UTF8View, _ word: String) -> Bool {
        let needle = Array(word.utf8)
        guard let first = needle.first else { return true }
        var index = bytes.startIndex
        while let found = bytes[index...].firstIndex(of: first) {
            if bytes[found...].starts(with: needle) { return true }
            index = bytes.index(after: found)
        }
        return false
    }

    mutating func addGazetteer(_ text: String) throws(ExtractionError) {
        let tab = UInt8(ascii: "\t")
        let comma = UInt8(ascii: ",")
        for (_, line) in LexiconParser.lines(text) {
            let bytes = line.utf8
            // Empty columns do not count (as a split omitting them would): `base<TAB>labels`.
            guard let tabIndex = bytes.firstIndex(of: tab), tabIndex > bytes.startIndex else { continue }
            var labelsStart = bytes.index(after: tabIndex)
            while labelsStart < bytes.endIndex, bytes[labelsStart] == tab { labelsStart = bytes.index(after: labelsStart) }
            guard labelsStart < bytes.endIndex else { continue }
            let labelsEnd = bytes[labelsStart...].firstIndex(of: tab) ?? bytes.endIndex
            var labels: Labels = []
            for label in bytes[labelsStart..<labelsEnd].split(separator: comma) {
                switch Substring(label) {
                case "given_name": labels.insert(.givenName)
                case "given_name_f": labels.insert([.givenName, .femaleGivenName])
                case "surname": labels.insert(.surname)
                case "place": labels.insert(.place)
                case "organization": labels.insert(.organization)
                default: break
                }
            }
            gazetteer[NameFolding.fold(Substring(bytes[..<tabIndex])), default: []].formUnion(labels)
        }
    }

    /// Indexes every inflected form under the targets of its base form.
    private mutating func reindexForms() {
        var baseKeys: [String: String] = [:]
        for (form, base, cases) in pendingForms {
            let baseKey: String
            if let known = baseKeys[base] {
                baseKey = known
            } else {
                baseKey = key(of: base)
                baseKeys[base] = baseKey
            }
            guard let targets = phrases[baseKey] else { continue }
            let (formKey, formShapes) = keyAndShapes(of: form)
            for target in targets where target.base == base && target.cases == nil {
                var inflected = target
                inflected.cases = cases
                inflected.shapes = formShapes
                if !(phrases[formKey]?.contains(where: { $0.referent == inflected.referent && $0.base == base && $0.cases == cases }) ?? false) {
                    append(formKey, inflected)
                }
            }
        }
    }

    private mutating func index(_ text: String, as target: Target) {
        var target = target
        let (key, shapes) = keyAndShapes(of: text)
        target.shapes = shapes
        guard !key.isEmpty else { return }
        append(key, target)
    }

    private mutating func append(_ key: String, _ target: Target) {
        phrases[key, default: []].append(target)
        longestPhrase = max(longestPhrase, target.shapes.count)
    }

    private mutating func keyAndShapes(of text: String) -> (String, [ShapeRequirement]) {
        if let simple = Self.simpleKeyAndShapes(of: text) {
            if let first = simple.firstWord { firstWords.insert(first) }
            return (simple.key, simple.shapes)
        }
        let words = tokenizer.tokens(of: text).filter(\.isWord)
        if let first = words.first { firstWords.insert(first.key) }
        let shapes: [ShapeRequirement] = words.map { token in
            switch token.shape {
            case .upper: token.text.unicodeScalars.count <= 5 ? .upper : .capitalized
            case .capitalized: .capitalized
            default: .any
            }
        }
        return (words.map(\.key).joined(separator: " "), shapes)
    }

    /// The key and shapes of a text of word scalars between single spaces (`Kim Dzong Un`, `Rosji`),
    /// as the tokenizer reads it, without making tokens; `nil` for any other text (hyphens, dots,
    /// apostrophes, digits and other spacing), which the tokenizer reads.
    static func simpleKeyAndShapes(of text: String) -> (key: String, shapes: [ShapeRequirement], firstWord: String?)? {
        let scalars = text.unicodeScalars
        var shapes: [ShapeRequirement] = []
        var firstWord: String?
        var wordStart = scalars.startIndex
        var index = scalars.startIndex
        while true {
            let atEnd = index == scalars.endIndex
            if atEnd || scalars[index] == " " {
                // A word ends; an empty one (two spaces, a space at either end) is left to the tokenizer.
                guard wordStart < index else { return nil }
                let word = scalars[wordStart..<index]
                let shape: ShapeRequirement =
                    switch Tokenizer.shape(of: word) {
                    case .upper: word.count <= 5 ? .upper : .capitalized
                    case .capitalized: .capitalized
                    default: .any
                    }
                shapes.append(shape)
                if firstWord == nil { firstWord = NameFolding.fold(Substring(word)) }
                if atEnd { break }
                wordStart = scalars.index(after: index)
            } else {
                let scalarClass = ScalarClass.of(scalars[index])
                // Letters only: digits start number tokens, marks may fold away.
                guard scalarClass.contains(.alphabetic) else { return nil }
            }
            index = scalars.index(after: index)
        }
        let key = NameFolding.fold(text)
        // A letter that folds to nothing or to a separator would make the key differ from the tokens'.
        guard key.utf8.count(where: { $0 == UInt8(ascii: " ") }) == shapes.count - 1 else { return nil }
        return (key, shapes, firstWord)
    }

    mutating func key(of text: String) -> String {
        tokenizer.tokens(of: text).filter(\.isWord).map(\.key).joined(separator: " ")
    }

    private mutating func shapes(of text: String) -> [ShapeRequirement] {
        tokenizer.tokens(of: text).filter(\.isWord).map { token in
            switch token.shape {
            case .upper: token.text.unicodeScalars.count <= 5 ? .upper : .capitalized
            case .capitalized: .capitalized
            default: .any
            }
        }
    }

    // MARK: Lookup

    func entry(_ id: String) -> LexiconEntry? { entryIndex[id].map { entries[$0] } }

    func targets(_ key: String) -> [Target]? { phrases[key] }

    func labels(ofBase base: String) -> Labels { gazetteer[NameFolding.fold(base)] ?? [] }

    /// The people who held `title` (a role such as `president`, or `leader` for any head) of `target` at `date`.
    func holders(of role: String, relation: RelationKind, in target: String, at date: PartialDate?) -> [Int] {
        var found: [Int] = []
        for (position, entry) in entries.enumerated() where entry.kind == .person {
            for link in entry.links where link.target == target && link.holds(at: date) {
                let matches =
                    role == "leader" || role == "head" ? link.kind == "leads"
                    : link.role == role || (role == "prime minister" && link.role == "premier")
                if matches, !found.contains(position) { found.append(position) }
            }
        }
        return found
    }
}
