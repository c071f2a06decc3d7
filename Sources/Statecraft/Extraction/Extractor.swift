/// Reads news articles into graphs of actors: every person, state, organisation and place, resolved
/// to one canonical entity each (lexicon entities by their ids, others by slugs of their base form),
/// with the base forms seen in the text as aliases and the structural relations that titles state.
///
/// The text is read in chunks of about 64 K characters cut at line breaks, so memory stays bounded
/// for large files; what later mentions need (family names, leaders) carries across chunks.
public struct Extractor: Sendable {
    public let lexicon: Lexicon
    /// The event expressions and goods words per language.
    public let events: EventLexicon
    /// The status cues.
    let modality: ModalityReader

    /// What to assume about a document when its text does not say.
    public struct Options: Sendable {
        /// The language; `nil`: detect it.
        public var language: Language?
        /// The document's date; `nil`: its `date` marker, else none.
        public var date: PartialDate?

        public init(language: Language? = nil, date: PartialDate? = nil) {
            self.language = language
            self.date = date
        }
    }

    /// A document read into a graph, and the warnings reading it raised.
    public struct Result: Sendable {
        public var graph: Graph
        public var language: Language?
        public var warnings: [String]
        /// The relations left out because the ontology does not admit them (also among `warnings`).
        public var relationWarnings: [ExtractionWarning] = []
    }

    static let chunkSize = 64 * 1024

    /// An extractor with the bundled event dictionaries.
    public init(lexicon: Lexicon) {
        self.init(lexicon: lexicon, events: Self.bundledEvents)
    }

    /// An extractor with the given event dictionaries (``EventLexicon/bundled()`` and the user's own).
    public init(lexicon: Lexicon, events: EventLexicon) {
        self.lexicon = lexicon
        self.events = events
        modality = Self.bundledModality
    }

    /// The shipped dictionaries are part of the program: a line that does not parse is a defect the
    /// tests catch, not an input error.
    static let bundledEvents: EventLexicon = {
        do { return try EventLexicon.bundled() } catch { preconditionFailure("bundled event dictionary: \(error)") }
    }()
    static let bundledModality: ModalityReader = {
        do { return try ModalityReader.bundled() } catch { preconditionFailure("bundled status cues: \(error)") }
    }()

    /// Reads `source` as the document `documentID`.
    public func extract(_ source: SourceText, documentID: String, options: Options = Options(), sourcePath: String? = nil) -> Result {
        var warnings = source.warnings
        let date = options.date ?? source.markedDate
        // Detect the language from the first chunk.
        var tokenizer = Tokenizer()
        var chunks = ChunkIterator(text: source.text, start: source.bodyStart, size: Self.chunkSize)
        var first = chunks.next()
        var language = options.language
        var firstTokens: [Token]?
        if language == nil, let firstChunk = first {
            let sample = tokenizer.tokens(of: firstChunk.text, base: firstChunk.base)
            firstTokens = sample
            language = LanguageDetector(lexicon: lexicon, events: events).detect(sample)
            if language == nil, sample.contains(where: \.isWord) {
                warnings.append("\(sourcePath ?? documentID): the language is neither Polish nor English; only lexicon names are read")
            }
        }
        let hunspell = language.flatMap { Hunspell.shared(for: $0) }
        if language == .pl, hunspell == nil {
            warnings.append("Polish Hunspell dictionary not found (apt-get install hunspell-pl); using name-declension rules only")
        }
        let lemmatizer = Lemmatizer(language: language, lexicon: lexicon, hunspell: hunspell)
        let detector = MentionDetector(lexicon: lexicon, lemmatizer: lemmatizer, language: language, date: date)
        let id = Document.ID(documentID)
        var resolver = EntityResolver(lexicon: lexicon, language: language, date: date, documentID: id)
        var coder = EventCoder(lexicon: lexicon, events: events, modality: modality, language: language, documentDate: date)
        var linker = ExchangeLinker()
        let returns = ReturnLegs(events: events, language: language)
        var pronouns = PronounSubjects(language: language)
        var disputes = LabourDisputeReader(language: language)
        var documentSentence = 0
        while let chunk = first ?? chunks.next() {
            first = nil
            var tokens = firstTokens ?? tokenizer.tokens(of: chunk.text, base: chunk.base)
            firstTokens = nil
            let sentences = SentenceSplitter.split(&tokens)
            let mentions = detector.mentions(in: tokens, sentences: sentences, seen: resolver.seenEntries)
            func evidence(_ sentence: Sentence) -> Evidence {
                let first = tokens[sentence.tokens.lowerBound]
                let last = tokens[sentence.tokens.upperBound - 1]
                let text = String(chunk.text.unicodeScalars[first.startIndex..<last.endIndex])
                return Evidence(document: id, start: sentence.start, end: sentence.end, text: text)
            }
            let resolved = resolver.resolve(mentions, tokens: tokens, sentences: sentences, evidence: evidence)
            // Events, sentence by sentence.
            var position = 0
            for (index, sentence) in sentences.enumerated() {
                let start = position
                while position < mentions.count, mentions[position].sentence == index { position += 1 }
                let phrases = pronouns.phrases(
                    ActorPhrase.phrases(
                        in: tokens, sentence: sentence.tokens, mentions: mentions[start..<position], resolved: resolved[start..<position],
                        language: language, kindOf: { resolver.records[$0]?.entity.kind }),
                    in: sentence.tokens, tokens: tokens)
                let sentenceEvidence = evidence(sentence)
                var (coded, exchanges) = coder.code(sentence: sentence, index: index, tokens: tokens, phrases: phrases) { entry in
                    resolver.ensureEntry(entry, evidence: sentenceEvidence)
                }
                // `In return, Russia will sell Ukraine gas`: what was given for it, when no transfer told it.
                for (leg, back) in returns.implied(in: sentence, tokens: tokens, events: coded, exchanges: exchanges) {
                    coded.append(back)
                    exchanges.append(CodedExchange(legs: [leg, coded.count - 1], status: back.status, date: back.date, sentence: index))
                }
                let keys = coded.map { resolver.addEvent($0, evidence: sentenceEvidence) }
                for event in disputes.read(sentence: sentence, index: index, tokens: tokens, phrases: phrases, modality: modality) {
                    _ = resolver.addEvent(event, evidence: sentenceEvidence)
                }
                for exchange in exchanges {
                    // A leg the ontology left out leaves no transaction (the resolver needs two legs).
                    let legs = exchange.legs.compactMap { keys[$0] }
                    resolver.addTransaction(legs: legs, status: exchange.status, date: exchange.date, evidence: sentenceEvidence)
                    linker.recordExchange(legs)
                }
                for (event, key) in zip(coded, keys) {
                    if let key { linker.record(event, key: key, sentence: documentSentence) }
                }
                for barter in coder.openBarters { linker.record(barter, sentence: documentSentence, evidence: sentenceEvidence) }
                coder.openBarters.removeAll()
                documentSentence += 1
            }
        }
        // Exchanges told apart from their parties (`the oil-for-sugar programme`).
        for link in linker.links() {
            let legs = link.legs.compactMap { leg in
                switch leg {
                case .told(let key): return key
                case .implied(let event): return resolver.addEvent(event, evidence: link.evidence)
                }
            }
            if let told = link.extends, resolver.extendTransaction(containing: told, with: legs) { continue }
            resolver.addTransaction(legs: legs, status: link.status, date: link.date, evidence: link.evidence)
        }
        let document = Document(id: id, language: language?.rawValue, date: date, source: sourcePath)
        let graph = resolver.finish(document: document)
        warnings += resolver.warnings.map { "\(sourcePath ?? documentID): \($0)" }
        return Result(graph: graph, language: language, warnings: warnings, relationWarnings: resolver.warnings)
    }

    /// Reads the file at `path`; the document id is the slug of its name without the extension.
    public func extract(contentsOf path: String, options: Options = Options()) throws(ExtractionError) -> Result {
        let source = try SourceText(contentsOf: path)
        return extract(source, documentID: Self.documentID(for: path), options: options, sourcePath: path)
    }

    /// `…/pl-kim-putin-vostochny-2023.txt` → `pl-kim-putin-vostochny-2023`.
    public static func documentID(for path: String) -> String {
        var name = Substring(path.split(separator: "/").last ?? "document")
        if let dot = name.lastIndex(of: "."), dot > name.startIndex { name = name[..<dot] }
        return path == "-" ? "stdin" : Slug.make(String(name))
    }
}

/// The text after `start`, in chunks of about `size` scalars ending at line breaks.
struct ChunkIterator {
    struct Chunk {
        var text: Substring
        /// The document offset of the first scalar.
        var base: Int
    }

    private let text: String
    private var index: String.Index
    private var offset = 0
    private let size: Int

    init(text: String, start: Int, size: Int) {
        self.text = text
        self.size = size
        let scalars = text.unicodeScalars
        index = scalars.index(scalars.startIndex, offsetBy: start, limitedBy: scalars.endIndex) ?? scalars.endIndex
        offset = start
    }

    mutating func next() -> Chunk? {
        let scalars = text.unicodeScalars
        guard index < scalars.endIndex else { return nil }
        let start = index
        let base = offset
        var count = 0
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            count += 1
            if count >= size, scalar == "\n" { break }
            if count >= size * 2, ScalarClass.of(scalar).contains(.whitespace) { break }
        }
        offset += count
        return Chunk(text: text[start..<index], base: base)
    }
}
