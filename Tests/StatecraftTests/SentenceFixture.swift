@testable import Statecraft

/// Token arrays for reader tests, made as the extractor makes them: Tokenizer, then SentenceSplitter.
enum SentenceFixture {
    static func read(_ text: String) -> (tokens: [Token], sentences: [Sentence]) {
        var tokenizer = Tokenizer()
        var tokens = tokenizer.tokens(of: text)
        let sentences = SentenceSplitter.split(&tokens)
        return (tokens, sentences)
    }

    /// The text of tokens[range], words joined by spaces.
    static func text(_ tokens: [Token], _ range: Range<Int>) -> String {
        tokens[range].map(\.text).joined(separator: " ")
    }
}
