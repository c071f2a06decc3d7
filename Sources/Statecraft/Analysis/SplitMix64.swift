/// SplitMix64, the seeded generator behind every randomised algorithm here (sampled sources,
/// Louvain's node order, path sampling) and the benchmark graphs, so that a seed gives the same
/// result on every platform and Swift version.
///
/// Steele, G. L., Lea, D. & Flood, C. H. (2014). Fast splittable pseudorandom number generators.
/// *OOPSLA 2014*, 453–472. All arithmetic is on `UInt64`, wrapping.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state = state &+ 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// `next() % bound`: a plain modulo, part of the definition (its bias is below 2⁻⁴³ for bounds
    /// under 2²¹).
    public mutating func uniform(_ bound: Int) -> Int {
        precondition(bound > 0)
        return Int(next() % UInt64(bound))
    }

    /// A uniform double in [0, 1): the top 53 bits.
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// `count` distinct values of `0..<population`, in draw order (a partial Fisher–Yates shuffle).
    public mutating func sample(_ count: Int, from population: Int) -> [Int] {
        precondition(count >= 0 && count <= population)
        var pool = Array(0..<population)
        for position in 0..<count {
            let chosen = position + uniform(population - position)
            pool.swapAt(position, chosen)
        }
        return Array(pool[0..<count])
    }

    /// The elements of `values` in a uniformly random order (Fisher–Yates).
    public mutating func shuffle<T>(_ values: inout [T]) {
        guard values.count > 1 else { return }
        for position in stride(from: values.count - 1, to: 0, by: -1) {
            values.swapAt(position, uniform(position + 1))
        }
    }
}
