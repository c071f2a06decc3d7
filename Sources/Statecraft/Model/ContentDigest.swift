/// A document's digest: `sha256:` and the 64 lowercase hex digits of the SHA-256 of the bytes it
/// was read from. Stored in ``Document/digest``, it tells a corpus ingest whether an article it is
/// given is the one already in the graph (nothing to do) or another text under the same id.
public enum ContentDigest {
    public static let prefix = "sha256:"

    /// The digest of `bytes`.
    public static func of(_ bytes: some Sequence<UInt8>) -> String {
        prefix + SHA256.hex(of: bytes)
    }

    /// Whether `digest` is `sha256:` and 64 lowercase hex digits.
    public static func isWellFormed(_ digest: String) -> Bool {
        guard digest.hasPrefix(prefix) else { return false }
        let hex = digest.utf8.dropFirst(prefix.utf8.count)
        return hex.count == 64
            && hex.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}
