/// A typed relationship graph: the documents it was read from, the entities, the relations between
/// them and the transactions that group relations exchanged for each other.
///
/// `Graph` is a value: copies are independent. It keeps the elements in the order they were added
/// (so validation problems point at the right place of the file they came from) and indexes them by
/// id and by folded name. Serialisation sorts them (see `GraphDocument`).
///
/// A graph may hold problems — duplicate ids, dangling references — so that they can be reported;
/// ``validate()`` lists them. Lookups by id return the first element with that id.
public struct Graph: Sendable, Equatable {
    public private(set) var documents: [Document]
    public private(set) var entities: [Entity]
    public private(set) var relations: [Relation]
    public private(set) var transactions: [Transaction]

    private var documentIndex: [Document.ID: Int] = [:]
    private var entityIndex: [Entity.ID: Int] = [:]
    private var relationIndex: [Relation.ID: Int] = [:]
    private var transactionIndex: [Transaction.ID: Int] = [:]
    private var nameIndex: [String: [Int]] = [:]

    public init(
        documents: [Document] = [], entities: [Entity] = [], relations: [Relation] = [],
        transactions: [Transaction] = []
    ) {
        self.documents = []
        self.entities = []
        self.relations = []
        self.transactions = []
        documents.forEach { add($0) }
        entities.forEach { add($0) }
        relations.forEach { add($0) }
        transactions.forEach { add($0) }
    }

    public static func == (lhs: Graph, rhs: Graph) -> Bool {
        lhs.documents == rhs.documents && lhs.entities == rhs.entities
            && lhs.relations == rhs.relations && lhs.transactions == rhs.transactions
    }

    public var isEmpty: Bool {
        documents.isEmpty && entities.isEmpty && relations.isEmpty && transactions.isEmpty
    }

    // MARK: Lookup

    public func document(_ id: Document.ID) -> Document? { documentIndex[id].map { documents[$0] } }
    public func entity(_ id: Entity.ID) -> Entity? { entityIndex[id].map { entities[$0] } }
    public func relation(_ id: Relation.ID) -> Relation? { relationIndex[id].map { relations[$0] } }
    public func transaction(_ id: Transaction.ID) -> Transaction? {
        transactionIndex[id].map { transactions[$0] }
    }

    /// The entities whose name or an alias folds to the same key as `name` (see ``NameFolding``),
    /// in the order they were added.
    public func entities(named name: String) -> [Entity] {
        (nameIndex[NameFolding.fold(name)] ?? []).map { entities[$0] }
    }

    /// The entity `reference` names: its id, else its name or an alias, folded. Ambiguous names
    /// give every candidate.
    public func resolve(_ reference: String) -> [Entity] {
        if let entity = entity(Entity.ID(reference)) { return [entity] }
        return entities(named: reference)
    }

    // MARK: Building

    public mutating func add(_ document: Document) {
        if documentIndex[document.id] == nil { documentIndex[document.id] = documents.count }
        documents.append(document)
    }

    public mutating func add(_ entity: Entity) {
        let position = entities.count
        if entityIndex[entity.id] == nil { entityIndex[entity.id] = position }
        entities.append(entity)
        indexNames(of: entity, at: position)
    }

    public mutating func add(_ relation: Relation) {
        if relationIndex[relation.id] == nil { relationIndex[relation.id] = relations.count }
        relations.append(relation)
    }

    public mutating func add(_ transaction: Transaction) {
        if transactionIndex[transaction.id] == nil {
            transactionIndex[transaction.id] = transactions.count
        }
        transactions.append(transaction)
    }

    /// Replaces the element with the same id (the first one, if there are several).
    public mutating func replace(_ entity: Entity) {
        guard let position = entityIndex[entity.id] else { return add(entity) }
        unindexNames(of: entities[position], at: position)
        entities[position] = entity
        indexNames(of: entity, at: position)
    }

    public mutating func replace(_ relation: Relation) {
        guard let position = relationIndex[relation.id] else { return add(relation) }
        relations[position] = relation
    }

    public mutating func replace(_ transaction: Transaction) {
        guard let position = transactionIndex[transaction.id] else { return add(transaction) }
        transactions[position] = transaction
    }

    public mutating func replace(_ document: Document) {
        guard let position = documentIndex[document.id] else { return add(document) }
        documents[position] = document
    }

    private mutating func unindexNames(of entity: Entity, at position: Int) {
        for name in Set(entity.allNames.map(NameFolding.fold)) {
            nameIndex[name]?.removeAll { $0 == position }
            if nameIndex[name]?.isEmpty == true { nameIndex[name] = nil }
        }
    }

    private mutating func indexNames(of entity: Entity, at position: Int) {
        for name in Set(entity.allNames.map(NameFolding.fold)) {
            Self.insert(position, intoSorted: &nameIndex[name, default: []])
        }
    }

    /// Inserts in place, appending in the common case (`add` only ever brings the largest position),
    /// so that a name shared by many entities does not make building the graph quadratic.
    private static func insert(_ position: Int, intoSorted positions: inout [Int]) {
        guard let last = positions.last, last >= position else { return positions.append(position) }
        var low = 0
        var high = positions.count
        while low < high {
            let middle = (low + high) / 2
            if positions[middle] < position { low = middle + 1 } else { high = middle }
        }
        if positions[low] != position { positions.insert(position, at: low) }
    }
}
