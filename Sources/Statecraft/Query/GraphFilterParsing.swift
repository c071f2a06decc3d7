import Foundation

extension GraphFilter {
    /// Why filter arguments could not be read.
    public struct ParseError: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// A filter from command-line style text: `parsingKinds` is a comma-separated list of entity kinds
    /// and relation kinds together (`person,state,meets,supplies`), `statuses` of statuses,
    /// `since`/`until` partial dates. Unknown words are errors that list the known ones.
    public init(
        parsingKinds kinds: String?, statuses: String?, since: String?, until: String?
    ) throws(ParseError) {
        self.init()
        for word in Self.words(kinds) {
            if let kind = EntityKind(rawValue: word) {
                entityKinds.insert(kind)
            } else if let kind = RelationKind(rawValue: word) {
                relationKinds.insert(kind)
            } else {
                let known = EntityKind.allCases.map(\.rawValue) + RelationKind.allCases.map(\.rawValue)
                throw ParseError(message: "unknown kind '\(word)' (known: \(known.joined(separator: ", ")))")
            }
        }
        for word in Self.words(statuses) {
            guard let status = Status(rawValue: word) else {
                throw ParseError(message: "unknown status '\(word)' (known: \(Status.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            self.statuses.insert(status)
        }
        self.since = try Self.date(since, "since")
        self.until = try Self.date(until, "until")
        if let from = self.since, let to = self.until, to.interval.upperBound < from.interval.lowerBound {
            throw ParseError(message: "the time window ends (\(to)) before it starts (\(from))")
        }
    }

    private static func words(_ list: String?) -> [String] {
        (list ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .filter { !$0.isEmpty }
    }

    private static func date(_ text: String?, _ name: String) throws(ParseError) -> PartialDate? {
        guard let text else { return nil }
        guard let date = PartialDate(text) else {
            throw ParseError(message: "--\(name) '\(text)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        }
        return date
    }
}
