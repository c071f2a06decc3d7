/// The colours and type of a diagram. Two themes, light and dark, share one visual language:
/// shape and fill by entity kind, colour by relation kind within its polarity's hue (greens and
/// blues for cooperation, reds for conflict, greys for structure), line style by status.
public enum Theme: String, Sendable, CaseIterable {
    case light
    case dark

    var background: String { self == .light ? "#ffffff" : "#1e1f22" }
    var text: String { self == .light ? "#1f2328" : "#e6e6e6" }
    var mutedText: String { self == .light ? "#57606a" : "#a0a4aa" }
    /// Elements not on a highlighted path, drawn faintly.
    var faded: String { self == .light ? "#d0d4d9" : "#43464c" }
    var highlight: String { self == .light ? "#e36209" : "#ffa657" }
    var denied: String { self == .light ? "#9aa0a6" : "#6e7379" }
    var clusterLine: String { self == .light ? "#8c959f" : "#6e7681" }
    var fontName: String { "DejaVu Sans" }

    func fill(for kind: EntityKind) -> String {
        switch (self, kind) {
        case (.light, .state): "#dbe9f9"
        case (.light, .person): "#fff4cc"
        case (.light, .organization): "#e6f4ea"
        case (.light, .place): "#f3e8fd"
        case (.dark, .state): "#1d3a5c"
        case (.dark, .person): "#4d3f12"
        case (.dark, .organization): "#1e4029"
        case (.dark, .place): "#3f2a56"
        }
    }

    func border(for kind: EntityKind) -> String {
        switch (self, kind) {
        case (.light, .state): "#1f5fa8"
        case (.light, .person): "#9a6700"
        case (.light, .organization): "#2d7d46"
        case (.light, .place): "#7e3fb5"
        case (.dark, .state): "#79b8ff"
        case (.dark, .person): "#e3b341"
        case (.dark, .organization): "#56d364"
        case (.dark, .place): "#d2a8ff"
        }
    }

    /// Graphviz node shape and style by entity kind.
    static func shape(for kind: EntityKind) -> (shape: String, style: String) {
        switch kind {
        case .state: ("box", "rounded,filled,bold")
        case .person: ("ellipse", "filled")
        case .organization: ("component", "filled")
        case .place: ("house", "filled")
        }
    }

    func color(for kind: RelationKind) -> String {
        let light = self == .light
        switch kind {
        case .leads, .officialOf, .partOf, .memberOf, .locatedIn: return light ? "#6e7781" : "#8b949e"
        case .meets, .visits: return light ? "#1a7f37" : "#3fb950"
        case .negotiates, .agrees: return light ? "#0969da" : "#58a6ff"
        case .supports, .cooperates: return light ? "#2da44e" : "#56d364"
        case .supplies, .aids: return light ? "#0e7490" : "#22d3ee"
        case .criticizes, .accuses, .opposes: return light ? "#bf8700" : "#d29922"
        case .threatens, .sanctions: return light ? "#bc4c00" : "#f0883e"
        case .attacks: return light ? "#cf222e" : "#f85149"
        }
    }

    /// Graphviz line style by status.
    static func lineStyle(for status: Status) -> String {
        switch status {
        case .asserted: "solid"
        case .reported: "dashed"
        case .expected, .hypothetical: "dotted"
        case .denied: "dashed"
        }
    }

    /// How the legend draws a line style with text.
    static func lineSample(for status: Status) -> String {
        switch status {
        case .asserted: "━━━"
        case .reported: "╍╍╍"
        case .expected, .hypothetical: "┅┅┅"
        case .denied: "╌╌╌"
        }
    }
}
