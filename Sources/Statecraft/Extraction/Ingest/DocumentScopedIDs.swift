extension Graph {
    /// The graph with its relation and transaction ids qualified by the document they were read
    /// from: `r1` → `kim-putin-vostochny-2023/r1`, `t1` → `kim-putin-vostochny-2023/t1`, legs
    /// renamed with them.
    ///
    /// The extractor numbers relations and transactions within one document (`r1`, `r2`, …);
    /// qualified, the ids of different documents never collide, so a corpus keeps every article's
    /// ids whatever order the articles are read in, and graphs extracted separately merge without
    /// renaming. Document ids are slugs (letters, digits, `-`), so the `/` cannot be confused with
    /// part of one. Ids already qualified by `document` are left as they are.
    public func scopingIDs(to document: Document.ID) -> Graph {
        let prefix = document.rawValue + "/"
        func scoped<Subject>(_ id: Identifier<Subject>) -> Identifier<Subject> {
            id.rawValue.hasPrefix(prefix) ? id : Identifier(prefix + id.rawValue)
        }
        var result = Graph(documents: documents, entities: entities)
        for var relation in relations {
            relation.id = scoped(relation.id)
            result.add(relation)
        }
        for var transaction in transactions {
            transaction.id = scoped(transaction.id)
            transaction.legs = transaction.legs.map(scoped)
            result.add(transaction)
        }
        return result
    }
}
