/// Reads the lexicon's tab-separated files. Lines starting with `#` and blank lines are skipped.
///
/// Entities (`states.tsv`, `people.tsv`, `organizations.tsv`, `places.tsv` and user files):
///
///     kind  id  English name  subtype|-  relations|-  names
///
/// `relations`: `kind=target[/role][@from..until]`, `;`-separated (`leads=RUS/president@2012-05..`).
/// `names`: `|`-separated base forms; `adj:` marks an adjective, `dem:` a demonym, `en:` / `pl:` a name
/// of one language only.
///
/// Titles (`roles.tsv`): `phrase  role  leads|official_of`. Inflected forms (`forms.tsv`):
/// `form  base  number:case,…`. Gazetteer (`gazetteer.tsv`): `base  label,…`.
enum LexiconParser {
    static func entries(_ text: String, file: String) throws(ExtractionError) -> [LexiconEntry] {
        var entries: [LexiconEntry] = []
        for (number, line) in lines(text) {
            let columns = line.utf8.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map { String(Substring($0)) }
            guard columns.count >= 6 else {
                throw .invalidLexicon(file: file, line: number, message: "expected 6 tab-separated columns: kind, id, name, subtype, relations, names")
            }
            guard let kind = EntityKind(rawValue: columns[0]) else {
                throw .invalidLexicon(file: file, line: number, message: "unknown entity kind '\(columns[0])'")
            }
            guard !columns[1].isEmpty, !columns[2].isEmpty else {
                throw .invalidLexicon(file: file, line: number, message: "empty id or name")
            }
            var links: [LexiconEntry.Link] = []
            if columns[4] != "-", !columns[4].isEmpty {
                for item in columns[4].split(separator: ";") {
                    links.append(try link(String(item), file: file, line: number))
                }
            }
            var names: [LexiconEntry.Name] = []
            for raw in columns[5].split(separator: "|") {
                var text = Substring(raw)
                var use = LexiconEntry.NameUse.name
                var language: Language?
                while let colon = text.firstIndex(of: ":"), colon > text.startIndex {
                    let prefix = text[..<colon]
                    if let marked = LexiconEntry.NameUse(rawValue: String(prefix)), marked != .name {
                        use = marked
                    } else if let marked = Language(rawValue: String(prefix)) {
                        language = marked
                    } else {
                        break
                    }
                    text = text[text.index(after: colon)...]
                }
                let trimmed = text.trimmingSpaces
                if !trimmed.isEmpty { names.append(.init(text: trimmed, use: use, language: language)) }
            }
            if !names.contains(where: { $0.text == columns[2] }) {
                names.insert(.init(text: columns[2], use: .name, language: nil), at: 0)
            }
            entries.append(
                LexiconEntry(
                    kind: kind, id: columns[1], name: columns[2],
                    subtype: columns[3] == "-" || columns[3].isEmpty ? nil : columns[3], links: links, names: names))
        }
        return entries
    }

    static func link(_ text: String, file: String, line: Int) throws(ExtractionError) -> LexiconEntry.Link {
        guard let equals = text.firstIndex(of: "=") else {
            throw .invalidLexicon(file: file, line: line, message: "relation '\(text)' is not kind=target")
        }
        let kind = String(text[..<equals])
        var rest = Substring(text[text.index(after: equals)...])
        var from: PartialDate?
        var until: PartialDate?
        if let at = rest.firstIndex(of: "@") {
            let range = rest[rest.index(after: at)...]
            rest = rest[..<at]
            guard let dots = range.firstRange(of: "..") else {
                throw .invalidLexicon(file: file, line: line, message: "dates '\(range)' are not FROM..UNTIL")
            }
            let bounds = [String(range[..<dots.lowerBound]), String(range[dots.upperBound...])]
            guard bounds.count == 2 else {
                throw .invalidLexicon(file: file, line: line, message: "dates '\(range)' are not FROM..UNTIL")
            }
            if !bounds[0].isEmpty {
                guard let date = PartialDate(bounds[0]) else { throw .invalidLexicon(file: file, line: line, message: "bad date '\(bounds[0])'") }
                from = date
            }
            if !bounds[1].isEmpty {
                guard let date = PartialDate(bounds[1]) else { throw .invalidLexicon(file: file, line: line, message: "bad date '\(bounds[1])'") }
                until = date
            }
        }
        var role: String?
        if let slash = rest.firstIndex(of: "/") {
            role = String(rest[rest.index(after: slash)...])
            rest = rest[..<slash]
        }
        guard !rest.isEmpty else { throw .invalidLexicon(file: file, line: line, message: "relation '\(text)' has no target") }
        return LexiconEntry.Link(kind: kind, target: String(rest), role: role, from: from, until: until)
    }

    /// Non-comment lines with their 1-based numbers.
    static func lines(_ text: String) -> [(Int, Substring)] {
        var result: [(Int, Substring)] = []
        var number = 0
        for bytes in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            number += 1
            let line = Substring(bytes)
            let trimmed = line.utf8.last == UInt8(ascii: "\r") ? line.dropLast() : line
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            result.append((number, trimmed))
        }
        return result
    }
}

extension StringProtocol {
    /// Without the spaces (U+0020) at either end; read over UTF-8 bytes.
    var trimmingSpaces: String {
        let bytes = Substring(self).utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, bytes[start] == UInt8(ascii: " ") { start = bytes.index(after: start) }
        while end > start {
            let last = bytes.index(before: end)
            guard bytes[last] == UInt8(ascii: " ") else { break }
            end = last
        }
        return String(Substring(bytes[start..<end]))
    }

    /// Without the white space of `CharacterSet.whitespaces` (tab and the space separators, Zs) at
    /// either end, as `trimmingCharacters(in: .whitespaces)` without Foundation's bridging.
    var trimmingWhitespace: Substring {
        let scalars = Substring(self).unicodeScalars
        func isBlank(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t" || (scalar.value >= 0x80 && scalar.properties.generalCategory == .spaceSeparator)
        }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isBlank(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let last = scalars.index(before: end)
            guard isBlank(scalars[last]) else { break }
            end = last
        }
        return Substring(scalars[start..<end])
    }
}
