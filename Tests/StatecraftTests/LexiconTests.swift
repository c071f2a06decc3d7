import Testing

@testable import Statecraft

@Suite struct LexiconTests {
    @Test func bundledLexiconCoversStatesAndLeaders() {
        let lexicon = ExtractionSupport.extractor.lexicon
        #expect(lexicon.entries.filter { $0.kind == .state }.count >= 190)
        #expect(lexicon.entries.filter { $0.kind == .person }.count >= 300)
        #expect(lexicon.entry("PRK")?.names.contains { $0.text == "Korea Północna" } == true)
        #expect(lexicon.entry("sergei-lavrov")?.names.contains { $0.text == "Siergiej Ławrow" } == true)
    }

    @Test func userFilesAddEntities() throws {
        var lexicon = Lexicon()
        try lexicon.addEntries("organization\tacme-arms\tAcme Arms\tcompany\tpart_of=USA\tAcme Arms|Zakłady Acme\n", file: "user.tsv")
        #expect(lexicon.entry("acme-arms")?.links.first?.target == "USA")
        let extractor = Extractor(lexicon: lexicon)
        let source = try SourceText(bytes: Array("Acme Arms sold rifles.".utf8))
        #expect(extractor.extract(source, documentID: "u", options: .init(language: .en)).graph.has("acme-arms"))
    }

    @Test func badLinesAreReportedWithTheirNumber() {
        var lexicon = Lexicon()
        #expect(throws: ExtractionError.invalidLexicon(file: "user.tsv", line: 2, message: "unknown entity kind 'country'")) {
            try lexicon.addEntries("# comment\ncountry\tXX\tX\t-\t-\tX\n", file: "user.tsv")
        }
    }
}
