/// Finds the dates of a sentence and resolves them to ``PartialDate``s.
///
/// What it reads (the words come from ``CalendarLexicon``, `Lexicon/calendar.tsv`):
///
/// - a day and a month, with or without a year: "12 lipca 2019 roku", "17 marca", "27 September
///   2019", "on Sept. 27", "Feb. 24, 2022", "March 31";
/// - a month, with or without a year: "w kwietniu 2019 roku", "od lutego 2022 roku", "W lutym",
///   "in April 2019", "in May";
/// - a year where the text makes it one: a four-digit number 1800–2100 after a preposition or a
///   modifier ("w 2017 roku", "in early 2021", "since 2018", "by 2030") or before a year word
///   (`roku`, `r.`); ISO dates ("2023-03-22");
/// - a weekday: "w poniedziałek", "we wtorek", "on Tuesday", "w przyszły wtorek", "last Friday";
/// - relative phrases: "dzień wcześniej", "kilka dni później", "tego samego dnia", "the day before",
///   "yesterday", "this week", "earlier this month", "last year".
///
/// Numbers are not dates by themselves: "$5 billion", "99-year", "14 czołgów", "Su-25", "F-16" give
/// nothing. A date after `do`, `by`, `until` is a ``DateExpression/Kind/deadline``; after `od` or
/// `since` it is marked ``DateExpression/since``.
///
/// Resolution, against the document's date (or, without one, the anchor):
///
/// - a weekday is the most recent such day on or before the document's date when that date has a
///   day (news reports the past); otherwise the document's month. `next`/`przyszły` takes the first
///   such day after it, `last`/`zeszły` the last one before it;
/// - a month without a year is the most recent such month on or before the document's month;
/// - a day and month without a year fall in the document's year, or the year before when they would
///   lie more than ``futureAllowance`` days after the document's date;
/// - a relative phrase counts from the document's date or from the anchor (the text's last date:
///   the one given earlier in the same sentence, else the caller's), as its lexicon line says; a
///   shift by days needs a day to count from, and from a month or a year gives that month or year
///   ("dzień wcześniej" after "w kwietniu 2019 roku" is 2019-04). Phrases marked `anchor-day`
///   ("tego samego dnia", "the same day") count from the anchor when it has a day, else from the
///   document's date when that has one.
struct DateReader: Sendable {
    /// How many days after the document's date "17 marca" may lie and still be this year's.
    static let futureAllowance = 7

    var language: Language?
    var documentDate: PartialDate?
    var calendar: CalendarLexicon

    /// A reader of the bundled calendar words. `language`: the text's, or `nil` for both.
    init(language: Language?, documentDate: PartialDate?) {
        self.init(language: language, documentDate: documentDate, calendar: .standard)
    }

    init(language: Language?, documentDate: PartialDate?, calendar: CalendarLexicon) {
        self.language = language
        self.documentDate = documentDate
        self.calendar = calendar
    }

    /// The date expressions of tokens[range], left to right. `anchor`: the last date the text gave
    /// before this sentence (for "dzień wcześniej", "the day before", "kilka dni później", "a few days
    /// later"); a date earlier in the same sentence takes its place for what follows it.
    func dates(in tokens: [Token], range: Range<Int>, anchor: PartialDate?) -> [DateExpression] {
        var found: [DateExpression] = []
        var last = anchor
        var index = max(range.lowerBound, 0)
        let end = min(range.upperBound, tokens.count)
        while index < end {
            if let expression = read(at: index, in: tokens, end: end, anchor: last) {
                found.append(expression)
                if expression.kind != .deadline { last = expression.date }
                index = expression.tokens.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    // MARK: Reading

    private typealias Meaning = CalendarLexicon.Meaning

    /// The date expression that starts at `tokens[start]`, if any.
    private func read(at start: Int, in tokens: [Token], end: Int, anchor: PartialDate?) -> DateExpression? {
        let phrases = calendar.phrases
        let first = tokens[start]
        // Most words are none of the calendar's: one lookup tells.
        guard first.isWord, first.shape == .number || phrases.starts(with: first.key) else { return nil }
        if let relative = relative(at: start, in: tokens, end: end, anchor: anchor) {
            return DateExpression(tokens: start..<relative.end, date: relative.date, kind: .relative)
        }
        var next = start
        var role = CalendarLexicon.Role.at
        var introduced = false
        if let (entry, stop) = phrases.match(at: next, in: tokens, end: end, language: language, where: \.isPreposition),
            case .preposition(let found) = entry.payload
        {
            role = found
            introduced = true
            next = stop
            // "do dziś", "since yesterday", "until today"
            if let relative = relative(at: next, in: tokens, end: end, anchor: anchor) {
                return DateExpression(
                    tokens: start..<relative.end, date: relative.date, kind: role == .until ? .deadline : .relative,
                    since: role == .since)
            }
        }
        while let (_, stop) = phrases.match(at: next, in: tokens, end: end, language: language, where: \.isModifier) {
            introduced = true
            next = stop
        }
        var direction: CalendarLexicon.Direction?
        if let (entry, stop) = phrases.match(at: next, in: tokens, end: end, language: language, where: \.isDirection),
            case .direction(let found) = entry.payload,
            month(at: stop, in: tokens, end: end, introduced: true) != nil || weekday(at: stop, in: tokens, end: end) != nil
        {
            direction = found
            introduced = true
            next = stop
        }
        guard next < end, let core = core(at: next, in: tokens, end: end, introduced: introduced, direction: direction, anchor: anchor)
        else { return nil }
        let kind: DateExpression.Kind = role == .until ? .deadline : core.hasYear ? .explicit : .partial
        return DateExpression(tokens: start..<core.end, date: core.date, kind: kind, since: role == .since)
    }

    /// A day, month, year or weekday at `tokens[index]`, with the index past it.
    private func core(
        at index: Int, in tokens: [Token], end: Int, introduced: Bool, direction: CalendarLexicon.Direction?,
        anchor: PartialDate?
    ) -> (date: PartialDate, end: Int, hasYear: Bool)? {
        // A day, then a month: "12 lipca 2019 roku", "17 marca", "27 September".
        if let day = dayNumber(tokens, index, end) {
            var position = index + 1
            if position < end, tokens[position].text == "." { position += 1 }
            if let (month, stop) = month(at: position, in: tokens, end: end, introduced: true) {
                if let (year, yearEnd) = year(at: stop, in: tokens, end: end, introduced: true) {
                    if let date = PartialDate(year: year, month: month, day: day) { return (date, yearEnd, true) }
                    return nil
                }
                guard let date = resolveDay(day, month: month, anchor: anchor) else { return nil }
                return (date, stop, false)
            }
        }
        // A month, then a day or a year: "March 31", "Sept. 27, 2022", "kwietniu 2019 roku", "W lutym".
        if let (month, stop) = month(at: index, in: tokens, end: end, introduced: introduced) {
            if let day = dayNumber(tokens, stop, end) {
                var position = stop + 1
                if position < end, tokens[position].text == "," { position += 1 }
                if let (year, yearEnd) = year(at: position, in: tokens, end: end, introduced: true) {
                    if let date = PartialDate(year: year, month: month, day: day) { return (date, yearEnd, true) }
                    return nil
                }
                if let date = resolveDay(day, month: month, anchor: anchor) { return (date, stop + 1, false) }
                return nil
            }
            if let (year, yearEnd) = year(at: stop, in: tokens, end: end, introduced: true) {
                return PartialDate(year: year, month: month).map { ($0, yearEnd, true) }
            }
            guard let date = resolveMonth(month, direction: direction, anchor: anchor) else { return nil }
            return (date, stop, false)
        }
        // An ISO date: "2023-03-22", "2023-03".
        if let iso = isoDate(at: index, in: tokens, end: end) { return (iso.date, iso.end, true) }
        // A year: "w 2017 roku", "in early 2021", "2019 r."
        if let (year, stop) = year(at: index, in: tokens, end: end, introduced: introduced) {
            return PartialDate(year: year).map { ($0, stop, true) }
        }
        // A weekday: "w poniedziałek", "on Tuesday".
        if let (weekday, stop) = weekday(at: index, in: tokens, end: end) {
            guard let date = resolveWeekday(weekday, direction: direction, anchor: anchor) else { return nil }
            return (date, stop, false)
        }
        return nil
    }

    /// A relative phrase at `tokens[index]`, resolved.
    private func relative(at index: Int, in tokens: [Token], end: Int, anchor: PartialDate?) -> (date: PartialDate, end: Int)? {
        guard let (entry, stop) = calendar.phrases.match(at: index, in: tokens, end: end, language: language, where: \.isRelative),
            case .relative(let relative) = entry.payload
        else { return nil }
        // A capitalised word inside the sentence is a name ("Dziś" as a title), not a date.
        let first = tokens[index]
        guard first.shape == .lower || first.isInitial || first.shape == .upper else { return nil }
        let base: PartialDate?
        switch relative.base {
        case .document: base = documentDate
        case .anchor: base = anchor ?? documentDate
        case .anchorDay:
            // "Tego samego dnia" after "w 2022 roku": the same day as the last day given, which the
            // document's date is when the anchor has none.
            if let anchor, anchor.precision == .day {
                base = anchor
            } else if let documentDate, documentDate.precision == .day {
                base = documentDate
            } else {
                base = anchor ?? documentDate
            }
        }
        guard let base else { return nil }
        var date = base
        switch relative.shift {
        case .days(let count): if count != 0, let shifted = base.adding(days: count) { date = shifted }
        case .months(let count): if let shifted = base.adding(months: count) { date = shifted }
        case .years(let count): if let shifted = base.adding(years: count) { date = shifted }
        }
        return (date.truncated(to: min(relative.precision, base.precision)), stop)
    }

    /// A month name at `tokens[index]` that the context lets be one, with the index past it (and past
    /// an abbreviation's dot).
    private func month(at index: Int, in tokens: [Token], end: Int, introduced: Bool) -> (Int, Int)? {
        guard index < end,
            let (entry, stop) = calendar.phrases.match(at: index, in: tokens, end: end, language: language, where: \.isMonth),
            case .month(let month, let abbreviation, let needsContext) = entry.payload
        else { return nil }
        let token = tokens[index]
        guard written(token, language: entry.language) else { return nil }
        var after = stop
        let dotted = after < end && tokens[after].text == "."
        if dotted { after += 1 }
        let numberFollows = after < end && tokens[after].shape == .number && !tokens[after].afterHyphen
        if abbreviation {
            guard numberFollows || (dotted && introduced) else { return nil }
            return (month, after)
        }
        if needsContext, !introduced, !(numberFollows && !dotted) { return nil }
        return (month, stop)
    }

    /// A weekday name at `tokens[index]`, with the index past it.
    private func weekday(at index: Int, in tokens: [Token], end: Int) -> (Int, Int)? {
        guard index < end,
            let (entry, stop) = calendar.phrases.match(at: index, in: tokens, end: end, language: language, where: \.isWeekday),
            case .weekday(let weekday) = entry.payload,
            written(tokens[index], language: entry.language)
        else { return nil }
        return (weekday, stop)
    }

    /// Whether a month or weekday name is written as one: English names with a capital (`may` is a
    /// verb), Polish ones in lowercase unless they open the sentence (`Maja` is a name).
    private func written(_ token: Token, language: Language?) -> Bool {
        switch language {
        case .en: token.isCapitalized
        case .pl: token.shape == .lower || token.shape == .upper || token.isInitial
        case nil: true
        }
    }

    /// A day of the month: one or two digits, 1–31, not part of a hyphenated name (`Su-25`).
    private func dayNumber(_ tokens: [Token], _ index: Int, _ end: Int) -> Int? {
        guard index < end else { return nil }
        let token = tokens[index]
        guard token.shape == .number, !token.afterHyphen, (1...2).contains(token.text.utf8.count),
            let value = Self.digits(token.text), (1...31).contains(value)
        else { return nil }
        if index + 1 < end, tokens[index + 1].afterHyphen { return nil }
        return value
    }

    /// A year at `tokens[index]`: four digits, 1800–2100, after a preposition, a modifier or a month
    /// (`introduced`) or before a year word (`roku`, `r.`); with the index past it and its year word.
    private func year(at index: Int, in tokens: [Token], end: Int, introduced: Bool) -> (Int, Int)? {
        guard index < end else { return nil }
        let token = tokens[index]
        guard token.shape == .number, token.text.utf8.count == 4, let value = Self.digits(token.text),
            (1800...2100).contains(value)
        else { return nil }
        // "mid-2021" is fine; "F-2020" or a range "2019-2020" is not read as a year here.
        if token.afterHyphen, !(index > 0 && calendar.phrases.match(at: index - 1, in: tokens, end: index, language: language, where: \.isModifier) != nil) {
            return nil
        }
        if index + 1 < end, tokens[index + 1].afterHyphen { return nil }
        var stop = index + 1
        var marked = false
        if let (_, wordEnd) = calendar.phrases.match(at: stop, in: tokens, end: end, language: language, where: \.isYearWord) {
            marked = true
            stop = wordEnd
            if tokens[wordEnd - 1].key == "r", stop < end, tokens[stop].text == "." { stop += 1 }
        }
        guard marked || introduced else { return nil }
        return (value, stop)
    }

    /// `2023-03-22` or `2023-03` (the tokenizer gives `2023`, `03`, `22`, hyphen-joined).
    private func isoDate(at index: Int, in tokens: [Token], end: Int) -> (date: PartialDate, end: Int)? {
        guard index + 1 < end, !tokens[index].afterHyphen, tokens[index].text.utf8.count == 4,
            let year = Self.digits(tokens[index].text), (1800...2100).contains(year),
            tokens[index + 1].afterHyphen, tokens[index + 1].text.utf8.count == 2,
            let month = Self.digits(tokens[index + 1].text)
        else { return nil }
        if index + 2 < end, tokens[index + 2].afterHyphen {
            guard tokens[index + 2].text.utf8.count == 2, let day = Self.digits(tokens[index + 2].text),
                let date = PartialDate(year: year, month: month, day: day)
            else { return nil }
            return (date, index + 3)
        }
        return PartialDate(year: year, month: month).map { ($0, index + 2) }
    }

    /// The value of a string of ASCII digits.
    private static func digits(_ text: String) -> Int? {
        var value = 0
        for byte in text.utf8 {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return text.utf8.isEmpty ? nil : value
    }

    // MARK: Resolution

    /// What dates without a year are resolved against.
    private func reference(_ anchor: PartialDate?) -> PartialDate? { documentDate ?? anchor }

    private func resolveDay(_ day: Int, month: Int, anchor: PartialDate?) -> PartialDate? {
        guard let reference = reference(anchor) else { return nil }
        guard let date = PartialDate(year: reference.year, month: month, day: day) else {
            // 29 February of a year without one: the last leap year's.
            return PartialDate(year: reference.year - 1, month: month, day: day)
        }
        if reference.precision != .year, date.dayNumber > reference.lastDayNumber + Self.futureAllowance {
            return PartialDate(year: reference.year - 1, month: month, day: day)
        }
        return date
    }

    private func resolveMonth(_ month: Int, direction: CalendarLexicon.Direction?, anchor: PartialDate?) -> PartialDate? {
        guard let reference = reference(anchor) else { return nil }
        guard let current = reference.month else { return PartialDate(year: reference.year, month: month) }
        var year = reference.year
        switch direction {
        case .next: if month <= current { year += 1 }
        case .last: if month >= current { year -= 1 }
        case .this, nil: if month > current { year -= 1 }
        }
        return PartialDate(year: year, month: month)
    }

    private func resolveWeekday(_ weekday: Int, direction: CalendarLexicon.Direction?, anchor: PartialDate?) -> PartialDate? {
        guard let reference = reference(anchor) else { return nil }
        guard let current = reference.weekday else { return reference.truncated(to: .month) }
        switch direction {
        case .next:
            let ahead = (weekday - current + 7) % 7
            return reference.adding(days: ahead == 0 ? 7 : ahead)
        case .last:
            let back = (current - weekday + 7) % 7
            return reference.adding(days: -(back == 0 ? 7 : back))
        case .this, nil:
            return reference.adding(days: -((current - weekday + 7) % 7))
        }
    }
}
