import Foundation

/// The words dates are made of, per language: month and weekday names, relative phrases ("dzień
/// wcześniej", "last year"), the prepositions that say whether a date is a point, a start or a
/// deadline, words that mark a year (`roku`, `r.`), modifiers (`early`, `początku`) and directions
/// (`next`, `zeszły`). Read from `Extraction/Lexicon/Data/calendar.tsv` (its header documents the format)
/// and extendable with user files of the same format.
struct CalendarLexicon: Sendable {
    /// What a relative phrase counts from.
    enum Base: Sendable, Equatable {
        /// The document's date ("yesterday", "w tym tygodniu").
        case document
        /// The last date the text gave ("dzień wcześniej", "a few days later").
        case anchor
        /// The last day the text gave: the anchor if it has a day, else the document's date if that
        /// has one ("tego samego dnia", "the same day").
        case anchorDay
    }

    /// A shift of a relative phrase.
    enum Shift: Sendable, Equatable {
        case days(Int), months(Int), years(Int)
    }

    struct Relative: Sendable, Equatable {
        var base: Base
        var shift: Shift
        var precision: PartialDate.Precision
    }

    /// What a date's preposition says about it.
    enum Role: Sendable, Equatable {
        /// A point or a period (`w`, `in`, `on`).
        case at
        /// The start of something still going on (`od`, `since`).
        case since
        /// A deadline (`do`, `by`, `until`).
        case until
    }

    enum Direction: Sendable, Equatable {
        case next, last, this
    }

    enum Meaning: Sendable, Equatable {
        /// A month 1–12; `abbreviation`: read only before `.` or a number; `needsContext`: read only
        /// after a preposition or beside a number.
        case month(Int, abbreviation: Bool, needsContext: Bool)
        /// A weekday, 1 (Monday) … 7 (Sunday).
        case weekday(Int)
        case relative(Relative)
        case preposition(Role)
        case yearWord
        case modifier
        case direction(Direction)

        var isMonth: Bool { if case .month = self { true } else { false } }
        var isWeekday: Bool { if case .weekday = self { true } else { false } }
        var isRelative: Bool { if case .relative = self { true } else { false } }
        var isPreposition: Bool { if case .preposition = self { true } else { false } }
        var isYearWord: Bool { self == .yearWord }
        var isModifier: Bool { self == .modifier }
        var isDirection: Bool { if case .direction = self { true } else { false } }
    }

    private(set) var phrases = PhraseTable<Meaning>()
    private var tokenizer = Tokenizer()

    init() {}

    /// The calendar words shipped with Statecraft (`Lexicon/calendar.tsv`).
    static func bundled() throws(ExtractionError) -> CalendarLexicon {
        var lexicon = CalendarLexicon()
        try lexicon.add(contentsOf: try BundledData.text(of: "calendar.tsv"), file: "calendar.tsv")
        return lexicon
    }

    /// The bundled calendar, loaded once. The bundled file is tested; should it ever fail to load,
    /// dates are not read (and the failure is reported by ``bundled()`` to whoever calls it).
    static let standard: CalendarLexicon = (try? bundled()) ?? CalendarLexicon()

    /// Adds the lines of a calendar file. A bad line throws ``ExtractionError/invalidLexicon(file:line:message:)``
    /// naming the line and the column at fault.
    mutating func add(contentsOf text: String, file: String) throws(ExtractionError) {
        for (number, line) in LexiconParser.lines(text) {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
            func fail(_ message: String) -> ExtractionError {
                .invalidLexicon(file: file, line: number, message: message)
            }
            guard columns.count >= 4 else {
                throw fail("expected at least 4 tab-separated columns: kind, language, phrase, value")
            }
            let language: Language?
            switch columns[1] {
            case "*": language = nil
            default:
                guard let known = Language(rawValue: columns[1]) else {
                    throw fail("column 2 (language): '\(columns[1])' is not pl, en or *")
                }
                language = known
            }
            let phrase = columns[2]
            guard !phrase.isEmpty else { throw fail("column 3 (phrase): empty") }
            let value = columns[3]
            let meaning: Meaning
            switch columns[0] {
            case "month":
                guard let month = Int(value), (1...12).contains(month) else {
                    throw fail("column 4 (value): a month is 1–12, not '\(value)'")
                }
                let flags = columns.count > 4 ? columns[4].split(separator: ",").map(String.init) : []
                for flag in flags where flag != "abbr" && flag != "context" {
                    throw fail("column 5 (flags): unknown flag '\(flag)' (abbr, context)")
                }
                meaning = .month(month, abbreviation: flags.contains("abbr"), needsContext: flags.contains("context"))
            case "weekday":
                guard let weekday = Int(value), (1...7).contains(weekday) else {
                    throw fail("column 4 (value): a weekday is 1 (Monday) – 7 (Sunday), not '\(value)'")
                }
                meaning = .weekday(weekday)
            case "relative":
                let base: Base
                switch value {
                case "document": base = .document
                case "anchor": base = .anchor
                case "anchor-day": base = .anchorDay
                default: throw fail("column 4 (value): a relative date counts from 'document', 'anchor' or 'anchor-day', not '\(value)'")
                }
                guard columns.count >= 6 else {
                    throw fail("a relative date needs 6 columns: relative, language, phrase, base, shift, precision")
                }
                guard let shift = Self.shift(columns[4]) else {
                    throw fail("column 5 (shift): expected 0 or a signed count with d, m or y (-1d, +2m), not '\(columns[4])'")
                }
                let precision: PartialDate.Precision
                switch columns[5] {
                case "day": precision = .day
                case "month": precision = .month
                case "year": precision = .year
                default: throw fail("column 6 (precision): expected day, month or year, not '\(columns[5])'")
                }
                meaning = .relative(Relative(base: base, shift: shift, precision: precision))
            case "preposition":
                switch value {
                case "at": meaning = .preposition(.at)
                case "since": meaning = .preposition(.since)
                case "until": meaning = .preposition(.until)
                default: throw fail("column 4 (value): a preposition is at, since or until, not '\(value)'")
                }
            case "yearword": meaning = .yearWord
            case "modifier": meaning = .modifier
            case "direction":
                switch value {
                case "next": meaning = .direction(.next)
                case "last": meaning = .direction(.last)
                case "this": meaning = .direction(.this)
                default: throw fail("column 4 (value): a direction is next, last or this, not '\(value)'")
                }
            default:
                throw fail("column 1 (kind): unknown kind '\(columns[0])' (month, weekday, relative, preposition, yearword, modifier, direction)")
            }
            guard phrases.add(phrase, language: language, payload: meaning, tokenizer: &tokenizer) else {
                throw fail("column 3 (phrase): '\(phrase)' has no words")
            }
        }
    }

    /// `0`, `-1d`, `+2m`, `-1y`.
    static func shift(_ text: String) -> Shift? {
        if text == "0" { return .days(0) }
        guard let unit = text.last, let count = Int(text.dropLast()) else { return nil }
        switch unit {
        case "d": return .days(count)
        case "m": return .months(count)
        case "y": return .years(count)
        default: return nil
        }
    }
}
