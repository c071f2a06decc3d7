extension Graph {
    /// Every problem with the graph, each with the JSON path of the element it concerns, in the
    /// order of the elements: duplicate ids, references to entities, relations or documents that do
    /// not exist, relation ends of the wrong kind, goods or roles on kinds that take none,
    /// transactions whose legs are not `supplies`/`aids`, confidences outside 0…1, bad evidence spans,
    /// empty names, malformed document digests.
    ///
    /// Kinds, statuses, goods and dates are typed, so unknown or malformed ones cannot be in a
    /// `Graph`; reading a graph document reports those (see `GraphDocument`).
    public func validate() -> [ValidationProblem] {
        var problems: [ValidationProblem] = []
        func report(_ path: String, _ message: String) {
            problems.append(ValidationProblem(path: path, message: message))
        }

        reportDuplicates(documents.map(\.id.rawValue), "documents", "document", report)
        for (index, document) in documents.enumerated() {
            if document.id.rawValue.isEmpty { report("$.documents[\(index)].id", "empty id") }
            if let digest = document.digest, !ContentDigest.isWellFormed(digest) {
                report("$.documents[\(index)].digest", "'\(digest)' is not a digest (sha256: and 64 lowercase hex digits)")
            }
        }

        reportDuplicates(entities.map(\.id.rawValue), "entities", "entity", report)
        for (index, entity) in entities.enumerated() {
            let path = "$.entities[\(index)]"
            if entity.id.rawValue.isEmpty { report("\(path).id", "empty id") }
            if entity.name.allSatisfy(\.isWhitespace) { report("\(path).name", "empty name") }
            if let code = entity.identifiers.iso3166, !Self.isISO3166Alpha3(code) {
                report("\(path).identifiers.iso3166", "'\(code)' is not an ISO 3166-1 alpha-3 code")
            }
            if let item = entity.identifiers.wikidata, !Self.isWikidataItem(item) {
                report("\(path).identifiers.wikidata", "'\(item)' is not a Wikidata item (Q and digits)")
            }
        }

        reportDuplicates(relations.map(\.id.rawValue), "relations", "relation", report)
        for (index, relation) in relations.enumerated() {
            let path = "$.relations[\(index)]"
            if relation.id.rawValue.isEmpty { report("\(path).id", "empty id") }
            for (field, end, allowed) in [
                ("source", relation.source, relation.kind.allowedSourceKinds),
                ("target", relation.target, relation.kind.allowedTargetKinds),
            ] {
                guard let entity = entity(end) else {
                    report("\(path).\(field)", "no entity with id '\(end)'")
                    continue
                }
                if let allowed, !allowed.contains(entity.kind) {
                    let expected = allowed.sorted().map(\.withArticle).joined(separator: " or ")
                    report(
                        "\(path).\(field)",
                        "'\(relation.kind.rawValue)' needs \(expected) as \(field), '\(end)' is \(entity.kind.withArticle)"
                    )
                }
            }
            if relation.source == relation.target {
                report(path, "'\(relation.kind.rawValue)' relates '\(relation.source)' to itself")
            }
            if !relation.goods.isEmpty, !relation.kind.takesGoods {
                report("\(path).goods", "'\(relation.kind.rawValue)' takes no goods (only supplies and aids do)")
            }
            if Set(relation.goods).count != relation.goods.count {
                report("\(path).goods", "repeated goods")
            }
            if relation.role != nil, !relation.kind.takesRole {
                report("\(path).role", "'\(relation.kind.rawValue)' takes no role (only official_of does)")
            }
            if let place = relation.place {
                if let entity = entity(place) {
                    if entity.kind != .place, entity.kind != .state {
                        report("\(path).place", "'\(place)' is \(entity.kind.withArticle), not a place or state")
                    }
                } else {
                    report("\(path).place", "no entity with id '\(place)'")
                }
            }
            if let confidence = relation.confidence, !(0...1).contains(confidence) {
                report("\(path).confidence", "\(confidence) is outside 0…1")
            }
            validateEvidence(relation.evidence, at: path, report)
        }

        reportDuplicates(transactions.map(\.id.rawValue), "transactions", "transaction", report)
        for (index, transaction) in transactions.enumerated() {
            let path = "$.transactions[\(index)]"
            if transaction.id.rawValue.isEmpty { report("\(path).id", "empty id") }
            if transaction.legs.count < 2 {
                report("\(path).legs", "a transaction needs at least two legs, has \(transaction.legs.count)")
            }
            var seen: Set<Relation.ID> = []
            for (legIndex, leg) in transaction.legs.enumerated() {
                let legPath = "\(path).legs[\(legIndex)]"
                if !seen.insert(leg).inserted { report(legPath, "leg '\(leg)' is listed twice") }
                guard let relation = relation(leg) else {
                    report(legPath, "no relation with id '\(leg)'")
                    continue
                }
                if !relation.kind.canBeTransactionLeg {
                    report(legPath, "leg '\(leg)' is a '\(relation.kind.rawValue)' relation; legs must be supplies or aids")
                }
            }
            validateEvidence(transaction.evidence, at: path, report)
        }
        return problems
    }

    private func reportDuplicates(
        _ ids: [String], _ collection: String, _ noun: String, _ report: (String, String) -> Void
    ) {
        var first: [String: Int] = [:]
        for (index, id) in ids.enumerated() {
            if let earlier = first[id] {
                report("$.\(collection)[\(index)].id", "duplicate \(noun) id '\(id)' (first at $.\(collection)[\(earlier)])")
            } else {
                first[id] = index
            }
        }
    }

    private func validateEvidence(
        _ evidence: [Evidence], at path: String, _ report: (String, String) -> Void
    ) {
        for (index, span) in evidence.enumerated() {
            let spanPath = "\(path).evidence[\(index)]"
            if document(span.document) == nil {
                report("\(spanPath).document", "no document with id '\(span.document)'")
            }
            if span.start < 0 || span.end < span.start {
                report(spanPath, "bad span \(span.start)..<\(span.end)")
            }
        }
    }

    static func isISO3166Alpha3(_ code: String) -> Bool {
        code.unicodeScalars.count == 3 && code.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
    }

    static func isWikidataItem(_ item: String) -> Bool {
        let scalars = Array(item.unicodeScalars)
        return scalars.count >= 2 && scalars[0] == "Q"
            && scalars.dropFirst().allSatisfy { ("0"..."9").contains($0) }
    }
}
