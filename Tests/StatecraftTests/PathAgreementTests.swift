import Foundation
import Statecraft
import Testing

/// Paths against NetworkX 3.6.1: `all_shortest_paths` (by hops and by weight), `dijkstra_path_length`,
/// `shortest_simple_paths` (the first eight) and `all_simple_paths` with a cutoff.
@Suite("Paths agree with NetworkX")
struct PathAgreementTests {
    private func labels(_ path: Path, _ fixture: NetworkXFixture) -> [String] {
        path.nodes.map { fixture.index.labels[$0] }
    }

    @Test(arguments: NetworkXFixture.names)
    func shortestPaths(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        #expect(!fixture.paths.isEmpty)
        for entry in fixture.paths {
            let source = try fixture.node(entry["source"])
            let target = try fixture.node(entry["target"])
            let expected = try #require(entry["all_shortest_paths"] as? [[String]])
            let all = try ShortestPaths.all(fixture.index, from: source, to: target)
            #expect(Set(all.map { labels($0, fixture) }) == Set(expected), "\(name) \(entry["source"]!)→\(entry["target"]!)")
            let one = ShortestPaths.shortest(fixture.index, from: source, to: target)
            if let first = expected.first {
                let path = try #require(one)
                #expect(path.nodes.count == first.count)
                #expect(expected.contains(labels(path, fixture)))
            } else {
                #expect(one == nil)
            }
            if let weighted = entry["weighted_all_shortest_paths"] as? [[String]] {
                let ours = try ShortestPaths.all(fixture.index, from: source, to: target, weighted: true)
                #expect(Set(ours.map { labels($0, fixture) }) == Set(weighted))
                let dijkstra = try ShortestPaths.dijkstra(fixture.index, from: source, to: target)
                if let length = entry["dijkstra_length"], !(length is NSNull) {
                    let path = try #require(dijkstra)
                    #expect(abs(path.length - NetworkXFixture.number(length)) <= 1e-9)
                    #expect(weighted.contains(labels(path, fixture)))
                } else {
                    #expect(dijkstra == nil)
                }
            }
        }
    }

    @Test(arguments: NetworkXFixture.names)
    func kShortestSimplePaths(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        for entry in fixture.paths {
            let source = try fixture.node(entry["source"])
            let target = try fixture.node(entry["target"])
            for (key, weighted) in [("shortest_simple_paths", false), ("weighted_shortest_simple_paths", true)] {
                guard let expected = entry[key] as? [[String: Any]] else { continue }
                let ours = try KShortestPaths.paths(
                    fixture.index, from: source, to: target, k: expected.count, weighted: weighted)
                #expect(ours.count == expected.count, "\(name) \(key)")
                let theirLengths = expected.map { NetworkXFixture.number($0["length"]) }
                for (path, length) in zip(ours, theirLengths) {
                    #expect(abs(path.length - length) <= 1e-9, "\(name) \(key) \(labels(path, fixture))")
                }
                // Paths shorter than the last length are all found, by both; ties at the last
                // length may be cut differently.
                guard let last = theirLengths.last else { continue }
                let theirs = Set(expected.filter { NetworkXFixture.number($0["length"]) < last - 1e-9 }.compactMap { $0["nodes"] as? [String] })
                let mine = Set(ours.filter { $0.length < last - 1e-9 }.map { labels($0, fixture) })
                #expect(mine == theirs, "\(name) \(key)")
                #expect(Set(ours.map(\.nodes)).count == ours.count)
                for path in ours { #expect(Set(path.nodes).count == path.nodes.count) }
            }
        }
    }

    @Test(arguments: NetworkXFixture.names)
    func allSimplePaths(_ name: String) throws {
        let fixture = try NetworkXFixture(name)
        for entry in fixture.paths {
            let source = try fixture.node(entry["source"])
            let target = try fixture.node(entry["target"])
            let cutoff = try #require(entry["cutoff"] as? Int)
            let expected = try #require(entry["all_simple_paths"] as? [[String]])
            let ours = SimplePaths.all(fixture.index, from: source, to: target, maxLength: cutoff)
            #expect(ours.count == expected.count, "\(name)")
            #expect(Set(ours.map { labels($0, fixture) }) == Set(expected), "\(name)")
        }
    }
}
