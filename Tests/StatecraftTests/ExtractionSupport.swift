@testable import Statecraft

/// One lexicon and extractor for all extraction tests (loading them takes a fraction of a second).
enum ExtractionSupport {
    static let extractor: Extractor = {
        do {
            return Extractor(lexicon: try Lexicon.bundled())
        } catch {
            fatalError("the bundled lexicon does not load: \(error)")
        }
    }()

    static func graph(_ text: String, language: Language? = nil, date: String? = nil) -> Graph {
        result(text, language: language, date: date).graph
    }

    static func result(_ text: String, language: Language? = nil, date: String? = nil) -> Extractor.Result {
        let source = try! SourceText(bytes: Array(text.utf8))
        return extractor.extract(source, documentID: "test", options: .init(language: language, date: date.flatMap { PartialDate($0) }))
    }
}

extension Graph {
    func has(_ id: String) -> Bool { entity(Entity.ID(id)) != nil }

    func aliases(of id: String) -> [String] { entity(Entity.ID(id))?.aliases ?? [] }

    func has(_ kind: RelationKind, _ source: String, _ target: String, role: String? = nil) -> Bool {
        relations.contains {
            $0.kind == kind && $0.source.rawValue == source && $0.target.rawValue == target && (role == nil || $0.role == role)
        }
    }
}
