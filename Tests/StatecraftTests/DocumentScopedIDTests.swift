import Testing

@testable import Statecraft

@Suite("document-scoped ids")
struct DocumentScopedIDTests {
    @Test("relation and transaction ids, and legs, are qualified by the document once")
    func scoping() {
        let graph = Graph(
            documents: [Document(id: "news-2023")],
            entities: [Entity(id: "PRK", kind: .state, name: "North Korea"), Entity(id: "RUS", kind: .state, name: "Russia")],
            relations: [
                Relation(id: "r1", kind: .supplies, source: "PRK", target: "RUS", goods: [.arms]),
                Relation(id: "r2", kind: .aids, source: "RUS", target: "PRK", goods: [.food]),
            ],
            transactions: [Transaction(id: "t1", legs: ["r1", "r2"])])
        let scoped = graph.scopingIDs(to: "news-2023")
        #expect(scoped.relations.map(\.id) == ["news-2023/r1", "news-2023/r2"])
        #expect(scoped.transactions.map(\.id) == ["news-2023/t1"])
        #expect(scoped.transactions.first?.legs == ["news-2023/r1", "news-2023/r2"])
        #expect(scoped.entities == graph.entities && scoped.documents == graph.documents)
        #expect(scoped.validate().isEmpty)
        #expect(scoped.scopingIDs(to: "news-2023") == scoped)
        #expect(Relation.ID("news-2023/r2") < Relation.ID("news-2023/r10"))
    }
}
