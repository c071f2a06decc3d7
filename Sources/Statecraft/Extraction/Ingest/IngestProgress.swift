/// How far a corpus ingest has got: articles and bytes done of the total, and the time taken, with
/// the rate and the time left that follow — and the one-line report a progress bar shows.
public struct IngestProgress: Sendable, Equatable {
    /// Articles done (merged into the graph or found already in it).
    public var files: Int
    public var totalFiles: Int
    /// Bytes of the articles done; of all articles (standard input counts once read).
    public var bytes: Int
    public var totalBytes: Int
    /// Seconds since the ingest started.
    public var elapsed: Double

    public init(files: Int, totalFiles: Int, bytes: Int, totalBytes: Int, elapsed: Double) {
        self.files = files
        self.totalFiles = totalFiles
        self.bytes = bytes
        self.totalBytes = totalBytes
        self.elapsed = elapsed
    }

    public var isFinished: Bool { files >= totalFiles }

    /// The share done, 0…1: by bytes when the sizes are known, else by articles.
    public var fraction: Double {
        if totalBytes > 0 { return min(1, Double(bytes) / Double(totalBytes)) }
        return totalFiles > 0 ? min(1, Double(files) / Double(totalFiles)) : 1
    }

    /// Bytes per second so far; `nil` before anything is done.
    public var bytesPerSecond: Double? {
        guard elapsed > 0, bytes > 0 else { return nil }
        return Double(bytes) / elapsed
    }

    /// Seconds left at the rate so far; `nil` while the rate is unknown.
    public var secondsLeft: Double? {
        if isFinished { return 0 }
        guard let rate = bytesPerSecond else { return nil }
        return Double(max(0, totalBytes - bytes)) / rate
    }

    /// The report in at most `width` characters (ASCII, no control characters):
    /// `[========>        ]  12/40 files  1.2/4.1 MB    1.5 MB/s  ETA  0:02`, and when finished
    /// `… 40/40 files  4.1 MB  1.6 MB/s  in 0:03`. The bar takes the room the numbers leave; below
    /// 10 characters of room it is left out.
    public func line(width: Int = 80) -> String {
        // Numbers padded to the width they will have at the end, so the bar keeps its length.
        let total = Self.bytes(totalBytes)
        var parts = [Self.padded("\(files)", to: "\(totalFiles)".count) + "/\(totalFiles) files"]
        parts.append(
            isFinished
                ? Self.bytes(bytes)
                : Self.padded(Self.bytes(bytes, unitOf: totalBytes), to: Self.bytes(totalBytes, unitOf: totalBytes).count)
                    + "/" + total)
        parts.append(Self.padded(bytesPerSecond.map { "\(Self.bytes(Int($0.rounded())))/s" } ?? "-- B/s", to: 10))
        if isFinished {
            parts.append("in \(Self.clock(elapsed))")
        } else {
            parts.append("ETA " + Self.padded(secondsLeft.map(Self.clock) ?? "--:--", to: 5))
        }
        let numbers = parts.joined(separator: "  ")
        let room = width - numbers.count - 4
        guard room >= 10 else { return String(numbers.prefix(max(0, width))) }
        let filled = Int((fraction * Double(room)).rounded(.down))
        var bar = String(repeating: "=", count: filled)
        if filled < room { bar += filled > 0 ? ">" : " " }
        bar += String(repeating: " ", count: max(0, room - bar.count))
        return "[\(bar)]  \(numbers)"
    }

    private static func padded(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    /// `512 B`, `1.2 kB`, `34.5 MB`, `1.1 GB` (decimal units); with `unitOf`, in the unit that value
    /// would take and without it (`1.2` of `4.1 MB`).
    static func bytes(_ count: Int, unitOf reference: Int? = nil) -> String {
        let units = ["B", "kB", "MB", "GB", "TB"]
        var scale = 0
        var value = Double(reference ?? count)
        while value >= 999.95, scale < units.count - 1 {
            value /= 1000
            scale += 1
        }
        let shown = Double(count) / pow1000(scale)
        let number = scale == 0 ? "\(count)" : Self.oneDecimal(shown)
        return reference == nil ? "\(number) \(units[scale])" : number
    }

    private static func pow1000(_ exponent: Int) -> Double {
        (0..<exponent).reduce(1.0) { value, _ in value * 1000 }
    }

    private static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// `0:07`, `12:34`, `1:02:03`.
    static func clock(_ seconds: Double) -> String {
        let total = seconds.isFinite ? Int(min(max(0, seconds), 359_999_999).rounded(.up)) : 0
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(twoDigits(minutes)):\(twoDigits(secs))" : "\(minutes):\(twoDigits(secs))"
    }
}
