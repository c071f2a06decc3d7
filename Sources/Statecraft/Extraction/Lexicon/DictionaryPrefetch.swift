import Foundation

/// Start-up work done side by side: while the lexicons load, the Hunspell dictionary of the language
/// the input looks to be written in loads on another thread (the Polish one takes about as long as
/// the lexicon). It is a guess from the first bytes of the first file — Polish letters (`ą`, `ł`, `ż`
/// …) in at least one letter in a hundred — and only a head start: extraction still detects the
/// language and asks ``Hunspell/shared(for:)`` for its dictionary, which waits for a load under way
/// or loads one the guess missed. A wrong guess costs CPU time, never a different result.
public enum DictionaryPrefetch {
    /// Starts loading the dictionary of `language`, or when it is `nil` of the language the file at
    /// `path` looks to be in (nothing for `-`, unreadable files or text that does not look Polish).
    public static func start(forFileAt path: String, language: Language? = nil) {
        if let language {
            Thread.detachNewThread { _ = Hunspell.shared(for: language) }
            return
        }
        guard path != "-", let handle = FileHandle(forReadingAtPath: path) else { return }
        defer { try? handle.close() }
        guard let sample = try? handle.read(upToCount: 8192), looksPolish(sample) else { return }
        Thread.detachNewThread { _ = Hunspell.shared(for: .pl) }
    }

    /// Whether UTF-8 `bytes` have Polish letters in at least one letter in a hundred (at least three).
    static func looksPolish(_ bytes: some Collection<UInt8>) -> Bool {
        var letters = 0
        var polish = 0
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            guard scalar.properties.isAlphabetic else { continue }
            letters += 1
            if polishLetters.contains(scalar) { polish += 1 }
        }
        return polish >= 3 && polish * 100 >= letters
    }

    private static let polishLetters = Set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ".unicodeScalars)
}
