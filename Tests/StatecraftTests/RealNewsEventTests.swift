import Testing

@testable import Statecraft

/// Constructions of real Polish news: cited sources, names in apposition to a common noun after a
/// preposition, authorities named by their capital, coordinated members of a prepositional phrase.
@Suite struct RealNewsEventTests {
    @Test func aNewsAgencyCitedIsNoActor() {
        let graph = EventSupport.graph("Według Reutersa poparcie dla Trumpa spada.", .pl)
        #expect(graph.events.isEmpty, "\(graph.eventSummary)")
        let writes = EventSupport.graph("Reuters pisze, że poparcie dla Bidena rośnie.", .pl)
        #expect(!writes.events.contains { $0.source.rawValue == "reuters" }, "\(writes.eventSummary)")
        let quoted = EventSupport.graph("Jak donosi „Washington Post”, poparcie dla Trumpa spada.", .pl)
        #expect(!quoted.events.contains { $0.source.rawValue == "washington-post" }, "\(quoted.eventSummary)")
    }

    @Test func aCompanyThatSaysSomethingStaysItsActor() {
        let graph = EventSupport.graph("Ryanair podał, że podpisał porozumienie ze związkiem pilotów BALPA.", .pl)
        expectEvent(graph, .agrees, "ryanair", "balpa", status: nil)
    }

    @Test func aNameInAppositionTakesThePrepositionOfItsNoun() {
        let graph = EventSupport.graph("Linia podpisała ze związkiem portugalskich pilotów SPAC porozumienie. Ryanair rozmawiał ze związkiem SPAC.", .pl)
        expectEvent(graph, .negotiates, "ryanair", "spac")
        // Not the subject: the name after `ze związkiem` is no actor of its own.
        #expect(!graph.events.contains { $0.source.rawValue == "spac" && $0.kind != .negotiates && $0.kind != .agrees }, "\(graph.eventSummary)")
    }

    @Test func coordinatedMembersKeepThePreposition() {
        let graph = EventSupport.graph("Ryanair podpisał porozumienia z brytyjskim związkiem BALPA i włoskim ANPAC.", .pl)
        expectEvent(graph, .agrees, "ryanair", "balpa")
        expectEvent(graph, .agrees, "ryanair", "anpac")
        #expect(graph.event(.agrees, "anpac", "balpa") == nil, "\(graph.eventSummary)")
    }

    @Test func authoritiesInACapitalAreItsState() {
        let graph = EventSupport.graph("Joe Biden skrytykował rządy w Mińsku, Warszawie oraz Budapeszcie.", .pl)
        expectEvent(graph, .criticizes, "joe-biden", "BLR")
        expectEvent(graph, .criticizes, "joe-biden", "POL")
        expectEvent(graph, .criticizes, "joe-biden", "HUN")
    }

    @Test func aGuestInAPlaceVisitsIt() {
        let graph = EventSupport.graph("Andrzej Duda gościł w Białym Domu.", .pl)
        expectEvent(graph, .visits, "andrzej-duda", "white-house")
        // `gościć kogoś` is to host: no visit.
        let hosts = EventSupport.graph("Polska gościła Joe Bidena.", .pl)
        #expect(hosts.events(.visits).isEmpty, "\(hosts.eventSummary)")
    }

    @Test func movingTroopsToAStateSuppliesThem() {
        let graph = EventSupport.graph("Administracja ogłosiła przeniesienie do Polski amerykańskich żołnierzy.", .pl)
        expectEvent(graph, .supplies, "USA", "POL", goods: [.troops], status: nil)
    }

    @Test func anObjectPronounIsTheActorOfTheSentenceBefore() {
        let graph = EventSupport.graph("Na scenie pojawił się Joe Biden. Donald Trump wyśmiał go na Twitterze.", .pl)
        expectEvent(graph, .criticizes, "donald-trump", "joe-biden")
        // Without a pronoun nothing is carried over.
        let none = EventSupport.graph("Na scenie pojawił się Joe Biden. Donald Trump wyśmiał występ.", .pl)
        #expect(none.events.isEmpty, "\(none.eventSummary)")
    }

    @Test func aTitleBeforeCoordinatedNamesIsEachOnes() {
        let graph = ExtractionSupport.graph("Presidents Viktor Yanukovych and Dmitry Medvedev signed the accord.", language: .en, date: "2010-04-21")
        #expect(graph.has(.leads, "viktor-yanukovych", "UKR"))
        #expect(graph.has(.leads, "dmitry-medvedev", "RUS"))
    }

    @Test func englishNamesInEyTakePolishEndings() {
        #expect(NameDeclension.base(of: "Romneya", feminine: false, oblique: false) == "Romney")
        #expect(NameDeclension.base(of: "Harveya", feminine: false, oblique: true) == "Harvey")
        #expect(NameDeclension.isClearlyOblique("Romneya"))
        #expect(!NameDeclension.isClearlyOblique("Romney"))
        // A given name is no inflection of a shorter one: `Emily` is not a form of `Emil`.
        #expect(!NameTyper.isInflection("Emily", of: "Emil"))
        #expect(NameTyper.isInflection("Emilem", of: "Emil"))
    }

    @Test func structuralRelationsNameTheirEvidence() {
        let graph = EventSupport.graph("Departament Stanu USA skrytykował Rosję. Rzecznik Kremla Dmitrij Pieskow zaprzeczył.", .pl)
        #expect(!graph.relations.isEmpty)
        #expect(graph.relations.allSatisfy { !$0.evidence.isEmpty }, "\(graph.relations.map { "\($0.kind.rawValue) \($0.source.rawValue)→\($0.target.rawValue)" })")
    }
}
