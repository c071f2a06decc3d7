/// Entity ids for names: a lowercase ASCII slug of the English name (`Kim Jong Un` → `kim-jong-un`,
/// `Mürted Air Base` → `murted-air-base`).
enum Slug {
    static func make(_ name: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for character in NameFolding.fold(name).unicodeScalars {
            if character.isASCII, character.properties.isAlphabetic || ("0"..."9").contains(character) {
                if pendingHyphen, !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(character)
            } else {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "entity" : slug
    }
}
