/// Turns a parsed graph document into a ``Graph``, collecting every problem with its JSON path
/// instead of stopping at the first. Elements with problems are left out of the graph, so a graph
/// is only meaningful when ``problems`` is empty.
struct GraphDocumentDecoder {
    private(set) var problems: [ValidationProblem] = []

    mutating func graph(from root: JSONValue) -> Graph {
        guard let members = object(root, at: "$") else { return Graph() }
        let document = Fields(members, path: "$")
        switch document["format"] {
        case .string(GraphDocument.format)?: break
        case nil: report("$", "missing \"format\": \"\(GraphDocument.format)\"")
        case let value?:
            report("$.format", "expected \"\(GraphDocument.format)\", found \(Self.describe(value))")
        }
        switch document["version"] {
        case .number(let number)? where number == number.rounded() && number >= 1:
            if number > Double(GraphDocument.version) {
                report(
                    "$.version",
                    "version \(JSONWriter.format(number)) is newer than this Statecraft reads (\(GraphDocument.version)); upgrade Statecraft to read it"
                )
                return Graph()
            }
        case nil: report("$", "missing \"version\"")
        case let value?: report("$.version", "expected a version number (1), found \(Self.describe(value))")
        }

        var graph = Graph()
        for (element, path) in elements(document, "documents") {
            if let document = self.document(element, at: path) { graph.add(document) }
        }
        for (element, path) in elements(document, "entities") {
            if let entity = entity(element, at: path) { graph.add(entity) }
        }
        for (element, path) in elements(document, "relations") {
            if let relation = relation(element, at: path) { graph.add(relation) }
        }
        for (element, path) in elements(document, "transactions") {
            if let transaction = transaction(element, at: path) { graph.add(transaction) }
        }
        return graph
    }

    // MARK: Elements

    private mutating func document(_ value: JSONValue, at path: String) -> Document? {
        guard let fields = fields(value, at: path) else { return nil }
        let id = requiredString(fields, "id")
        let language = optionalString(fields, "language")
        let date = optionalDate(fields, "date")
        let title = optionalString(fields, "title")
        let source = optionalString(fields, "source")
        let digest = optionalString(fields, "digest")
        guard let id else { return nil }
        return Document(
            id: Document.ID(id), language: language, date: date, title: title, source: source, digest: digest)
    }

    private mutating func entity(_ value: JSONValue, at path: String) -> Entity? {
        guard let fields = fields(value, at: path) else { return nil }
        let id = requiredString(fields, "id")
        let kind: EntityKind? = requiredVocabulary(fields, "kind")
        let name = requiredString(fields, "name")
        let aliases = stringArray(fields, "aliases")
        let subtype = optionalString(fields, "subtype")
        var identifiers = Entity.Identifiers()
        if let value = fields["identifiers"], let inner = self.fields(value, at: fields.path("identifiers")) {
            identifiers.iso3166 = optionalString(inner, "iso3166")
            identifiers.wikidata = optionalString(inner, "wikidata")
        }
        var attributes: [String: String] = [:]
        if let value = fields["attributes"], let inner = object(value, at: fields.path("attributes")) {
            for member in inner {
                if case .string(let text) = member.value {
                    attributes[member.key] = text
                } else {
                    report(
                        JSONPath.appending(member.key, to: fields.path("attributes")),
                        "expected a string, found \(Self.describe(member.value))")
                }
            }
        }
        guard let id, let kind, let name else { return nil }
        return Entity(
            id: Entity.ID(id), kind: kind, name: name, aliases: aliases, subtype: subtype,
            identifiers: identifiers, attributes: attributes)
    }

    private mutating func relation(_ value: JSONValue, at path: String) -> Relation? {
        guard let fields = fields(value, at: path) else { return nil }
        let id = requiredString(fields, "id")
        let kind: RelationKind? = requiredVocabulary(fields, "kind")
        let source = requiredString(fields, "source")
        let target = requiredString(fields, "target")
        let status: Status? = requiredVocabulary(fields, "status")
        let date = optionalDate(fields, "date")
        let goods: [GoodsCategory] = vocabularyArray(fields, "goods")
        let role = optionalString(fields, "role")
        let place = optionalString(fields, "place")
        let confidence = optionalNumber(fields, "confidence")
        let evidence = evidenceArray(fields)
        guard let id, let kind, let source, let target, let status else { return nil }
        return Relation(
            id: Relation.ID(id), kind: kind, source: Entity.ID(source), target: Entity.ID(target),
            status: status, date: date, goods: goods, role: role, place: place.map { Entity.ID($0) },
            confidence: confidence, evidence: evidence)
    }

    private mutating func transaction(_ value: JSONValue, at path: String) -> Transaction? {
        guard let fields = fields(value, at: path) else { return nil }
        let id = requiredString(fields, "id")
        let legs = stringArray(fields, "legs", required: true)
        let status: Status? = requiredVocabulary(fields, "status")
        let date = optionalDate(fields, "date")
        let evidence = evidenceArray(fields)
        guard let id, let status else { return nil }
        return Transaction(
            id: Transaction.ID(id), legs: legs.map { Relation.ID($0) }, status: status, date: date,
            evidence: evidence)
    }

    private mutating func evidenceArray(_ fields: Fields) -> [Evidence] {
        elements(fields, "evidence").compactMap { value, path in
            guard let span = self.fields(value, at: path) else { return nil }
            let document = requiredString(span, "document")
            let start = requiredInteger(span, "start")
            let end = requiredInteger(span, "end")
            let text = optionalString(span, "text") ?? ""
            guard let document, let start, let end else { return nil }
            return Evidence(document: Document.ID(document), start: start, end: end, text: text)
        }
    }

    // MARK: Fields

    /// An object's members with the object's path, for field lookups.
    private struct Fields {
        var members: [(key: String, value: JSONValue)]
        var path: String

        init(_ members: [(key: String, value: JSONValue)], path: String) {
            self.members = members
            self.path = path
        }

        subscript(key: String) -> JSONValue? {
            members.first { $0.key == key }?.value
        }

        func path(_ key: String) -> String { JSONPath.appending(key, to: path) }
    }

    private mutating func fields(_ value: JSONValue, at path: String) -> Fields? {
        object(value, at: path).map { Fields($0, path: path) }
    }

    private mutating func object(_ value: JSONValue, at path: String) -> [(key: String, value: JSONValue)]? {
        guard case .object(let members) = value else {
            report(path, "expected an object, found \(Self.describe(value))")
            return nil
        }
        return members
    }

    /// The elements of the array member `key` (absent or null: none), each with its path.
    private mutating func elements(_ fields: Fields, _ key: String) -> [(JSONValue, String)] {
        switch fields[key] {
        case nil, .null?: return []
        case .array(let elements)?:
            return elements.enumerated().map { ($1, JSONPath.appending($0, to: fields.path(key))) }
        case let value?:
            report(fields.path(key), "expected an array, found \(Self.describe(value))")
            return []
        }
    }

    private mutating func requiredString(_ fields: Fields, _ key: String) -> String? {
        switch fields[key] {
        case nil:
            report(fields.path, "missing \"\(key)\"")
            return nil
        case .null?:
            // Not optional: null must be reported, or the element would be dropped silently.
            report(fields.path(key), "expected a string, found null")
            return nil
        default:
            return optionalString(fields, key)
        }
    }

    private mutating func optionalString(_ fields: Fields, _ key: String) -> String? {
        switch fields[key] {
        case nil, .null?: return nil
        case .string(let text)?: return text
        case let value?:
            report(fields.path(key), "expected a string, found \(Self.describe(value))")
            return nil
        }
    }

    private mutating func optionalNumber(_ fields: Fields, _ key: String) -> Double? {
        switch fields[key] {
        case nil, .null?: return nil
        case .number(let number)?: return number
        case let value?:
            report(fields.path(key), "expected a number, found \(Self.describe(value))")
            return nil
        }
    }

    private mutating func requiredInteger(_ fields: Fields, _ key: String) -> Int? {
        switch fields[key] {
        case nil:
            report(fields.path, "missing \"\(key)\"")
            return nil
        case .number(let number)? where number == number.rounded() && abs(number) < 1e15:
            return Int(number)
        case let value?:
            report(fields.path(key), "expected an integer, found \(Self.describe(value))")
            return nil
        }
    }

    private mutating func optionalDate(_ fields: Fields, _ key: String) -> PartialDate? {
        guard let text = optionalString(fields, key) else { return nil }
        guard let date = PartialDate(text) else {
            report(fields.path(key), "'\(text)' is not a date (YYYY, YYYY-MM or YYYY-MM-DD, and a real one)")
            return nil
        }
        return date
    }

    private mutating func requiredVocabulary<Term: RawRepresentable & CaseIterable>(
        _ fields: Fields, _ key: String
    ) -> Term? where Term.RawValue == String {
        guard let text = requiredString(fields, key) else { return nil }
        return vocabulary(text, at: fields.path(key))
    }

    private mutating func vocabulary<Term: RawRepresentable & CaseIterable>(
        _ text: String, at path: String
    ) -> Term? where Term.RawValue == String {
        guard let term = Term(rawValue: text) else {
            let known = Term.allCases.map(\.rawValue).joined(separator: ", ")
            report(path, "unknown \(path.split(separator: ".").last.map { String($0.prefix { $0 != "[" }) } ?? "value") '\(text)' (known: \(known))")
            return nil
        }
        return term
    }

    private mutating func stringArray(_ fields: Fields, _ key: String, required: Bool = false) -> [String] {
        if required, fields[key] == nil { report(fields.path, "missing \"\(key)\"") }
        return elements(fields, key).compactMap { value, path in
            guard case .string(let text) = value else {
                report(path, "expected a string, found \(Self.describe(value))")
                return nil
            }
            return text
        }
    }

    private mutating func vocabularyArray<Term: RawRepresentable & CaseIterable>(
        _ fields: Fields, _ key: String
    ) -> [Term] where Term.RawValue == String {
        elements(fields, key).compactMap { value, path in
            guard case .string(let text) = value else {
                report(path, "expected a string, found \(Self.describe(value))")
                return nil
            }
            return vocabulary(text, at: path)
        }
    }

    private mutating func report(_ path: String, _ message: String) {
        problems.append(ValidationProblem(path: path, message: message))
    }

    private static func describe(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): "the string \"\(text.prefix(40))\""
        case .number(let number): "the number \(JSONWriter.format(number))"
        case .bool(let flag): "\(flag)"
        default: value.typeDescription
        }
    }
}
