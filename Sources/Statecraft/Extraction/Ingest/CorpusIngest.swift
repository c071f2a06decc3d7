import Foundation

/// Reads a corpus — many articles — into one graph, on several threads, and adds articles to an
/// existing graph.
///
/// - **Deterministic.** Articles are extracted in parallel but merged in the order given, so the
///   graph (and its bytes) never depends on the number of workers or on scheduling. The order
///   matters only where ``GraphMerger`` lets the earlier article win: an entity's canonical name,
///   and which article's id a fact stated by several articles keeps.
/// - **Evidence from every article.** Each article is merged with ``GraphMerger/absorb(_:)``:
///   entities unify by id, facts stated by several articles unify with the evidence of all.
/// - **Ids qualified by the document.** Relation and transaction ids are the extractor's,
///   qualified by the document id (``Graph/scopingIDs(to:)``: `kim-putin-2023/r1`), so they never
///   collide across articles and do not depend on the order articles are read in.
/// - **Idempotent.** Every document records the digest of its bytes (``ContentDigest``). An
///   article whose document id (the slug of its file name, ``Extractor/documentID(for:)``) is
///   already in the graph is not merged again: with the same digest it is `unchanged`; with
///   another digest, or where the graph recorded none, it is skipped with a warning, because
///   its old facts cannot be told from the others to replace them.
public struct CorpusIngest: Sendable {
    public var extractor: Extractor
    public var options: Extractor.Options
    /// Articles extracted at once, at least 1.
    public var jobs: Int

    /// - Parameter jobs: articles extracted at once; `nil`: the number of active processors.
    public init(extractor: Extractor, options: Extractor.Options = Extractor.Options(), jobs: Int? = nil) {
        self.extractor = extractor
        self.options = options
        self.jobs = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    }

    /// What became of one article.
    public enum Outcome: Sendable, Equatable {
        /// Read and merged into the graph.
        case added
        /// Its document was already in the graph, read from the same bytes: nothing to do.
        case unchanged
        /// Its document id was already in the graph, read from other bytes: skipped.
        case differentText
        /// Its document id was already in the graph, which recorded no digest to compare: skipped.
        case unverifiable
    }

    /// One article, in the order given.
    public struct Article: Sendable, Equatable {
        public var path: String
        public var document: Document.ID
        public var outcome: Outcome
    }

    /// What an ingest reports while it runs, on the calling thread, in order.
    public enum Event: Sendable, Equatable {
        /// Sent before the first article and after every article.
        case progress(IngestProgress)
        /// A warning about an article (invalid UTF-8, unknown language, skipped), as it is merged.
        case warning(String)
    }

    public struct Report: Sendable {
        /// The graph given with the articles merged in.
        public var graph: Graph
        public var articles: [Article]
        /// Every warning, in article order.
        public var warnings: [String]

        public func count(_ outcome: Outcome) -> Int { articles.count { $0.outcome == outcome } }
        /// Whether an article was merged in.
        public var changedGraph: Bool { articles.contains { $0.outcome == .added } }
    }

    // MARK: Ingesting

    /// Reads the articles at `paths` (`-`: standard input, at most once) into `graph`.
    ///
    /// Every path is checked before any work starts; the first article that cannot be read stops
    /// the ingest with its error.
    public func ingest(
        _ paths: [String], into graph: Graph = Graph(), events: (Event) -> Void = { _ in }
    ) throws(CorpusIngestError) -> Report {
        guard paths.count(where: { $0 == "-" }) <= 1 else { throw .standardInputTwice }
        var sizes: [Int] = []
        for path in paths {
            do {
                sizes.append(try Self.size(of: path))
            } catch {
                throw .article(file: path, error)
            }
        }
        let clock = ContinuousClock()
        let start = clock.now
        var progress = IngestProgress(
            files: 0, totalFiles: paths.count, bytes: 0, totalBytes: sizes.reduce(0, +), elapsed: 0)
        events(.progress(progress))

        var merger = GraphMerger(graph)
        var articles: [Article] = []
        var warnings: [String] = []
        func warn(_ warning: String) {
            warnings.append(warning)
            events(.warning(warning))
        }
        let work: @Sendable (Int) throws(IndexedError) -> Extracted = { [self, paths, graph] index throws(IndexedError) in
            do throws(ExtractionError) {
                return try read(paths[index], known: graph)
            } catch {
                throw IndexedError(index: index, error: error)
            }
        }
        do throws(IndexedError) {
            try OrderedWorkers.run(count: paths.count, workers: jobs, work: work) { index, extracted in
                let path = paths[index]
                let outcome: Outcome
                if let existing = merger.graph.document(extracted.document) {
                    switch existing.digest {
                    case extracted.digest?:
                        outcome = .unchanged
                    case nil:
                        outcome = .unverifiable
                        warn("\(path): document '\(extracted.document)' is already in the graph, which has no digest of its text to compare; skipped")
                    case let digest?:
                        outcome = .differentText
                        warn("\(path): document '\(extracted.document)' is already in the graph, read from another text (\(digest.prefix(19))… there, \(extracted.digest.prefix(19))… here); skipped. Give the article another file name to add it, or rebuild the graph to replace it")
                    }
                } else {
                    outcome = .added
                    extracted.warnings.forEach(warn)
                    if let article = extracted.graph { merger.absorb(article) }
                }
                articles.append(Article(path: path, document: extracted.document, outcome: outcome))
                progress.files += 1
                progress.bytes += extracted.bytes
                progress.totalBytes += extracted.bytes - sizes[index]
                progress.elapsed = Self.seconds(clock.now - start)
                events(.progress(progress))
            }
        } catch {
            throw .article(file: paths[error.index], error.error)
        }
        return Report(graph: merger.graph, articles: articles, warnings: warnings)
    }

    /// Adds the articles at `paths` to the graph document at `graphPath`, creating it when it does
    /// not exist. The file is rewritten atomically, and only when an article was added: ingesting
    /// articles already in it leaves it byte for byte as it was. On an error it is left untouched.
    public func ingest(
        _ paths: [String], intoFileAt graphPath: String, events: (Event) -> Void = { _ in }
    ) throws(CorpusIngestError) -> Report {
        let exists = FileManager.default.fileExists(atPath: graphPath)
        var graph = Graph()
        if exists {
            do {
                graph = try GraphDocument.read(graphPath)
            } catch {
                throw .invalidGraph(error)
            }
        } else {
            try Self.checkWritable(graphPath)
        }
        let report = try ingest(paths, into: graph, events: events)
        if report.changedGraph || !exists {
            do {
                try GraphDocument.write(report.graph, to: graphPath)
            } catch {
                throw .unwritable(error)
            }
        }
        return report
    }

    /// Fails when a file at `path` could not be created (its directory does not exist, or is no
    /// directory), so that a long ingest does not end in an error it could have met at the start.
    public static func checkWritable(_ path: String) throws(CorpusIngestError) {
        guard path != "-" else { return }
        let directory = (path as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.isEmpty ? "." : directory, isDirectory: &isDirectory),
            isDirectory.boolValue
        else { throw .noDirectory(file: path, directory: directory) }
    }

    // MARK: One article

    /// An article as a worker read it.
    struct Extracted: Sendable {
        var document: Document.ID
        var digest: String
        var bytes: Int
        /// `nil` when the document was in the graph before the ingest started: not extracted.
        var graph: Graph?
        var warnings: [String]
    }

    /// An article's error, with the article's place in the input.
    struct IndexedError: Error {
        var index: Int
        var error: ExtractionError
    }

    /// Reads and extracts the article at `path`, unless `known` has its document already.
    func read(_ path: String, known: Graph) throws(ExtractionError) -> Extracted {
        let bytes: [UInt8]
        do {
            bytes = try AtomicFile.read(path)
        } catch {
            throw .unreadable(file: path == "-" ? "<stdin>" : path, reason: error.reason)
        }
        let id = Document.ID(Extractor.documentID(for: path))
        let digest = ContentDigest.of(bytes)
        var extracted = Extracted(document: id, digest: digest, bytes: bytes.count, graph: nil, warnings: [])
        if known.document(id) != nil { return extracted }
        let source = try SourceText(bytes: bytes, name: path)
        let result = extractor.extract(source, documentID: id.rawValue, options: options, sourcePath: path)
        var graph = result.graph.scopingIDs(to: id)
        if var document = graph.document(id) {
            document.digest = digest
            graph.replace(document)
        }
        extracted.graph = graph
        extracted.warnings = result.warnings
        return extracted
    }

    /// The size of the file at `path` (0 for standard input); an error when it cannot be read.
    static func size(of path: String) throws(ExtractionError) -> Int {
        guard path != "-" else { return 0 }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(file: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw .unreadable(file: path, reason: "is a directory") }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw .unreadable(file: path, reason: "permission denied")
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return (attributes?[.size] as? NSNumber)?.intValue ?? 0
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
