/// Writes a graph as a Graphviz diagram in the DOT language, styled so that it reads at a glance:
/// shape and fill by entity kind, colour by relation kind (hue by polarity), line style by status,
/// goods on `supplies`/`aids`, dates on events, transactions drawn as one exchange, an optional
/// grouping of actors with their state, highlights, node sizes by score, a title, a caption and a
/// legend of exactly what the diagram uses.
///
/// Output is deterministic: elements are written in id order, and every id is a stable
/// ``ElementID``. User text reaches DOT only through ``DOTText`` and never reaches a URL-like
/// attribute (`URL`, `href`, `image`, `stylesheet`, `fontpath`).
struct DOTWriter {
    let graph: Graph
    let options: RenderOptions
    /// The lowest and highest finite score among the drawn entities, found once for all nodes.
    private let scoreRange: ClosedRange<Double>?

    init(graph: Graph, options: RenderOptions) {
        self.graph = graph
        self.options = options
        let values = graph.entities.compactMap { options.scores[$0.id] }.filter(\.isFinite)
        scoreRange = values.min().flatMap { low in values.max().map { low...$0 } }
    }

    /// The DOT text, and the tooltip text for each element id (the SVG `<title>`s).
    struct Output: Sendable {
        var dot: String
        var titles: [String: String]
    }

    func write() -> Output {
        let theme = options.theme
        let exchanges = Exchange.find(in: graph)
        let hiddenLegs = Set(exchanges.filter(\.isSwap).flatMap(\.transaction.legs))
        var titles: [String: String] = [:]
        var lines: [String] = []
        titles["statecraft-diagram"] = options.title ?? "Statecraft diagram"

        lines.append("digraph \"statecraft\" {")
        lines.append("  graph [" + attributes([
            ("charset", DOTText.quoted("UTF-8")),
            ("id", DOTText.quoted("statecraft-diagram")),
            ("class", DOTText.quoted("statecraft theme-\(theme.rawValue)")),
            ("bgcolor", DOTText.quoted(theme.background)),
            ("fontname", DOTText.quoted(theme.fontName)),
            ("fontcolor", DOTText.quoted(theme.text)),
            ("fontsize", "12"),
            ("pad", DOTText.quoted("0.3")),
            ("nodesep", DOTText.quoted("0.45")),
            ("ranksep", DOTText.quoted("0.8")),
            ("overlap", DOTText.quoted("false")),
            ("sep", DOTText.quoted("+12")),
            ("splines", DOTText.quoted(splines)),
            ("outputorder", DOTText.quoted("edgesfirst")),
            ("labelloc", DOTText.quoted("b")),
            ("labeljust", DOTText.quoted("l")),
            ("forcelabels", DOTText.quoted("true")),
        ] + graphLabel(exchanges: exchanges, hiddenLegs: hiddenLegs)) + "]")
        lines.append("  node [" + attributes([
            ("fontname", DOTText.quoted(theme.fontName)), ("fontsize", "11"),
            ("fontcolor", DOTText.quoted(theme.text)), ("penwidth", "1.3"),
            ("margin", DOTText.quoted("0.12,0.06")),
        ]) + "]")
        lines.append("  edge [" + attributes([
            ("fontname", DOTText.quoted(theme.fontName)), ("fontsize", "9"),
            ("fontcolor", DOTText.quoted(theme.mutedText)), ("arrowsize", "0.7"), ("penwidth", "1.4"),
        ]) + "]")

        let entities = graph.entities.sorted { $0.id < $1.id }
        let groups = options.clusters ? clusterGroups() : [:]
        let grouped = Set(groups.values.flatMap { $0 })
        for state in entities where groups[state.id] != nil {
            let members = [state.id] + groups[state.id]!
            // Each cluster sits in an anonymous subgraph of its own. Graphviz 2.42/2.43 orders named
            // subgraphs by the address of their interned name, so clusters came out in an order
            // that varied from render to render within one process (changing SVG, PNG and PDF
            // bytes); anonymous subgraphs are numbered in the order they are read, and dot finds
            // clusters by walking them in that order.
            lines.append("  subgraph { subgraph \(DOTText.quoted(ElementID.cluster(state.id))) {")
            lines.append("    graph [" + attributes([
                ("id", DOTText.quoted(ElementID.cluster(state.id).replacingUnderscoreWithHyphen())),
                ("class", DOTText.quoted("group")),
                ("label", DOTText.label(DOTText.truncated(state.name, to: options.maximumLabelLength))),
                ("style", DOTText.quoted("rounded,dashed")),
                ("color", DOTText.quoted(theme.clusterLine)),
                ("fontcolor", DOTText.quoted(theme.mutedText)),
                ("fontsize", "10"),
            ]) + "]")
            for member in members {
                if let entity = graph.entity(member) { lines.append("    " + node(entity, titles: &titles)) }
            }
            lines.append("  } }")
        }
        for entity in entities where groups[entity.id] == nil && !grouped.contains(entity.id) {
            lines.append("  " + node(entity, titles: &titles))
        }

        for relation in graph.relations.sorted(by: { $0.id < $1.id }) where !hiddenLegs.contains(relation.id) {
            lines.append("  " + edge(relation, titles: &titles))
        }
        for exchange in exchanges {
            lines.append(contentsOf: self.exchange(exchange, titles: &titles).map { "  " + $0 })
        }
        lines.append("}")
        return Output(dot: lines.joined(separator: "\n") + "\n", titles: titles)
    }

    // MARK: Nodes

    private func node(_ entity: Entity, titles: inout [String: String]) -> String {
        let theme = options.theme
        let id = ElementID.entity(entity.id)
        let (shape, style) = Theme.shape(for: entity.kind)
        let emphasised = options.highlightedEntities.contains(entity.id)
        let faded = options.highlights && !emphasised
        var list: [(String, String)] = [
            ("id", DOTText.quoted(id)),
            ("class", DOTText.quoted("entity \(entity.kind.rawValue)" + (emphasised ? " highlighted" : ""))),
            ("label", DOTText.label(DOTText.truncated(entity.name, to: options.maximumLabelLength))),
            ("shape", DOTText.quoted(shape)),
            ("style", DOTText.quoted(style)),
            ("fillcolor", DOTText.quoted(theme.fill(for: entity.kind))),
            ("color", DOTText.quoted(emphasised ? theme.highlight : faded ? theme.faded : theme.border(for: entity.kind))),
        ]
        if emphasised { list.append(("penwidth", "3")) }
        if faded { list.append(("fontcolor", DOTText.quoted(theme.mutedText))) }
        if let scale = scoreScale(entity.id) {
            list.append(("width", DOTText.quoted(format(0.75 + 1.75 * scale))))
            list.append(("height", DOTText.quoted(format(0.5 + 0.9 * scale))))
            list.append(("fontsize", DOTText.quoted(format(10 + 10 * scale))))
        }
        titles[id] = entityTitle(entity)
        return "\(DOTText.quoted(id)) [" + attributes(list) + "]"
    }

    /// The entity's score scaled to 0…1 among the drawn entities; `nil` without scores.
    private func scoreScale(_ id: Entity.ID) -> Double? {
        guard !options.scores.isEmpty else { return nil }
        guard let score = options.scores[id], score.isFinite, let range = scoreRange else { return 0 }
        return range.upperBound > range.lowerBound
            ? (score - range.lowerBound) / (range.upperBound - range.lowerBound) : 1
    }

    // MARK: Edges

    private func edge(_ relation: Relation, titles: inout [String: String]) -> String {
        let theme = options.theme
        let id = ElementID.relation(relation.id)
        let emphasised = options.highlightedRelations.contains(relation.id)
        let faded = options.highlights && !emphasised
        let colour =
            emphasised ? theme.highlight
            : faded ? theme.faded
            : relation.status == .denied ? theme.denied : theme.color(for: relation.kind)
        var list: [(String, String)] = [
            ("id", DOTText.quoted(id)),
            ("class", DOTText.quoted(
                "relation \(relation.kind.rawValue) \(relation.kind.polarity.rawValue) \(relation.status.rawValue)"
                    + (emphasised ? " highlighted" : ""))),
            (edgeLabelAttribute, DOTText.label(edgeLabel(relation))),
            ("color", DOTText.quoted(colour)),
            ("style", DOTText.quoted(Theme.lineStyle(for: relation.status))),
        ]
        if relation.kind.isSymmetric { list.append(("dir", DOTText.quoted("none"))) }
        if relation.kind.isStructural { list.append(("fontsize", "8")) }
        if emphasised { list.append(("penwidth", "3")) }
        if faded { list.append(("fontcolor", DOTText.quoted(theme.faded))) }
        titles[id] = relationTitle(relation)
        return "\(DOTText.quoted(ElementID.entity(relation.source))) -> \(DOTText.quoted(ElementID.entity(relation.target))) [" + attributes(list) + "]"
    }

    /// Curved edges that avoid nodes; but the force-directed engines route those in time that
    /// grows steeply with the graph (minutes for a few thousand nodes), so large graphs get
    /// straight lines there.
    private var splines: String {
        options.engine == .dot || graph.entities.count <= 300 ? "true" : "line"
    }

    /// `label`, except for `dot` with clusters, where edges get external labels (`xlabel`):
    /// Graphviz 2.42/2.43 corrupts its heap in `gvFreeLayout` after laying out a labelled edge
    /// between two nodes of one rank whose label needs a new rank above them ("flat" edges,
    /// `flat_edges` → `abomination`) when the graph has clusters — an invalid free that crashes the
    /// process. External labels are placed after layout and never take that path.
    private var edgeLabelAttribute: String {
        options.clusters && options.engine == .dot ? "xlabel" : "label"
    }

    private func edgeLabel(_ relation: Relation) -> String {
        var first = Self.humanised(relation.kind)
        if let role = relation.role { first = DOTText.truncated(role, to: options.maximumLabelLength) }
        if !relation.goods.isEmpty { first += ": " + relation.goods.sorted().map(\.rawValue).joined(separator: ", ") }
        var second: [String] = []
        if relation.status != .asserted { second.append(relation.status.rawValue) }
        if let date = relation.date, !relation.kind.isStructural { second.append(date.description) }
        return second.isEmpty ? first : first + "\n" + second.joined(separator: " · ")
    }

    // MARK: Exchanges

    private func exchange(_ exchange: Exchange, titles: inout [String: String]) -> [String] {
        let theme = options.theme
        let transaction = exchange.transaction
        let id = ElementID.transaction(transaction.id)
        let emphasised = transaction.legs.contains { options.highlightedRelations.contains($0) }
        let faded = options.highlights && !emphasised
        let colour = emphasised ? theme.highlight : faded ? theme.faded : theme.color(for: .supplies)
        let details = ([transaction.status.rawValue] + [transaction.date?.description].compactMap { $0 })
            .joined(separator: " · ")
        titles[id] = exchangeTitle(exchange)
        let classes = DOTText.quoted("transaction exchange \(transaction.status.rawValue)" + (emphasised ? " highlighted" : ""))
        if exchange.isSwap, let first = exchange.legs.first, let second = exchange.legs.last {
            let label = Self.goodsText(first) + " ⇄ " + Self.goodsText(second) + "\n" + details
            return [
                "\(DOTText.quoted(ElementID.entity(first.source))) -> \(DOTText.quoted(ElementID.entity(first.target))) ["
                    + attributes([
                        ("id", DOTText.quoted(id)), ("class", classes),
                        (edgeLabelAttribute, DOTText.label(label)), ("dir", DOTText.quoted("both")),
                        ("color", DOTText.quoted(colour)), ("fontcolor", DOTText.quoted(faded ? theme.faded : theme.text)),
                        ("style", DOTText.quoted(Theme.lineStyle(for: transaction.status) + ",bold")),
                        ("penwidth", emphasised ? "3.5" : "2.2"), ("fontsize", "10"),
                    ]) + "]"
            ]
        }
        // Three or more parties: a hub the legs' parties hang on, the legs drawn as relations.
        var lines = [
            "\(DOTText.quoted(id)) [" + attributes([
                ("id", DOTText.quoted(id)), ("class", classes),
                ("label", DOTText.label("⇄ exchange\n" + details)), ("shape", DOTText.quoted("box")),
                ("style", DOTText.quoted("rounded,dashed")), ("color", DOTText.quoted(colour)),
                ("fontsize", "9"),
            ]) + "]"
        ]
        for (index, leg) in exchange.legs.enumerated() {
            lines.append(
                "\(DOTText.quoted(ElementID.entity(leg.source))) -> \(DOTText.quoted(id)) ["
                    + attributes([
                        ("id", DOTText.quoted("\(id)-leg\(index + 1)")),
                        ("class", DOTText.quoted("transaction-leg")),
                        (edgeLabelAttribute, DOTText.label(Self.goodsText(leg))), ("dir", DOTText.quoted("none")),
                        ("color", DOTText.quoted(colour)), ("style", DOTText.quoted("dotted")),
                    ]) + "]")
            titles["\(id)-leg\(index + 1)"] = relationTitle(leg)
        }
        return lines
    }

    private static func goodsText(_ relation: Relation) -> String {
        relation.goods.isEmpty ? humanised(relation.kind) : relation.goods.sorted().map(\.rawValue).joined(separator: ", ")
    }

    // MARK: Clusters

    /// State id → the people, organisations and places grouped with it: those that lead it, serve
    /// it, belong to it or lie in it (the first such state by relation id, when there are several),
    /// and, one step further, those attached the same way to an organisation grouped with it.
    private func clusterGroups() -> [Entity.ID: [Entity.ID]] {
        var home: [Entity.ID: Entity.ID] = [:]
        let structural = graph.relations.filter {
            [.leads, .officialOf, .partOf, .locatedIn].contains($0.kind)
        }.sorted { $0.id < $1.id }
        for relation in structural where home[relation.source] == nil {
            guard let source = graph.entity(relation.source), source.kind != .state,
                let target = graph.entity(relation.target), target.kind == .state
            else { continue }
            home[source.id] = target.id
        }
        for relation in structural where home[relation.source] == nil {
            guard let source = graph.entity(relation.source), source.kind != .state,
                let state = home[relation.target]
            else { continue }
            home[source.id] = state
        }
        var groups: [Entity.ID: [Entity.ID]] = [:]
        for (member, state) in home { groups[state, default: []].append(member) }
        return groups.mapValues { $0.sorted() }
    }

    // MARK: Legend and titles

    private func graphLabel(exchanges: [Exchange], hiddenLegs: Set<Relation.ID>) -> [(String, String)] {
        var rows: [String] = []
        if let title = options.title {
            rows.append("<tr><td align=\"left\"><font point-size=\"16\"><b>\(DOTText.html(title))</b></font></td></tr>")
        }
        if let caption = options.caption {
            rows.append("<tr><td align=\"left\"><font point-size=\"10\" color=\"\(options.theme.mutedText)\">\(DOTText.html(caption))</font></td></tr>")
        }
        if options.legend { rows.append(contentsOf: Legend(graph: graph, theme: options.theme, exchanges: !exchanges.isEmpty, hiddenLegs: hiddenLegs).rows) }
        guard !rows.isEmpty else { return [] }
        return [("label", "<<table border=\"0\" cellborder=\"0\" cellspacing=\"3\" cellpadding=\"2\">" + rows.joined() + "</table>>")]
    }

    private func entityTitle(_ entity: Entity) -> String {
        var title = "\(entity.name) — \(entity.kind.rawValue)"
        if let subtype = entity.subtype { title += " (\(subtype))" }
        title += " [\(entity.id)]"
        let aliases = entity.aliases.filter { $0 != entity.name }
        if !aliases.isEmpty { title += "\nalso: " + aliases.joined(separator: ", ") }
        return title
    }

    private func relationTitle(_ relation: Relation) -> String {
        let source = graph.entity(relation.source)?.name ?? relation.source.rawValue
        let target = graph.entity(relation.target)?.name ?? relation.target.rawValue
        var title = "\(source) \(Self.humanised(relation.kind)) \(target)"
        if let role = relation.role { title += " as \(role)" }
        if !relation.goods.isEmpty { title += " [\(relation.goods.sorted().map(\.rawValue).joined(separator: ", "))]" }
        title += " — " + ([relation.status.rawValue] + [relation.date?.description].compactMap { $0 }).joined(separator: ", ")
        for span in relation.evidence.sorted() { title += "\n“\(span.text)”" }
        return title
    }

    private func exchangeTitle(_ exchange: Exchange) -> String {
        let transaction = exchange.transaction
        var title = "Exchange — " + ([transaction.status.rawValue] + [transaction.date?.description].compactMap { $0 }).joined(separator: ", ")
        for leg in exchange.legs { title += "\n" + relationTitle(leg) }
        for span in transaction.evidence.sorted() { title += "\n“\(span.text)”" }
        return title
    }

    static func humanised(_ kind: RelationKind) -> String {
        kind.rawValue.replacingOccurrencesOfUnderscore()
    }

    private func attributes(_ list: [(String, String)]) -> String {
        list.map { "\($0.0)=\($0.1)" }.joined(separator: ", ")
    }

    private func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

extension String {
    fileprivate func replacingOccurrencesOfUnderscore() -> String {
        String(map { $0 == "_" ? " " : $0 })
    }

    fileprivate func replacingUnderscoreWithHyphen() -> String {
        String(map { $0 == "_" ? "-" : $0 })
    }
}
