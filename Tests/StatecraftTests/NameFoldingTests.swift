import Testing

@testable import Statecraft

@Suite("Name folding and lookup")
struct NameFoldingTests {
    @Test(
        "fold: case, diacritics, unsplittable letters, punctuation and white space",
        arguments: [
            ("Władimir Putin", "wladimir putin"),
            ("WŁADIMIR PUTIN", "wladimir putin"),
            ("WLADIMIR PUTIN", "wladimir putin"),
            ("wladimir-putin", "wladimir putin"),
            ("Kim Jong-un", "kim jong un"),
            ("Kim Jong Un", "kim jong un"),
            ("  Kim \t Jong\n Un  ", "kim jong un"),
            ("Korea Północna", "korea polnocna"),
            ("Łódź", "lodz"),
            ("Straße", "strasse"),
            ("Øresund", "oresund"),
            ("Đakovo", "dakovo"),
            ("Ærø", "aero"),
            ("Œuvre", "oeuvre"),
            ("ıstanbul", "istanbul"),
            ("İstanbul", "istanbul"),
            ("Peña Nieto", "pena nieto"),
            ("Democratic People's Republic of Korea", "democratic people s republic of korea"),
            ("U.S.", "u s"),
            ("G7", "g7"),
            ("Москва", "москва"),
            ("", ""),
            ("---", ""),
        ])
    func fold(_ name: String, _ folded: String) {
        #expect(NameFolding.fold(name) == folded)
    }

    @Test("precomposed and decomposed spellings fold alike")
    func normalisation() {
        let precomposed = "Pe\u{00F1}a"
        let decomposed = "Pen\u{0303}a"
        #expect(precomposed.unicodeScalars.count != decomposed.unicodeScalars.count)
        #expect(NameFolding.fold(precomposed) == NameFolding.fold(decomposed))
        #expect(NameFolding.fold(decomposed) == "pena")
    }

    @Test("different names stay different", arguments: [("Kim Jong Un", "Kim Jong Il"), ("Putin", "Putina"), ("Korea", "Korea Północna"), ("US", "USA")])
    func distinct(_ a: String, _ b: String) {
        #expect(NameFolding.fold(a) != NameFolding.fold(b))
    }

    static let graph = Graph(entities: [
        Entity(id: "vladimir-putin", kind: .person, name: "Vladimir Putin", aliases: ["Władimir Putin", "Putin"]),
        Entity(id: "kim-jong-un", kind: .person, name: "Kim Jong Un", aliases: ["Kim Dzong Un"]),
        Entity(id: "kim-jong-il", kind: .person, name: "Kim Jong Il", aliases: ["Kim"]),
        Entity(id: "kim-yo-jong", kind: .person, name: "Kim Yo Jong", aliases: ["Kim"]),
        Entity(id: "PRK", kind: .state, name: "North Korea", aliases: ["Korea Północna"]),
    ])

    @Test(
        "entities(named:) folds case, diacritics, Polish ł and hyphens",
        arguments: [
            ("władimir putin", "vladimir-putin"),
            ("WLADIMIR PUTIN", "vladimir-putin"),
            ("Władimir-Putin", "vladimir-putin"),
            ("vladimir   putin", "vladimir-putin"),
            ("PUTIN", "vladimir-putin"),
            ("Kim Jong-un", "kim-jong-un"),
            ("Kim Jong Un", "kim-jong-un"),
            ("KIM JONG-UN", "kim-jong-un"),
            ("kim dzong un", "kim-jong-un"),
            ("korea polnocna", "PRK"),
            ("KOREA PÓŁNOCNA", "PRK"),
        ])
    func lookup(_ name: String, _ id: String) {
        #expect(Self.graph.entities(named: name).map(\.id.rawValue) == [id])
    }

    @Test("ambiguous names give every candidate, in the order added; unknown names give none")
    func ambiguous() {
        #expect(Self.graph.entities(named: "KIM").map(\.id.rawValue) == ["kim-jong-il", "kim-yo-jong"])
        #expect(Self.graph.entities(named: "Kim Jong-il").map(\.id.rawValue) == ["kim-jong-il"])
        #expect(Self.graph.entities(named: "Kim Jong").isEmpty)
        #expect(Self.graph.entities(named: "").isEmpty)
    }

    @Test("resolve: an id first, else a folded name")
    func resolve() {
        #expect(Self.graph.resolve("PRK").map(\.id.rawValue) == ["PRK"])
        #expect(Self.graph.resolve("kim-jong-un").map(\.id.rawValue) == ["kim-jong-un"])
        #expect(Self.graph.resolve("Władimir Putin").map(\.id.rawValue) == ["vladimir-putin"])
        // Not an id (ids are case-sensitive) but it folds to the name "Vladimir Putin".
        #expect(Self.graph.resolve("VLADIMIR-PUTIN").map(\.id.rawValue) == ["vladimir-putin"])
        #expect(Self.graph.resolve("prk").isEmpty)
        #expect(Self.graph.resolve("Kim").count == 2)
        #expect(Self.graph.resolve("Xi Jinping").isEmpty)
    }

    @Test("replacing an entity re-indexes its names")
    func replaceReindexes() {
        var graph = Self.graph
        var putin = graph.entity("vladimir-putin")!
        putin.aliases = ["Wowa"]
        graph.replace(putin)
        #expect(graph.entities(named: "władimir putin").isEmpty)
        #expect(graph.entities(named: "wowa").map(\.id.rawValue) == ["vladimir-putin"])
        #expect(graph.entities(named: "Vladimir Putin").map(\.id.rawValue) == ["vladimir-putin"])
        // The other entities are still found, in their order.
        #expect(graph.entities(named: "kim").map(\.id.rawValue) == ["kim-jong-il", "kim-yo-jong"])

        var jongIl = graph.entity("kim-jong-il")!
        jongIl.aliases = []
        graph.replace(jongIl)
        #expect(graph.entities(named: "kim").map(\.id.rawValue) == ["kim-yo-jong"])
        jongIl.aliases = ["Kim"]
        graph.replace(jongIl)
        #expect(graph.entities(named: "kim").map(\.id.rawValue) == ["kim-jong-il", "kim-yo-jong"])
    }

    @Test("a name and an alias that fold alike index the entity once")
    func noDuplicateHits() {
        let graph = Graph(entities: [
            Entity(id: "kim-jong-un", kind: .person, name: "Kim Jong Un", aliases: ["Kim Jong-un", "KIM JONG UN"])
        ])
        #expect(graph.entities(named: "kim jong un").count == 1)
    }
}
