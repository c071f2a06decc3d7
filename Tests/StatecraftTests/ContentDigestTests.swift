import Testing

@testable import Statecraft

@Suite("content digests")
struct ContentDigestTests {
    @Test(
        "SHA-256 of the FIPS 180-4 examples",
        arguments: [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
             "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
            ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
             "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
        ])
    func vectors(message: String, hex: String) {
        #expect(SHA256.hex(of: Array(message.utf8)) == hex)
        #expect(ContentDigest.of(Array(message.utf8)) == "sha256:" + hex)
    }

    @Test("SHA-256 of a million a's, and of lengths around the block boundary")
    func longAndBoundaries() {
        #expect(SHA256.hex(of: [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        var seen: Set<String> = []
        for length in 54...66 { seen.insert(SHA256.hex(of: [UInt8](repeating: 0, count: length))) }
        #expect(seen.count == 13)
        #expect(SHA256.hex(of: [UInt8](repeating: 0, count: 64))
            == "f5a5fd42d16a20302798ef6ed309979b43003d2320d9f0e8ea9831a92759fb4b")
    }

    @Test("well-formed digests", arguments: [
        ("sha256:" + String(repeating: "0a", count: 32), true),
        ("sha256:" + String(repeating: "0A", count: 32), false),
        ("sha256:" + String(repeating: "0", count: 63), false),
        ("md5:" + String(repeating: "0", count: 64), false),
        (String(repeating: "0", count: 64), false),
    ])
    func wellFormed(digest: String, valid: Bool) {
        #expect(ContentDigest.isWellFormed(digest) == valid)
    }

    @Test("a document's digest survives a round trip; a malformed one is reported with its path")
    func inGraphDocuments() throws {
        let digest = ContentDigest.of(Array("text".utf8))
        let graph = Graph(documents: [Document(id: "d", language: "en", digest: digest)])
        let text = GraphDocument.encode(graph)
        #expect(text.contains("\"digest\": \"\(digest)\""))
        #expect(try GraphDocument.decode(Array(text.utf8)) == graph)

        let bad = """
            {"format": "statecraft-graph", "version": 1, "documents": [{"id": "d", "digest": "sha256:xyz"}]}
            """
        #expect(decodeError(bad)?.description == "1:72: $.documents[0].digest: 'sha256:xyz' is not a digest (sha256: and 64 lowercase hex digits)")
    }
}
