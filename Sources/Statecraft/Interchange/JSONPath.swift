/// JSONPath strings as Statecraft writes them in problems: `$`, `$.relations[3].target`,
/// `$.entities[0]["odd key"]`.
enum JSONPath {
    static func appending(_ key: String, to path: String) -> String {
        let plain = !key.isEmpty && key.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "_" || ("0"..."9").contains($0) }
        if plain { return "\(path).\(key)" }
        var quoted = ""
        JSONWriter.appendQuoted(key, to: &quoted)
        return "\(path)[\(quoted)]"
    }

    static func appending(_ index: Int, to path: String) -> String { "\(path)[\(index)]" }

    /// The components of a path written by ``appending(_:to:)-(String,_)``.
    static func components(of path: String) -> [JSONParser.PathComponent] {
        var components: [JSONParser.PathComponent] = []
        var rest = Substring(path)
        guard rest.first == "$" else { return [] }
        rest = rest.dropFirst()
        while let first = rest.first {
            if first == "." {
                rest = rest.dropFirst()
                let key = rest.prefix { $0 != "." && $0 != "[" }
                components.append(.key(String(key)))
                rest = rest.dropFirst(key.count)
            } else if first == "[" {
                rest = rest.dropFirst()
                if rest.first == "\"" {
                    // A quoted key: a JSON string literal, then "]".
                    var literal = "\""
                    var scalars = rest.unicodeScalars.dropFirst()
                    while let scalar = scalars.first {
                        scalars = scalars.dropFirst()
                        literal.unicodeScalars.append(scalar)
                        if scalar == "\\", let escaped = scalars.first {
                            literal.unicodeScalars.append(escaped)
                            scalars = scalars.dropFirst()
                        } else if scalar == "\"" {
                            break
                        }
                    }
                    var parser = JSONParser(Array(literal.utf8))
                    guard case .string(let key)? = try? parser.parse(), scalars.first == "]" else {
                        return components
                    }
                    components.append(.key(key))
                    rest = Substring(scalars.dropFirst())
                } else {
                    let digits = rest.prefix { $0 != "]" }
                    guard let index = Int(digits) else { return components }
                    components.append(.index(index))
                    rest = rest.dropFirst(digits.count + 1)
                }
            } else {
                return components
            }
        }
        return components
    }
}
