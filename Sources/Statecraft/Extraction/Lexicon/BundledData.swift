import Foundation

/// The data files shipped in the package's `Extraction/Lexicon/Data` folder (copied whole as a resource,
/// see `Package.swift`), read as ``Lexicon/bundled()`` reads its own.
enum BundledData {
    /// The text of `Lexicon/<name>`.
    static func text(of name: String) throws(ExtractionError) -> String {
        guard let directory = Bundle.module.resourceURL?.appendingPathComponent("Data") else {
            throw .unreadable(file: name, reason: "the lexicon resources are missing from the bundle")
        }
        let path = directory.appendingPathComponent(name).path
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadable(file: path, reason: "cannot read the data file")
        }
    }
}
