import Foundation

/// Reading and writing whole files, with writes that are atomic: the bytes go to a temporary file
/// beside the destination, are flushed to disk, and the temporary file is renamed over the
/// destination. A reader sees the old file or the new one, never half of one, and a failed write
/// leaves the old file as it was.
public enum AtomicFile {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// The file's bytes; `-` reads standard input. Files over `limit` bytes are refused unread.
    public static func read(_ path: String, limit: Int = .max) throws(Failure) -> [UInt8] {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard data.count <= limit else {
                throw Failure(path: "<stdin>", reason: "larger than \(limit) bytes")
            }
            return [UInt8](data)
        }
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Failure(path: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw Failure(path: path, reason: "is a directory") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limit {
            throw Failure(path: path, reason: "file of \(size) bytes is larger than the \(limit) bytes Statecraft reads")
        }
        do {
            return [UInt8](try Data(contentsOf: url))
        } catch {
            throw Failure(path: path, reason: "cannot read: \(error.localizedDescription)")
        }
    }

    /// Replaces the file at `path` with `bytes`, atomically; `-` writes to standard output.
    public static func write(_ bytes: some Collection<UInt8>, to path: String) throws(Failure) {
        if path == "-" {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw Failure(path: path, reason: "cannot create a temporary file in \(directory.path)")
        }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try handle.write(contentsOf: Data(bytes))
            try handle.synchronize()
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw Failure(path: path, reason: "cannot write: \(error.localizedDescription)")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw Failure(path: path, reason: "cannot replace the file: \(reason)")
        }
    }
}
