import ArgumentParser

/// How a command prints what it computed.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
}
