/// The legend of a diagram: rows of an HTML-like table listing only what the diagram uses — the
/// entity kinds (in their shape's colours), the relation kinds grouped by colour, the line styles of
/// the statuses present, and the exchange symbol when there are transactions.
struct Legend {
    let graph: Graph
    let theme: Theme
    let exchanges: Bool
    let hiddenLegs: Set<Relation.ID>

    var rows: [String] {
        var rows: [String] = []
        let kinds = Set(graph.entities.map(\.kind)).sorted()
        if !kinds.isEmpty {
            let cells = kinds.map { kind in
                "<td border=\"1\" color=\"\(theme.border(for: kind))\" bgcolor=\"\(theme.fill(for: kind))\" style=\"rounded\">\(kind.rawValue)</td>"
            }
            rows.append(row(title: "actors", cells: cells))
        }
        let shown = graph.relations.filter { !hiddenLegs.contains($0.id) }
        let relationKinds = Set(shown.map(\.kind)).sorted()
        var byColour: [(colour: String, kinds: [RelationKind])] = []
        for kind in relationKinds {
            let colour = theme.color(for: kind)
            if let index = byColour.firstIndex(where: { $0.colour == colour }) {
                byColour[index].kinds.append(kind)
            } else {
                byColour.append((colour, [kind]))
            }
        }
        var cells = byColour.map { group in
            "<td align=\"left\"><font color=\"\(group.colour)\">━━</font> \(group.kinds.map { DOTWriter.humanised($0) }.joined(separator: ", "))</td>"
        }
        if exchanges { cells.append("<td align=\"left\"><font color=\"\(theme.color(for: .supplies))\">⇄</font> exchange</td>") }
        if !cells.isEmpty {
            for (index, chunk) in stride(from: 0, to: cells.count, by: 4).map({ Array(cells[$0..<min($0 + 4, cells.count)]) }).enumerated() {
                rows.append(row(title: index == 0 ? "relations" : "", cells: chunk))
            }
        }
        let statuses = Set(graph.relations.map(\.status) + graph.transactions.map(\.status)).sorted()
        if !statuses.isEmpty {
            let statusCells = statuses.map { status in
                let colour = status == .denied ? theme.denied : theme.mutedText
                return "<td align=\"left\"><font color=\"\(colour)\">\(Theme.lineSample(for: status))</font> \(status.rawValue)</td>"
            }
            rows.append(row(title: "status", cells: statusCells))
        }
        return rows
    }

    private func row(title: String, cells: [String]) -> String {
        let heading = title.isEmpty ? "" : "<font color=\"\(theme.mutedText)\" point-size=\"9\">\(title)</font>"
        // Each row is a table of its own, so that cells of different rows do not share widths.
        return "<tr><td align=\"left\"><table border=\"0\" cellborder=\"0\" cellspacing=\"3\" cellpadding=\"2\"><tr>"
            + "<td align=\"right\" width=\"56\">\(heading)</td>" + cells.joined() + "</tr></table></td></tr>"
    }
}
