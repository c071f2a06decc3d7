import Dispatch
import Foundation

/// Runs a piece of work for each of `count` items on several threads and hands the results to the
/// calling thread one at a time, in item order, whatever order the workers finish in — so what
/// the caller builds from them does not depend on the number of workers or on scheduling.
///
/// Workers take items in increasing order and run at most `window` items ahead of the one the
/// caller waits for, so memory stays bounded when one item is slow. When an item's work throws,
/// no new items are started, and the caller gets the error of the first failing item in order
/// after it has consumed the items before it.
enum OrderedWorkers {
    static func run<Output: Sendable, Failure: Error>(
        count: Int, workers requested: Int, window requestedWindow: Int? = nil,
        work: @escaping @Sendable (Int) throws(Failure) -> Output,
        consume: (Int, Output) -> Void
    ) throws(Failure) {
        let workers = max(1, min(requested, count))
        if workers == 1 {
            for index in 0..<count { consume(index, try work(index)) }
            return
        }
        let window = max(workers, requestedWindow ?? workers * 4)
        let state = State<Output, Failure>()
        let group = DispatchGroup()
        for _ in 0..<workers {
            DispatchQueue.global(qos: .userInitiated).async(group: group) {
                while let index = state.take(count: count, window: window) {
                    let result = Result { () throws(Failure) -> Output in try work(index) }
                    state.deposit(result, at: index)
                }
            }
        }
        defer {
            state.cancel()
            group.wait()
        }
        for index in 0..<count {
            switch state.wait(for: index) {
            case .success(let output): consume(index, output)
            case .failure(let error): throw error
            }
        }
    }

    /// What the workers and the caller share, behind one lock.
    private final class State<Output: Sendable, Failure: Error>: @unchecked Sendable {
        private let condition = NSCondition()
        private var next = 0
        private var consumed = 0
        private var cancelled = false
        private var results: [Int: Result<Output, Failure>] = [:]

        /// The next item to work on; `nil` when there is none or the run was cancelled.
        func take(count: Int, window: Int) -> Int? {
            condition.lock()
            defer { condition.unlock() }
            while !cancelled, next < count, next >= consumed + window { condition.wait() }
            guard !cancelled, next < count else { return nil }
            next += 1
            return next - 1
        }

        func deposit(_ result: Result<Output, Failure>, at index: Int) {
            condition.lock()
            defer { condition.unlock() }
            results[index] = result
            if case .failure = result { cancelled = true }
            condition.broadcast()
        }

        /// Waits for item `index`'s result and removes it, letting the workers move on.
        func wait(for index: Int) -> Result<Output, Failure> {
            condition.lock()
            defer { condition.unlock() }
            while results[index] == nil { condition.wait() }
            let result = results.removeValue(forKey: index)!
            consumed = index + 1
            condition.broadcast()
            return result
        }

        func cancel() {
            condition.lock()
            defer { condition.unlock() }
            cancelled = true
            condition.broadcast()
        }
    }
}
