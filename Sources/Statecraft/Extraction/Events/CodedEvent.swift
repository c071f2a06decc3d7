/// A relation read from a sentence by the ``EventCoder``, before it joins the graph.
struct CodedEvent: Sendable, Equatable {
    var kind: RelationKind
    var source: String
    var target: String
    var goods: [GoodsCategory]
    var status: Status
    var date: PartialDate?
    /// The sentence (index into the chunk's sentences) and the token that triggered it.
    var sentence: Int
    var trigger: Int
}

/// Events given in exchange for each other (indices into the coded events).
struct CodedExchange: Sendable, Equatable {
    var legs: [Int]
    var status: Status
    var date: PartialDate?
    var sentence: Int
}

/// A barter a sentence names without its parties (`the oil-for-sugar programme`): the giver of `given`
/// receives `taken`. The ``ExchangeLinker`` finds its legs among the document's transfers.
struct OpenBarter: Sendable, Equatable {
    var given: GoodsCategory
    var taken: GoodsCategory
    var status: Status
    var date: PartialDate?
    var sentence: Int
}
