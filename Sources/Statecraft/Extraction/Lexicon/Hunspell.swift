internal import CHunspell
import Foundation

/// The one door to libhunspell: stems of words with Debian's `hunspell-pl` and `hunspell-en-us`
/// dictionaries (`Rosji` → `Rosja`, `Bidenem` → `Biden`, `Kubickiego` → `Kubicki`). Nothing else
/// imports `CHunspell`.
///
/// A Hunspell handle is not thread-safe; every call runs under the instance's lock. Answers are
/// cached (bounded), so a corpus pays for each word once. Dictionaries
/// are looked up in `$STATECRAFT_HUNSPELL_PATH`, then `/usr/share/hunspell`; without them Statecraft
/// falls back to its own name-declension rules.
final class Hunspell: @unchecked Sendable {
    private let handle: OpaquePointer
    private let lock = NSLock()
    private let encoding: String.Encoding
    private var stemCache: [String: [String]] = [:]
    private var spellCache: [String: Bool] = [:]

    /// The dictionary for `language`, or `nil` when it is not installed.
    init?(language: Language) {
        let name = language == .pl ? "pl_PL" : "en_US"
        var directories = ["/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/local/share/hunspell"]
        if let custom = ProcessInfo.processInfo.environment["STATECRAFT_HUNSPELL_PATH"] {
            directories.insert(custom, at: 0)
        }
        guard let directory = directories.first(where: { FileManager.default.fileExists(atPath: "\($0)/\(name).dic") }),
            let handle = Hunspell_create("\(directory)/\(name).aff", "\(directory)/\(name).dic")
        else { return nil }
        self.handle = handle
        let declared = Hunspell_get_dic_encoding(handle).map { String(cString: $0).uppercased() } ?? "UTF-8"
        encoding = declared.contains("8859-2") ? .isoLatin2 : declared.contains("8859-1") ? .isoLatin1 : .utf8
    }

    deinit { Hunspell_destroy(handle) }

    /// The dictionary's stems of `word` (empty when it does not know the word).
    func stems(_ word: String) -> [String] {
        if let cached = lock.withLock({ stemCache[word] }) { return cached }
        guard let bytes = word.data(using: encoding) else { return [] }
        var cString = [CChar](repeating: 0, count: bytes.count + 1)
        for (index, byte) in bytes.enumerated() { cString[index] = CChar(bitPattern: byte) }
        return lock.withLock {
            if let cached = stemCache[word] { return cached }
            var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
            let count = Hunspell_stem(handle, &list, cString)
            defer { Hunspell_free_list(handle, &list, count) }
            var stems: [String] = []
            guard let list else { return stems }
            for index in 0..<Int(count) {
                guard let pointer = list[index] else { continue }
                let length = strlen(pointer)
                let data = Data(bytes: pointer, count: length)
                if let stem = String(data: data, encoding: encoding), !stems.contains(stem) { stems.append(stem) }
            }
            if stemCache.count < 500_000 { stemCache[word] = stems }
            return stems
        }
    }

    /// Whether the dictionary accepts `word` as written.
    func knows(_ word: String) -> Bool {
        if let cached = lock.withLock({ spellCache[word] }) { return cached }
        guard let bytes = word.data(using: encoding) else { return false }
        var cString = [CChar](repeating: 0, count: bytes.count + 1)
        for (index, byte) in bytes.enumerated() { cString[index] = CChar(bitPattern: byte) }
        return lock.withLock {
            let known = Hunspell_spell(handle, cString) != 0
            if spellCache.count < 500_000 { spellCache[word] = known }
            return known
        }
    }
}

extension Hunspell {
    private static let loaded = Loaded()

    /// One dictionary per language for the whole process, loaded on first use.
    static func shared(for language: Language) -> Hunspell? {
        loaded.get(language)
    }

    private final class Loaded: @unchecked Sendable {
        private let lock = NSLock()
        private var dictionaries: [Language: Hunspell?] = [:]

        func get(_ language: Language) -> Hunspell? {
            lock.withLock {
                if let dictionary = dictionaries[language] { return dictionary }
                let dictionary = Hunspell(language: language)
                dictionaries[language] = dictionary
                return dictionary
            }
        }
    }
}
