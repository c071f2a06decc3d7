import Testing

@testable import Statecraft

@Suite struct PolishInflectionTests {
    @Test func inflectedStateNamesResolveToTheState() {
        let graph = ExtractionSupport.graph("Sankcje wobec Rosji zaostrzono. Ukraina walczy z Rosją, a Chiny wspierają Rosję.")
        #expect(graph.has("RUS"))
        #expect(graph.aliases(of: "RUS").contains("Rosja"))
        #expect(graph.entities.filter { $0.kind == .state }.count == 3)
    }

    /// Locatives Morfeusz gives under another lemma (`we Włoszech`, not `Włochach`) come from the
    /// lexicon builder's supplement.
    @Test func irregularLocativesOfStatesResolveToTheState() {
        let graph = ExtractionSupport.graph("Piloci strajkowali we Włoszech, w Niemczech i na Węgrzech.")
        #expect(graph.has("ITA") && graph.has("DEU") && graph.has("HUN"))
        #expect(!graph.entities.contains { $0.name.hasPrefix("Włoszech") })
    }

    @Test func inflectedPeopleAndPlaces() {
        let graph = ExtractionSupport.graph("Prezydent Rosji spotkał się z Kim Dzong Unem. Delegacja wróciła do Pjongjangu przez Władywostok.", date: "2023-09")
        #expect(graph.has("kim-jong-un"))
        #expect(graph.aliases(of: "kim-jong-un").contains("Kim Dzong Un"))
        #expect(graph.has("pyongyang"))
        #expect(graph.entity("pyongyang")?.kind == .place)
    }

    @Test func inflectedOrganisationsAndMultiWordNames() {
        let graph = ExtractionSupport.graph("Wojska Korei Północnej ćwiczą. Rzecznik Departamentu Stanu USA i przedstawiciel Kremla zabrali głos.")
        #expect(graph.has("PRK"))
        #expect(graph.aliases(of: "PRK").contains("Korea Północna"))
        #expect(graph.has("us-department-of-state"))
        #expect(graph.has("kremlin"))
        #expect(graph.aliases(of: "kremlin").contains("Kreml"))
    }
}
