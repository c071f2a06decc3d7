/// A transaction as a diagram draws it: its legs resolved to relations. A *swap* — two legs going
/// opposite ways between the same two entities, as in arms for food — is drawn as one
/// double-headed edge; other exchanges hang on a hub node.
struct Exchange: Sendable {
    var transaction: Transaction
    var legs: [Relation]

    var isSwap: Bool {
        legs.count == 2 && legs[0].source == legs[1].target && legs[0].target == legs[1].source
    }

    /// The graph's transactions whose legs are all in it, in id order.
    static func find(in graph: Graph) -> [Exchange] {
        graph.transactions.sorted { $0.id < $1.id }.compactMap { transaction in
            let legs = transaction.legs.compactMap(graph.relation)
            guard legs.count == transaction.legs.count, legs.count >= 2 else { return nil }
            return Exchange(transaction: transaction, legs: legs)
        }
    }
}
