/// A strict JSON (RFC 8259) parser over UTF-8 bytes that reports errors by line and column.
///
/// Besides parsing, it can find where values stand in the text from their JSON paths
/// (``locations(of:)``), so that problems found after parsing — an unknown kind, a dangling id — can
/// be reported at their line and column too without keeping positions for every value.
struct JSONParser {
    struct SyntaxError: Error, Equatable {
        var message: String
        var line: Int
        var column: Int
    }

    /// A step of a JSON path: an object member or an array element.
    enum PathComponent: Hashable {
        case key(String)
        case index(Int)
    }

    static let maximumDepth = 256

    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Parses one JSON text: a value with nothing but white space around it.
    mutating func parse() throws(SyntaxError) -> JSONValue {
        position = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        skipWhitespace()
        let value = try parseValue(depth: 0)
        skipWhitespace()
        if position < bytes.count { throw error("unexpected \(describeCurrent()) after the JSON value") }
        return value
    }

    /// The line and column (1-based) where the value at `path` starts — for a path that ends in a
    /// member name, where the name starts — if the text has one there.
    func location(of path: [PathComponent]) -> (line: Int, column: Int)? {
        locations(of: [path])[0]
    }

    /// ``location(of:)`` for each of `paths`, found in one pass over the text however many there
    /// are (a document with thousands of problems must not be parsed once per problem).
    func locations(of paths: [[PathComponent]]) -> [(line: Int, column: Int)?] {
        var wanted: Set<[PathComponent]> = []
        var prefixes: Set<[PathComponent]> = []
        for path in paths {
            wanted.insert(path)
            for length in 0..<path.count { prefixes.insert(Array(path.prefix(length))) }
        }
        var seeker = self
        seeker.position = bodyStart
        var offsets: [[PathComponent]: Int] = [:]
        var current: [PathComponent] = []
        try? seeker.collect(&current, wanted, prefixes, &offsets)
        let positions = linesAndColumns(of: Array(offsets.values))
        return paths.map { path in offsets[path].flatMap { positions[$0] } }
    }

    // MARK: Values

    private mutating func parseValue(depth: Int) throws(SyntaxError) -> JSONValue {
        guard position < bytes.count else { throw error("unexpected end of input, expected a value") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw error("unexpected \(describeCurrent()), expected a value")
        }
    }

    private mutating func parseObject(depth: Int) throws(SyntaxError) -> JSONValue {
        guard depth <= Self.maximumDepth else { throw error("nesting deeper than \(Self.maximumDepth) levels") }
        position += 1
        var members: [(key: String, value: JSONValue)] = []
        var keys: Set<String> = []
        skipWhitespace()
        if consume(UInt8(ascii: "}")) { return .object(members) }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw error("unexpected \(describeCurrent()), expected a member name in quotes")
            }
            let keyStart = position
            let key = try parseString()
            guard keys.insert(key).inserted else {
                position = keyStart
                throw error("duplicate member name \"\(key)\"")
            }
            skipWhitespace()
            guard consume(UInt8(ascii: ":")) else { throw error("unexpected \(describeCurrent()), expected ':'") }
            skipWhitespace()
            members.append((key, try parseValue(depth: depth)))
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            if consume(UInt8(ascii: "}")) { return .object(members) }
            throw error("unexpected \(describeCurrent()), expected ',' or '}'")
        }
    }

    private mutating func parseArray(depth: Int) throws(SyntaxError) -> JSONValue {
        guard depth <= Self.maximumDepth else { throw error("nesting deeper than \(Self.maximumDepth) levels") }
        position += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if consume(UInt8(ascii: "]")) { return .array(elements) }
        while true {
            skipWhitespace()
            elements.append(try parseValue(depth: depth))
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            if consume(UInt8(ascii: "]")) { return .array(elements) }
            throw error("unexpected \(describeCurrent()), expected ',' or ']'")
        }
    }

    private mutating func parseString() throws(SyntaxError) -> String {
        position += 1  // opening quote
        var utf8: [UInt8] = []
        while true {
            guard position < bytes.count else { throw error("unterminated string") }
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                position += 1
                try parseEscape(into: &utf8)
            case 0x00..<0x20:
                throw error("control character U+\(hex(Int(byte), 4)) in a string must be escaped")
            case 0x00..<0x80:
                utf8.append(byte)
                position += 1
            default:
                let length = try validUTF8SequenceLength()
                utf8.append(contentsOf: bytes[position..<position + length])
                position += length
            }
        }
    }

    private mutating func parseEscape(into utf8: inout [UInt8]) throws(SyntaxError) {
        guard position < bytes.count else { throw error("unterminated string") }
        let escape = bytes[position]
        position += 1
        let simple: UInt8? =
            switch escape {
            case UInt8(ascii: "\""): UInt8(ascii: "\"")
            case UInt8(ascii: "\\"): UInt8(ascii: "\\")
            case UInt8(ascii: "/"): UInt8(ascii: "/")
            case UInt8(ascii: "b"): 0x08
            case UInt8(ascii: "f"): 0x0C
            case UInt8(ascii: "n"): 0x0A
            case UInt8(ascii: "r"): 0x0D
            case UInt8(ascii: "t"): 0x09
            default: nil
            }
        if let simple {
            utf8.append(simple)
            return
        }
        guard escape == UInt8(ascii: "u") else {
            position -= 2
            throw error("invalid escape sequence in a string")
        }
        var code = try parseHex4()
        if (0xD800..<0xDC00).contains(code) {
            guard bytes[position...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) else {
                throw error("unpaired UTF-16 surrogate \\u\(hex(code, 4))")
            }
            position += 2
            let low = try parseHex4()
            guard (0xDC00..<0xE000).contains(low) else { throw error("unpaired UTF-16 surrogate \\u\(hex(code, 4))") }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00..<0xE000).contains(code) {
            throw error("unpaired UTF-16 surrogate \\u\(hex(code, 4))")
        }
        utf8.append(contentsOf: Array(String(Character(Unicode.Scalar(UInt32(code))!)).utf8))
    }

    private mutating func parseHex4() throws(SyntaxError) -> Int {
        guard position + 4 <= bytes.count else { throw error("unterminated \\u escape") }
        var value = 0
        for byte in bytes[position..<position + 4] {
            let digit: Int
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = Int(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = Int(byte - UInt8(ascii: "a")) + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = Int(byte - UInt8(ascii: "A")) + 10
            default: throw error("invalid \\u escape: expected four hexadecimal digits")
            }
            value = value * 16 + digit
        }
        position += 4
        return value
    }

    /// The length of the well-formed UTF-8 sequence at `position` (Unicode Table 3-7).
    private func validUTF8SequenceLength() throws(SyntaxError) -> Int {
        let lead = bytes[position]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; secondRange = 0x80...0x9F
        case 0xF0: length = 4; secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; secondRange = 0x80...0x8F
        default: throw error("invalid UTF-8 byte 0x\(hex(Int(lead), 2))")
        }
        guard position + length <= bytes.count else { throw error("truncated UTF-8 sequence") }
        for offset in 1..<length {
            let range = offset == 1 ? secondRange : 0x80...0xBF
            guard range.contains(bytes[position + offset]) else {
                throw error("invalid UTF-8 sequence starting with byte 0x\(hex(Int(lead), 2))")
            }
        }
        return length
    }

    private mutating func parseNumber() throws(SyntaxError) -> Double {
        let start = position
        _ = consume(UInt8(ascii: "-"))
        if consume(UInt8(ascii: "0")) {
            // A leading zero stands alone.
        } else if consumeDigits() == 0 {
            throw error("invalid number")
        }
        if consume(UInt8(ascii: ".")), consumeDigits() == 0 { throw error("invalid number: digits expected after '.'") }
        if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
            _ = consume(UInt8(ascii: "+")) || consume(UInt8(ascii: "-"))
            if consumeDigits() == 0 { throw error("invalid number: digits expected in the exponent") }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            position = start
            throw error("number \(text) is out of range")
        }
        return value
    }

    private mutating func consumeDigits() -> Int {
        let start = position
        while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
            position += 1
        }
        return position - start
    }

    private mutating func expectWord(_ word: String) throws(SyntaxError) {
        let utf8 = Array(word.utf8)
        guard bytes[position...].starts(with: utf8) else { throw error("unexpected \(describeCurrent()), expected a value") }
        position += utf8.count
    }

    // MARK: Seeking

    /// Walks the value at `position`, whose path is `path`, recording the offsets of the `wanted`
    /// paths and descending only into values on the way to one (`prefixes`).
    private mutating func collect(
        _ path: inout [PathComponent], _ wanted: Set<[PathComponent]>, _ prefixes: Set<[PathComponent]>,
        _ offsets: inout [[PathComponent]: Int]
    ) throws(SyntaxError) {
        skipWhitespace()
        if offsets[path] == nil, wanted.contains(path) { offsets[path] = position }
        guard prefixes.contains(path), position < bytes.count else {
            _ = try parseValue(depth: 0)
            return
        }
        switch bytes[position] {
        case UInt8(ascii: "{"):
            position += 1
            skipWhitespace()
            if consume(UInt8(ascii: "}")) { return }
            repeat {
                skipWhitespace()
                let keyStart = position
                path.append(.key(try parseString()))
                // A path that ends in a member name points at the name.
                if offsets[path] == nil, wanted.contains(path) { offsets[path] = keyStart }
                skipWhitespace()
                _ = consume(UInt8(ascii: ":"))
                try collect(&path, wanted, prefixes, &offsets)
                path.removeLast()
                skipWhitespace()
            } while consume(UInt8(ascii: ","))
            _ = consume(UInt8(ascii: "}"))
        case UInt8(ascii: "["):
            position += 1
            skipWhitespace()
            if consume(UInt8(ascii: "]")) { return }
            var index = 0
            repeat {
                path.append(.index(index))
                try collect(&path, wanted, prefixes, &offsets)
                path.removeLast()
                index += 1
                skipWhitespace()
            } while consume(UInt8(ascii: ","))
            _ = consume(UInt8(ascii: "]"))
        default:
            _ = try parseValue(depth: 0)
        }
    }

    // MARK: Helpers

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    private func describeCurrent() -> String {
        guard position < bytes.count else { return "end of input" }
        let byte = bytes[position]
        if (0x21..<0x7F).contains(byte) { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(hex(Int(byte), 2))"
    }

    private func error(_ message: String) -> SyntaxError {
        let (line, column) = lineAndColumn(of: min(position, bytes.count))
        return SyntaxError(message: message, line: line, column: column)
    }

    /// Where the JSON text starts: after the byte order mark, if there is one.
    private var bodyStart: Int { bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0 }

    /// 1-based line and column of a byte offset; columns count characters (UTF-8 lead bytes), from
    /// after the byte order mark.
    private func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        linesAndColumns(of: [offset])[offset]!
    }

    /// ``lineAndColumn(of:)`` for several offsets, in one pass.
    private func linesAndColumns(of offsets: [Int]) -> [Int: (line: Int, column: Int)] {
        var result: [Int: (line: Int, column: Int)] = [:]
        var line = 1
        var column = 1
        var index = min(bodyStart, offsets.min() ?? 0)
        for offset in Set(offsets).sorted() {
            while index < offset {
                let byte = bytes[index]
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
                index += 1
            }
            result[offset] = (line, column)
        }
        return result
    }

    private func hex(_ value: Int, _ width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
