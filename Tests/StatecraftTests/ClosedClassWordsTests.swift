import Testing

@testable import Statecraft

/// The closed-class word files as data: the bundled files load with every class they document, a
/// language's words stay its own, and a bad line is a typed error naming its file and line.
@Suite struct ClosedClassWordsTests {
    private func error(adding text: String, file: String = "words.xx.tsv") -> ExtractionError? {
        var words = ClosedClassWords()
        do {
            try words.add(text, language: .pl, file: file)
            return nil
        } catch {
            return error
        }
    }

    @Test func bundledFilesLoadEveryClass() throws {
        let words = try ClosedClassWords.bundled()
        for wordClass in ClosedClassWords.WordClass.allCases {
            #expect(!words.words(wordClass).isEmpty, "no bundled words of class \(wordClass.rawValue)")
        }
        #expect(words.words(.obliquePreposition, language: .pl).contains("wobec"))
        #expect(words.words(.determiner, language: .en).contains("the"))
        #expect(words.words(.nameConnector, language: .pl).contains("von"), "language-independent words belong to every language")
    }

    @Test func aLanguagesWordsAreItsOwn() throws {
        var words = ClosedClassWords()
        try words.add("never-name\tjutro dzis\n", language: .pl, file: "words.pl.tsv")
        try words.add("never-name\ttomorrow\n", language: .en, file: "words.en.tsv")
        try words.add("never-name\tcovid\n", language: nil, file: "words.tsv")
        #expect(words.words(.neverName, language: .pl) == ["jutro", "dzis", "covid"])
        #expect(words.words(.neverName, language: .en) == ["tomorrow", "covid"])
        #expect(words.words(.neverName) == ["jutro", "dzis", "tomorrow", "covid"])
    }

    @Test func aClassMayTakeManyLinesAndCommentsAndWindowsLineEndingsAreRead() throws {
        var words = ClosedClassWords()
        try words.add("# Polish\r\nhonorific\tszejk\r\n\r\n  # more\r\nhonorific\tajatollah  imam\r\n", language: .pl, file: "w.tsv")
        #expect(words.words(.honorific) == ["szejk", "ajatollah", "imam"])
    }

    @Test(arguments: [
        ("honorific\tszejk\nhonourific\tsir\n", 2, "unknown word class 'honourific'"),
        ("honorific szejk\n", 1, "expected: class<TAB>words"),
        ("# words\nhonorific\t  \n", 2, "no words for class 'honorific'"),
    ])
    func aBadLineIsAnErrorNamingFileAndLine(text: String, line: Int, message: String) throws {
        let failure = try #require(self.error(adding: text))
        guard case .invalidLexicon(let file, let errorLine, let errorMessage) = failure else {
            Issue.record("not an invalid-lexicon error: \(failure)")
            return
        }
        #expect(file == "words.xx.tsv")
        #expect(errorLine == line)
        #expect(errorMessage.contains(message), "\(errorMessage)")
    }
}
