/// Day arithmetic on partial dates, for resolving relative dates ("the day before", "last year",
/// "w poniedziałek"): days counted from 1970-01-01 in the proleptic Gregorian calendar (Howard
/// Hinnant's `days_from_civil`), without Foundation's `Calendar` and without allocation.
extension PartialDate {
    /// Days since 1970-01-01 of the first day this date covers.
    var dayNumber: Int {
        let m = month ?? 1
        let d = day ?? 1
        let y = m <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day `number` days after 1970-01-01; `nil` outside years 0…9999.
    static func day(number: Int) -> PartialDate? {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return PartialDate(year: y, month: m, day: d)
    }

    /// The weekday of a day, 1 (Monday) … 7 (Sunday); `nil` for a month or a year.
    var weekday: Int? {
        guard day != nil else { return nil }
        // 1970-01-01 was a Thursday (4).
        let offset = (dayNumber + 3) % 7
        return (offset + 7) % 7 + 1
    }

    /// The last day this date covers, as a day number.
    var lastDayNumber: Int { interval.upperBound.dayNumber }

    /// This date `count` days later (earlier for a negative count); `nil` unless it is a day.
    func adding(days count: Int) -> PartialDate? {
        guard day != nil else { return nil }
        return Self.day(number: dayNumber + count)
    }

    /// This date `count` months later, at its own precision (a day past the end of the month moves to
    /// the month's last day); `nil` for a year.
    func adding(months count: Int) -> PartialDate? {
        guard let month else { return nil }
        let index = year * 12 + (month - 1) + count
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        let newMonth = index - newYear * 12 + 1
        guard let day else { return PartialDate(year: newYear, month: newMonth) }
        return PartialDate(year: newYear, month: newMonth, day: min(day, Self.daysIn(month: newMonth, year: newYear)))
    }

    /// This date `count` years later, at its own precision (29 February moves to the 28th).
    func adding(years count: Int) -> PartialDate? {
        guard let month else { return PartialDate(year: year + count) }
        guard let day else { return PartialDate(year: year + count, month: month) }
        return PartialDate(year: year + count, month: month, day: min(day, Self.daysIn(month: month, year: year + count)))
    }

    /// This date with no more than `precision`: `2023-09-13` truncated to `.month` is `2023-09`.
    func truncated(to precision: Precision) -> PartialDate {
        switch precision {
        case .year: PartialDate(year: year)!
        case .month: month.map { PartialDate(year: year, month: $0)! } ?? self
        case .day: self
        }
    }
}
