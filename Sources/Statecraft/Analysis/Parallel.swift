import Dispatch
import Foundation

/// Runs independent pieces of work on several threads and collects one result per worker.
enum Parallel {
    /// The worker count to use: `requested`, or the machine's active processors, never more
    /// than `items`, at least 1.
    static func workers(_ requested: Int?, items: Int) -> Int {
        let available = requested ?? ProcessInfo.processInfo.activeProcessorCount
        return max(1, min(available, items))
    }

    /// Calls `body(worker)` for `worker` in `0..<count`, concurrently, and returns the results in
    /// worker order; the first worker's error, if any, is thrown.
    static func map<T, E: Error>(
        workers count: Int, _ body: @Sendable (Int) throws(E) -> T
    ) throws(E) -> [T] {
        if count == 1 { return [try body(0)] }
        let slots = UnsafeMutableBufferPointer<Result<T, E>?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer { slots.deallocate() }
        let box = UncheckedBox(slots)
        DispatchQueue.concurrentPerform(iterations: count) { worker in
            box.value[worker] = Result { () throws(E) -> T in try body(worker) }
        }
        var results: [T] = []
        results.reserveCapacity(count)
        for slot in slots { results.append(try slot!.get()) }
        return results
    }
}

/// Hands out the numbers `0..<count` to concurrent workers, each number once, in increasing order:
/// a worker that gets more of the processors (on a machine shared with other jobs) takes more of
/// the work instead of waiting for the others at the end.
final class WorkQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var taken = 0
    let count: Int

    init(count: Int) { self.count = count }

    /// The next number, or `nil` when all have been handed out.
    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard taken < count else { return nil }
        taken += 1
        return taken - 1
    }
}

/// A value handed to concurrent workers that each touch a disjoint part of it.
struct UncheckedBox<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
