// Prints every ISO 3166 region's CLDR names: alpha-2, English, Polish (tab-separated).
// Run: swift scripts/lexicon/cldr-region-names.swift > /tmp/cldr.tsv
import Foundation
let english = Locale(identifier: "en")
let polish = Locale(identifier: "pl")
for region in Locale.Region.isoRegions where region.identifier.count == 2 {
    let code = region.identifier
    guard let en = english.localizedString(forRegionCode: code),
        let pl = polish.localizedString(forRegionCode: code)
    else { continue }
    print("\(code)\t\(en)\t\(pl)")
}
