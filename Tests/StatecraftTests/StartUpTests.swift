import Foundation
import Testing

@testable import Statecraft

/// The faster start-up paths read the data as the general ones did.
@Suite struct StartUpTests {
    /// The key, shapes and first word of `text` through the tokenizer (the general path).
    static func tokenized(_ text: String) -> (key: String, shapes: [Lexicon.ShapeRequirement], firstWord: String?) {
        var tokenizer = Tokenizer()
        let words = tokenizer.tokens(of: text).filter(\.isWord)
        let shapes: [Lexicon.ShapeRequirement] = words.map { token in
            switch token.shape {
            case .upper: token.text.unicodeScalars.count <= 5 ? .upper : .capitalized
            case .capitalized: .capitalized
            default: .any
            }
        }
        return (words.map(\.key).joined(separator: " "), shapes, words.first?.key)
    }

    static func expectSameKey(_ text: String) {
        guard let simple = Lexicon.simpleKeyAndShapes(of: text) else { return }
        let general = tokenized(text)
        #expect(simple.key == general.key, "key of '\(text)'")
        #expect(simple.shapes == general.shapes, "shapes of '\(text)'")
        #expect(simple.firstWord == general.firstWord, "first word of '\(text)'")
    }

    @Test func simpleKeysAgreeWithTheTokenizer() {
        for text in ["Kim Dzong Un", "Rosji", "NATO", "UNESCO", "Łukaszenki", "ÖSTERREICH", "Straße", "rzecznik prasowy", "Ab"] {
            #expect(Lexicon.simpleKeyAndShapes(of: text) != nil, "'\(text)' is simple")
            Self.expectSameKey(text)
        }
        // Left to the tokenizer: hyphens, dots, apostrophes, digits, double and outer spaces.
        for text in ["Al-Dżazira", "U.S.", "O'Leary", "G7", "Kim  Jong", " Rosja", "Rosja ", "", "e\u{301}"] {
            #expect(Lexicon.simpleKeyAndShapes(of: text) == nil, "'\(text)' is not simple")
        }
    }

    @Test func everyBundledFormKeysAsTheTokenizerReadsIt() throws {
        let forms = try BundledData.text(of: "forms.tsv")
        var checked = 0
        for (_, line) in LexiconParser.lines(forms) {
            for column in line.split(separator: "\t").prefix(2) {
                Self.expectSameKey(String(column))
                checked += 1
            }
        }
        for entry in ExtractionSupport.extractor.lexicon.entries {
            for name in entry.names { Self.expectSameKey(name.text) }
        }
        #expect(checked > 10_000)
    }

    @Test func formsReadOverBytesIndexInflectedNames() throws {
        var lexicon = Lexicon()
        try lexicon.addEntries("state\tXRU\tRosja\t-\t-\tRosja|dem:Rosjanin\n", file: "user.tsv")
        try lexicon.addForms("# comment\nRosji\tRosja\tsg:gen,sg:dat\r\nRosjanie\tRosjanin\tpl:nom,pl:voc\textra\n", file: "forms.tsv")
        #expect(lexicon.baseForms["rosji"] == ["Rosja"])
        #expect(lexicon.pluralDemonyms["Rosjanin"] == "Rosjanie")
        #expect(lexicon.targets("rosji")?.first?.cases == "sg:gen,sg:dat")
        #expect(lexicon.targets("rosji")?.first?.shapes == [.capitalized])
        #expect(throws: ExtractionError.invalidLexicon(file: "forms.tsv", line: 2, message: "expected: form, base form, cases")) {
            try lexicon.addForms("Rosji\tRosja\tsg:gen\nRosją\tRosja\n", file: "forms.tsv")
        }
    }

    @Test func gazetteerLabelsReadOverBytes() throws {
        var lexicon = Lexicon()
        try lexicon.addGazetteer("# base\tlabels\nAnna\tgiven_name_f,surname\nKraków\tplace\n\tplace\nBez\n")
        #expect(lexicon.labels(ofBase: "Anna") == [.givenName, .femaleGivenName, .surname])
        #expect(lexicon.labels(ofBase: "krakow") == [.place])
        #expect(lexicon.labels(ofBase: "Bez").isEmpty)
    }

    @Test func trimmingAsFoundationTrims() {
        for text in ["  a b  ", "\ta\t", "\u{00A0}słowo\u{3000}", "", "   ", "x", " \u{2003}y z\t "] {
            #expect(String(text[...].trimmingWhitespace) == text.trimmingCharacters(in: .whitespaces), "'\(text)'")
        }
        #expect("  a b  ".trimmingSpaces == "a b")
        #expect("\ta ".trimmingSpaces == "\ta")
        #expect("   ".trimmingSpaces == "")
    }

    @Test func polishTextIsRecognisedForTheDictionaryHeadStart() {
        #expect(DictionaryPrefetch.looksPolish(Array("Władimir Putin spotkał się z Kim Dzong Unem na kosmodromie Wostocznyj.".utf8)))
        #expect(!DictionaryPrefetch.looksPolish(Array("Putin met Kim in Vostochny; Łukaszenka was not there.".utf8)))
        #expect(!DictionaryPrefetch.looksPolish(Array("".utf8)))
    }

    @Test func aDictionaryLoadedAheadGivesTheSameStems() {
        DictionaryPrefetch.start(forFileAt: "-", language: .pl)
        let shared = Hunspell.shared(for: .pl)
        let fresh = Hunspell(language: .pl)
        #expect((shared == nil) == (fresh == nil))
        guard let shared, let fresh else { return }
        for word in ["Rosji", "Bidenem", "sankcjami", "Pensylwanii", "zaatakowała"] {
            #expect(shared.stems(word) == fresh.stems(word), "stems of '\(word)'")
        }
    }
}
