import Statecraft
import Testing

@Suite("Signed balance and approximate betweenness")
struct SignedBalanceTests {
    private func signed(_ text: String, exactLimit: Int = 16) throws -> SignedBalance.Result {
        try SignedBalance(exactLimit: exactLimit).analyse(EdgeList.parse(Array(text.utf8), directed: false, signed: true))
    }

    @Test func balancedTwoFactionGraph() throws {
        // {a, b, c} friends, {d, e} friends, enemies across.
        let text = "a b 1\nb c 1\na c 1\nd e 1\na d -1\nb d -1\nc e -1\nb e -1\n"
        for limit in [16, 1] {  // exact, then local search
            let result = try signed(text, exactLimit: limit)
            #expect(result.frustrationIndex == 0)
            #expect(result.isExact == (limit == 16))
            #expect(result.balancedTriangleFraction == 1)
            #expect(result.triangles == 4)  // abc, abd, bde, bce
            #expect(result.frustration == [0, 0, 0, 0, 0])
            #expect(result.faction[0] == result.faction[1] && result.faction[1] == result.faction[2])
            #expect(result.faction[3] == result.faction[4] && result.faction[0] != result.faction[3])
        }
    }

    @Test func unbalancedTriangle() throws {
        // a and b friends, both friends of c, but a and c enemies: one edge must break.
        let result = try signed("a b 1\nb c 1\na c -1\n")
        #expect(result.triangles == 1)
        #expect(result.balancedTriangles == 0)
        #expect(result.balancedTriangleFraction == 0)
        #expect(result.frustrationIndex == 1)
        #expect(result.frustration.reduce(0, +) == 2)
        // All enemies: −−− is unbalanced too (three mutual enemies cannot form two camps).
        let enemies = try signed("a b -1\nb c -1\na c -1\n")
        #expect(enemies.balancedTriangles == 0 && enemies.frustrationIndex == 1)
    }

    @Test func neutralAndCancellingPairsCarryNoSign() throws {
        let result = try signed("a b 1\na b -1\nb c 0\n")
        #expect(result.signedEdges == 0)
        #expect(result.balancedTriangleFraction == nil)
    }

    @Test func approximateBetweennessIsWithinItsBound() throws {
        let fixture = try NetworkXFixture("karate")
        let index = AnalysisIndex(unweighted: fixture.index)
        let exact = try BetweennessCentrality().nodeScores(index)
        let one = try ApproximateBetweenness(epsilon: 0.03, delta: 0.1, seed: 3, threads: 1).estimate(index)
        let two = try ApproximateBetweenness(epsilon: 0.03, delta: 0.1, seed: 3, threads: 2).estimate(index)
        #expect(one.scores == two.scores)  // the seed decides, not the threads
        #expect(NetworkXFixture.maxDifference(one.scores, exact) <= one.errorBound)
        #expect(one.samples > 0 && one.vertexDiameterBound >= 5)
        let directed = try NetworkXFixture("random-directed")
        let directedExact = try BetweennessCentrality().nodeScores(directed.index)
        let estimate = try ApproximateBetweenness(epsilon: 0.03, seed: 9).estimate(directed.index)
        #expect(NetworkXFixture.maxDifference(estimate.scores, directedExact) <= estimate.errorBound)
    }

    @Test func parallelExactBetweennessMatchesSequential() throws {
        let fixture = try NetworkXFixture("lesmis")
        let one = try BetweennessCentrality(threads: 1).nodeScores(fixture.index)
        let two = try BetweennessCentrality(threads: 2).nodeScores(fixture.index)
        #expect(NetworkXFixture.maxDifference(one, two) <= 1e-12)
        let sampled = try BetweennessCentrality(sources: .sample(k: 10, seed: 5)).nodeScores(fixture.index)
        #expect(try BetweennessCentrality(sources: .sample(k: 10, seed: 5)).nodeScores(fixture.index) == sampled)
    }
}
