import Statecraft
import Testing

@Suite("Edge lists")
struct EdgeListTests {
    @Test func parsesNamesWeightsCommentsAndIsolatedNodes() throws {
        let text = """
            # a comment
            a b 2.5
            b c   # trailing comment
            c\ta 1e1
            lonely
            a b 0.5
            c c 3

            """
        let index = try EdgeList.parse(Array(text.utf8), directed: false)
        #expect(index.labels == ["a", "b", "c", "lonely"])
        #expect(index.isWeighted)
        #expect(index.edgeCount == 4)  // a–b (merged), b–c, c–a, c–c
        #expect(index.selfLoopCount == 1)
        #expect(index.weight(ofArc: index.arc(from: 0, to: 1)!) == 3)  // 2.5 + 0.5
        #expect(index.weight(ofArc: index.arc(from: 1, to: 0)!) == 3)
        #expect(index.weight(ofArc: index.arc(from: 1, to: 2)!) == 1)
        #expect(index.weight(ofArc: index.arc(from: 2, to: 0)!) == 10)
        #expect(index.successors(of: 3).isEmpty)
        #expect(DegreeCentrality().degrees(index) == [2, 2, 4, 0])
    }

    @Test func directedKeepsBothCSRs() throws {
        let index = try EdgeList.parse(Array("1 2\n2 3\n1 3\n3 1\n".utf8), directed: true)
        #expect(index.labels == ["1", "2", "3"])
        #expect(index.successors(of: 0) == [1, 2])
        #expect(index.predecessors(of: 2) == [0, 1])
        #expect(index.predecessors(of: 0) == [2])
        #expect(!index.isWeighted)
        #expect(index.edgeCount == 4)
    }

    @Test func numericAndTextualNamesStayDistinct() throws {
        let index = try EdgeList.parse(Array("7 007\n7 x\n".utf8), directed: false)
        #expect(index.labels == ["7", "007", "x"])
    }

    @Test func reportsBadLines() {
        #expect(throws: EdgeList.Error(file: nil, line: 2, message: "the weight 'heavy' is not a finite number")) {
            try EdgeList.parse(Array("a b\na c heavy\n".utf8), directed: false)
        }
        #expect(throws: EdgeList.Error(file: nil, line: 1, message: "expected 'source target [weight]', found 4 fields")) {
            try EdgeList.parse(Array("a b 1 2\n".utf8), directed: false)
        }
        #expect(throws: EdgeList.Error.self) { try EdgeList.parse(Array("a b inf\n".utf8), directed: false) }
        #expect(throws: EdgeList.Error.self) { try EdgeList.read("/nonexistent/graph.txt", directed: false) }
    }

    @Test func signedReadingTakesTheWeightsSign() throws {
        let index = try EdgeList.parse(Array("a b 1\nb c -2\n".utf8), directed: false, signed: true)
        #expect(index.signs[index.arc(from: 1, to: 2)!] == -1)
        #expect(index.signs[index.arc(from: 0, to: 1)!] == 1)
    }

    @Test func emptyListGivesAnEmptyIndex() throws {
        let index = try EdgeList.parse(Array("# nothing\n\n".utf8), directed: false)
        #expect(index.nodeCount == 0)
        #expect(throws: AnalysisError.emptyGraph(measure: "pagerank")) {
            try CentralityMeasure.pagerank.report(index)
        }
    }

    @Test func splitMix64MatchesTheBaselineVectors() {
        var zero = SplitMix64(seed: 0)
        #expect([zero.next(), zero.next(), zero.next()] == [0xe220_a839_7b1d_cdaf, 0x6e78_9e6a_a1b9_65f4, 0x06c4_5d18_8009_454f])
        var seeded = SplitMix64(seed: 20000)
        #expect([seeded.next(), seeded.next(), seeded.next()] == [0xe7aa_7324_ae5d_121e, 0x9aca_167f_7e30_17b1, 0x7a5c_ae21_2cd2_c9ae])
    }
}
