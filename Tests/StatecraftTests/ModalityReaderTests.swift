import Testing

@testable import Statecraft

private enum Cues {
    static let reader: ModalityReader = {
        do {
            return try ModalityReader.bundled()
        } catch {
            fatalError("the bundled modality cues do not load: \(error)")
        }
    }()
}

/// The status of the event whose trigger is the `occurrence`-th token written `trigger`, in its sentence.
private func status(_ text: String, _ trigger: String, _ language: Language?, future: Bool = false, occurrence: Int = 0) -> Status {
    let (tokens, sentences) = SentenceFixture.read(text)
    let matches = tokens.indices.filter { tokens[$0].text == trigger }
    guard occurrence < matches.count else {
        Issue.record("no token '\(trigger)' in '\(text)'")
        return .asserted
    }
    let index = matches[occurrence]
    let sentence = sentences.first { $0.tokens.contains(index) }!
    return Cues.reader.status(of: index, in: tokens, range: sentence.tokens, language: language, future: future)
}

@Suite struct PolishModalityTests {
    @Test func plainStatementsAreAsserted() {
        #expect(status("Rosja zaatakowała Ukrainę w lutym 2022 roku.", "zaatakowała", .pl) == .asserted)
        #expect(status("Ankara podpisała z Moskwą kontrakt na dostawę systemu.", "podpisała", .pl) == .asserted)
    }

    @Test func reported() {
        #expect(status("Według agencji Reuters Rosja dostarczyła broń Syrii.", "dostarczyła", .pl) == .reported)
        #expect(status("Jak podaje agencja AP, Korea przekazała pociski Rosji.", "przekazała", .pl) == .reported)
        #expect(status("Jak podał rzecznik, Korea przekazała pociski Rosji.", "przekazała", .pl) == .reported)
        #expect(status("Jak poinformował minister, Niemcy wysłały czołgi.", "wysłały", .pl) == .reported)
        #expect(status("Jak przekazał minister, Niemcy wysłały czołgi.", "wysłały", .pl) == .reported)
        #expect(status("Jak zapowiedział rzecznik, Niemcy wysłały czołgi.", "wysłały", .pl) == .reported)
        #expect(status("Zdaniem ekspertów Chiny kupiły rosyjską ropę.", "kupiły", .pl) == .reported)
        #expect(status("Minister oświadczył, powołując się na wywiad, że Iran sprzedał drony.", "sprzedał", .pl) == .reported)
        #expect(status("Według szacunków Polska przekazała 200 czołgów.", "przekazała", .pl) == .reported)
    }

    @Test func aSpeechVerbReportsWhatItIntroducesButNotItself() {
        #expect(status("Rzecznik powiedział, że Turcja kupiła system.", "kupiła", .pl) == .reported)
        #expect(status("Rzecznik powiedział, że Turcja kupiła system.", "powiedział", .pl) == .asserted)
        #expect(status("Prezydent odwiedził Kijów, a rzecznik powiedział, że rozmowy trwają.", "odwiedził", .pl) == .asserted)
    }

    @Test func aSpeechVerbAfterAQuoteReportsTheQuote() {
        #expect(status("- Rosja zaatakowała nasz kraj - powiedział prezydent.", "zaatakowała", .pl) == .reported)
        #expect(status("„Rosja zaatakowała nasz kraj” - mówił w poniedziałek rzecznik.", "zaatakowała", .pl) == .reported)
        #expect(status("- Rosja zaatakowała nasz kraj - powiedział prezydent.", "powiedział", .pl) == .asserted)
    }

    @Test func aQuoteOverSeveralSentencesIsReportedByItsAttribution() {
        let text = "- Rosja zaatakowała nasz kraj. To jest zbrodnia - mówił w poniedziałek rzecznik Departamentu Stanu USA Jan Kowalski.\nRosja zaatakowała Gruzję."
        #expect(status(text, "zaatakowała", .pl, occurrence: 0) == .reported)
        #expect(status(text, "zaatakowała", .pl, occurrence: 1) == .asserted)
    }

    @Test func expected() {
        #expect(status("Putin i Kim mają prowadzić negocjacje.", "prowadzić", .pl) == .expected)
        #expect(status("Rosja ma dostarczyć gaz do Chin.", "dostarczyć", .pl) == .expected)
        #expect(status("Aktywa ministra zostaną zamrożone.", "zamrożone", .pl) == .expected)
        #expect(status("Omówione zostaną kwestie współpracy.", "Omówione", .pl) == .expected)
        #expect(status("Polska będzie dostarczać amunicję.", "dostarczać", .pl) == .expected)
        #expect(status("Turcja zamierza kupić samoloty.", "kupić", .pl) == .expected)
        #expect(status("Samoloty, które Turcja zamierzała kupić, trafią gdzie indziej.", "kupić", .pl) == .expected)
        #expect(status("Rząd planuje wysłać żołnierzy.", "wysłać", .pl) == .expected)
        #expect(status("Ankara zapowiedziała, że odpowie na sankcje.", "odpowie", .pl) == .expected)
        #expect(status("Polska zadeklarowała przekazanie czołgów.", "przekazanie", .pl) == .expected)
    }

    @Test func aFutureTriggerIsExpected() {
        #expect(status("Niemcy przekażą Ukrainie czołgi.", "przekażą", .pl, future: true) == .expected)
        #expect(status("Niemcy przekażą Ukrainie czołgi.", "przekażą", .pl, future: false) == .asserted)
    }

    @Test func maWithoutAnInfinitiveIsNoCue() {
        #expect(status("Rosja ma zgodę na dostawę gazu.", "dostawę", .pl) == .asserted)
    }

    @Test func hypothetical() {
        #expect(status("Gdyby Korea dostarczyła broń, Rosja przekazałaby żywność.", "dostarczyła", .pl) == .hypothetical)
        #expect(status("Gdyby Korea dostarczyła broń, Rosja przekazałaby żywność.", "przekazałaby", .pl) == .hypothetical)
        #expect(status("Jeśli Rosja zaatakuje, NATO odpowie.", "odpowie", .pl, future: true) == .hypothetical)
        #expect(status("Jeżeli Rosja zaatakuje, NATO odpowie.", "zaatakuje", .pl, future: true) == .hypothetical)
        #expect(status("Pjongjang prawdopodobnie sprzedał pociski.", "sprzedał", .pl) == .hypothetical)
        #expect(status("Rozmowy dotyczą ewentualnych zakupów broni.", "zakupów", .pl) == .hypothetical)
        #expect(status("Ewentualne przekazanie czołgów byłoby wsparciem.", "przekazanie", .pl) == .hypothetical)
        #expect(status("Polska mogłaby przekazać czołgi.", "przekazać", .pl) == .hypothetical)
        #expect(status("Przekazanie czołgów byłoby dużym wsparciem.", "Przekazanie", .pl) == .hypothetical)
        #expect(status("Chiny rozważają dostarczenie broni Rosji.", "dostarczenie", .pl) == .hypothetical)
        #expect(status("Rząd rozważa nałożenie sankcji.", "nałożenie", .pl) == .hypothetical)
    }

    @Test func aConditionalIsNeverAsserted() {
        #expect(status("Według AP, gdyby Korea dostarczyła broń, Moskwa przekazałaby żywność.", "dostarczyła", .pl) == .hypothetical)
        #expect(status("Premier zapowiadał, że w razie odmowy Polska przekaże czołgi.", "przekaże", .pl, future: true) == .hypothetical)
        #expect(status("Minister stwierdził, że rurociągiem miałby płynąć gaz.", "płynąć", .pl) == .hypothetical)
    }

    @Test func aConditionReachesItsMainClauseNotTheClauseGoverningIt() {
        #expect(status("Premier krytykował Niemcy i zapowiadał, że w razie odmowy Polska przekaże czołgi.", "krytykował", .pl) == .asserted)
        #expect(status("Według AP, gdyby Korea dostarczyła broń, prawdopodobnie oczekiwałaby, że Moskwa przekaże żywność.", "przekaże", .pl, future: true) == .hypothetical)
        #expect(status("Rosja zaatakowała Ukrainę, a jeśli Zachód pomoże, Moskwa odpowie.", "zaatakowała", .pl) == .asserted)
    }

    @Test func accusationsReportTheirContent() {
        #expect(status("Premier zarzucał Niemcom zwlekanie z dostawami.", "zwlekanie", .pl) == .reported)
        #expect(status("Premier zarzucał Niemcom zwlekanie z dostawami.", "zarzucał", .pl) == .asserted)
    }

    @Test func neuterAndPluralFormsOfCueVerbs() {
        #expect(status("Ministerstwo przekazało, że Niemcy wysłały czołgi.", "wysłały", .pl) == .reported)
        #expect(status("Władze zapowiedziały, że wyślą żołnierzy.", "wyślą", .pl) == .expected)
        #expect(status("Chiny zaprzeczyły, że dostarczyły broń.", "dostarczyły", .pl) == .denied)
    }

    @Test func unknownOutcomesAreHypothetical() {
        #expect(status("Nie wiadomo, czy Rosja dostarczy broń.", "dostarczy", .pl, future: true) == .hypothetical)
    }

    @Test func phrasesThatLookLikeCues() {
        #expect(status("Jeśli chodzi o Rosję, Chiny kupiły ropę.", "kupiły", .pl) == .asserted)
        #expect(status("Rosja nie tylko zaatakowała Ukrainę, ale też groziła Polsce.", "zaatakowała", .pl) == .asserted)
        #expect(status("Słaby rząd podpisał umowę.", "podpisał", .pl) == .asserted)
    }

    @Test func denied() {
        #expect(status("SSB nie otrzyma już licencji.", "otrzyma", .pl, future: true) == .denied)
        #expect(status("Jak poinformował Pompeo, SSB nie otrzyma licencji.", "otrzyma", .pl, future: true) == .denied)
        #expect(status("Pekin zaprzeczył, że dostarczył broń Rosji.", "dostarczył", .pl) == .denied)
        #expect(status("Pekin zaprzeczył, że dostarczył broń Rosji.", "zaprzeczył", .pl) == .asserted)
        #expect(status("Chiny odrzuciły oskarżenia o dostawy broni.", "dostawy", .pl) == .denied)
        #expect(status("Chiny odrzuciły propozycję dostawy broni.", "dostawy", .pl) == .asserted)
        #expect(status("Niemcy odmówiły przekazania czołgów.", "przekazania", .pl) == .denied)
    }

    @Test func aDenialIsNeverAsserted() {
        #expect(status("Polska nie mogłaby przekazać czołgów.", "przekazać", .pl) == .denied)
        #expect(status("Według mediów Turcja nie kupiła samolotów.", "kupiła", .pl) == .denied)
        #expect(status("Rosja nigdy nie zaatakowała Polski.", "zaatakowała", .pl) == .denied)
    }

    @Test func negationGovernsOnlyTheWordsRightAfterIt() {
        #expect(status("Rosja nie zgadza się na to i wysyła wojska do Syrii.", "wysyła", .pl) == .asserted)
    }
}

@Suite struct EnglishModalityTests {
    @Test func plainStatementsAreAsserted() {
        #expect(status("Russia attacked Ukraine in February 2022.", "attacked", .en) == .asserted)
        #expect(status("Theresa May criticized Russia.", "criticized", .en) == .asserted)
    }

    @Test func reported() {
        #expect(status("According to Reuters, Russia supplied drones to Iran.", "supplied", .en) == .reported)
        #expect(status("Russia supplied drones to Iran, according to Reuters.", "supplied", .en) == .reported)
        #expect(status("Officials said Turkey bought the system.", "bought", .en) == .reported)
        #expect(status("Officials said Turkey bought the system.", "said", .en) == .asserted)
        #expect(status("Russia attacked the city, officials said.", "attacked", .en) == .reported)
        #expect(status("Putin says that Russia financed the group.", "financed", .en) == .reported)
        #expect(status("Russia reportedly supplied shells.", "supplied", .en) == .reported)
        #expect(status("Observers believe Iran sent drones.", "sent", .en) == .reported)
        #expect(status("Estimates suggest Poland sent 200 tanks.", "sent", .en) == .reported)
    }

    @Test func allegedlyReachesTheWordsAfterIt() {
        #expect(status("Firms that allegedly handled the payments were blacklisted.", "handled", .en) == .reported)
        #expect(status("Firms that allegedly handled the payments were blacklisted.", "blacklisted", .en) == .asserted)
        #expect(status("The firms, which allegedly handled the payments, were blacklisted.", "blacklisted", .en) == .asserted)
    }

    @Test func expected() {
        #expect(status("Germany will deliver tanks.", "deliver", .en) == .expected)
        #expect(status("Putin is to meet Kim.", "meet", .en) == .expected)
        #expect(status("The ministers are to discuss sanctions.", "discuss", .en) == .expected)
        #expect(status("Russia plans to supply gas to China.", "supply", .en) == .expected)
        #expect(status("Iran intends to buy jets.", "buy", .en) == .expected)
        #expect(status("Trade issues are to be discussed.", "discussed", .en) == .expected)
        #expect(status("The delivery will take weeks.", "delivery", .en) == .expected)
    }

    @Test func aQuoteOverSeveralSentencesIsReportedByItsAttribution() {
        let text = "“Russia attacked our country. This is a crime,” the spokesman said on Monday."
        #expect(status(text, "attacked", .en) == .reported)
    }

    @Test func wouldInReportedSpeechIsExpected() {
        #expect(status("Lavrov said that Wagner's instructors would continue their work.", "continue", .en) == .expected)
        #expect(status("Lavrov said this week the instructors would continue their work.", "continue", .en) == .expected)
    }

    @Test func hypothetical() {
        #expect(status("If North Korea supplies arms, Russia would send food.", "supplies", .en) == .hypothetical)
        #expect(status("If North Korea supplies arms, Russia would send food.", "send", .en) == .hypothetical)
        #expect(status("Officials said that if Iran attacked, Israel would respond.", "respond", .en) == .hypothetical)
        #expect(status("Russia would never accept that.", "accept", .en) == .denied)
        #expect(status("Russia could deliver more missiles.", "deliver", .en) == .hypothetical)
        #expect(status("Russia might deliver more missiles.", "deliver", .en) == .hypothetical)
        #expect(status("Russia may deliver more missiles.", "deliver", .en) == .hypothetical)
        #expect(status("China is considering supplying weapons.", "supplying", .en) == .hypothetical)
        #expect(status("The EU considers new sanctions.", "sanctions", .en) == .hypothetical)
        #expect(status("A possible attack worries Kyiv.", "attack", .en) == .hypothetical)
        #expect(status("Russia probably supplied shells.", "supplied", .en) == .hypothetical)
        #expect(status("Possibly, Russia supplied shells.", "supplied", .en) == .hypothetical)
    }

    @Test func aConditionalIsNeverAsserted() {
        #expect(status("According to AP, if Pyongyang sends arms, Moscow will pay.", "sends", .en) == .hypothetical)
        #expect(status("Moscow will pay if Pyongyang sends arms.", "pay", .en) == .hypothetical)
    }

    @Test func denied() {
        #expect(status("Turkey did not send troops.", "send", .en) == .denied)
        #expect(status("Russia didn't attack Poland.", "attack", .en) == .denied)
        #expect(status("Russia never attacked Poland.", "attacked", .en) == .denied)
        #expect(status("Moscow no longer supplies gas.", "supplies", .en) == .denied)
        #expect(status("Iran will not supply drones.", "supply", .en) == .denied)
        #expect(status("There was no attack on the city.", "attack", .en) == .denied)
        #expect(status("Turkey denied sending troops.", "sending", .en) == .denied)
        #expect(status("Turkey denied sending troops.", "denied", .en) == .asserted)
        #expect(status("Peskov denied that Russia threatened Europe.", "threatened", .en) == .denied)
        #expect(status("China rejected claims that it armed Russia.", "armed", .en) == .denied)
        #expect(status("Moscow rejected the proposal to talk.", "talk", .en) == .asserted)
    }

    @Test func aDenialAfterTheClaimReachesBack() {
        #expect(status("Pashinyan accused Ankara of sending mercenaries, a claim Turkey denies.", "sending", .en) == .denied)
        #expect(status("A Turkish jet shot down an Armenian plane, which Ankara has flatly rejected.", "shot", .en) == .denied)
        #expect(status("Rosja zaatakowała konwój, czemu Moskwa zaprzeczyła.", "zaatakowała", .pl) == .denied)
    }

    @Test func aDenialAfterTheClaimDeniesTheClaimNotTheClaiming() {
        let text = "Kyiv says drones hit the port, and Warsaw accused Minsk of sending troops, a claim Belarus denies."
        #expect(status(text, "hit", .en) == .reported)
        #expect(status(text, "accused", .en) == .asserted)
        #expect(status(text, "sending", .en) == .denied)
        #expect(status("Armenia said a Turkish jet shot down a plane, which Ankara has flatly rejected.", "said", .en) == .asserted)
    }

    @Test func aRefusalReachesWhatIsRefusedOnly() {
        #expect(status("Gazprom cut off supplies after Poland refused to pay in roubles.", "cut", .en) == .asserted)
        #expect(status("Gazprom cut off supplies after Poland refused to pay in roubles.", "pay", .en) == .denied)
    }

    @Test func aLaterSpeakerDoesNotReportAnEarlierStatement() {
        let text = "Petkov said his country would not give in, while Polish officials said storage sites were well stocked and households would not be affected."
        #expect(status(text, "said", .en, occurrence: 0) == .asserted)
    }

    @Test func accusationsReportTheirContent() {
        #expect(status("Armenia accused Turkey of sending troops.", "sending", .en) == .reported)
    }

    @Test func contractionsAtTheStartOfASentence() {
        #expect(status("Didn't Russia attack Poland?", "attack", .en) == .denied)
        #expect(status("It is unclear whether Iran sent drones.", "sent", .en) == .hypothetical)
        #expect(status("The Treasury targeted two firms, saying both were controlled by Prigozhin.", "controlled", .en) == .reported)
    }

    @Test func notOnlyIsNoNegation() {
        #expect(status("Russia not only attacked Ukraine but also threatened Poland.", "attacked", .en) == .asserted)
    }

    @Test func aDenialIsNeverAsserted() {
        #expect(status("According to Reuters, Turkey did not send troops.", "send", .en) == .denied)
        #expect(status("If Russia does not pay, Gazprom will cut supplies.", "pay", .en) == .denied)
    }
}

@Suite struct ModalityCueFileTests {
    @Test func bundledCuesLoad() throws {
        let reader = try ModalityReader.bundled()
        #expect(reader.cues.count > 300)
        #expect(!reader.endings.isEmpty)
    }

    @Test func bothLanguagesWhenTheLanguageIsUnknown() {
        #expect(status("Według Reutersa Rosja dostarczyła broń.", "dostarczyła", nil) == .reported)
        #expect(status("Russia will deliver tanks.", "deliver", nil) == .expected)
    }

    @Test func theReadingNamesItsCues() {
        let (tokens, sentences) = SentenceFixture.read("Według AP Korea prawdopodobnie dostarczyła broń.")
        let trigger = tokens.firstIndex { $0.text == "dostarczyła" }!
        let reading = Cues.reader.reading(of: trigger, in: tokens, range: sentences[0].tokens, language: .pl, future: false)
        #expect(reading.status == .hypothetical)
        #expect(Set(reading.cues) == ["według", "prawdopodobnie"])
    }

    @Test func badLinesNameTheFileLineAndColumn() {
        var reader = ModalityReader()
        #expect(throws: ExtractionError.invalidLexicon(file: "cues.tsv", line: 2, message: "column 3 (status): expected reported, expected, hypothetical, denied, none or boundary, not 'maybe'")) {
            try reader.add(contentsOf: "# cues\nen\tperchance\tmaybe\tword\n", file: "cues.tsv")
        }
        #expect(throws: ExtractionError.self) { try reader.add(contentsOf: "en\tperchance\thypothetical\tparagraph\n", file: "cues.tsv") }
        #expect(throws: ExtractionError.self) { try reader.add(contentsOf: "en\tperchance\thypothetical\tword\twindow=x\n", file: "cues.tsv") }
        #expect(throws: ExtractionError.self) { try reader.add(contentsOf: "en\tperchance\thypothetical\tword\tloud\n", file: "cues.tsv") }
        #expect(throws: ExtractionError.self) { try reader.add(contentsOf: "de\tvielleicht\thypothetical\tword\n", file: "cues.tsv") }
        #expect(throws: ExtractionError.self) { try reader.add(contentsOf: "en\tperchance\n", file: "cues.tsv") }
        #expect(throws: ExtractionError.self) { try reader.add(contentsOf: "en\tso that\tboundary\tcomplement\n", file: "cues.tsv") }
    }

    @Test func aSentenceReadOnceAnswersForEachTrigger() {
        let (tokens, sentences) = SentenceFixture.read("Rosja zaatakowała Ukrainę, a Chiny prawdopodobnie dostarczą broń.")
        let sentence = Cues.reader.sentence(tokens, range: sentences[0].tokens, language: .pl)
        let attacked = tokens.firstIndex { $0.text == "zaatakowała" }!
        let supply = tokens.firstIndex { $0.text == "dostarczą" }!
        #expect(sentence.status(of: attacked, future: false) == .asserted)
        #expect(sentence.status(of: supply, future: true) == .hypothetical)
        #expect(sentence.status(of: supply, future: true) == Cues.reader.status(of: supply, in: tokens, range: sentences[0].tokens, language: .pl, future: true))
    }

    @Test func userCuesExtendTheReader() throws {
        var reader = try ModalityReader.bundled()
        try reader.add(contentsOf: "en\tperchance\thypothetical\tclause\n", file: "mine.tsv")
        let (tokens, sentences) = SentenceFixture.read("Perchance Russia supplied shells.")
        let trigger = tokens.firstIndex { $0.text == "supplied" }!
        #expect(reader.status(of: trigger, in: tokens, range: sentences[0].tokens, language: .en, future: false) == .hypothetical)
    }
}
