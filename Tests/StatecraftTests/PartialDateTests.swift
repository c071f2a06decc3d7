import Testing

@testable import Statecraft

@Suite("PartialDate")
struct PartialDateTests {
    @Test(
        "valid dates parse and print back unchanged",
        arguments: [
            "2023", "2023-01", "2023-09", "2023-12", "2023-09-13", "2023-01-31", "2023-04-30",
            "2023-12-31", "2023-02-28", "2024-02-29", "2000-02-29", "1996-02-29", "0000", "0001-01-01",
            "9999-12-31",
        ])
    func validDate(_ text: String) throws {
        let date = try #require(PartialDate(text))
        #expect(date.description == text)
        #expect(PartialDate(date.description) == date)
    }

    @Test(
        "malformed or impossible dates are refused",
        arguments: [
            "", "2023-13", "2023-00", "2023-02-30", "2023-02-29", "1900-02-29", "2100-02-29",
            "2023-04-31", "2023-06-31", "2023-09-00", "2023-09-32", "23-09", "2023-9", "2023-09-1",
            "202", "20231", "2023-", "-2023", "2023--09", "2023-09-", "2023-09-13-01", "2023/09",
            "2023.09", " 2023", "2023 ", "abcd", "２０２３", "+2023", "+202", "2023-1a", "2023-09T00",
            "10000",
        ])
    func invalidDate(_ text: String) {
        #expect(PartialDate(text) == nil, "'\(text)' should not parse")
    }

    @Test("components and precision")
    func components() throws {
        let year = try #require(PartialDate("2023"))
        let month = try #require(PartialDate("2023-09"))
        let day = try #require(PartialDate("2023-09-13"))
        #expect(year.year == 2023 && year.month == nil && year.day == nil)
        #expect(month.year == 2023 && month.month == 9 && month.day == nil)
        #expect(day.year == 2023 && day.month == 9 && day.day == 13)
        #expect(year.precision == .year)
        #expect(month.precision == .month)
        #expect(day.precision == .day)
        #expect(PartialDate.Precision.year < .month && PartialDate.Precision.month < .day)
    }

    @Test("the memberwise initialiser refuses dates that do not exist")
    func memberwise() {
        #expect(PartialDate(year: 2024, month: 2, day: 29) != nil)
        #expect(PartialDate(year: 2023, month: 2, day: 29) == nil)
        #expect(PartialDate(year: 2023, month: 13) == nil)
        #expect(PartialDate(year: 2023, month: 0) == nil)
        #expect(PartialDate(year: 2023, day: 1) == nil, "a day without a month")
        #expect(PartialDate(year: -1) == nil)
        #expect(PartialDate(year: 10_000) == nil)
        #expect(PartialDate(year: 7)?.description == "0007")
        #expect(PartialDate(year: 2023, month: 9, day: 3)?.description == "2023-09-03")
    }

    @Test("leap years", arguments: [(2024, true), (2023, false), (1900, false), (2000, true), (2100, false), (1600, true)])
    func leapYear(year: Int, isLeap: Bool) {
        #expect(PartialDate.isLeapYear(year) == isLeap)
        #expect(PartialDate.daysIn(month: 2, year: year) == (isLeap ? 29 : 28))
    }

    @Test("days in each month")
    func daysInMonth() {
        let days = (1...12).map { PartialDate.daysIn(month: $0, year: 2023) }
        #expect(days == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
    }

    @Test("ordering: by first day covered, the less precise first")
    func ordering() throws {
        let texts = ["2023", "2023-01", "2023-01-01", "2023-01-02", "2023-02", "2023-12-31", "2024"]
        let dates = try texts.map { try #require(PartialDate($0)) }
        for (earlier, later) in zip(dates, dates.dropFirst()) {
            #expect(earlier < later, "\(earlier) < \(later)")
            #expect(!(later < earlier), "not \(later) < \(earlier)")
        }
        #expect(dates.reversed().sorted() == dates)
        #expect(dates.shuffled().sorted().map(\.description) == texts)
        // Distinct dates never tie.
        #expect(Set(dates).count == dates.count)
        #expect(PartialDate("2023-01") != PartialDate("2023-01-01"))
        #expect(PartialDate("2023-01-15")! < PartialDate("2023-02")!)
    }

    @Test(
        "interval: the first and last day covered",
        arguments: [
            ("2023", "2023-01-01", "2023-12-31"),
            ("2023-09", "2023-09-01", "2023-09-30"),
            ("2024-02", "2024-02-01", "2024-02-29"),
            ("2023-02", "2023-02-01", "2023-02-28"),
            ("2023-12", "2023-12-01", "2023-12-31"),
            ("2023-09-13", "2023-09-13", "2023-09-13"),
        ])
    func interval(date: String, first: String, last: String) throws {
        let interval = try #require(PartialDate(date)).interval
        #expect(interval.lowerBound.description == first)
        #expect(interval.upperBound.description == last)
        #expect(interval.lowerBound.precision == .day && interval.upperBound.precision == .day)
    }

    @Test(
        "overlaps(since:until:)",
        arguments: [
            ("2023-09", nil, nil, true),
            ("2023-09", "2023-09-30", nil, true),
            ("2023-09", "2023-10", nil, false),
            ("2023-09", "2023-10-01", nil, false),
            ("2023-09", nil, "2023-09-01", true),
            ("2023-09", nil, "2023-08-31", false),
            ("2023-09", nil, "2023-08", false),
            ("2023-09", "2023", "2023", true),
            ("2023-09", "2024", nil, false),
            ("2023-09", nil, "2022", false),
            ("2023", "2023-12-31", nil, true),
            ("2023", nil, "2023-01-01", true),
            ("2023", "2024-01-01", nil, false),
            ("2023-09-13", "2023-09", "2023-09", true),
            ("2023-09-13", "2023-09-14", nil, false),
            ("2023-09-13", nil, "2023-09-12", false),
            ("2023-09-13", "2023-09-13", "2023-09-13", true),
        ] as [(String, String?, String?, Bool)])
    func overlaps(date: String, since: String?, until: String?, expected: Bool) throws {
        let date = try #require(PartialDate(date))
        let since = try since.map { try #require(PartialDate($0)) }
        let until = try until.map { try #require(PartialDate($0)) }
        #expect(date.overlaps(since: since, until: until) == expected)
    }
}
