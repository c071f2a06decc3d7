/// A calendar date known to the precision the text gives: a year (`2023`), a month (`2023-09`) or a
/// day (`2023-09-13`), written as in ISO 8601.
///
/// Parsing is strict: four-digit years, two-digit months and days, months 1–12, days that exist in
/// their month (leap years included). Partial dates order by the first day they cover and, for the
/// same first day, the less precise first: `2023 < 2023-01 < 2023-01-01 < 2023-01-02 < 2023-02`.
/// ``interval`` gives the days a partial date covers, for time-window filters.
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Precision: Int, Sendable, Comparable {
        case year, month, day
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public let year: Int
    public let month: Int?
    public let day: Int?

    /// A date of the given precision; `nil` when it does not exist (month 13, 30 February, a day
    /// without a month, a year outside 0…9999).
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (0...9999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day {
                guard (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
            }
        } else if day != nil {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `nil` for anything else.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let widths = [4, 2, 2]
        guard (1...3).contains(parts.count) else { return nil }
        var numbers: [Int] = []
        for (part, width) in zip(parts, widths) {
            guard part.utf8.count == width, part.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                let number = Int(part)
            else { return nil }
            numbers.append(number)
        }
        self.init(
            year: numbers[0],
            month: numbers.count > 1 ? numbers[1] : nil,
            day: numbers.count > 2 ? numbers[2] : nil)
    }

    public var precision: Precision {
        day != nil ? .day : month != nil ? .month : .year
    }

    /// The ISO 8601 form: `2023`, `2023-09`, `2023-09-13`.
    public var description: String {
        var text = Self.pad(year, 4)
        if let month { text += "-" + Self.pad(month, 2) }
        if let day { text += "-" + Self.pad(day, 2) }
        return text
    }

    /// The first and last day this date covers: `2023-09` covers 2023-09-01…2023-09-30.
    public var interval: ClosedRange<PartialDate> {
        let firstMonth = month ?? 1
        let lastMonth = month ?? 12
        let first = PartialDate(year: year, month: firstMonth, day: day ?? 1)!
        let last = PartialDate(
            year: year, month: lastMonth,
            day: day ?? Self.daysIn(month: lastMonth, year: year))!
        return first...last
    }

    /// Whether any day of this date falls within `since…until` (either bound may be open). Bounds
    /// are partial dates too: `since: 2023-09` starts on 1 September, `until: 2023` ends on 31 December.
    public func overlaps(since: PartialDate?, until: PartialDate?) -> Bool {
        let days = interval
        if let since, days.upperBound < since.interval.lowerBound { return false }
        if let until, days.lowerBound > until.interval.upperBound { return false }
        return true
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        let left = (lhs.year, lhs.month ?? 0, lhs.day ?? 0)
        let right = (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
        return left < right
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
