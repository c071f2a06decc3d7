/// A date the text gives, found by ``DateReader``: the tokens that spell it and the date they mean,
/// resolved against the document's date or the text's last date where the text leaves something out.
struct DateExpression: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// The text gives the year: "w kwietniu 2019 roku", "12 lipca 2019 roku", "in early 2021",
        /// "since 2018".
        case explicit
        /// The year (or more) comes from the document's date: "17 marca", "W lutym", "on Sept. 27",
        /// "w środę", "on Tuesday".
        case partial
        /// Counted from the document's date or the text's last date: "dzień wcześniej", "kilka dni
        /// później", "tego samego dnia", "yesterday", "last year", "earlier this month".
        case relative
        /// A deadline, not the date of an event: "do 2030 roku", "by 2030", "until March".
        case deadline
    }

    /// Token indices, into the array the reader was given: the date's words with the preposition
    /// and modifiers before them ("w kwietniu 2019 roku", "in early 2021", "on Sept. 27").
    var tokens: Range<Int>
    var date: PartialDate
    var kind: Kind
    /// The start of something still going on: "od lutego 2022 roku", "since 2018". The date is the
    /// start's; `kind` says how it was found.
    var since = false
}
