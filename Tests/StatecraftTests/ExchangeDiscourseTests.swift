import Testing

@testable import Statecraft

/// Exchanges whose legs the discourse supplies: a return cue whose other leg is no told transfer, a second
/// swap between the same parties months later, a barter naming a deal told before, and subject pronouns and
/// names the lexicon does not know (read in apposition) as the parties.
@Suite struct ExchangeDiscourseTests {
    private func legs(_ graph: Graph) -> [[String]] {
        graph.transactions.map { transaction in
            graph.legs(of: transaction).map { "\($0.source.rawValue)→\($0.target.rawValue) \($0.goods.map(\.rawValue).joined(separator: ","))" }.sorted()
        }
    }

    // MARK: Return cues

    @Test func aReturnCueWithNoTransferToldBackImpliesGoods() {
        let english = EventSupport.graph(
            "The treaty lets the Russian navy stay in Sevastopol until 2042. In return, Russia will sell Ukraine gas at a discount.", .en)
        #expect(legs(english) == [["RUS→UKR energy", "UKR→RUS goods"]], "\(english.eventSummary)")
        let polish = EventSupport.graph(
            "Umowa pozwala rosyjskiej flocie zostać w Sewastopolu. W zamian Rosja sprzeda Ukrainie gaz po niższej cenie.", .pl)
        #expect(legs(polish) == [["RUS→UKR energy", "UKR→RUS goods"]], "\(polish.eventSummary)")
    }

    @Test func aReturnCueAnswersATransferToldBeforeWithItsOwnGoods() {
        let english = EventSupport.graph("Russia will sell Ukraine gas. In return, Ukraine will pay Russia in dollars.", .en)
        #expect(legs(english) == [["RUS→UKR energy", "UKR→RUS money"]], "\(english.eventSummary)")
    }

    @Test func aTransferWithoutAReturnCueIsNoTransaction() {
        for (text, language) in [
            ("Russia will sell Ukraine gas at a discount.", Language.en),
            ("Rosja sprzeda Ukrainie gaz po niższej cenie.", .pl),
            ("Russia will, in part, sell Ukraine gas at a discount.", .en),
        ] {
            let graph = EventSupport.graph(text, language)
            #expect(graph.transactions.isEmpty, "\(text): \(graph.eventSummary)")
        }
    }

    // MARK: Swaps months apart, barters naming a told deal

    @Test func aSecondSwapMonthsLaterIsAnotherTransaction() {
        let english = EventSupport.graph(
            "On Thursday Russia released American teacher Anna Lee in exchange for Ivan Petrov, a Russian pilot. "
                + "In April Russia had freed Colby Reed, a former Marine, in return for Oleg Sokolov, a Russian smuggler serving a sentence in the United States.",
            .en, date: "2022-12-08")
        #expect(legs(english).count == 2, "\(english.eventSummary)")
        let once = EventSupport.graph(
            "On Thursday Russia released American teacher Anna Lee in exchange for Ivan Petrov, a Russian pilot. "
                + "The swap of Anna Lee for Ivan Petrov took place on Thursday in Abu Dhabi.",
            .en, date: "2022-12-08")
        #expect(legs(once).count == 1, "\(once.eventSummary)")
    }

    @Test func aBarterNamingAToldDealAddsItsLegToThatDeal() {
        let english = EventSupport.graph(
            "Japan lends Peru money that is repaid with Peruvian oil. Analysts call the arrangement oil for infrastructure.", .en)
        // One deal, not the loan deal and a second `oil for infrastructure` one.
        #expect(legs(english).count == 1, "\(english.eventSummary)")
        #expect(legs(english).first?.contains("PER→JPN energy") == true, "\(english.eventSummary)")
    }

    // MARK: Parties the discourse names

    @Test func aSubjectPronounStandsForTheSubjectBefore() {
        let english = EventSupport.graph("Egypt receives aid from the United States every year. Last year it agreed to buy two frigates from Italy.", .en)
        #expect(english.events(.supplies).contains { $0.source.rawValue == "ITA" && $0.target.rawValue == "EGY" }, "\(english.eventSummary)")
    }

    @Test func aPronounForAThingOrAPersonIsNoActor() {
        for text in [
            "The accord was signed in Kharkiv by Ukraine. It allows the fleet to stay.",
            "Vladimir Putin praised the plan. It will sell gas to Serbia.",
        ] {
            let graph = EventSupport.graph(text, .en)
            #expect(graph.events(.supplies).isEmpty, "\(text): \(graph.eventSummary)")
        }
    }

    @Test func countedPeopleAreNotTheirState() {
        let polish = EventSupport.graph("Izrael uwolnił 20 Palestyńczyków.", .pl)
        #expect(!polish.entities.contains { $0.id.rawValue == "PSE" }, "\(polish.entities.map(\.name))")
        let english = EventSupport.graph("Cuba freed 12 Americans on Monday.", .en)
        #expect(!english.entities.contains { $0.id.rawValue == "USA" }, "\(english.entities.map(\.name))")
        let actors = EventSupport.graph("Amerykanie skrytykowali Kubę.", .pl)
        #expect(actors.entities.contains { $0.id.rawValue == "USA" }, "\(actors.entities.map(\.name))")
    }

    @Test func aNameInAPersonAppositionIsAPerson() {
        let english = EventSupport.graph("Russia arrested Colby Reed, an American teacher, on Monday.", .en)
        #expect(english.entities.contains { $0.name == "Colby Reed" && $0.kind == .person }, "\(english.entities.map(\.name))")
        let before = EventSupport.graph("Russia freed a former Marine, Colby Reed, on Monday.", .en)
        #expect(before.entities.contains { $0.name == "Colby Reed" && $0.kind == .person }, "\(before.entities.map(\.name))")
        let place = EventSupport.graph("Police closed Silver Lake, a quiet town, on Monday.", .en)
        #expect(!place.entities.contains { $0.kind == .person }, "\(place.entities.map(\.name))")
    }
}
