import Testing

@testable import Statecraft

@Suite struct UnknownNameTests {
    @Test func polishNamesAreReducedToTheirBaseForm() {
        let graph = ExtractionSupport.graph("Spotkanie z Tomaszem Wiśniewskim odbyło się wczoraj. Rozmawiano też z Anną Nowakowską.", language: .pl)
        #expect(graph.has("tomasz-wisniewski"))
        #expect(graph.entity("tomasz-wisniewski")?.name == "Tomasz Wiśniewski")
        #expect(graph.has("anna-nowakowska"))
    }

    @Test func namesAreTypedByContext() {
        let graph = ExtractionSupport.graph("Według agencji Nordpress pilot Marek Zielonka poleciał do Zakopanego. Stowarzyszenie Pilotów Bałtyckich protestuje.", language: .pl)
        #expect(graph.entity("nordpress")?.kind == .organization)
        #expect(graph.entity("marek-zielonka")?.kind == .person)
        #expect(graph.entity("zakopane")?.kind == .place)
        #expect(graph.entities.contains { $0.kind == .organization && $0.name.hasPrefix("Stowarzyszenie Pilotów") })
    }

    @Test func englishNamesTypedByContext() {
        let graph = ExtractionSupport.graph("The Ministry of Coastal Affairs said on Monday that spokeswoman Helena Marchetti had resigned.", language: .en)
        #expect(graph.entities.contains { $0.kind == .organization && $0.name == "Ministry of Coastal Affairs" })
        #expect(graph.entity("helena-marchetti")?.kind == .person)
        #expect(!graph.has("monday"))
    }

    @Test func sentenceInitialWordsHeadlinesAndQuotesAreNotNames() {
        let polish = ExtractionSupport.graph("Spółka ogłosiła wyniki. „Dziękujemy za zaproszenie” - powiedział gość.", language: .pl)
        #expect(polish.entities.isEmpty)
        let english = ExtractionSupport.graph("Leaders Meet At Remote Spaceport\nThe talks began. \"Thank you\", he said.", language: .en)
        #expect(english.entities.isEmpty)
    }
}
