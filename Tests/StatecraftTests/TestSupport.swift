import Foundation
import Testing

@testable import Statecraft

/// Where the package and its example files are, found from this file's own path.
enum Fixtures {
    /// The package root: `Tests/StatecraftTests/TestSupport.swift` is three levels below it.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let exampleGraph = packageRoot.appendingPathComponent("graphs/kim-putin-vostochny-2023.json")
    static let exampleArticle = packageRoot.appendingPathComponent(
        "graphs/sources/kim-putin-vostochny-2023.pl.txt")

    static func exampleGraphBytes() throws -> [UInt8] {
        [UInt8](try Data(contentsOf: exampleGraph))
    }
}

/// A fresh directory under the system's temporary directory, removed when `body` returns.
func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("statecraft-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    return try body(directory)
}

/// Decodes a document given as text; the error when it does not decode.
func decodeError(_ text: String, validating: Bool = true) -> GraphDocumentError? {
    decodeError(Array(text.utf8), validating: validating)
}

func decodeError(_ bytes: [UInt8], validating: Bool = true) -> GraphDocumentError? {
    do {
        _ = try GraphDocument.decode(bytes, validating: validating)
        return nil
    } catch {
        return error
    }
}

/// A small, valid graph that uses every feature of the model, built in canonical order (elements
/// sorted by id, aliases, goods and evidence sorted) so that it survives a round trip unchanged.
enum Sample {
    static let article: Document.ID = "article"

    static func span(_ start: Int, _ end: Int, _ text: String = "…") -> Evidence {
        Evidence(document: article, start: start, end: end, text: text)
    }

    static let documents = [
        Document(
            id: article, language: "pl", date: PartialDate("2023-09"), title: "Kim meets Putin",
            source: "sources/article.pl.txt")
    ]

    static let entities = [
        Entity(
            id: "PRK", kind: .state, name: "North Korea", aliases: ["DPRK", "Korea Północna"],
            identifiers: .init(iso3166: "PRK", wikidata: "Q423")),
        Entity(
            id: "RUS", kind: .state, name: "Russia", aliases: ["Rosja"],
            identifiers: .init(iso3166: "RUS", wikidata: "Q159")),
        Entity(id: "dmitry-peskov", kind: .person, name: "Dmitry Peskov", aliases: ["Dmitrij Pieskow"]),
        Entity(
            id: "kim-jong-un", kind: .person, name: "Kim Jong Un", aliases: ["Kim Dzong Un", "Kim Jong-un"],
            identifiers: .init(wikidata: "Q56226")),
        Entity(
            id: "kremlin", kind: .organization, name: "Kremlin", aliases: ["Kreml"], subtype: "government",
            attributes: ["seat": "Moscow", "founded": "1991"]),
        Entity(id: "vladimir-putin", kind: .person, name: "Vladimir Putin", aliases: ["Władimir Putin"]),
        Entity(id: "vostochny", kind: .place, name: "Vostochny Cosmodrome", aliases: ["Wostocznyj"]),
    ]

    static let relations = [
        Relation(id: "r1", kind: .leads, source: "kim-jong-un", target: "PRK", confidence: 0.95),
        Relation(id: "r2", kind: .leads, source: "vladimir-putin", target: "RUS", confidence: 0.95),
        Relation(
            id: "r3", kind: .officialOf, source: "dmitry-peskov", target: "kremlin", role: "spokesperson",
            evidence: [span(10, 40, "rzecznik Kremla Dmitrij Pieskow")]),
        Relation(id: "r4", kind: .partOf, source: "kremlin", target: "RUS"),
        Relation(id: "r5", kind: .locatedIn, source: "vostochny", target: "RUS"),
        Relation(
            id: "r6", kind: .meets, source: "vladimir-putin", target: "kim-jong-un",
            date: PartialDate("2023-09-13"), place: "vostochny", confidence: 0.9,
            evidence: [span(0, 9, "Putin spotkał się z Kimem."), span(50, 60)]),
        Relation(
            id: "r7", kind: .supplies, source: "PRK", target: "RUS", status: .hypothetical,
            date: PartialDate("2023-09"), goods: [.arms], confidence: 0.6, evidence: [span(100, 180)]),
        Relation(
            id: "r8", kind: .aids, source: "RUS", target: "PRK", status: .hypothetical,
            date: PartialDate("2023-09"), goods: [.energy, .food], confidence: 0.55),
        Relation(id: "r9", kind: .criticizes, source: "RUS", target: "PRK", status: .denied, date: PartialDate("2023")),
        Relation(id: "r10", kind: .visits, source: "kim-jong-un", target: "RUS", status: .reported, date: PartialDate("2019-04")),
    ]

    static let transactions = [
        Transaction(
            id: "t1", legs: ["r7", "r8"], status: .hypothetical, date: PartialDate("2023-09"),
            evidence: [span(100, 180)])
    ]

    static var graph: Graph {
        Graph(documents: documents, entities: entities, relations: relations, transactions: transactions)
    }
}
