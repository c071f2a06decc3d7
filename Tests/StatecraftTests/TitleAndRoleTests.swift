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

    /// Only offices the text states are coded: a leader named without a title leads nothing in the graph
    /// (annotation: "do not code … background the reader knows").
    @Test func leadersNamedWithoutATitleLeadNothing() {
        let graph = ExtractionSupport.graph("Kim Jong Un met Vladimir Putin in Russia. North Korea wants food.", language: .en, date: "2023-09")
        #expect(!graph.relations.contains { $0.kind == .leads })
        let polish = ExtractionSupport.graph("Donald Trump skrytykował sondaże.", language: .pl, date: "2020-11-04")
        #expect(!polish.has(.leads, "donald-trump", "USA"))
    }

    @Test func aTitleWithoutItsStateTakesThePersonsOffice() {
        let graph = ExtractionSupport.graph("Prezydent Donald Trump skrytykował sondaże.", language: .pl, date: "2020-11-04")
        #expect(graph.has(.leads, "donald-trump", "USA"))
        let attorney = ExtractionSupport.graph("Prokurator generalny William Barr zabrał głos.", language: .pl, date: "2020-11-04")
        #expect(attorney.has(.officialOf, "william-barr", "USA", role: "attorney general"))
    }

    @Test func aTitleContinuedAfterTheStateAdjective() {
        let graph = ExtractionSupport.graph("Szef rosyjskiej dyplomacji Siergiej Ławrow skrytykował sankcje.", language: .pl, date: "2023-09")
        #expect(graph.has(.officialOf, "sergei-lavrov", "RUS"))
        #expect(!graph.has(.leads, "sergei-lavrov", "RUS"))
        // The object of a verb after the title's phrase holds no title.
        let thanked = ExtractionSupport.graph("Szef polskiego rządu podziękował Olafowi Scholzowi.", language: .pl, date: "2023-01")
        #expect(!thanked.relations.contains { $0.source.rawValue == "olaf-scholz" && $0.target.rawValue == "POL" })
    }

    @Test func theSpokesmanOfAPersonServesTheirState() {
        let graph = ExtractionSupport.graph("Rzecznik Władimira Putina Dmitrij Pieskow ocenił decyzję.", language: .pl, date: "2023-01")
        #expect(graph.has(.officialOf, "dmitry-peskov", "RUS", role: "spokesperson"))
    }

    @Test func aPredicatedTitleNamesNoHolder() {
        let graph = ExtractionSupport.graph("Biden chce zostać prezydentem USA.", language: .pl, date: "2020-10-01")
        #expect(!graph.has(.leads, "donald-trump", "USA"))
        #expect(!graph.has("donald-trump"))
    }

    @Test func candidatesAndPartyLabels() {
        let graph = ExtractionSupport.graph("Kandydat Demokratów Joe Biden odwiedził Florydę.", language: .pl, date: "2020-10-01")
        #expect(graph.has(.officialOf, "joe-biden", "democratic-party", role: "candidate"))
        let labels = ExtractionSupport.graph("W 2016 r. wygrał Donald Trump - Republikanin. W 2012 r. wygrał Barack Obama - Demokrata.", language: .pl)
        #expect(labels.has(.officialOf, "donald-trump", "republican-party"))
        #expect(labels.has(.officialOf, "barack-obama", "democratic-party"))
        // A member noun alone still names the party.
        let alone = ExtractionSupport.graph("Demokrata może liczyć na 34 głosy.", language: .pl)
        #expect(alone.has("democratic-party"))
        // The party named alone, in the plural, is the party, with no member.
        let party = ExtractionSupport.graph("Demokraci skrytykowali Republikanów.", language: .pl)
        #expect(party.has("democratic-party"))
        #expect(!party.relations.contains { $0.kind == .officialOf })
    }

    @Test func aPersonFromAnOrganisation() {
        let graph = ExtractionSupport.graph("Strajk zapowiedział Jan Kowalski z francuskich związków zawodowych SNPL.", language: .pl)
        #expect(graph.has(.officialOf, "jan-kowalski", "snpl"))
        // A state after `z` is where someone comes from, not a body they serve.
        let state = ExtractionSupport.graph("Przyjechał Jan Kowalski z Francji.", language: .pl)
        #expect(!state.relations.contains { $0.kind == .officialOf })
    }

    @Test func aCapitalisedTitleInsideAPolishNameIsPartOfTheName() {
        let graph = ExtractionSupport.graph("Wszystko przez Emily Murphy, szefową General Services Administration, która zwleka.", language: .pl, date: "2020-11")
        #expect(graph.has("emily-murphy"))
        #expect(graph.has("general-services-administration"))
        #expect(graph.has(.leads, "emily-murphy", "general-services-administration"))
    }

    @Test func placesInLargerPlaces() {
        let graph = ExtractionSupport.graph("Tłum zebrał się w Phoenix w Arizonie. Biden mieszka w Wilmington w stanie Delaware.", language: .pl)
        #expect(graph.has(.locatedIn, "phoenix", "arizona"))
        #expect(graph.has(.locatedIn, "wilmington", "delaware"))
        #expect(graph.relations.filter { $0.kind == .locatedIn }.allSatisfy { !$0.evidence.isEmpty })
    }
}
