import Testing

@testable import Statecraft

@Suite("ingest progress")
struct IngestProgressTests {
    @Test("the line: bar, articles, bytes, rate and time left")
    func line() {
        let running = IngestProgress(files: 12, totalFiles: 40, bytes: 1_200_000, totalBytes: 4_100_000, elapsed: 0.8)
        #expect(running.line(width: 80) == "[========>                     ]  12/40 files  1.2/4.1 MB    1.5 MB/s  ETA  0:02")
        #expect(running.line(width: 80).count == 80)
        let done = IngestProgress(files: 40, totalFiles: 40, bytes: 4_100_000, totalBytes: 4_100_000, elapsed: 2.56)
        #expect(done.line(width: 60) == "[================]  40/40 files  4.1 MB    1.6 MB/s  in 0:03")
        let start = IngestProgress(files: 0, totalFiles: 3, bytes: 0, totalBytes: 900, elapsed: 0)
        #expect(start.line(width: 70) == "[                       ]  0/3 files    0/900 B      -- B/s  ETA --:--")
        // Numbers keep their width as they grow, so the bar keeps its length.
        let later = IngestProgress(files: 2, totalFiles: 3, bytes: 600, totalBytes: 900, elapsed: 1)
        #expect(later.line(width: 70).count == start.line(width: 70).count)
        #expect(later.line(width: 70).firstIndex(of: "]") == start.line(width: 70).firstIndex(of: "]"))
    }

    @Test("narrow terminals lose the bar, then the end of the numbers; never a control character",
          arguments: [0, 5, 20, 40, 52, 53, 200])
    func narrow(width: Int) {
        let progress = IngestProgress(files: 3, totalFiles: 7, bytes: 12_345_678, totalBytes: 98_765_432, elapsed: 61)
        let line = progress.line(width: width)
        #expect(line.count <= max(width, 0))
        #expect(line.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 })
    }

    @Test("units and clock")
    func units() {
        #expect(IngestProgress.bytes(999) == "999 B")
        #expect(IngestProgress.bytes(1000) == "1.0 kB")
        #expect(IngestProgress.bytes(999_960) == "1.0 MB")
        #expect(IngestProgress.bytes(2_500_000_000) == "2.5 GB")
        #expect(IngestProgress.bytes(250_000, unitOf: 2_500_000) == "0.3")
        #expect(IngestProgress.clock(0) == "0:00")
        #expect(IngestProgress.clock(7.2) == "0:08")
        #expect(IngestProgress.clock(754) == "12:34")
        #expect(IngestProgress.clock(3723) == "1:02:03")
        #expect(IngestProgress.clock(.infinity) == "0:00")
    }

    @Test("without sizes (standard input) the share goes by articles")
    func fractionByFiles() {
        let progress = IngestProgress(files: 1, totalFiles: 4, bytes: 0, totalBytes: 0, elapsed: 1)
        #expect(progress.fraction == 0.25)
        #expect(progress.secondsLeft == nil)
    }
}
