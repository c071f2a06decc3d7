import Foundation
import Statecraft

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Shows a corpus ingest's progress and warnings on standard error.
///
/// On a terminal it is one line redrawn in place (carriage return, erase to the end of the line),
/// at most ten times a second, cleared before a warning is printed and drawn again after it; it
/// appears only once the run has taken half a second, unless forced. When standard error is not a
/// terminal it shows nothing unless forced, and then prints plain lines (no control characters),
/// at most one a second and the last one. Warnings are always printed.
final class ProgressDisplay {
    enum Mode {
        case off
        /// Redrawn in place, `width` columns.
        case terminal(width: Int)
        /// Whole lines, for a log.
        case lines
    }

    private let mode: Mode
    private let forced: Bool
    private var shown = false
    private var lastDrawn: Double?
    private var last: IngestProgress?

    init(mode: Mode, forced: Bool) {
        self.mode = mode
        self.forced = forced
    }

    /// The mode for standard error: `quiet` wins over `force`; a terminal gets the redrawn line.
    static func mode(quiet: Bool, force: Bool) -> Mode {
        if quiet { return .off }
        if isatty(STDERR_FILENO) == 1 { return .terminal(width: terminalWidth()) }
        return force ? .lines : .off
    }

    func handle(_ event: CorpusIngest.Event) {
        switch event {
        case .warning(let message):
            if shown, case .terminal = mode { write("\r\u{1B}[K") }
            write("warning: \(message)\n")
            if shown, case .terminal = mode, let last { draw(last) }
        case .progress(let progress):
            last = progress
            guard forced || progress.elapsed >= 0.5 || shown else { return }
            let interval: Double
            switch mode {
            case .off: return
            case .terminal: interval = 0.1
            case .lines: interval = 1
            }
            if progress.isFinished || lastDrawn.map({ progress.elapsed - $0 >= interval }) ?? true {
                draw(progress)
            }
        }
    }

    /// Ends the display: the last state stays on its line.
    func finish() {
        guard shown, case .terminal = mode else { return }
        write("\n")
        shown = false
    }

    private func draw(_ progress: IngestProgress) {
        switch mode {
        case .off: return
        case .terminal(let width): write("\r" + progress.line(width: width - 1) + "\u{1B}[K")
        case .lines: write(progress.line(width: 80) + "\n")
        }
        shown = true
        lastDrawn = progress.elapsed
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    private static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 80
    }
}
