/// Input that could not be used: a file that does not parse or validate, a merge conflict. The CLI
/// prints `message` on standard error and exits with status 1.
struct InputError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }

    init(_ message: String) { self.message = message }
    init(_ error: some Error) { self.message = String(describing: error) }
}
