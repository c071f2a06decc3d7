import Testing

@testable import Statecraft

/// One date a test expects: the words, the ISO date, the kind.
private struct Found: Equatable, CustomStringConvertible {
    var words: String
    var date: String
    var kind: DateExpression.Kind
    var since = false

    var description: String { "\(words) → \(date) \(kind)\(since ? " since" : "")" }
}

/// The dates of the first sentence of `text`.
private func dates(_ text: String, _ language: Language?, document: String?, anchor: String? = nil) -> [Found] {
    let (tokens, sentences) = SentenceFixture.read(text)
    let reader = DateReader(language: language, documentDate: document.flatMap { PartialDate($0) })
    return reader.dates(in: tokens, range: sentences[0].tokens, anchor: anchor.flatMap { PartialDate($0) }).map {
        Found(words: SentenceFixture.text(tokens, $0.tokens), date: $0.date.description, kind: $0.kind, since: $0.since)
    }
}

@Suite struct PolishDateTests {
    @Test func monthAndYear() {
        #expect(dates("Kim był w Rosji w kwietniu 2019 roku.", .pl, document: "2023-09") == [Found(words: "w kwietniu 2019 roku", date: "2019-04", kind: .explicit)])
        #expect(dates("W sierpniu 2019 r. odwiedził Moskwę.", .pl, document: "2020-12-15") == [Found(words: "W sierpniu 2019 r .", date: "2019-08", kind: .explicit)])
    }

    @Test func year() {
        #expect(dates("Umowę podpisano w 2017 roku w Ankarze.", .pl, document: "2020-12-15") == [Found(words: "w 2017 roku", date: "2017", kind: .explicit)])
        #expect(dates("Umowa z 2017 r. obowiązuje.", .pl, document: "2020-12-15") == [Found(words: "z 2017 r .", date: "2017", kind: .explicit)])
    }

    @Test func sinceMarksTheStart() {
        #expect(dates("Rosja od lutego 2022 roku prowadzi wojnę.", .pl, document: "2023-01-25") == [Found(words: "od lutego 2022 roku", date: "2022-02", kind: .explicit, since: true)])
    }

    @Test func dayMonthYear() {
        #expect(dates("Baterie dotarły 12 lipca 2019 roku do bazy.", .pl, document: "2020-12-15") == [Found(words: "12 lipca 2019 roku", date: "2019-07-12", kind: .explicit)])
    }

    @Test func dayMonthTakesTheDocumentYear() {
        #expect(dates("Sąd wydał 17 marca nakaz.", .pl, document: "2023-03-22") == [Found(words: "17 marca", date: "2023-03-17", kind: .partial)])
        // A few days ahead is still this year (an announced date) …
        #expect(dates("Szczyt zacznie się 25 marca.", .pl, document: "2023-03-22") == [Found(words: "25 marca", date: "2023-03-25", kind: .partial)])
        // … months ahead is last year's.
        #expect(dates("Sąd wydał 17 grudnia nakaz.", .pl, document: "2023-03-22") == [Found(words: "17 grudnia", date: "2022-12-17", kind: .partial)])
    }

    @Test func monthWithoutYearIsTheMostRecent() {
        #expect(dates("W lutym sekretarz oświadczył coś.", .pl, document: "2023-03-22") == [Found(words: "W lutym", date: "2023-02", kind: .partial)])
        #expect(dates("W marcu sekretarz oświadczył coś.", .pl, document: "2023-03-22") == [Found(words: "W marcu", date: "2023-03", kind: .partial)])
        #expect(dates("W kwietniu sekretarz oświadczył coś.", .pl, document: "2023-03-22") == [Found(words: "W kwietniu", date: "2022-04", kind: .partial)])
        #expect(dates("Pod koniec października nic.", .pl, document: "2023-03-22") == [Found(words: "października", date: "2022-10", kind: .partial)])
    }

    @Test func weekdaysAreTheMostRecentOnOrBeforeTheDocumentDate() {
        // 2023-03-22 is a Wednesday.
        let expected = [
            ("w poniedziałek", "2023-03-20"), ("we wtorek", "2023-03-21"), ("w środę", "2023-03-22"),
            ("w czwartek", "2023-03-16"), ("w piątek", "2023-03-17"), ("w sobotę", "2023-03-18"),
            ("w niedzielę", "2023-03-19"),
        ]
        for (words, date) in expected {
            #expect(dates("Prezydent przyjechał \(words) do Moskwy.", .pl, document: "2023-03-22") == [Found(words: words, date: date, kind: .partial)])
        }
    }

    @Test func weekdayWithoutADayGivesTheDocumentMonth() {
        #expect(dates("Rzecznik mówił w poniedziałek o porażce.", .pl, document: "2023-09") == [Found(words: "w poniedziałek", date: "2023-09", kind: .partial)])
    }

    @Test func nextAndLastWeekdays() {
        #expect(dates("Spotkają się w przyszły wtorek.", .pl, document: "2023-03-22") == [Found(words: "w przyszły wtorek", date: "2023-03-28", kind: .partial)])
        #expect(dates("Spotkali się w zeszłą środę.", .pl, document: "2023-03-22") == [Found(words: "w zeszłą środę", date: "2023-03-15", kind: .partial)])
    }

    @Test func dayBeforeCountsFromTheAnchor() {
        #expect(dates("Dzień wcześniej Warszawa złożyła wniosek.", .pl, document: "2023-01-25", anchor: "2023-01-25") == [Found(words: "Dzień wcześniej", date: "2023-01-24", kind: .relative)])
        // Across a month boundary.
        #expect(dates("Dzień wcześniej Warszawa złożyła wniosek.", .pl, document: "2023-03-22", anchor: "2023-03-01") == [Found(words: "Dzień wcześniej", date: "2023-02-28", kind: .relative)])
        // An anchor without a day gives its own precision.
        #expect(dates("Dzień wcześniej Warszawa złożyła wniosek.", .pl, document: "2023-01-25", anchor: "2023-01") == [Found(words: "Dzień wcześniej", date: "2023-01", kind: .relative)])
    }

    @Test func fewDaysLaterGivesTheAnchorMonth() {
        #expect(dates("Kilka dni później Biały Dom ogłosił decyzję.", .pl, document: "2020-12-15", anchor: "2019-07-12") == [Found(words: "Kilka dni później", date: "2019-07", kind: .relative)])
    }

    @Test func sameDayIsTheAnchor() {
        #expect(dates("Tego samego dnia prezydent ogłosił decyzję.", .pl, document: "2023-01-26", anchor: "2023-01-25") == [Found(words: "Tego samego dnia", date: "2023-01-25", kind: .relative)])
        // After a date without a day, the same day is the document's.
        #expect(dates("Tego samego dnia prezydent ogłosił decyzję.", .pl, document: "2023-01-26", anchor: "2022") == [Found(words: "Tego samego dnia", date: "2023-01-26", kind: .relative)])
        #expect(dates("Tego samego dnia prezydent ogłosił decyzję.", .pl, document: "2023-01", anchor: "2022-12") == [Found(words: "Tego samego dnia", date: "2022-12", kind: .relative)])
    }

    @Test func thenIsTheAnchorAtItsPrecision() {
        #expect(dates("Erdoğan pytał wówczas o samoloty.", .pl, document: "2020-12-15", anchor: "2019-08") == [Found(words: "wówczas", date: "2019-08", kind: .relative)])
    }

    @Test func aDateEarlierInTheSentenceIsTheAnchor() {
        let found = dates("Baterie dotarły 12 lipca 2019 roku, a dzień później przyleciał drugi samolot.", .pl, document: "2020-12-15", anchor: "2018")
        #expect(found == [
            Found(words: "12 lipca 2019 roku", date: "2019-07-12", kind: .explicit),
            Found(words: "dzień później", date: "2019-07-13", kind: .relative),
        ])
    }

    @Test func documentRelativePhrases() {
        #expect(dates("Wczoraj prezydent przyjechał.", .pl, document: "2023-03-01") == [Found(words: "Wczoraj", date: "2023-02-28", kind: .relative)])
        #expect(dates("W zeszłym roku prezydent przyjechał.", .pl, document: "2023-03-01") == [Found(words: "W zeszłym roku", date: "2022", kind: .relative)])
        #expect(dates("Prezydent przyjechał w tym tygodniu.", .pl, document: "2023-03-01") == [Found(words: "w tym tygodniu", date: "2023-03", kind: .relative)])
    }

    @Test func deadlineIsNotAnEventDate() {
        #expect(dates("Podpisali dokument o współpracy do 2030 roku.", .pl, document: "2023-03-22") == [Found(words: "do 2030 roku", date: "2030", kind: .deadline)])
        #expect(dates("Mają się wycofać do końca marca.", .pl, document: "2023-03-22") == [Found(words: "do końca marca", date: "2023-03", kind: .deadline)])
        #expect(dates("Mają się wycofać przed 2030 rokiem.", .pl, document: "2023-03-22") == [Found(words: "przed 2030 rokiem", date: "2030", kind: .deadline)])
    }

    @Test func numbersThatAreNoDates() {
        #expect(dates("Berlin wyśle 14 czołgów Leopard 2A6 z zasobów armii.", .pl, document: "2023-01-25").isEmpty)
        #expect(dates("Rosja straciła Su-25 i dwa F-16.", .pl, document: "2023-01-25").isEmpty)
        #expect(dates("Turcja zapłaciła około 2,5 mld dolarów.", .pl, document: "2020-12-15").isEmpty)
        #expect(dates("Polska przekazała ponad 200 czołgów T-72.", .pl, document: "2023-01-25").isEmpty)
        // A year needs a preposition or a year word.
        #expect(dates("Projekt 2030 ruszył.", .pl, document: "2023-01-25").isEmpty)
        #expect(dates("Przysłano 2000 żołnierzy.", .pl, document: "2023-01-25").isEmpty)
    }

    @Test func wordsThatLookLikeMonths() {
        // `mają` (they have) folds to `maja` (of May); `Maja` is a name.
        #expect(dates("Putin i Kim mają prowadzić negocjacje.", .pl, document: "2023-09").isEmpty)
        #expect(dates("Rozmawiała z nią Maja Nowak.", .pl, document: "2023-09").isEmpty)
        #expect(dates("Szczyt odbył się 3 maja 2022 roku.", .pl, document: "2023-09") == [Found(words: "3 maja 2022 roku", date: "2022-05-03", kind: .explicit)])
    }

    @Test func withoutADocumentDateTheAnchorResolves() {
        #expect(dates("W lutym przyjechał.", .pl, document: nil, anchor: "2021-05") == [Found(words: "W lutym", date: "2021-02", kind: .partial)])
        #expect(dates("W lutym przyjechał.", .pl, document: nil).isEmpty)
    }
}

@Suite struct EnglishDateTests {
    @Test func monthAndYear() {
        #expect(dates("Kim visited Russia in April 2019 by train.", .en, document: "2023-09") == [Found(words: "in April 2019", date: "2019-04", kind: .explicit)])
        #expect(dates("Netanyahu visited Baku in December 2016.", .en, document: "2020-10-02") == [Found(words: "in December 2016", date: "2016-12", kind: .explicit)])
    }

    @Test func abbreviatedMonthAndDay() {
        #expect(dates("Fighting broke out on Sept. 27 in the region.", .en, document: "2020-10-02") == [Found(words: "on Sept . 27", date: "2020-09-27", kind: .partial)])
        #expect(dates("Russia invaded on Feb. 24 and shelled Kyiv.", .en, document: "2022-04-27") == [Found(words: "on Feb . 24", date: "2022-02-24", kind: .partial)])
        #expect(dates("Russia invaded on Feb. 24, 2022, and shelled Kyiv.", .en, document: "2023-04-27") == [Found(words: "on Feb . 24 , 2022", date: "2022-02-24", kind: .explicit)])
    }

    @Test func monthDayWithoutPreposition() {
        #expect(dates("The rule took effect March 31 for all buyers.", .en, document: "2022-04-27") == [Found(words: "March 31", date: "2022-03-31", kind: .partial)])
        #expect(dates("The talks ended 27 September 2019 in Paris.", .en, document: "2022-04-27") == [Found(words: "27 September 2019", date: "2019-09-27", kind: .explicit)])
    }

    @Test func weekday() {
        // 2023-06-28 is a Wednesday.
        #expect(dates("The United States on Tuesday imposed sanctions.", .en, document: "2023-06-28") == [Found(words: "on Tuesday", date: "2023-06-27", kind: .partial)])
        #expect(dates("Officials said Friday that talks failed.", .en, document: "2023-06-28") == [Found(words: "Friday", date: "2023-06-23", kind: .partial)])
        #expect(dates("They meet next Monday.", .en, document: "2023-06-28") == [Found(words: "next Monday", date: "2023-07-03", kind: .partial)])
    }

    @Test func monthAlone() {
        #expect(dates("Sanctions were announced in May by Washington.", .en, document: "2023-06-28") == [Found(words: "in May", date: "2023-05", kind: .partial)])
        #expect(dates("In March the talks stalled.", .en, document: "2023-06-28") == [Found(words: "In March", date: "2023-03", kind: .partial)])
        // Not months: the modal, the verb, the name.
        #expect(dates("Russia may march on Kyiv.", .en, document: "2023-06-28").isEmpty)
        #expect(dates("Theresa May met Macron.", .en, document: "2023-06-28").isEmpty)
        #expect(dates("Jan Kowalski met Macron.", .en, document: "2023-06-28").isEmpty)
    }

    @Test func yearWithModifierOrSince() {
        #expect(dates("In early 2021 they beat back an offensive.", .en, document: "2023-06-28") == [Found(words: "In early 2021", date: "2021", kind: .explicit)])
        #expect(dates("Fighters have operated there since 2018, officials say.", .en, document: "2023-06-28") == [Found(words: "since 2018", date: "2018", kind: .explicit, since: true)])
        #expect(dates("The firm was sanctioned in 2020.", .en, document: "2023-06-28") == [Found(words: "in 2020", date: "2020", kind: .explicit)])
        #expect(dates("Growth slowed in mid-2021 sharply.", .en, document: "2023-06-28") == [Found(words: "in mid 2021", date: "2021", kind: .explicit)])
    }

    @Test func relativeToTheDocument() {
        let document = "2023-06-28"
        #expect(dates("Earlier this month Moscow denied it.", .en, document: document) == [Found(words: "Earlier this month", date: "2023-06", kind: .relative)])
        #expect(dates("Lavrov said this week that they stay.", .en, document: document) == [Found(words: "this week", date: "2023-06", kind: .relative)])
        #expect(dates("The deal was signed last year.", .en, document: document) == [Found(words: "last year", date: "2022", kind: .relative)])
        #expect(dates("The deal was signed yesterday.", .en, document: document) == [Found(words: "yesterday", date: "2023-06-27", kind: .relative)])
        #expect(dates("The deal was signed yesterday.", .en, document: "2023-06") == [Found(words: "yesterday", date: "2023-06", kind: .relative)])
    }

    @Test func aWeekLater() {
        #expect(dates("A week later, the talks resumed.", .en, document: "2023-03-22", anchor: "2023-02-27") == [Found(words: "A week later", date: "2023-03-06", kind: .relative)])
        #expect(dates("Tydzień później rozmowy wznowiono.", .pl, document: "2023-03-22", anchor: "2023-02") == [Found(words: "Tydzień później", date: "2023-02", kind: .relative)])
    }

    @Test func theSameDay() {
        #expect(dates("The same day, Biden announced tanks.", .en, document: "2023-01-25", anchor: "2023-01-24") == [Found(words: "The same day", date: "2023-01-24", kind: .relative)])
    }

    @Test func relativeToTheAnchor() {
        #expect(dates("The day before, troops crossed the border.", .en, document: "2020-10-02", anchor: "2020-09-27") == [Found(words: "The day before", date: "2020-09-26", kind: .relative)])
        #expect(dates("A few days later, the White House acted.", .en, document: "2020-12-15", anchor: "2019-07-12") == [Found(words: "A few days later", date: "2019-07", kind: .relative)])
    }

    @Test func deadlines() {
        #expect(dates("Germany will phase out coal by 2030 at the latest.", .en, document: "2023-06-28") == [Found(words: "by 2030", date: "2030", kind: .deadline)])
        #expect(dates("The ban stays until 2030 unless lifted.", .en, document: "2023-06-28") == [Found(words: "until 2030", date: "2030", kind: .deadline)])
        #expect(dates("Troops must leave by the end of 2024.", .en, document: "2023-06-28") == [Found(words: "by the end of 2024", date: "2024", kind: .deadline)])
    }

    @Test func numbersThatAreNoDates() {
        #expect(dates("The US pledged $5 billion in aid.", .en, document: "2023-06-28").isEmpty)
        #expect(dates("China signed a 99-year lease.", .en, document: "2023-06-28").isEmpty)
        #expect(dates("Poland sent F-16 jets and Su-25 aircraft.", .en, document: "2023-06-28").isEmpty)
        #expect(dates("The 2020 election was close.", .en, document: "2023-06-28").isEmpty)
        #expect(dates("It sent 31 tanks.", .en, document: "2023-06-28").isEmpty)
    }

    @Test func isoDates() {
        #expect(dates("The order of 2023-03-17 stands.", .en, document: "2023-06-28") == [Found(words: "of 2023 03 17", date: "2023-03-17", kind: .explicit)])
    }
}

@Suite struct CalendarTests {
    @Test func weekdaysAndDayArithmetic() {
        #expect(PartialDate("1970-01-01")!.weekday == 4)
        #expect(PartialDate("2023-03-22")!.weekday == 3)
        #expect(PartialDate("2024-02-28")!.adding(days: 1)?.description == "2024-02-29")
        #expect(PartialDate("2023-01-01")!.adding(days: -1)?.description == "2022-12-31")
        #expect(PartialDate("2023-01")!.adding(months: -1)?.description == "2022-12")
        #expect(PartialDate("2024-02-29")!.adding(years: 1)?.description == "2025-02-28")
        #expect(PartialDate("1800-03-01")!.adding(days: -1)?.description == "1800-02-28")
        for number in stride(from: -100_000, through: 100_000, by: 997) {
            #expect(PartialDate.day(number: number)?.dayNumber == number)
        }
    }

    @Test func bundledCalendarLoads() throws {
        let calendar = try CalendarLexicon.bundled()
        #expect(calendar.phrases.count > 100)
    }

    @Test func badLinesNameTheFileLineAndColumn() {
        var calendar = CalendarLexicon()
        #expect(throws: ExtractionError.invalidLexicon(file: "mine.tsv", line: 2, message: "column 4 (value): a month is 1–12, not '13'")) {
            try calendar.add(contentsOf: "# months\nmonth\tpl\ttrzynastego\t13\n", file: "mine.tsv")
        }
        #expect(throws: ExtractionError.self) { try calendar.add(contentsOf: "relative\ten\tsoon\tdocument\t+1w\tday\n", file: "mine.tsv") }
        #expect(throws: ExtractionError.self) { try calendar.add(contentsOf: "month\txx\tjanuar\t1\n", file: "mine.tsv") }
        #expect(throws: ExtractionError.self) { try calendar.add(contentsOf: "season\ten\tspring\t3\n", file: "mine.tsv") }
    }

    @Test func userFilesExtendTheCalendar() throws {
        var calendar = try CalendarLexicon.bundled()
        try calendar.add(contentsOf: "relative\ten\tthe other day\tdocument\t-2d\tday\n", file: "mine.tsv")
        let (tokens, sentences) = SentenceFixture.read("They met the other day.")
        let found = DateReader(language: .en, documentDate: PartialDate("2023-06-28"), calendar: calendar)
            .dates(in: tokens, range: sentences[0].tokens, anchor: nil)
        #expect(found.map(\.date.description) == ["2023-06-26"])
    }
}
