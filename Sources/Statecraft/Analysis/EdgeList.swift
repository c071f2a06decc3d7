import Foundation

/// Plain edge lists: one edge per line, `source target` or `source target weight`, separated by
/// spaces or tabs; `#` starts a comment; a line with a single name declares a node (so isolated
/// nodes can be listed). Node names become the labels, numbered in order of first appearance (as
/// NetworkX's `read_edgelist` adds them). Weights are finite decimal numbers; in a signed reading
/// an edge's sign is its weight's (for ``SignedBalance``).
public enum EdgeList {
    /// Why an edge list could not be read: the file, the line and what was wrong.
    public struct Error: Swift.Error, Sendable, Equatable, CustomStringConvertible {
        public var file: String?
        public var line: Int?
        public var message: String

        public init(file: String?, line: Int?, message: String) {
            self.file = file
            self.line = line
            self.message = message
        }

        public var description: String {
            var prefix = file.map { "\($0):" } ?? ""
            if let line { prefix += "\(line):" }
            return prefix.isEmpty ? message : "\(prefix) \(message)"
        }
    }

    /// Reads the edge list at `path` (`-`: standard input).
    public static func read(_ path: String, directed: Bool, signed: Bool = false) throws(Error) -> AnalysisIndex {
        let data: Data?
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            data = FileManager.default.contents(atPath: path)
        }
        guard let data else { throw Error(file: path, line: nil, message: "cannot read the file") }
        let result = data.withUnsafeBytes { raw in
            Result { () throws(Error) -> AnalysisIndex in
                try parse(raw.bindMemory(to: UInt8.self), directed: directed, signed: signed)
            }
        }
        do {
            return try result.get()
        } catch var error {
            error.file = path == "-" ? "<stdin>" : path
            throw error
        }
    }

    /// The index of the edge list in `bytes`. Weighted when any line has a weight (the others weigh 1).
    public static func parse(_ bytes: [UInt8], directed: Bool, signed: Bool = false) throws(Error) -> AnalysisIndex {
        try bytes.withUnsafeBufferPointer { (buffer) throws(Error) -> AnalysisIndex in
            try parse(buffer, directed: directed, signed: signed)
        }
    }

    static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, directed: Bool, signed: Bool
    ) throws(Error) -> AnalysisIndex {
        var labels: [String] = []
        // Canonical decimal names (no sign, no leading zero) are looked up as integers, which is
        // much faster than hashing strings on million-line files; other names by their text.
        var numeric: [Int: Int32] = [:]
        var named: [String: Int32] = [:]
        // Edge columns; weights only once a line has one (earlier edges weigh 1).
        var sources: [Int32] = []
        var targets: [Int32] = []
        var weights: [Double]?
        var signs: [Int8] = []

        func node(_ token: Slice<UnsafeBufferPointer<UInt8>>) -> Int32 {
            if token.count <= 18, let value = canonicalInteger(token) {
                if let id = numeric[value] { return id }
                let id = Int32(labels.count)
                numeric[value] = id
                labels.append(String(decoding: token, as: UTF8.self))
                return id
            }
            let text = String(decoding: token, as: UTF8.self)
            if let id = named[text] { return id }
            let id = Int32(labels.count)
            named[text] = id
            labels.append(text)
            return id
        }

        var lineNumber = 0
        var position = 0
        var tokens: [Slice<UnsafeBufferPointer<UInt8>>] = []
        while position < bytes.count {
            lineNumber += 1
            var end = position
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            var line = bytes[position..<end]
            position = end + 1
            if let hash = line.firstIndex(of: UInt8(ascii: "#")) { line = line[..<hash] }
            tokens.removeAll(keepingCapacity: true)
            var index = line.startIndex
            while index < line.endIndex {
                while index < line.endIndex, isSpace(line[index]) { index += 1 }
                let tokenStart = index
                while index < line.endIndex, !isSpace(line[index]) { index += 1 }
                if tokenStart < index { tokens.append(line[tokenStart..<index]) }
            }
            switch tokens.count {
            case 0:
                continue
            case 1:
                _ = node(tokens[0])
            case 2, 3:
                var weight = 1.0
                if tokens.count == 3 {
                    guard let value = Double(String(decoding: tokens[2], as: UTF8.self)), value.isFinite else {
                        throw Error(
                            line: lineNumber,
                            message: "the weight '\(String(decoding: tokens[2], as: UTF8.self))' is not a finite number")
                    }
                    weight = value
                    if weights == nil { weights = [Double](repeating: 1, count: sources.count) }
                }
                sources.append(node(tokens[0]))
                targets.append(node(tokens[1]))
                weights?.append(weight)
                if signed { signs.append(weight > 0 ? 1 : weight < 0 ? -1 : 0) }
            default:
                throw Error(
                    line: lineNumber,
                    message: "expected 'source target [weight]', found \(tokens.count) fields")
            }
            guard labels.count < Int(Int32.max) else {
                throw Error(line: lineNumber, message: "more nodes than an Int32 index holds")
            }
        }
        return AnalysisIndex(
            labels: labels, sources: sources, targets: targets, weights: weights, signs: signed ? signs : nil,
            relations: nil, directed: directed)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D
    }

    private static func canonicalInteger(_ token: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        guard let first = token.first, first >= 0x30, first <= 0x39 else { return nil }
        if first == 0x30, token.count > 1 { return nil }
        var value = 0
        for byte in token {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}

extension EdgeList.Error {
    init(line: Int, message: String) { self.init(file: nil, line: line, message: message) }
}
