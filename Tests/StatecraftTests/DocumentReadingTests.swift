import Testing

@testable import Statecraft

@Suite struct DocumentReadingTests {
    @Test func dateMarkerAndOverride() throws {
        let source = try SourceText(bytes: Array(" date 2023-09 Putin met Kim.".utf8))
        #expect(source.markedDate == PartialDate("2023-09"))
        #expect(source.bodyStart == 14)
        let result = ExtractionSupport.extractor.extract(source, documentID: "d")
        #expect(result.graph.documents.first?.date == PartialDate("2023-09"))
        let overridden = ExtractionSupport.extractor.extract(source, documentID: "d", options: .init(date: PartialDate("2020")))
        #expect(overridden.graph.documents.first?.date == PartialDate("2020"))
        #expect(throws: ExtractionError.invalidDate("2023-13")) { try SourceText(bytes: Array("date 2023-13 x".utf8)) }
    }

    @Test func languageIsDetected() {
        #expect(ExtractionSupport.result("Prezydent Rosji spotkał się w poniedziałek z przywódcą Korei Północnej.").language == .pl)
        #expect(ExtractionSupport.result("The president of Russia met the leader of North Korea on Monday.").language == .en)
    }

    @Test func otherLanguagesWarnButLexiconNamesStillMatch() {
        let result = ExtractionSupport.result("Die Regierung hat heute mit NATO und Kyiv gesprochen, sagte sie gestern.")
        #expect(result.language == nil)
        #expect(result.warnings.contains { $0.contains("neither Polish nor English") })
        #expect(result.graph.has("nato"))
    }

    @Test func invalidUTF8IsReplacedWithAWarning() throws {
        let source = try SourceText(bytes: Array("Rosja ".utf8) + [0xFF, 0xFE] + Array(" i Polska.".utf8), name: "bad.txt")
        #expect(source.warnings.contains { $0.contains("not valid UTF-8") })
        let graph = ExtractionSupport.extractor.extract(source, documentID: "bad").graph
        #expect(graph.has("RUS") && graph.has("POL"))
    }

    @Test func emptyDocumentsGiveAnEmptyGraphAndAWarning() throws {
        let result = ExtractionSupport.result("  \n")
        #expect(result.graph.entities.isEmpty)
        #expect(result.warnings.contains { $0.contains("empty") })
    }

    @Test func evidenceOffsetsCountUnicodeScalars() {
        let text = "Zażółć gęślą jaźń. Rzecznik Kremla Dmitrij Pieskow zaprzeczył."
        let graph = ExtractionSupport.graph(text, language: .pl, date: "2023-09")
        let relation = graph.relations.first { $0.kind == .officialOf }
        let evidence = try! #require(relation?.evidence.first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end])) == evidence.text)
        #expect(evidence.text.hasPrefix("Rzecznik Kremla"))
    }

    @Test func longTextsAreReadInChunksWithOffsetsIntact() {
        let paragraph = "Rozmowy trwały długo i nic nie ustalono w tej sprawie.\n"
        let text = String(repeating: paragraph, count: 3000) + "Rzecznik Kremla Dmitrij Pieskow zaprzeczył.\n"
        #expect(text.unicodeScalars.count > 2 * Extractor.chunkSize)
        let graph = ExtractionSupport.graph(text, language: .pl, date: "2023-09")
        let evidence = try! #require(graph.relations.first { $0.kind == .officialOf }?.evidence.first)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end])) == evidence.text)
    }
}
