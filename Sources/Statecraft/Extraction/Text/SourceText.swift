/// A document as read for extraction: its text (decoded from UTF-8), where the body starts after an
/// optional leading `date YYYY-MM[-DD]` marker, the date that marker gave, and the warnings reading
/// it raised (invalid UTF-8 replaced, empty text).
public struct SourceText: Sendable {
    /// The whole text, as Unicode scalars are counted for evidence offsets.
    public var text: String
    /// The Unicode-scalar offset where the body starts (after the date marker, if any).
    public var bodyStart: Int
    /// The date the marker gave.
    public var markedDate: PartialDate?
    public var warnings: [String]

    /// Decodes `bytes`: invalid UTF-8 sequences become U+FFFD with a warning; a leading byte-order
    /// mark is dropped; a leading `date YYYY-MM[-DD]` marker (after optional white space) is read.
    public init(bytes: some Collection<UInt8>, name: String = "input") throws(ExtractionError) {
        var warnings: [String] = []
        var text = String(decoding: bytes, as: UTF8.self)
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        let replaced = text.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
        if replaced > 0, String(validating: Array(bytes), as: UTF8.self) == nil {
            warnings.append("\(name): not valid UTF-8; \(replaced) invalid sequence(s) replaced by U+FFFD")
        }
        if text.unicodeScalars.allSatisfy({ ScalarClass.of($0).contains(.whitespace) }) {
            warnings.append("\(name): empty document")
        }
        self.text = text
        self.warnings = warnings
        (bodyStart, markedDate) = try Self.dateMarker(in: text)
    }

    /// Reads the file at `path`.
    public init(contentsOf path: String) throws(ExtractionError) {
        let bytes: [UInt8]
        do {
            bytes = try AtomicFile.read(path)
        } catch {
            throw .unreadable(file: path, reason: error.reason)
        }
        try self.init(bytes: bytes, name: path)
    }

    /// `date 2023-09` at the start of the text (after white space): the offset just past it and the date.
    static func dateMarker(in text: String) throws(ExtractionError) -> (Int, PartialDate?) {
        var offset = 0
        var scalars = text.unicodeScalars.makeIterator()
        var prefix: [Unicode.Scalar] = []
        // Read at most 64 scalars: white space, "date", white space, the date, white space.
        while prefix.count < 64, let scalar = scalars.next() { prefix.append(scalar) }
        var index = 0
        while index < prefix.count, prefix[index].properties.isWhitespace { index += 1 }
        let keyword = Array("date".unicodeScalars)
        guard index + keyword.count < prefix.count,
            Array(prefix[index..<index + keyword.count]) == keyword,
            prefix[index + keyword.count] == " " || prefix[index + keyword.count] == "\t"
        else { return (0, nil) }
        index += keyword.count
        while index < prefix.count, prefix[index] == " " || prefix[index] == "\t" { index += 1 }
        var value = ""
        while index < prefix.count, prefix[index] == "-" || ("0"..."9").contains(prefix[index]) {
            value.unicodeScalars.append(prefix[index])
            index += 1
        }
        guard index == prefix.count || prefix[index].properties.isWhitespace else { return (0, nil) }
        guard let date = PartialDate(value) else { throw .invalidDate(value) }
        while index < prefix.count, prefix[index].properties.isWhitespace { index += 1 }
        offset = index
        return (offset, date)
    }
}
