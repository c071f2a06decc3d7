import Testing

@testable import Statecraft

/// The generated event dictionaries (scripts/lexicon): English verbs from the CAMEO verb dictionary
/// (`events.generated.en.tsv`) and Polish forms from Morfeusz (`events.generated.pl.tsv`). They load with
/// the bundled lexicon, yield to the hand-written files, and code the right kind — and vague verbs code
/// nothing.
@Suite struct GeneratedVocabularyTests {
    @Test func generatedDictionariesLoadBesideTheHandWrittenOnes() throws {
        let bundled = try EventLexicon.bundled()
        var handWritten = EventLexicon()
        for language in [Language.en, .pl] {
            let text = try BundledData.text(of: "events.\(language.rawValue).tsv")
            try handWritten.add(text, language: language, file: "events.\(language.rawValue).tsv")
            // Hundreds of generated forms beyond the hand-written patterns.
            #expect(bundled.count(for: language).events > handWritten.count(for: language).events + 300, "\(language)")
        }
    }

    @Test func handWrittenLinesWinOverGeneratedOnes() throws {
        var lexicon = EventLexicon()
        try lexicon.add("attack*\tattacks\ttarget=obj\ncame to\tvisits\ttarget=to\n", language: .en, file: "events.en.tsv")
        // `attacked` is a word of `attack*`, `came` of `came to`: the generated lines are not used.
        try lexicon.add("attacked\tcriticizes\ttarget=obj\ncame\tmeets\ttarget=obj\nshelled\tattacks\ttarget=obj\n",
                        language: .en, file: "events.generated.en.tsv", yielding: true)
        #expect(lexicon.count(for: .en).events == 3)
        // A verbal noun of a verb pattern is used: the verb's frame does not fit it.
        var polish = EventLexicon()
        try polish.add("zaatakowa*\tattacks\ttarget=acc aspect=pf\nsankcj*\tsanctions\ttarget=na noun\n", language: .pl, file: "events.pl.tsv")
        try polish.add("zaatakowanie\tattacks\ttarget=gen source=przez noun\nsankcjami\tsanctions\ttarget=gen noun\n",
                       language: .pl, file: "events.generated.pl.tsv", yielding: true)
        #expect(polish.count(for: .pl).events == 3)
        // Without `yielding` a later file adds its lines as before.
        try lexicon.add("attacked\tcriticizes\ttarget=obj\n", language: .en, file: "mine.en.tsv")
        #expect(lexicon.count(for: .en).events == 4)
    }

    @Test func cameoVerbsCodeTheirKind() {
        expectOnlyEvents(EventSupport.graph("Russia shelled Ukraine on Monday.", .en), [(.attacks, "RUS", "UKR")])
        expectOnlyEvents(EventSupport.graph("Poland denounced Russia's decision.", .en), [(.criticizes, "POL", "RUS")])
        // A minister of a state is its actor.
        let minister = EventSupport.graph("The French foreign minister denounced Russia.", .en)
        #expect(minister.events(.criticizes).map(\.target.rawValue) == ["RUS"], "\(minister.eventSummary)")
        expectOnlyEvents(EventSupport.graph("Germany lambasted Hungary over the veto.", .en), [(.criticizes, "DEU", "HUN")])
        expectOnlyEvents(EventSupport.graph("India boycotted China.", .en), [(.sanctions, "IND", "CHN")])
        expectOnlyEvents(EventSupport.graph("Japan congratulated South Korea.", .en), [(.supports, "JPN", "KOR")])
        expectOnlyEvents(EventSupport.graph("Turkey lashed out at Sweden.", .en), [(.criticizes, "TUR", "SWE")])
    }

    @Test func vagueCameoVerbsCodeNothing() {
        for sentence in [
            "Russia faced Ukraine in the final.", "Germany made an offer to France.", "Poland took the city from Russia.",
            "The United States considered Iran's proposal.", "Turkey said Greece was wrong.", "France fired the ambassador of Mali.",
            "China helped India to understand the risk.", "Israel hosted a conference.", "Poland hosts US troops.",
            "Ukraine recognized the Russian threat.",
        ] {
            let graph = EventSupport.graph(sentence, .en)
            #expect(graph.events.isEmpty, "\(sentence): \(graph.eventSummary)")
        }
    }

    @Test func polishFormsFromMorfeuszCodeTheirKind() {
        // Stem alternations and aspect partners the prefix patterns miss.
        expectOnlyEvents(EventSupport.graph("Rosja ostrzeliwała Ukrainę przez całą noc.", .pl), [(.attacks, "RUS", "UKR")])
        expectEvent(EventSupport.graph("Węgry poprą Słowację w tej sprawie.", .pl), .supports, "HUN", "SVK", status: .expected)
        expectEvent(EventSupport.graph("Prezydent Emmanuel Macron przyjedzie do Polski.", .pl), .visits, "emmanuel-macron", "POL", status: .expected)
        expectEvent(EventSupport.graph("Stany Zjednoczone wsparły Ukrainę dostawami amunicji.", .pl), .aids, "USA", "UKR", goods: [.arms])
    }

    @Test func polishVerbalNounsTakeTheGenitive() {
        // zaatakować Ukrainę, but zaatakowanie Ukrainy: the object of a verbal noun is a genitive.
        expectOnlyEvents(EventSupport.graph("Zaatakowanie Ukrainy przez Rosję było błędem.", .pl), [(.attacks, "RUS", "UKR")])
        expectOnlyEvents(EventSupport.graph("Zestrzelenie samolotu Turcji przez Rosję wywołało kryzys.", .pl), [(.attacks, "RUS", "TUR")])
        expectEvent(EventSupport.graph("Dostarczenie czołgów Ukrainie przez Niemcy zajęło miesiące.", .pl), .supplies, "DEU", "UKR", goods: [.arms])
    }

    @Test func polishSanctionsPhrases() {
        expectOnlyEvents(EventSupport.graph("Unia Europejska nałożyła sankcje na Rosję.", .pl), [(.sanctions, "european-union", "RUS")])
        expectOnlyEvents(EventSupport.graph("Unia Europejska objęła sankcjami Białoruś.", .pl), [(.sanctions, "european-union", "BLR")])
        expectOnlyEvents(EventSupport.graph("Objęcie sankcjami Iranu przez Kanadę zaskoczyło rynki.", .pl), [(.sanctions, "CAN", "IRN")])
        // No actor, no relation: an impersonal sentence names only the target.
        #expect(EventSupport.graph("Nałożono sankcje na Rosję.", .pl).events.isEmpty)
    }

    @Test func polishFormThatIsAnotherWordOnceFoldedIsNotGenerated() throws {
        // `płacą` folds to `placa` (`płaca`, a wage), `grożą` to `groza` (dread): not in the generated file.
        let text = try BundledData.text(of: "events.generated.pl.tsv")
        let forms = Set(text.split(separator: "\n").compactMap { $0.hasPrefix("#") ? nil : $0.split(separator: "\t").first.map(String.init) })
        #expect(forms.contains("ostrzeliwali"))
        #expect(forms.contains("wsparto"))
        for homograph in ["placa", "groza", "place", "kup"] {
            #expect(!forms.contains(homograph), "\(homograph)")
        }
    }
}
