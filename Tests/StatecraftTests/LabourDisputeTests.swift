import Testing

@testable import Statecraft

/// Strikes: a union that strikes or announces a strike opposes or threatens the workers' employer;
/// unions named by a description ending in their acronym; a party's candidate without a name.
@Suite struct LabourDisputeTests {
    @Test func aUnionAnnouncingAStrikeThreatensTheEmployerOfTheWorkers() {
        let graph = EventSupport.graph("Piloci linii Lufthansa są niezadowoleni. Związek zawodowy UFO zapowiedział strajk na piątek.", .pl)
        let threat = graph.event(.threatens, "ufo", "lufthansa")
        #expect(threat != nil, "\(graph.eventSummary)")
    }

    @Test func aStrikeHeldIsOpposition() {
        let graph = EventSupport.graph("Wczorajszy strajk związku SNPL w Air France odwołał połowę lotów.", .pl)
        #expect(graph.event(.opposes, "snpl", "air-france") != nil, "\(graph.eventSummary)")
    }

    @Test func unionsCoordinatedWithAUnionAllStrike() {
        let graph = EventSupport.graph("Włoskie związki FILT i UGL ostrzegły, że ogłoszą strajki, jeśli Lufthansa nie podniesie płac.", .pl)
        #expect(graph.event(.threatens, "filt", "lufthansa") != nil, "\(graph.eventSummary)")
        #expect(graph.event(.threatens, "ugl", "lufthansa") != nil, "\(graph.eventSummary)")
    }

    @Test func oneDisputePerUnionAndEmployer() {
        let graph = EventSupport.graph(
            "Związek UFO zapowiedział strajk w Lufthansie. Poprzedni strajk UFO odbył się w maju.", .pl)
        let coded = graph.events.filter { $0.source.rawValue == "ufo" }
        #expect(coded.count == 1, "\(graph.eventSummary)")
    }

    @Test func noUnionNamedNoRelation() {
        let graph = EventSupport.graph("Z powodu strajku pilotów Lufthansa odwołała sto lotów. Reuters podał, że strajk potrwa dwa dni.", .pl)
        #expect(!graph.events.contains { $0.kind == .opposes || $0.kind == .threatens }, "\(graph.eventSummary)")
        let english = EventSupport.graph("Lufthansa cancelled flights because of a strike by its pilots.", .en)
        #expect(!english.events.contains { $0.kind == .opposes || $0.kind == .threatens }, "\(english.eventSummary)")
    }

    @Test func aDescriptionEndingInAnAcronymIsTheAcronymsOrganisation() {
        let graph = EventSupport.graph("Niezależne Stowarzyszenie Maszynistów GDL spotkało się z zarządem. GDL ogłosiło strajk w Deutsche Bahn.", .pl)
        let unions = graph.entities.filter { $0.id.rawValue == "gdl" }
        #expect(unions.count == 1)
        #expect(!graph.entities.contains { $0.name.hasPrefix("Stowarzyszenie") }, "\(graph.entities.map(\.name))")
        // A legal form is no acronym of its own.
        let company = EventSupport.graph("Spółka Nord Stream AG ogłosiła wyniki.", .pl)
        #expect(!company.entities.contains { $0.id.rawValue == "ag" }, "\(company.entities.map(\.name))")
    }

    @Test func aLoneCapitalisedWordAfterAnOrganisationNounIsAName() {
        let graph = EventSupport.graph("Strajk ogłosił też związek partnerski FORSA 12 maja.", .pl)
        #expect(graph.entities.contains { $0.name == "FORSA" }, "\(graph.entities.map(\.name))")
        // Shouting elsewhere stays no name.
        let shout = EventSupport.graph("Odwiedził salon lotniczy MAKS pod Moskwą.", .pl)
        #expect(!shout.entities.contains { $0.name == "MAKS" }, "\(shout.entities.map(\.name))")
    }

    @Test func aPartysCandidateWithoutANameIsThePersonNamedJustBefore() {
        let graph = EventSupport.graph("Joe Biden wygrał w Nevadzie. Kandydat Demokratów zdobył tam sześć głosów.", .pl)
        #expect(graph.relations.contains { $0.kind == .officialOf && $0.source.rawValue == "joe-biden" && $0.target.rawValue == "democratic-party" })
        // Too far back: no affiliation is read.
        let far = EventSupport.graph(
            "Joe Biden wygrał w Nevadzie. Liczenie głosów trwało długo. Sędziowie sprawdzali karty. Kandydat Demokratów zdobył sześć głosów.", .pl)
        #expect(!far.relations.contains { $0.kind == .officialOf && $0.source.rawValue == "joe-biden" && $0.target.rawValue == "democratic-party" })
    }
}
