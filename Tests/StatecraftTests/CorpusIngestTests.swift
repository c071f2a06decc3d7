import Foundation
import Testing

@testable import Statecraft

/// Small articles of our own, written for these tests.
enum Corpus {
    /// Both state that Vladimir Putin leads Russia (undated, so the same fact).
    static let vostochny = """
        Russian President Vladimir Putin met the North Korean leader Kim Jong Un at the Vostochny \
        Cosmodrome on Wednesday. The two leaders discussed military cooperation and the war in Ukraine.

        """
    static let beijing = """
        Russian President Vladimir Putin travelled to Beijing, where he spoke with the Chinese \
        President Xi Jinping about trade and energy. The talks lasted for several hours.

        """
    static let brussels = """
        The NATO Secretary General Jens Stoltenberg said in Brussels that the alliance would \
        increase its support for Ukraine. The German Chancellor Olaf Scholz agreed with him.

        """
    static let washington = """
        The US Secretary of State Antony Blinken visited Kyiv and met the Ukrainian President \
        Volodymyr Zelensky. The United States will send more air defence systems.

        """

    /// Writes `articles` (file name → text) into `directory`; their paths, in the order given.
    static func write(_ articles: KeyValuePairs<String, String>, in directory: URL) throws -> [String] {
        try articles.map { name, text in
            let url = directory.appendingPathComponent(name)
            try Data(text.utf8).write(to: url)
            return url.path
        }
    }

    static func ingest(jobs: Int = 2) -> CorpusIngest {
        CorpusIngest(extractor: ExtractionSupport.extractor, options: .init(language: .en), jobs: jobs)
    }
}

@Suite("corpus ingest")
struct CorpusIngestTests {
    @Test("many articles make one graph, byte for byte the same with 1 or 4 jobs")
    func deterministicAcrossJobs() throws {
        try withTemporaryDirectory { directory in
            let texts = [Corpus.vostochny, Corpus.beijing, Corpus.brussels, Corpus.washington]
            var articles: [(String, String)] = []
            for round in 0..<3 {
                for (index, text) in texts.enumerated() { articles.append(("article-\(round)-\(index).txt", text + String(repeating: "\n", count: round))) }
            }
            let paths = try articles.map { name, text in
                let url = directory.appendingPathComponent(name)
                try Data(text.utf8).write(to: url)
                return url.path
            }
            let one = try Corpus.ingest(jobs: 1).ingest(paths)
            let four = try Corpus.ingest(jobs: 4).ingest(paths)
            #expect(GraphDocument.encode(one.graph) == GraphDocument.encode(four.graph))
            #expect(one.articles == four.articles)
            #expect(one.articles.map(\.path) == paths)
            #expect(one.articles.allSatisfy { $0.outcome == .added })
            #expect(one.graph.documents.count == paths.count)
            // Many workers, and the same again: scheduling never shows.
            let eight = try Corpus.ingest(jobs: 8).ingest(paths)
            #expect(GraphDocument.encode(eight.graph) == GraphDocument.encode(one.graph))
        }
    }

    @Test("relation ids are qualified by the document; a fact two articles state keeps the evidence of both")
    func evidenceFromEveryArticle() throws {
        try withTemporaryDirectory { directory in
            let paths = try Corpus.write(["vostochny.txt": Corpus.vostochny, "beijing.txt": Corpus.beijing], in: directory)
            let graph = try Corpus.ingest().ingest(paths).graph
            #expect(graph.validate().isEmpty)
            #expect(graph.documents.map(\.id) == ["vostochny", "beijing"])
            for relation in graph.relations {
                #expect(relation.id.rawValue.hasPrefix("vostochny/r") || relation.id.rawValue.hasPrefix("beijing/r"), "\(relation.id)")
            }
            let leads = try #require(graph.relations.first { $0.kind == .leads && $0.source == "vladimir-putin" })
            #expect(leads.id == "vostochny/r1" || leads.id.rawValue.hasPrefix("vostochny/"))
            #expect(Set(leads.evidence.map(\.document)) == ["vostochny", "beijing"])
            #expect(graph.relations.count { $0.kind == .leads && $0.source == "vladimir-putin" } == 1)
            // Every document records the digest of its bytes.
            #expect(graph.document("vostochny")?.digest == ContentDigest.of(Array(Corpus.vostochny.utf8)))
        }
    }

    @Test("a document's ids do not depend on the order the articles are read in")
    func idsIndependentOfOrder() throws {
        try withTemporaryDirectory { directory in
            let paths = try Corpus.write(["brussels.txt": Corpus.brussels, "washington.txt": Corpus.washington], in: directory)
            let forward = try Corpus.ingest().ingest(paths).graph
            let backward = try Corpus.ingest().ingest(Array(paths.reversed())).graph
            #expect(Set(forward.relations.map(\.id)) == Set(backward.relations.map(\.id)))
            for relation in forward.relations {
                #expect(backward.relation(relation.id)?.fact == relation.fact)
            }
        }
    }

    @Test("reading articles one run at a time gives the graph of reading them in one run")
    func incrementalEqualsBatch() throws {
        try withTemporaryDirectory { directory in
            let paths = try Corpus.write(
                ["vostochny.txt": Corpus.vostochny, "beijing.txt": Corpus.beijing, "washington.txt": Corpus.washington],
                in: directory)
            let batch = try Corpus.ingest().ingest(paths).graph
            let file = directory.appendingPathComponent("graph.json").path
            for path in paths { _ = try Corpus.ingest().ingest([path], intoFileAt: file) }
            #expect(try String(contentsOfFile: file, encoding: .utf8) == GraphDocument.encode(batch))
        }
    }

    @Test("ingesting articles already in the graph leaves its file byte for byte as it was")
    func idempotent() throws {
        try withTemporaryDirectory { directory in
            let paths = try Corpus.write(["vostochny.txt": Corpus.vostochny, "beijing.txt": Corpus.beijing], in: directory)
            let file = directory.appendingPathComponent("graph.json")
            let first = try Corpus.ingest().ingest(paths, intoFileAt: file.path)
            #expect(first.count(.added) == 2)
            let before = try Data(contentsOf: file)
            let modified = try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date

            for order in [paths, Array(paths.reversed()), [paths[1]], paths + paths] {
                let again = try Corpus.ingest(jobs: 3).ingest(order, intoFileAt: file.path)
                #expect(!again.changedGraph)
                #expect(again.articles.allSatisfy { $0.outcome == .unchanged })
                #expect(again.warnings.isEmpty)
                #expect(try Data(contentsOf: file) == before)
            }
            // Not even rewritten with the same bytes.
            #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date == modified)
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["beijing.txt", "graph.json", "vostochny.txt"])
        }
    }

    @Test("--into with a new article adds it and keeps what the graph had")
    func intoAddsArticle() throws {
        try withTemporaryDirectory { directory in
            let paths = try Corpus.write(["vostochny.txt": Corpus.vostochny, "beijing.txt": Corpus.beijing], in: directory)
            let file = directory.appendingPathComponent("graph.json").path
            _ = try Corpus.ingest().ingest([paths[0]], intoFileAt: file)
            let before = try GraphDocument.read(file)
            let report = try Corpus.ingest().ingest(paths, intoFileAt: file)
            #expect(report.articles.map(\.outcome) == [.unchanged, .added])
            let after = try GraphDocument.read(file)
            #expect(after.documents.map(\.id) == ["beijing", "vostochny"])
            // Nothing the graph had is lost or renamed.
            for relation in before.relations {
                let kept = try #require(after.relation(relation.id))
                #expect(kept.fact == relation.fact)
                #expect(Set(relation.evidence).isSubset(of: Set(kept.evidence)))
            }
            for entity in before.entities { #expect(after.entity(entity.id)?.kind == entity.kind) }
            let leads = try #require(after.relations.first { $0.kind == .leads && $0.source == "vladimir-putin" })
            #expect(Set(leads.evidence.map(\.document)) == ["vostochny", "beijing"])
        }
    }

    @Test("an article under a document id the graph has, with other text, is skipped with a warning")
    func differentTextSkipped() throws {
        try withTemporaryDirectory { directory in
            let paths = try Corpus.write(["news.txt": Corpus.vostochny], in: directory)
            let file = directory.appendingPathComponent("graph.json")
            _ = try Corpus.ingest().ingest(paths, intoFileAt: file.path)
            let before = try Data(contentsOf: file)
            let other = directory.appendingPathComponent("other")
            try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
            let changed = try Corpus.write(["news.txt": Corpus.beijing], in: other)
            let report = try Corpus.ingest().ingest(changed, intoFileAt: file.path)
            #expect(report.articles.map(\.outcome) == [.differentText])
            #expect(report.warnings.count == 1)
            #expect(report.warnings.first?.contains("document 'news' is already in the graph, read from another text") == true)
            #expect(try Data(contentsOf: file) == before)

            // Within one run, the first of two articles with one document id wins.
            let both = try Corpus.ingest(jobs: 2).ingest(paths + changed)
            #expect(both.articles.map(\.outcome) == [.added, .differentText])
            #expect(both.graph.document("news")?.digest == ContentDigest.of(Array(Corpus.vostochny.utf8)))
        }
    }

    @Test("a graph that recorded no digest for the document: skipped with a warning")
    func noDigestSkipped() throws {
        try withTemporaryDirectory { directory in
            let paths = try Corpus.write(["news.txt": Corpus.vostochny], in: directory)
            let graph = Graph(documents: [Document(id: "news", language: "en")])
            let report = try Corpus.ingest().ingest(paths, into: graph)
            #expect(report.articles.map(\.outcome) == [.unverifiable])
            #expect(report.graph == graph)
            #expect(report.warnings.first?.contains("no digest") == true)
        }
    }

    @Test("an article that cannot be read stops the ingest; the graph file is left untouched or not created")
    func unreadableArticle() throws {
        try withTemporaryDirectory { directory in
            let paths = try Corpus.write(["vostochny.txt": Corpus.vostochny, "beijing.txt": Corpus.beijing], in: directory)
            let file = directory.appendingPathComponent("graph.json")
            let missing = directory.appendingPathComponent("missing.txt").path
            #expect {
                try Corpus.ingest().ingest(paths + [missing], intoFileAt: file.path)
            } throws: { error in
                "\(error)" == "\(missing): no such file"
            }
            #expect(!FileManager.default.fileExists(atPath: file.path))

            _ = try Corpus.ingest().ingest([paths[0]], intoFileAt: file.path)
            let before = try Data(contentsOf: file)
            #expect(throws: CorpusIngestError.self) { try Corpus.ingest().ingest([paths[1], directory.path], intoFileAt: file.path) }
            #expect(try Data(contentsOf: file) == before)
        }
    }

    @Test("the first failing article in input order is reported, whatever the workers")
    func firstErrorInOrder() throws {
        try withTemporaryDirectory { directory in
            var articles: [(String, String)] = []
            for index in 0..<12 { articles.append(("a\(index).txt", Corpus.brussels)) }
            articles[5] = ("a5.txt", "date 2023-13\n" + Corpus.brussels)
            articles[9] = ("a9.txt", "date 2023-02-30\n" + Corpus.brussels)
            let paths = try articles.map { name, text in
                let url = directory.appendingPathComponent(name)
                try Data(text.utf8).write(to: url)
                return url.path
            }
            for jobs in [1, 2, 4] {
                #expect {
                    try Corpus.ingest(jobs: jobs).ingest(paths)
                } throws: { error in
                    "\(error)" == "\(paths[5]): invalid date '2023-13': expected YYYY, YYYY-MM or YYYY-MM-DD"
                }
            }
        }
    }

    @Test("a graph file that is not a graph document is an error and is left untouched")
    func invalidGraphFile() throws {
        try withTemporaryDirectory { directory in
            let paths = try Corpus.write(["vostochny.txt": Corpus.vostochny], in: directory)
            let file = directory.appendingPathComponent("graph.json")
            for text in ["{\"format\": \"statecraft-graph\", \"version\": 1, \"documents\": [", "not json", ""] {
                try Data(text.utf8).write(to: file)
                #expect {
                    try Corpus.ingest().ingest(paths, intoFileAt: file.path)
                } throws: { error in
                    guard case .invalidGraph = error as? CorpusIngestError else { return false }
                    return "\(error)".hasPrefix("\(file.path):1:") && "\(error)".hasSuffix("left unchanged")
                }
                #expect(try Data(contentsOf: file) == Data(text.utf8))
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["graph.json", "vostochny.txt"])
        }
    }

    @Test("a graph file in a directory that does not exist is refused before any work")
    func noDirectory() throws {
        try withTemporaryDirectory { directory in
            let paths = try Corpus.write(["vostochny.txt": Corpus.vostochny], in: directory)
            let file = directory.appendingPathComponent("no/such/graph.json").path
            #expect {
                try Corpus.ingest().ingest(paths, intoFileAt: file)
            } throws: { error in
                "\(error)" == "\(file): cannot be written: no directory '\(directory.path)/no/such'"
            }
        }
    }

    @Test("standard input can be named only once")
    func standardInputTwice() {
        #expect(throws: CorpusIngestError.self) { try Corpus.ingest().ingest(["-", "-"]) }
    }

    @Test("progress: before the first article and after each, in order, ending finished; warnings as they come")
    func progressEvents() throws {
        try withTemporaryDirectory { directory in
            let paths = try Corpus.write(
                ["vostochny.txt": Corpus.vostochny, "bad.txt": Corpus.beijing, "washington.txt": Corpus.washington],
                in: directory)
            try Data([0xFF, 0xFE] + Array(Corpus.beijing.utf8)).write(to: URL(fileURLWithPath: paths[1]))
            let sizes = try paths.map { try Data(contentsOf: URL(fileURLWithPath: $0)).count }
            for jobs in [1, 3] {
                var events: [CorpusIngest.Event] = []
                let report = try Corpus.ingest(jobs: jobs).ingest(paths) { events.append($0) }
                var progress: [IngestProgress] = []
                var warnings: [String] = []
                for event in events {
                    switch event {
                    case .progress(let value): progress.append(value)
                    case .warning(let warning):
                        warnings.append(warning)
                        #expect(progress.count == 2, "the warning about the second article comes after the first article's progress")
                    }
                }
                #expect(progress.map(\.files) == [0, 1, 2, 3])
                #expect(progress.map(\.bytes) == [0, sizes[0], sizes[0] + sizes[1], sizes.reduce(0, +)])
                #expect(progress.allSatisfy { $0.totalFiles == 3 && $0.totalBytes == sizes.reduce(0, +) })
                #expect(progress.last?.isFinished == true)
                #expect(zip(progress, progress.dropFirst()).allSatisfy { $0.elapsed <= $1.elapsed })
                #expect(warnings == report.warnings)
                #expect(warnings.count == 1)
                #expect(warnings.first?.hasPrefix("\(paths[1]): not valid UTF-8") == true)
            }
        }
    }
}
