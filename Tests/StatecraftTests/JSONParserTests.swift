import Testing

@testable import Statecraft

/// The strict JSON reader under graph documents: syntax errors with line and column, and hostile
/// input — truncation, deep nesting, broken UTF-8, lone surrogates, control characters, duplicate keys.
@Suite("JSON parsing and hostile input")
struct JSONParserTests {
    /// The one problem a syntactically broken document gives; it is at `$` and has a position.
    static func syntaxError(_ bytes: [UInt8]) -> ValidationProblem? {
        guard let error = decodeError(bytes) else { return nil }
        guard error.problems.count == 1, let problem = error.problems.first, problem.path == "$",
            problem.line != nil, problem.column != nil
        else {
            Issue.record("expected one located syntax error, got \(error.problems)")
            return nil
        }
        return problem
    }

    static func syntaxError(_ text: String) -> ValidationProblem? { syntaxError(Array(text.utf8)) }

    static func parse(_ text: String) throws(JSONParser.SyntaxError) -> JSONValue {
        var parser = JSONParser(Array(text.utf8))
        return try parser.parse()
    }

    static let header = #"{"format": "statecraft-graph", "version": 1, "entities": [{"id": "x", "kind": "person", "name": ""#

    // MARK: Empty and truncated input

    @Test("empty input")
    func empty() {
        #expect(Self.syntaxError("") == ValidationProblem(path: "$", message: "unexpected end of input, expected a value", line: 1, column: 1))
        #expect(Self.syntaxError("  \n  ") == ValidationProblem(path: "$", message: "unexpected end of input, expected a value", line: 2, column: 3))
        #expect(Self.syntaxError([0xEF, 0xBB, 0xBF]) == ValidationProblem(path: "$", message: "unexpected end of input, expected a value", line: 1, column: 1))
    }

    @Test("every truncation of a valid document is an error, never a crash or a graph")
    func everyTruncation() throws {
        let text = GraphDocument.encode(Sample.graph)
        let bytes = Array(text.utf8)
        let lastBrace = try #require(bytes.lastIndex(of: UInt8(ascii: "}")))
        var accepted: [Int] = []
        for length in stride(from: 0, to: lastBrace, by: 7) {
            if Self.syntaxError(Array(bytes[..<length])) == nil { accepted.append(length) }
        }
        #expect(accepted.isEmpty, "prefixes accepted: \(accepted)")
        // The whole document, and the document without its final newline, are fine.
        #expect(decodeError(bytes) == nil)
        #expect(decodeError(Array(bytes[...lastBrace])) == nil)
    }

    @Test(
        "truncated documents name what was expected",
        arguments: [
            (#"{"format": "statecraft-graph", "ver"#, "unterminated string"),
            (#"{"format": "statecraft-graph", "version": 1,"#, "unexpected end of input, expected a member name in quotes"),
            (#"{"format": "statecraft-graph", "version": 1"#, "unexpected end of input, expected ',' or '}'"),
            (#"{"format": "statecraft-graph", "version":"#, "unexpected end of input, expected a value"),
            (#"{"format": "statecraft-graph", "version""#, "unexpected end of input, expected ':'"),
            (#"{"format": "statecraft-graph", "entities": [1, "#, "unexpected end of input, expected a value"),
            (#"{"format": "statecraft-graph", "entities": [1"#, "unexpected end of input, expected ',' or ']'"),
            (#"{"format": "statecraft-graph", "version": tr"#, "unexpected 't', expected a value"),
            (#"{"format": "statecraft-\"#, "unterminated string"),
            (#"{"format": "statecraft-\u00"#, "unterminated \\u escape"),
        ])
    func truncated(text: String, message: String) {
        #expect(Self.syntaxError(text)?.message == message)
    }

    // MARK: Nesting

    @Test("100,000 nested arrays or objects: an error about nesting, no crash")
    func deepNesting() {
        let arrays = String(repeating: "[", count: 100_000)
        #expect(Self.syntaxError(arrays) == ValidationProblem(path: "$", message: "nesting deeper than 256 levels", line: 1, column: 257))
        let closed = arrays + String(repeating: "]", count: 100_000)
        #expect(Self.syntaxError(closed)?.message == "nesting deeper than 256 levels")
        let objects = String(repeating: #"{"a":"#, count: 100_000)
        #expect(Self.syntaxError(objects)?.message == "nesting deeper than 256 levels")
        let inDocument = #"{"format": "statecraft-graph", "version": 1, "extra": "# + arrays
        #expect(Self.syntaxError(inDocument)?.message == "nesting deeper than 256 levels")
    }

    @Test("nesting up to 256 levels is fine, 257 is not")
    func nestingLimit() throws {
        #expect(JSONParser.maximumDepth == 256)
        let ok = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
        #expect(throws: Never.self) { try Self.parse(ok) }
        let tooDeep = String(repeating: "[", count: 257) + String(repeating: "]", count: 257)
        #expect(throws: JSONParser.SyntaxError.self) { try Self.parse(tooDeep) }
        let mixed = String(repeating: #"{"a": ["#, count: 128) + String(repeating: "]}", count: 128)
        #expect(throws: Never.self) { try Self.parse(mixed) }
        // Deep but legal values in unknown fields of a graph document are read and ignored.
        let document = #"{"format": "statecraft-graph", "version": 1, "extra": "# + String(repeating: "[", count: 255)
            + String(repeating: "]", count: 255) + "}"
        #expect(decodeError(document) == nil)
    }

    // MARK: UTF-8

    @Test(
        "invalid UTF-8 inside a string names the byte and where it is",
        arguments: [
            ([0xFF], "invalid UTF-8 byte 0xFF"),
            ([0xFE], "invalid UTF-8 byte 0xFE"),
            ([0x80], "invalid UTF-8 byte 0x80"),
            ([0xC0, 0xAF], "invalid UTF-8 byte 0xC0"),
            ([0xC1, 0xBF], "invalid UTF-8 byte 0xC1"),
            ([0xF5, 0x80, 0x80, 0x80], "invalid UTF-8 byte 0xF5"),
            ([0xE0, 0x80, 0x80], "invalid UTF-8 sequence starting with byte 0xE0"),
            ([0xED, 0xA0, 0x80], "invalid UTF-8 sequence starting with byte 0xED"),
            ([0xF0, 0x80, 0x80, 0x80], "invalid UTF-8 sequence starting with byte 0xF0"),
            ([0xF4, 0x90, 0x80, 0x80], "invalid UTF-8 sequence starting with byte 0xF4"),
            ([0xE2, 0x82], "invalid UTF-8 sequence starting with byte 0xE2"),
            ([0xC5], "invalid UTF-8 sequence starting with byte 0xC5"),
        ] as [([UInt8], String)])
    func invalidUTF8(sequence: [UInt8], message: String) {
        let prefix = Self.header + "Kim "
        let bytes = Array(prefix.utf8) + sequence + Array(#"Jong Un"}]}"#.utf8)
        #expect(Self.syntaxError(bytes) == ValidationProblem(path: "$", message: message, line: 1, column: prefix.count + 1))
    }

    @Test("invalid UTF-8 at the very end, and outside strings")
    func invalidUTF8Elsewhere() {
        #expect(Self.syntaxError(Array(#"{"a": ""#.utf8) + [0xE2])?.message == "truncated UTF-8 sequence")
        #expect(Self.syntaxError(Array(#"{"format": "#.utf8) + [0xFF]) == ValidationProblem(path: "$", message: "unexpected byte 0xFF, expected a value", line: 1, column: 12))
        #expect(Self.syntaxError(Array(#"{"format": 1}"#.utf8) + [0xC3, 0xA9])?.message == "unexpected byte 0xC3 after the JSON value")
    }

    @Test("well-formed UTF-8 of every length is read")
    func validUTF8() throws {
        let name = "A ł € 😀 𝄞 \u{10FFFF}"
        let graph = try GraphDocument.decode(Array((Self.header + name + #""}]}"#).utf8))
        #expect(graph.entity("x")?.name == name)
    }

    // MARK: Escapes and control characters

    @Test(
        "lone or broken surrogate escapes are refused",
        arguments: [
            (#"\uD800"#, #"unpaired UTF-16 surrogate \uD800"#),
            (#"\udbff"#, #"unpaired UTF-16 surrogate \uDBFF"#),
            (#"\uDC00"#, #"unpaired UTF-16 surrogate \uDC00"#),
            (#"\uDFFF\uD800"#, #"unpaired UTF-16 surrogate \uDFFF"#),
            (#"\uD800\u0041"#, #"unpaired UTF-16 surrogate \uD800"#),
            (#"\uD800\uD800"#, #"unpaired UTF-16 surrogate \uD800"#),
            (#"\uD800x"#, #"unpaired UTF-16 surrogate \uD800"#),
            (#"\uD800\n"#, #"unpaired UTF-16 surrogate \uD800"#),
        ])
    func loneSurrogates(escape: String, message: String) {
        #expect(Self.syntaxError(Self.header + escape + #""}]}"#)?.message == message)
    }

    @Test(
        "escapes decode",
        arguments: [
            (#"\uD83D\uDE00"#, "😀"), (#"\ud83d\ude00"#, "😀"), (#"\u0041\u00f3"#, "Aó"), (#"\u0142"#, "ł"),
            (#"\"\\\/\b\f\n\r\t"#, "\"\\/\u{08}\u{0C}\n\r\t"), (#"a\u0000b"#, "a\u{0}b"), (#"\uDBFF\uDFFF"#, "\u{10FFFF}"),
        ])
    func escapes(escaped: String, expected: String) throws {
        let graph = try GraphDocument.decode(Array((Self.header + escaped + #""}]}"#).utf8))
        #expect(graph.entity("x")?.name == expected)
    }

    @Test(
        "bad escapes",
        arguments: [
            (#"\x"#, "invalid escape sequence in a string"),
            (#"\U0041"#, "invalid escape sequence in a string"),
            (#"\'"#, "invalid escape sequence in a string"),
            (#"\u12G4"#, "invalid \\u escape: expected four hexadecimal digits"),
            (#"\u12"#, "invalid \\u escape: expected four hexadecimal digits"),
        ])
    func badEscapes(escaped: String, message: String) {
        #expect(Self.syntaxError(Self.header + escaped + #""}]}"#)?.message == message)
    }

    @Test("raw control characters in strings are refused", arguments: [0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1F] as [UInt8])
    func controlCharacters(_ byte: UInt8) {
        let prefix = Self.header + "Kim"
        let bytes = Array(prefix.utf8) + [byte] + Array(#"Jong Un"}]}"#.utf8)
        let hex = String(byte, radix: 16, uppercase: true)
        let code = String(repeating: "0", count: 4 - hex.count) + hex
        #expect(Self.syntaxError(bytes) == ValidationProblem(
            path: "$", message: "control character U+\(code) in a string must be escaped", line: 1, column: prefix.count + 1))
    }

    @Test("DEL and non-ASCII white space are ordinary characters in strings")
    func unusualCharacters() throws {
        let graph = try GraphDocument.decode(Array((Self.header + "a\u{7F}b\u{A0}c\u{2028}d" + #""}]}"#).utf8))
        #expect(graph.entity("x")?.name == "a\u{7F}b\u{A0}c\u{2028}d")
    }

    // MARK: Byte order mark

    @Test("a leading byte order mark is accepted")
    func byteOrderMark() throws {
        let text = GraphDocument.encode(Sample.graph)
        let withBOM = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        #expect(try GraphDocument.decode(withBOM) == Sample.graph)
    }

    @Test("positions after a byte order mark count from the first character")
    func byteOrderMarkColumns() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("[,]".utf8)
        #expect(Self.syntaxError(bytes) == ValidationProblem(path: "$", message: "unexpected ',', expected a value", line: 1, column: 2))
        let document: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"format": "graph", "version": 1}"#.utf8)
        let problem = try #require(decodeError(document)?.problems.first)
        #expect("\(problem.path) \(problem.line ?? 0):\(problem.column ?? 0)" == "$.format 1:2")
    }

    @Test("a byte order mark anywhere else is an error")
    func misplacedByteOrderMark() {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        #expect(Self.syntaxError(bom + bom + Array("{}".utf8))?.message == "unexpected byte 0xEF, expected a value")
        #expect(Self.syntaxError(Array(" ".utf8) + bom + Array("{}".utf8))?.message == "unexpected byte 0xEF, expected a value")
    }

    // MARK: Duplicate keys

    @Test("duplicate member names are reported where the second one is")
    func duplicateKeys() {
        #expect(Self.syntaxError(#"{"format": "statecraft-graph", "format": "statecraft-graph", "version": 1}"#)
            == ValidationProblem(path: "$", message: #"duplicate member name "format""#, line: 1, column: 32))
        let nested = """
            {"format": "statecraft-graph", "version": 1, "entities": [
              {"id": "x", "kind": "person",
               "name": "A", "name": "B"}
            ]}
            """
        #expect(Self.syntaxError(nested) == ValidationProblem(path: "$", message: #"duplicate member name "name""#, line: 3, column: 17))
        // Names are compared after unescaping.
        #expect(Self.syntaxError(#"{"a": 1, "\u0061": 2}"#)?.message == #"duplicate member name "a""#)
        // Distinct names that differ only in case are fine.
        #expect(throws: Never.self) { try Self.parse(#"{"a": 1, "A": 2}"#) }
    }

    // MARK: Other syntax

    @Test(
        "syntax errors",
        arguments: [
            (#"{"version": 01}"#, "unexpected '1', expected ',' or '}'"),
            (#"{"version": 1.}"#, "invalid number: digits expected after '.'"),
            (#"{"version": -}"#, "invalid number"),
            (#"{"version": 1e}"#, "invalid number: digits expected in the exponent"),
            (#"{"version": 1e400}"#, "number 1e400 is out of range"),
            (#"{"version": -1e400}"#, "number -1e400 is out of range"),
            (#"{"version": .5}"#, "unexpected '.', expected a value"),
            (#"{"version": +1}"#, "unexpected '+', expected a value"),
            (#"{"version": NaN}"#, "unexpected 'N', expected a value"),
            (#"{"version": Infinity}"#, "unexpected 'I', expected a value"),
            (#"{"version": 0x10}"#, "unexpected 'x', expected ',' or '}'"),
            (#"{"version": 1,}"#, "unexpected '}', expected a member name in quotes"),
            (#"{"entities": [1,]}"#, "unexpected ']', expected a value"),
            (#"{'version': 1}"#, "unexpected ''', expected a member name in quotes"),
            (#"{"version" 1}"#, "unexpected '1', expected ':'"),
            (#"{"version": 1 "format": 2}"#, "unexpected '\"', expected ',' or '}'"),
            (#"{"entities": [1 2]}"#, "unexpected '2', expected ',' or ']'"),
            (#"{} {}"#, "unexpected '{' after the JSON value"),
            (#"// comment"#, "unexpected '/', expected a value"),
            (#"{"version": True}"#, "unexpected 'T', expected a value"),
            (#"{"version": nul}"#, "unexpected 'n', expected a value"),
            (#"{version: 1}"#, "unexpected 'v', expected a member name in quotes"),
        ])
    func syntaxErrors(text: String, message: String) {
        #expect(Self.syntaxError(text)?.message == message)
    }

    @Test("values parse as JSON says")
    func values() throws {
        let value = try Self.parse(#" {"b": [1, -0, 1.5e3, 1E+2, 2e-2, true, false, null, "s"], "a": {}} "#)
        #expect(value == .object([
            ("b", .array([.number(1), .number(0), .number(1500), .number(100), .number(0.02), .bool(true), .bool(false), .null, .string("s")])),
            ("a", .object([])),
        ]))
        // Members keep their order: a different order is a different value.
        #expect(try Self.parse(#"{"a": 1, "b": 2}"#) != Self.parse(#"{"b": 2, "a": 1}"#))
        #expect(try Self.parse(#"[]"#) == .array([]))
        #expect(try Self.parse("\t\r\n 7 \n") == .number(7))
    }

    // MARK: Paths

    @Test("JSON paths: plain and quoted member names survive the trip to components", arguments: [
        "plain", "iso3166", "snake_case", "ключ", "a b", "a.b", "a[0]", #"quote"d"#, "", #"back\slash"#, "a-b", "ł",
    ])
    func paths(key: String) {
        let path = JSONPath.appending(0, to: JSONPath.appending(key, to: JSONPath.appending("entities", to: "$")))
        #expect(JSONPath.components(of: path) == [.key("entities"), .key(key), .index(0)])
    }

    @Test("JSON path spelling")
    func pathSpelling() {
        #expect(JSONPath.appending("kind", to: "$.entities[2]") == "$.entities[2].kind")
        #expect(JSONPath.appending("odd key", to: "$") == #"$["odd key"]"#)
        #expect(JSONPath.appending(#"q"x"#, to: "$") == #"$["q\"x"]"#)
        #expect(JSONPath.appending(3, to: "$.relations") == "$.relations[3]")
        #expect(JSONPath.components(of: "$") == [])
        #expect(JSONPath.components(of: "$.relations[12].evidence[0].document") == [
            .key("relations"), .index(12), .key("evidence"), .index(0), .key("document"),
        ])
    }

    @Test("the location of a path in the text")
    func location() throws {
        let text = "{\n  \"a\": [\n    1,\n    {\"b\": 2}\n  ]\n}"
        let parser = JSONParser(Array(text.utf8))
        func at(_ path: [JSONParser.PathComponent]) -> String? {
            parser.location(of: path).map { "\($0.line):\($0.column)" }
        }
        #expect(at([]) == "1:1")
        #expect(at([.key("a")]) == "2:3")
        #expect(at([.key("a"), .index(0)]) == "3:5")
        #expect(at([.key("a"), .index(1)]) == "4:5")
        #expect(at([.key("a"), .index(1), .key("b")]) == "4:6")
        #expect(at([.key("a"), .index(2)]) == nil)
        #expect(at([.key("z")]) == nil)
        #expect(at([.index(0)]) == nil)
        #expect(at([.key("a"), .key("b")]) == nil)
    }
}
