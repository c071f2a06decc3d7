import Testing

@testable import Statecraft

@Suite struct TokenizerTests {
    @Test func offsetsCountUnicodeScalars() {
        var tokenizer = Tokenizer()
        let tokens = tokenizer.tokens(of: "Zełenski i Kim-Putin, U.S. O'Leary’ego.")
        #expect(tokens.map(\.text) == ["Zełenski", "i", "Kim", "Putin", ",", "U.S.", "O'Leary’ego", "."])
        #expect(tokens[0].start == 0 && tokens[0].end == 8)
        #expect(tokens[3].afterHyphen)
        #expect(tokens[5].shape == .upper)
    }
}
