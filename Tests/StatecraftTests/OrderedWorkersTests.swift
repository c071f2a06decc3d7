import Foundation
import Testing

@testable import Statecraft

@Suite("ordered workers")
struct OrderedWorkersTests {
    struct Failure: Error, Equatable { var index: Int }

    @Test("results reach the caller in item order whatever order the workers finish in", arguments: [1, 2, 3, 8])
    func order(workers: Int) throws {
        var seen: [Int] = []
        try OrderedWorkers.run(count: 40, workers: workers, window: 5) { (index: Int) throws(Failure) -> Int in
            // Later items finish first now and then.
            usleep(useconds_t((index * 7919) % 5) * 300)
            return index * index
        } consume: { index, square in
            #expect(square == index * index)
            seen.append(index)
        }
        #expect(seen == Array(0..<40))
    }

    @Test("the first failing item's error is thrown after the items before it are consumed", arguments: [1, 2, 4])
    func firstError(workers: Int) {
        var consumed: [Int] = []
        #expect(throws: Failure(index: 6)) {
            try OrderedWorkers.run(count: 30, workers: workers) { (index: Int) throws(Failure) -> Int in
                if index == 6 || index == 11 {
                    if index == 6 { usleep(20_000) }
                    throw Failure(index: index)
                }
                return index
            } consume: { index, _ in
                consumed.append(index)
            }
        }
        #expect(consumed == Array(0..<6))
    }

    @Test("no items: nothing runs")
    func empty() throws {
        try OrderedWorkers.run(count: 0, workers: 4) { (_: Int) throws(Failure) -> Int in
            Issue.record("no work expected")
            return 0
        } consume: { _, _ in
            Issue.record("nothing to consume")
        }
    }
}
