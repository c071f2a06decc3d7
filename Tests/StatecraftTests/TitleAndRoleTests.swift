import Testing

@testable import Statecraft

@Suite struct TitleAndRoleTests {
    @Test func polishTitleBeforeAName() {
        let graph = ExtractionSupport.graph("Rzecznik Kremla Dmitrij Pieskow zaprzeczył tym doniesieniom.", language: .pl, date: "2023-09")
        #expect(graph.has("dmitry-peskov"))
        #expect(graph.has(.officialOf, "dmitry-peskov", "kremlin", role: "spokesperson"))
    }

    @Test func englishTitleBeforeAName() {
        let graph = ExtractionSupport.graph("US Secretary of State Antony Blinken arrived in Kyiv.", language: .en, date: "2023-03")
        #expect(graph.has(.officialOf, "antony-blinken", "USA", role: "secretary of state"))
    }

    @Test func titleWithoutANameIsTheHolderAtTheDocumentDate() {
        let graph = ExtractionSupport.graph("Przywódca Rosji musi błagać o pomoc.", language: .pl, date: "2023-09")
        #expect(graph.has(.leads, "vladimir-putin", "RUS"))
        let earlier = ExtractionSupport.graph("The Russian president visited Beijing.", language: .en, date: "2010-05")
        #expect(earlier.has(.leads, "dmitry-medvedev", "RUS"))
    }

    @Test func unnamedRolesAreNotEntities() {
        let graph = ExtractionSupport.graph("The foreign minister said the talks would continue.", language: .en)
        #expect(!graph.entities.contains { $0.kind == .person })
        let polish = ExtractionSupport.graph("Minister spraw zagranicznych powiedział, że rozmowy potrwają.", language: .pl)
        #expect(!polish.entities.contains { $0.kind == .person })
    }

    @Test func leadersKnownToTheLexiconLeadTheirStates() {
        let graph = ExtractionSupport.graph("Kim Jong Un met Vladimir Putin in Russia. North Korea wants food.", language: .en, date: "2023-09")
        #expect(graph.has(.leads, "kim-jong-un", "PRK"))
        #expect(graph.has(.leads, "vladimir-putin", "RUS"))
    }
}
