import ArgumentParser

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Exit statuses: 0 success (and `--help`, `--version`), 1 invalid input, 2 usage error.
do {
    var command = try StatecraftCommand.parseAsRoot()
    try command.run()
} catch let error as InputError {
    FileHandleOutput.standardError(error.message)
    exit(1)
} catch {
    let code = StatecraftCommand.exitCode(for: error)
    if code == .success {
        StatecraftCommand.exit(withError: error)
    }
    FileHandleOutput.standardError(StatecraftCommand.fullMessage(for: error))
    exit(2)
}
