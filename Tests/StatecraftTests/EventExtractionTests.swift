import Testing

@testable import Statecraft

/// Who does what to whom: the participants the event coder reads from Polish cases and prepositions,
/// English word order, passives, nominalisations and coordination.
@Suite struct EventRoleTests {
    @Test func polishDativeIsTheRecipient() {
        let graph = EventSupport.graph("Niemcy dostarczyły Ukrainie czołgi.", .pl)
        expectEvent(graph, .supplies, "DEU", "UKR", goods: [.arms])
        #expect(graph.event(.supplies, "UKR", "DEU") == nil)
        // Word order does not decide in Polish: the dative still receives, the nominative gives.
        let reordered = EventSupport.graph("Czołgi Ukrainie dostarczyły Niemcy.", .pl)
        expectEvent(reordered, .supplies, "DEU", "UKR", goods: [.arms])
    }

    @Test func englishSubjectSuppliesObjectWithGoods() {
        let graph = EventSupport.graph("Germany supplied Ukraine with weapons.", .en)
        expectEvent(graph, .supplies, "DEU", "UKR", goods: [.arms])
        let withTo = EventSupport.graph("Germany delivered tanks to Ukraine.", .en)
        expectEvent(withTo, .supplies, "DEU", "UKR", goods: [.arms])
        #expect(withTo.event(.supplies, "UKR", "DEU") == nil)
    }

    @Test func englishPassiveTakesTheAgentFromBy() {
        let graph = EventSupport.graph("Russia was criticized by France.", .en)
        expectOnlyEvents(graph, [(.criticizes, "FRA", "RUS")])
        let supplied = EventSupport.graph("Poland was supplied with gas by Norway.", .en)
        expectEvent(supplied, .supplies, "NOR", "POL", goods: [.energy])
    }

    @Test func polishPassiveTakesTheAgentFromPrzez() {
        let graph = EventSupport.graph("Rosja została skrytykowana przez Francję.", .pl)
        expectOnlyEvents(graph, [(.criticizes, "FRA", "RUS")])
        let attacked = EventSupport.graph("Ukraina została zaatakowana przez Rosję.", .pl)
        expectOnlyEvents(attacked, [(.attacks, "RUS", "UKR")])
        // The dative keeps its role in the passive.
        let supplied = EventSupport.graph("Czołgi zostały dostarczone Ukrainie przez Niemcy.", .pl)
        expectOnlyEvents(supplied, [(.supplies, "DEU", "UKR")])
        expectEvent(supplied, .supplies, "DEU", "UKR", goods: [.arms])
    }

    @Test func purchaseNounWithAStateAdjectiveNamingTheSeller() {
        // A purchase is a supply from the seller (the adjective) to the buyer (przez / by).
        let polish = EventSupport.graph("Zakup północnokoreańskiej broni przez Rosję niepokoi Zachód.", .pl)
        expectEvent(polish, .supplies, "PRK", "RUS", goods: [.arms])
        #expect(polish.event(.supplies, "RUS", "PRK") == nil)
        let english = EventSupport.graph("Purchases of North Korean weapons by Russia worried Washington.", .en)
        expectEvent(english, .supplies, "PRK", "RUS", goods: [.arms])
        #expect(english.event(.supplies, "RUS", "PRK") == nil)
    }

    @Test func buyingVerbMakesTheSubjectTheRecipient() {
        let polish = EventSupport.graph("Rosja kupiła północnokoreańską broń.", .pl)
        expectOnlyEvents(polish, [(.supplies, "PRK", "RUS")])
        let english = EventSupport.graph("Russia's purchases of Iranian drones continued.", .en)
        expectOnlyEvents(english, [(.supplies, "IRN", "RUS")])
    }

    @Test func coordinatedSubjectsOfASymmetricEventAreItsTwoParties() {
        let polish = EventSupport.graph("Putin i Kim prowadzili rozmowy.", .pl)
        expectOnlyEvents(polish, [(.negotiates, "vladimir-putin", "kim-jong-un")])
        let english = EventSupport.graph("Putin and Kim held talks.", .en)
        expectOnlyEvents(english, [(.negotiates, "vladimir-putin", "kim-jong-un")])
    }

    @Test func coordinatedSubjectsGiveOneRelationEach() {
        let english = EventSupport.graph("The US and the EU imposed sanctions on Russia.", .en)
        expectOnlyEvents(english, [(.sanctions, "USA", "RUS"), (.sanctions, "european-union", "RUS")])
        let polish = EventSupport.graph("Stany Zjednoczone i Unia Europejska nałożyły sankcje na Rosję.", .pl)
        expectOnlyEvents(polish, [(.sanctions, "USA", "RUS"), (.sanctions, "european-union", "RUS")])
        let critics = EventSupport.graph("Polska i Litwa skrytykowały Białoruś.", .pl)
        expectOnlyEvents(critics, [(.criticizes, "POL", "BLR"), (.criticizes, "LTU", "BLR")])
    }

    @Test func coordinatedRecipientsGiveOneRelationEach() {
        let polish = EventSupport.graph("Niemcy wysłały czołgi Ukrainie i Polsce.", .pl)
        expectOnlyEvents(polish, [(.supplies, "DEU", "UKR"), (.supplies, "DEU", "POL")])
        let english = EventSupport.graph("Germany sent tanks to Ukraine and Poland.", .en)
        expectOnlyEvents(english, [(.supplies, "DEU", "UKR"), (.supplies, "DEU", "POL")])
    }

    @Test func organisationsAndTitledPeopleAreActors() {
        expectOnlyEvents(EventSupport.graph("NATO potępiło Rosję.", .pl), [(.criticizes, "nato", "RUS")])
        expectOnlyEvents(EventSupport.graph("NATO condemned Russia.", .en), [(.criticizes, "nato", "RUS")])
        expectOnlyEvents(EventSupport.graph("Kreml zagroził Polsce.", .pl), [(.threatens, "kremlin", "POL")])
        expectOnlyEvents(EventSupport.graph("The Kremlin threatened Poland.", .en), [(.threatens, "kremlin", "POL")])
        expectOnlyEvents(
            EventSupport.graph("Rzecznik Kremla Dmitrij Pieskow skrytykował Niemcy.", .pl), [(.criticizes, "dmitry-peskov", "DEU")])
        expectOnlyEvents(
            EventSupport.graph("Putin's spokesman Dmitry Peskov criticized Germany.", .en), [(.criticizes, "dmitry-peskov", "DEU")])
    }

    @Test func capitalActingIsItsState() {
        expectOnlyEvents(EventSupport.graph("Moscow criticized Poland.", .en), [(.criticizes, "RUS", "POL")])
        expectOnlyEvents(EventSupport.graph("Moskwa skrytykowała Polskę.", .pl), [(.criticizes, "RUS", "POL")])
    }

    @Test func capitalAsTheTargetOfAPoliticalEventIsItsState() {
        // A capital acted upon is its state too (but a destination stays a place: `visited Moscow`).
        let english = EventSupport.graph("Poland criticized Moscow.", .en)
        expectOnlyEvents(english, [(.criticizes, "POL", "RUS")])
        // The state is an entity of the graph, though the text names only its capital.
        #expect(english.validate().isEmpty)
        #expect(english.entity("RUS")?.kind == .state)
        let polish = EventSupport.graph("Moskwa skrytykowała Waszyngton.", .pl)
        expectOnlyEvents(polish, [(.criticizes, "RUS", "USA")])
        #expect(polish.validate().isEmpty)
    }

    @Test func meetings() {
        let polish = EventSupport.graph("Kim Dzong Un spotkał się z Władimirem Putinem.", .pl)
        expectOnlyEvents(polish, [(.meets, "kim-jong-un", "vladimir-putin")])
        let english = EventSupport.graph("Kim Jong Un met with Vladimir Putin.", .en)
        expectOnlyEvents(english, [(.meets, "kim-jong-un", "vladimir-putin")])
        let direct = EventSupport.graph("Putin met Kim.", .en)
        expectOnlyEvents(direct, [(.meets, "vladimir-putin", "kim-jong-un")])
    }

    @Test func visitsGoFromTheVisitorToTheState() {
        let polish = EventSupport.graph("Kim Dzong Un odwiedził Rosję.", .pl)
        expectOnlyEvents(polish, [(.visits, "kim-jong-un", "RUS")])
        let english = EventSupport.graph("Kim Jong Un visited Russia.", .en)
        expectOnlyEvents(english, [(.visits, "kim-jong-un", "RUS")])
        #expect(english.event(.visits, "RUS", "kim-jong-un") == nil)
    }

    @Test func invasionNounWithTheAggressorBesideIt() {
        let polish = EventSupport.graph("Inwazja Rosji na Ukrainę trwa.", .pl)
        expectOnlyEvents(polish, [(.attacks, "RUS", "UKR")])
        let adjective = EventSupport.graph("Rosyjska inwazja na Ukrainę trwa.", .pl)
        expectOnlyEvents(adjective, [(.attacks, "RUS", "UKR")])
        let english = EventSupport.graph("Russia's invasion of Ukraine continues.", .en)
        expectOnlyEvents(english, [(.attacks, "RUS", "UKR")])
    }

    @Test func attackingParticipleAfterTheTroops() {
        let english = EventSupport.graph("Russian troops attacking Ukraine suffered losses.", .en)
        expectOnlyEvents(english, [(.attacks, "RUS", "UKR")])
        let polish = EventSupport.graph("Wojska rosyjskie atakujące Ukrainę poniosły straty.", .pl)
        expectOnlyEvents(polish, [(.attacks, "RUS", "UKR")])
    }

    @Test func participleClauseDoesNotBecomeTheSubjectOfTheMainVerb() {
        // "Russian troops attacking Ukraine shelled Kharkiv": Russia shells Kharkiv, not Ukraine.
        let polish = EventSupport.graph("Wojska rosyjskie atakujące Ukrainę ostrzelały Charków.", .pl)
        expectEvent(polish, .attacks, "RUS", "UKR")
        #expect(polish.event(.attacks, "UKR", "kharkiv") == nil, "\(polish.eventSummary)")
        let english = EventSupport.graph("Russian troops attacking Ukraine bombed Kharkiv.", .en)
        expectEvent(english, .attacks, "RUS", "UKR")
        #expect(english.event(.attacks, "UKR", "kharkiv") == nil, "\(english.eventSummary)")
        // A time word in -ing before the subject is no participle: "On Monday morning Russia …".
        let morning = EventSupport.graph("On Monday morning Russia attacked Ukraine.", .en)
        expectOnlyEvents(morning, [(.attacks, "RUS", "UKR")])
    }

    @Test func criticismAccusationAndSanctions() {
        expectOnlyEvents(EventSupport.graph("Polska skrytykowała Węgry.", .pl), [(.criticizes, "POL", "HUN")])
        expectOnlyEvents(EventSupport.graph("Poland criticized Hungary.", .en), [(.criticizes, "POL", "HUN")])
        expectOnlyEvents(EventSupport.graph("Ukraina oskarżyła Rosję o zbrodnie wojenne.", .pl), [(.accuses, "UKR", "RUS")])
        expectOnlyEvents(EventSupport.graph("Ukraine accused Russia of war crimes.", .en), [(.accuses, "UKR", "RUS")])
        expectOnlyEvents(EventSupport.graph("Unia Europejska nałożyła sankcje na Białoruś.", .pl), [(.sanctions, "european-union", "BLR")])
        expectOnlyEvents(EventSupport.graph("The EU imposed sanctions on Belarus.", .en), [(.sanctions, "european-union", "BLR")])
    }

    @Test func polishPerfectiveFuturesOfOwacVerbs() {
        // zaatakować → zaatakuje, skrytykować → skrytykuje, podpisać → podpiszą, negocjować → negocjują.
        expectEvent(EventSupport.graph("Rosja zaatakuje Ukrainę.", .pl), .attacks, "RUS", "UKR", status: .expected)
        expectEvent(EventSupport.graph("Rosja skrytykuje Polskę.", .pl), .criticizes, "RUS", "POL", status: .expected)
        expectEvent(EventSupport.graph("Polska i Ukraina podpiszą porozumienie.", .pl), .agrees, "POL", "UKR", status: .expected)
        expectEvent(EventSupport.graph("Rosja i Chiny negocjują.", .pl), .negotiates, "RUS", "CHN")
        // English, for comparison.
        expectEvent(EventSupport.graph("Russia will attack Ukraine.", .en), .attacks, "RUS", "UKR", status: .expected)
    }
}

/// What passes: the goods words of goods.{pl,en}.tsv on supplies and aids.
@Suite struct EventGoodsTests {
    @Test(arguments: [
        ("Niemcy dostarczyły Ukrainie amunicję.", "DEU", "UKR", GoodsCategory.arms),
        ("Polska wysłała Ukrainie zboże.", "POL", "UKR", .food),
        ("Unia Europejska przekazała Ukrainie żywność.", "european-union", "UKR", .food),
        ("Rosja sprzedała Chinom ropę.", "RUS", "CHN", .energy),
        ("Katar dostarczył Polsce gaz.", "QAT", "POL", .energy),
        ("Polska przekazała Ukrainie pieniądze.", "POL", "UKR", .money),
    ])
    func polishGoodsWords(sentence: String, source: String, target: String, goods: GoodsCategory) {
        expectEvent(EventSupport.graph(sentence, .pl), .supplies, source, target, goods: [goods])
    }

    @Test(arguments: [
        ("Germany supplied Ukraine with ammunition.", "DEU", "UKR", GoodsCategory.arms),
        ("Poland sent grain to Ukraine.", "POL", "UKR", .food),
        ("Canada shipped food to Ukraine.", "CAN", "UKR", .food),
        ("Russia sold oil to India.", "RUS", "IND", .energy),
        ("Qatar shipped gas to Poland.", "QAT", "POL", .energy),
        ("Germany sent Ukraine money.", "DEU", "UKR", .money),
    ])
    func englishGoodsWords(sentence: String, source: String, target: String, goods: GoodsCategory) {
        expectEvent(EventSupport.graph(sentence, .en), .supplies, source, target, goods: [goods])
    }

    @Test func severalGoodsInOneTransferInDeclarationOrder() {
        let polish = EventSupport.graph("Niemcy wysłały Ukrainie amunicję, zboże i gaz.", .pl)
        expectEvent(polish, .supplies, "DEU", "UKR", goods: [.arms, .energy, .food])
        #expect(polish.events(.supplies).count == 1)
        let english = EventSupport.graph("The EU sent food and medicine to Ukraine.", .en)
        expectEvent(english, .supplies, "european-union", "UKR", goods: [.food, .humanitarian])
    }

    @Test func aidIsAidsWithItsGoods() {
        let polish = EventSupport.graph("Polska przekazała Ukrainie pomoc humanitarną.", .pl)
        expectOnlyEvents(polish, [(.aids, "POL", "UKR")])
        expectEvent(polish, .aids, "POL", "UKR", goods: [.humanitarian])
        let english = EventSupport.graph("The US sent military aid to Ukraine.", .en)
        expectOnlyEvents(english, [(.aids, "USA", "UKR")])
        expectEvent(english, .aids, "USA", "UKR", goods: [.arms])
    }
}

/// How the text presents the fact: reported, expected, hypothetical, denied, else asserted.
@Suite struct EventStatusTests {
    @Test func plainPastIsAsserted() {
        expectEvent(EventSupport.graph("Niemcy dostarczyły Ukrainie amunicję.", .pl), .supplies, "DEU", "UKR", status: .asserted)
        expectEvent(EventSupport.graph("Germany delivered tanks to Ukraine.", .en), .supplies, "DEU", "UKR", status: .asserted)
    }

    @Test func attributedIsReported() {
        let polish = EventSupport.graph("Według mediów Niemcy dostarczyły Ukrainie amunicję.", .pl)
        expectOnlyEvents(polish, [(.supplies, "DEU", "UKR")])
        expectEvent(polish, .supplies, "DEU", "UKR", goods: [.arms], status: .reported)
        let english = EventSupport.graph("According to officials, Germany supplied Ukraine with ammunition.", .en)
        expectOnlyEvents(english, [(.supplies, "DEU", "UKR")])
        expectEvent(english, .supplies, "DEU", "UKR", goods: [.arms], status: .reported)
    }

    @Test func attributionToANamedSourceIsNotAnActorOfTheEvent() {
        // The source of a report ("according to Reuters", "jak podał Reuters") gives nothing itself.
        let english = EventSupport.graph("According to Reuters, Germany supplied Ukraine with ammunition.", .en)
        expectOnlyEvents(english, [(.supplies, "DEU", "UKR")])
        expectEvent(english, .supplies, "DEU", "UKR", status: .reported)
        let polish = EventSupport.graph("Jak podał Reuters, Niemcy dostarczyły Ukrainie amunicję.", .pl)
        expectOnlyEvents(polish, [(.supplies, "DEU", "UKR")])
        expectEvent(polish, .supplies, "DEU", "UKR", status: .reported)
    }

    @Test func attributionRightBeforeTheSubjectWithoutAComma() {
        // "Reutersa Niemcy", "Reuters Germany": two names side by side are two actors.
        withKnownIssue("ActorPhrase binds adjacent mentions into one phrase headed by the first; the subject is lost") {
            let polish = EventSupport.graph("Według Reutersa Niemcy dostarczyły Ukrainie amunicję.", .pl)
            expectEvent(polish, .supplies, "DEU", "UKR", status: .reported)
            let english = EventSupport.graph("According to Reuters Germany supplied Ukraine with ammunition.", .en)
            expectEvent(english, .supplies, "DEU", "UKR", status: .reported)
            let kremlin = EventSupport.graph("Według Kremla Rosja nie kupiła broni od Korei Północnej.", .pl)
            expectEvent(kremlin, .supplies, "PRK", "RUS", status: .denied)
        }
    }

    @Test func futureIsExpected() {
        let polish = EventSupport.graph("Niemcy przekażą Ukrainie czołgi.", .pl)
        expectEvent(polish, .supplies, "DEU", "UKR", goods: [.arms], status: .expected)
        let english = EventSupport.graph("Germany will send tanks to Ukraine.", .en)
        expectEvent(english, .supplies, "DEU", "UKR", goods: [.arms], status: .expected)
    }

    @Test func conditionalIsHypothetical() {
        let polish = EventSupport.graph("Gdyby Niemcy dostarczyły Ukrainie czołgi, Rosja zaatakowałaby Polskę.", .pl)
        expectEvent(polish, .supplies, "DEU", "UKR", status: .hypothetical)
        expectEvent(polish, .attacks, "RUS", "POL", status: .hypothetical)
        let english = EventSupport.graph("China would sell weapons to Russia if the war continued.", .en)
        expectEvent(english, .supplies, "CHN", "RUS", goods: [.arms], status: .hypothetical)
    }

    @Test func conditionalMoodIsHypotheticalWithoutGdyby() {
        // The conditional ending of the verb itself (`-łaby`, `-łyby`) is the cue.
        let polish = EventSupport.graph("Niemcy dostarczyłyby Ukrainie czołgi.", .pl)
        expectEvent(polish, .supplies, "DEU", "UKR", goods: [.arms], status: .hypothetical)
        let perfective = EventSupport.graph("Rosja zaatakowałaby Polskę.", .pl)
        expectEvent(perfective, .attacks, "RUS", "POL", status: .hypothetical)
        let english = EventSupport.graph("Germany would deliver tanks to Ukraine.", .en)
        expectEvent(english, .supplies, "DEU", "UKR", goods: [.arms], status: .hypothetical)
    }

    @Test(arguments: [
        ("Rosja podobno kupiła drony od Iranu.", Language.pl, Status.reported),
        ("Urzędnicy powiedzieli, że Rosja kupiła drony od Iranu.", .pl, .reported),
        ("Rosja planuje kupić drony od Iranu.", .pl, .expected),
        ("Rosja może kupić drony od Iranu.", .pl, .hypothetical),
        ("Rosja nigdy nie kupiła dronów od Iranu.", .pl, .denied),
        ("Russia reportedly bought drones from Iran.", .en, .reported),
        ("Officials said Russia bought drones from Iran.", .en, .reported),
        ("Russia plans to buy drones from Iran.", .en, .expected),
        ("Russia could buy drones from Iran.", .en, .hypothetical),
        ("Russia never bought drones from Iran.", .en, .denied),
    ])
    func statusCuesOnAPurchase(sentence: String, language: Language, status: Status) {
        let graph = EventSupport.graph(sentence, language)
        expectOnlyEvents(graph, [(.supplies, "IRN", "RUS")])
        expectEvent(graph, .supplies, "IRN", "RUS", goods: [.arms], status: status)
    }

    @Test func refusalToSendIsDenied() {
        let polish = EventSupport.graph("Niemcy odmówiły wysłania czołgów Ukrainie.", .pl)
        expectEvent(polish, .supplies, "DEU", "UKR", goods: [.arms], status: .denied)
        let english = EventSupport.graph("Germany refused to send tanks to Ukraine.", .en)
        expectEvent(english, .supplies, "DEU", "UKR", goods: [.arms], status: .denied)
    }

    @Test func conditionalWithAFutureIsHypothetical() {
        let polish = EventSupport.graph("Jeśli Chiny dostarczą Rosji broń, Stany Zjednoczone nałożą sankcje na Chiny.", .pl)
        expectOnlyEvents(polish, [(.supplies, "CHN", "RUS"), (.sanctions, "USA", "CHN")])
        #expect(polish.events.allSatisfy { $0.status == .hypothetical }, "\(polish.eventSummary)")
        let english = EventSupport.graph("If China supplies weapons to Russia, the US will impose sanctions on China.", .en)
        expectOnlyEvents(english, [(.supplies, "CHN", "RUS"), (.sanctions, "USA", "CHN")])
        #expect(english.events.allSatisfy { $0.status == .hypothetical }, "\(english.eventSummary)")
    }

    @Test func denialIsDenied() {
        let polish = EventSupport.graph("Kreml zaprzeczył, że Rosja kupiła broń od Korei Północnej.", .pl)
        expectEvent(polish, .supplies, "PRK", "RUS", goods: [.arms], status: .denied)
        let english = EventSupport.graph("The Kremlin denied that Russia bought weapons from North Korea.", .en)
        expectEvent(english, .supplies, "PRK", "RUS", goods: [.arms], status: .denied)
    }

    @Test func negatedFutureIsDenied() {
        let polish = EventSupport.graph("Ukraina nie otrzyma czołgów od Niemiec.", .pl)
        expectOnlyEvents(polish, [(.supplies, "DEU", "UKR")])
        expectEvent(polish, .supplies, "DEU", "UKR", goods: [.arms], status: .denied)
        let english = EventSupport.graph("Ukraine will not receive tanks from Germany.", .en)
        expectOnlyEvents(english, [(.supplies, "DEU", "UKR")])
        expectEvent(english, .supplies, "DEU", "UKR", goods: [.arms], status: .denied)
    }

    @Test func negatedAttackIsDeniedInBothLanguages() {
        // Polish negation puts the object in the genitive: "nie zaatakowała Polski".
        let polish = EventSupport.graph("Rosja nie zaatakowała Polski.", .pl)
        expectOnlyEvents(polish, [(.attacks, "RUS", "POL")])
        expectEvent(polish, .attacks, "RUS", "POL", status: .denied)
        let english = EventSupport.graph("Russia did not attack Poland.", .en)
        expectOnlyEvents(english, [(.attacks, "RUS", "POL")])
        expectEvent(english, .attacks, "RUS", "POL", status: .denied)
    }

    @Test func denialWithAPronounSubjectKeepsTheRelation() {
        // The denied relation is still a relation of the graph (as denied).
        let english = EventSupport.graph("Hungary denied that it supplied oil to Russia.", .en)
        expectEvent(english, .supplies, "HUN", "RUS", goods: [.energy], status: .denied)
        // The dropped subject of the że-clause is the main clause's.
        let polish = EventSupport.graph("Węgry zaprzeczyły, że dostarczyły Rosji ropę.", .pl)
        expectEvent(polish, .supplies, "HUN", "RUS", goods: [.energy], status: .denied)
    }
}

/// When: an explicit date, a weekday against the document's date, else the document's date.
@Suite struct EventDateTests {
    @Test func explicitMonthAndYear() {
        let polish = EventSupport.graph("Niemcy dostarczyły Ukrainie czołgi w kwietniu 2019 roku.", .pl)
        expectEvent(polish, .supplies, "DEU", "UKR", date: "2019-04")
        let fronted = EventSupport.graph("W kwietniu 2019 roku Niemcy dostarczyły Ukrainie czołgi.", .pl)
        expectEvent(fronted, .supplies, "DEU", "UKR", date: "2019-04")
        let english = EventSupport.graph("Germany delivered tanks to Ukraine in April 2019.", .en)
        expectEvent(english, .supplies, "DEU", "UKR", date: "2019-04")
    }

    @Test func explicitDay() {
        let polish = EventSupport.graph("Niemcy dostarczyły Ukrainie czołgi 5 kwietnia 2019 roku.", .pl)
        expectEvent(polish, .supplies, "DEU", "UKR", date: "2019-04-05")
        let english = EventSupport.graph("Germany delivered tanks to Ukraine on April 5, 2019.", .en)
        expectEvent(english, .supplies, "DEU", "UKR", date: "2019-04-05")
    }

    @Test func weekdayIsTheLastSuchDayBeforeTheDocumentDate() {
        // The document date, 13 September 2023, is a Wednesday.
        let polish = EventSupport.graph("We wtorek Polska wysłała Ukrainie amunicję.", .pl)
        expectEvent(polish, .supplies, "POL", "UKR", date: "2023-09-12")
        let english = EventSupport.graph("On Tuesday Poland sent ammunition to Ukraine.", .en)
        expectEvent(english, .supplies, "POL", "UKR", date: "2023-09-12")
        let other = EventSupport.graph("Russia attacked Ukraine on Tuesday.", .en, date: "2022-02-24")
        expectEvent(other, .attacks, "RUS", "UKR", date: "2022-02-22")
    }

    @Test func lastAndNextWeekday() {
        let polish = EventSupport.graph("W zeszły piątek Niemcy dostarczyły Ukrainie czołgi.", .pl)
        expectEvent(polish, .supplies, "DEU", "UKR", status: .asserted, date: "2023-09-08")
        let english = EventSupport.graph("Last Friday Germany delivered tanks to Ukraine.", .en)
        expectEvent(english, .supplies, "DEU", "UKR", status: .asserted, date: "2023-09-08")
        let nextPolish = EventSupport.graph("Polska wyśle Ukrainie amunicję w przyszły piątek.", .pl)
        expectEvent(nextPolish, .supplies, "POL", "UKR", status: .expected, date: "2023-09-15")
        let nextEnglish = EventSupport.graph("Germany will deliver tanks to Ukraine next Friday.", .en)
        expectEvent(nextEnglish, .supplies, "DEU", "UKR", status: .expected, date: "2023-09-15")
    }

    @Test func plainWeekdayOfAFutureEventLiesAhead() {
        // "will send … on Friday" written on a Wednesday is the coming Friday, not the one before.
        withKnownIssue("DateReader resolves a bare weekday to the last one on or before the document date, whatever the tense") {
            let english = EventSupport.graph("Germany will send tanks to Ukraine on Friday.", .en)
            expectEvent(english, .supplies, "DEU", "UKR", status: .expected, date: "2023-09-15")
            let polish = EventSupport.graph("W piątek Polska wyśle Ukrainie amunicję.", .pl)
            expectEvent(polish, .supplies, "POL", "UKR", status: .expected, date: "2023-09-15")
        }
    }

    @Test func relativeDaysMonthsAndYears() {
        expectEvent(EventSupport.graph("Wczoraj Niemcy dostarczyły Ukrainie czołgi.", .pl), .supplies, "DEU", "UKR", date: "2023-09-12")
        expectEvent(EventSupport.graph("Yesterday Germany delivered tanks to Ukraine.", .en), .supplies, "DEU", "UKR", date: "2023-09-12")
        expectEvent(EventSupport.graph("W zeszłym miesiącu Niemcy dostarczyły Ukrainie czołgi.", .pl), .supplies, "DEU", "UKR", date: "2023-08")
        expectEvent(EventSupport.graph("Last month Germany delivered tanks to Ukraine.", .en), .supplies, "DEU", "UKR", date: "2023-08")
        expectEvent(EventSupport.graph("Niemcy dostarczyły Ukrainie czołgi w 2019 roku.", .pl), .supplies, "DEU", "UKR", date: "2019")
        expectEvent(EventSupport.graph("Germany delivered tanks to Ukraine in 2019.", .en), .supplies, "DEU", "UKR", date: "2019")
        // A day and month without a year: the document's year.
        expectEvent(EventSupport.graph("Niemcy dostarczyły Ukrainie czołgi 5 kwietnia.", .pl), .supplies, "DEU", "UKR", date: "2023-04-05")
        expectEvent(EventSupport.graph("Germany delivered tanks to Ukraine on 5 April.", .en), .supplies, "DEU", "UKR", date: "2023-04-05")
    }

    @Test func eachClauseTakesItsOwnDate() {
        let polish = EventSupport.graph(
            "Niemcy dostarczyły Ukrainie czołgi w poniedziałek, a Polska wysłała Ukrainie amunicję w kwietniu 2019 roku.", .pl)
        expectEvent(polish, .supplies, "DEU", "UKR", date: "2023-09-11")
        expectEvent(polish, .supplies, "POL", "UKR", date: "2019-04")
        let english = EventSupport.graph(
            "Germany delivered tanks to Ukraine on Monday, while Poland sent ammunition to Ukraine in April 2019.", .en)
        expectEvent(english, .supplies, "DEU", "UKR", date: "2023-09-11")
        expectEvent(english, .supplies, "POL", "UKR", date: "2019-04")
    }

    @Test func withoutADateTheDocumentDate() {
        let polish = EventSupport.graph("Polska skrytykowała Węgry.", .pl, date: "2024-02-29")
        expectEvent(polish, .criticizes, "POL", "HUN", date: "2024-02-29")
        let english = EventSupport.graph("Poland criticized Hungary.", .en, date: "2024-02")
        expectEvent(english, .criticizes, "POL", "HUN", date: "2024-02")
        // The document's own date line, when no option gives one.
        let marked = EventSupport.graph("date 2021-06-30\nGermany delivered tanks to Ukraine.", .en, date: nil)
        expectEvent(marked, .supplies, "DEU", "UKR", date: "2021-06-30")
        // No date anywhere: none.
        let undated = EventSupport.graph("Germany delivered tanks to Ukraine.", .en, date: nil)
        #expect(expectEvent(undated, .supplies, "DEU", "UKR", date: nil)?.date == nil)
    }

    @Test func aDateCarriesToTheNextSentenceOfTheParagraph() {
        let polish = EventSupport.graph("W kwietniu 2019 roku Niemcy dostarczyły Ukrainie czołgi. Polska wysłała Ukrainie amunicję.", .pl)
        expectEvent(polish, .supplies, "POL", "UKR", date: "2019-04")
        let english = EventSupport.graph("In April 2019 Germany delivered tanks to Ukraine. Poland sent ammunition to Ukraine.", .en)
        expectEvent(english, .supplies, "POL", "UKR", date: "2019-04")
    }
}

/// What must not come out: a conditional or a denial as asserted, a supply where nothing is handed
/// over, a cut-off as a supply.
@Suite struct EventNegativeTests {
    @Test(arguments: [
        ("Gdyby Chiny sprzedały Rosji broń, Stany Zjednoczone nałożyłyby sankcje na Chiny.", Language.pl),
        ("Gdyby Niemcy dostarczyły Ukrainie czołgi, Rosja zaatakowałaby Polskę.", .pl),
        ("If China sold weapons to Russia, the US would impose sanctions on China.", .en),
        ("China would sell weapons to Russia if the war continued.", .en),
        ("Rosja zapłaciłaby Iranowi za drony.", .pl),
        ("Niemcy dostarczyłyby Ukrainie czołgi.", .pl),
    ])
    func conditionalIsNeverAsserted(sentence: String, language: Language) {
        let graph = EventSupport.graph(sentence, language)
        #expect(!graph.events.isEmpty)
        #expect(graph.events.allSatisfy { $0.status == .hypothetical }, "\(graph.eventSummary)")
    }

    @Test func conditionalGivesOnlyItsOwnRelations() {
        let polish = EventSupport.graph("Gdyby Chiny sprzedały Rosji broń, Stany Zjednoczone nałożyłyby sankcje na Chiny.", .pl)
        expectOnlyEvents(polish, [(.supplies, "CHN", "RUS"), (.sanctions, "USA", "CHN")])
        let english = EventSupport.graph("If China sold weapons to Russia, the US would impose sanctions on China.", .en)
        expectOnlyEvents(english, [(.supplies, "CHN", "RUS"), (.sanctions, "USA", "CHN")])
    }

    @Test(arguments: [
        ("Kreml zaprzeczył, że Rosja kupiła broń od Korei Północnej.", Language.pl),
        ("Ukraina nie otrzyma czołgów od Niemiec.", .pl),
        ("Rosja nie zaatakowała Polski.", .pl),
        ("The Kremlin denied that Russia bought weapons from North Korea.", .en),
        ("Ukraine will not receive tanks from Germany.", .en),
        ("Russia denied supplying weapons to Iran.", .en),
        ("Russia did not attack Poland.", .en),
    ])
    func denialIsNeverAsserted(sentence: String, language: Language) {
        let graph = EventSupport.graph(sentence, language)
        #expect(!graph.events.contains { $0.status == .asserted }, "\(graph.eventSummary)")
    }

    @Test(arguments: [
        ("Rosja posiada broń.", Language.pl),
        ("Rosja ma dużo rakiet.", .pl),
        ("Rosja produkuje amunicję.", .pl),
        ("Russia has many missiles.", .en),
        ("Russia has many missiles and tanks.", .en),
        ("Russia's arsenal is huge.", .en),
        ("Rosja dysponuje bronią jądrową.", .pl),
        ("Russia tested a new missile near Poland.", .en),
        ("Rosja przetestowała nową rakietę w pobliżu Polski.", .pl),
    ])
    func armsWithoutATransferAreNoSupply(sentence: String, language: Language) {
        let graph = EventSupport.graph(sentence, language)
        #expect(graph.events(.supplies).isEmpty && graph.events(.aids).isEmpty, "\(graph.eventSummary)")
    }

    @Test(arguments: [
        ("Russia cut off gas supplies to Poland.", Language.en, "RUS"),
        ("Gazprom cuts off gas supplies to Poland.", .en, "gazprom"),
        ("Russia halted oil deliveries to Poland.", .en, "RUS"),
        ("Rosja wstrzymała dostawy gazu do Polski.", .pl, "RUS"),
        ("Rosja odcięła dostawy gazu do Polski.", .pl, "RUS"),
        ("Gazprom odciął dostawy gazu do Polski.", .pl, "gazprom"),
        ("Rosja odcina dostawy gazu do Polski.", .pl, "RUS"),
    ])
    func cuttingOffSuppliesIsNoSupply(sentence: String, language: Language, actor: String) {
        let graph = EventSupport.graph(sentence, language)
        #expect(graph.events(.supplies).isEmpty, "\(graph.eventSummary)")
        expectEvent(graph, .sanctions, actor, "POL")
    }

    @Test func cuttingOffSuppliesToTwoStatesIsNoSupplyToEither() {
        let graph = EventSupport.graph("Russia cut off gas supplies to Poland and Bulgaria.", .en)
        expectOnlyEvents(graph, [(.sanctions, "RUS", "POL"), (.sanctions, "RUS", "BGR")])
    }
}
