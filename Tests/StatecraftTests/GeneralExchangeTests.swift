import Testing

@testable import Statecraft

/// Exchanges told in other ways than `in exchange for` within one sentence: barter noun phrases, repayment
/// in kind, payment for goods, swaps of people, and legs the document tells apart from the barter.
@Suite struct GeneralExchangeTests {
    private func legs(_ graph: Graph) -> [[String]] {
        graph.transactions.map { transaction in
            graph.legs(of: transaction).map { "\($0.source.rawValue)→\($0.target.rawValue) \($0.goods.map(\.rawValue).joined(separator: ","))" }.sorted()
        }
    }

    private func expectOnly(_ graph: Graph, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(legs(graph) == [expected.sorted()], "\(graph.eventSummary)", sourceLocation: sourceLocation)
    }

    // MARK: Barter noun phrases

    @Test func barterNounPhraseBetweenTwoActors() {
        // The stated transfer of one of the goods sets the direction, whichever goods the phrase names first.
        let polish = EventSupport.graph("Chiny wpompowały w Kubę miliardy dolarów w ramach umowy „cukier za kredyty”.", .pl)
        expectOnly(polish, ["CHN→CUB money", "CUB→CHN food"])
        let english = EventSupport.graph("Japan lent Peru money under a sugar-for-loans programme.", .en)
        #expect(legs(english).count <= 1, "\(english.eventSummary)")
    }

    @Test func barterNamedWithoutItsPartiesTakesTheLegsTheDocumentTells() {
        let english = EventSupport.graph(
            "The wheat-for-oil programme was signed in May.\n\nBrazil has offered to buy Argentine wheat this year.", .en)
        expectOnly(english, ["ARG→BRA food", "BRA→ARG energy"])
        let polish = EventSupport.graph(
            "Program „ropa za zboże” podpisano w maju.\n\nNorwegia sprzedaje ropę Egiptowi od lat.", .pl)
        expectOnly(polish, ["EGY→NOR food", "NOR→EGY energy"])
    }

    @Test func barterWithoutAnyToldTransferIsNoTransaction() {
        let english = EventSupport.graph("Analysts describe the oil-for-food arrangement as fragile.", .en)
        #expect(english.transactions.isEmpty, "\(english.eventSummary)")
    }

    // MARK: Repayment in kind, payment for goods

    @Test func loansRepaidInKind() {
        let english = EventSupport.graph("The partnership rests on Japanese loans that are repaid with Peruvian oil.", .en)
        expectOnly(english, ["JPN→PER money", "PER→JPN energy"])
        let polish = EventSupport.graph("Japońskie kredyty są spłacane w peruwiańskiej ropie.", .pl)
        expectOnly(polish, ["JPN→PER money", "PER→JPN energy"])
    }

    @Test func paymentBeforeItsVerbNamesWhatIsBought() {
        let polish = EventSupport.graph("Za francuskie reaktory Czechy zapłacą czeskimi pieniędzmi.", .pl)
        expectOnly(polish, ["CZE→FRA money", "FRA→CZE technology"])
    }

    @Test func paymentForATransferToldBefore() {
        let polish = EventSupport.graph("Francja sprzedała Indiom myśliwce. Indie zapłacą za samoloty 8 mld euro.", .pl)
        expectOnly(polish, ["FRA→IND arms", "IND→FRA money"])
    }

    @Test func aSaleOrAGiftAloneIsNoTransaction() {
        for (text, language) in [
            ("Francja sprzedała Indiom myśliwce.", Language.pl),
            ("France sold fighter jets to India.", .en),
            ("Japonia przekazała Wietnamowi żywność.", .pl),
            ("Japan gave Vietnam food as a gift.", .en),
        ] {
            let graph = EventSupport.graph(text, language)
            #expect(graph.transactions.isEmpty, "\(text): \(graph.eventSummary)")
            #expect(!graph.events(.supplies).isEmpty, "\(text): \(graph.eventSummary)")
        }
    }

    // MARK: Swaps of people

    @Test func releaseInExchangeForAPerson() {
        let english = EventSupport.graph("Iran on Monday released French teacher Anne Dubois in exchange for Reza Karimi, an Iranian arms dealer.", .en)
        expectOnly(english, ["FRA→IRN people", "IRN→FRA people"])
        let polish = EventSupport.graph("Iran uwolnił francuskich więźniów w zamian za irańskich dyplomatów.", .pl)
        #expect(legs(polish).count <= 1, "\(polish.eventSummary)")
    }

    @Test func peopleHandedOverInReturnForPeopleSetFree() {
        let polish = EventSupport.graph(
            "Iran uwolnił pięć osób. W zamian Francja i Belgia przekazały Iranowi trzech jego obywateli.", .pl)
        expectOnly(polish, ["BEL→IRN people", "FRA→IRN people", "IRN→FRA people"])
    }

    @Test func aReleaseAloneIsNoTransaction() {
        for (text, language) in [
            ("Iran released French teacher Anne Dubois on Monday.", Language.en),
            ("Iran released a statement criticising France.", .en),
        ] {
            let graph = EventSupport.graph(text, language)
            #expect(graph.transactions.isEmpty, "\(text): \(graph.eventSummary)")
        }
        let statement = EventSupport.graph("Iran released a statement criticising France.", .en)
        #expect(statement.events(.supplies).isEmpty, "\(statement.eventSummary)")
    }

    // MARK: Paying with goods, passive payments, lending

    @Test func payingForGoodsWithOtherGoods() {
        let english = EventSupport.graph("Brazil sold sugar to Japan. Japan pays for the sugar with crude oil.", .en)
        expectOnly(english, ["BRA→JPN food", "JPN→BRA energy"])
        #expect(english.events(.supplies).allSatisfy { !$0.goods.contains(.money) }, "\(english.eventSummary)")
    }

    @Test func aPassivePaymentPaysTheSellerOfTheSaleTold() {
        let english = EventSupport.graph("Peru signed a contract to buy ten tanks from Spain, and the purchase will be paid for with a loan.", .en)
        #expect(legs(english).contains(["ESP→PER arms", "PER→ESP money"]), "\(english.eventSummary)")
    }

    @Test func goodsAsRepaymentForGoods() {
        let english = EventSupport.graph("Norway demanded Swedish grain as repayment for Norwegian loans.", .en)
        expectOnly(english, ["NOR→SWE money", "SWE→NOR food"])
        let polish = EventSupport.graph("Norwegia przyjmie szwedzkie zboże jako zapłatę za norweskie kredyty.", .pl)
        expectOnly(polish, ["NOR→SWE money", "SWE→NOR food"])
    }

    @Test func lendingIsATransferOfMoneyNotAnExchange() {
        let english = EventSupport.graph("Japan lent Vietnam $2 billion in 2023.", .en)
        expectEvent(english, .supplies, "JPN", "VNM", goods: [.money])
        #expect(english.transactions.isEmpty, "\(english.eventSummary)")
        let polish = EventSupport.graph("Japonia pożyczy Wietnamowi 2 mld dolarów.", .pl)
        expectEvent(polish, .supplies, "JPN", "VNM", goods: [.money], status: .expected)
        #expect(polish.transactions.isEmpty, "\(polish.eventSummary)")
    }

    // MARK: Mutual exchanges

    @Test func partiesThatSwapGoodsGiveEachOther() {
        let polish = EventSupport.graph("Rosja i Ukraina wymieniły w piątek jeńców.", .pl)
        expectOnly(polish, ["RUS→UKR people", "UKR→RUS people"])
        let english = EventSupport.graph("The prisoner swap between Russia and the United States took place in Abu Dhabi.", .en)
        expectOnly(english, ["RUS→USA people", "USA→RUS people"])
        let with = EventSupport.graph("Russia exchanged prisoners with Ukraine on Friday.", .en)
        expectOnly(with, ["RUS→UKR people", "UKR→RUS people"])
    }

    @Test func anExchangeOfNoGoodsIsNoTransaction() {
        for (text, language) in [
            ("Russia and Ukraine exchanged fire on Friday.", Language.en),
            ("Rosja i Ukraina wymieniły poglądy w piątek.", .pl),
        ] {
            let graph = EventSupport.graph(text, language)
            #expect(graph.transactions.isEmpty, "\(text): \(graph.eventSummary)")
            #expect(graph.events(.supplies).isEmpty, "\(text): \(graph.eventSummary)")
        }
    }
}
