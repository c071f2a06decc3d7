import Testing

@testable import Statecraft

@Suite struct CoreferenceTests {
    @Test func familyNamesAloneAreThePersonNamedBefore() {
        let graph = ExtractionSupport.graph("Władimir Putin przyjął gości. Później Putin spotkał się z Kimem.", language: .pl, date: "2023-09")
        #expect(graph.entities.filter { $0.kind == .person }.map(\.id.rawValue).sorted() == ["kim-jong-un", "vladimir-putin"])
        #expect(graph.aliases(of: "vladimir-putin").contains("Putin"))
    }

    @Test func unknownPeopleByFamilyName() {
        let graph = ExtractionSupport.graph("Spokesman Gregor Almqvist said the firm would appeal. Almqvist declined to comment.", language: .en)
        #expect(graph.entities.filter { $0.kind == .person }.count == 1)
        #expect(graph.has("gregor-almqvist"))
    }

    @Test func leaderRolesLaterAreNotNewEntities() {
        let graph = ExtractionSupport.graph("Kim Jong Un arrived by train. The North Korean leader was greeted warmly.", language: .en, date: "2023-09")
        #expect(graph.entities.filter { $0.kind == .person }.count == 1)
        let polish = ExtractionSupport.graph("Kim Dzong Un przyjechał pociągiem. Dyktator został powitany.", language: .pl, date: "2023-09")
        #expect(polish.entities.filter { $0.kind == .person }.count == 1)
    }
}

@Suite struct JoinedNameTests {
    @Test func hyphenatedPairsAndPossessivesAreTheirPeople() {
        let polish = ExtractionSupport.graph("Spotkanie Kim-Putin trwało trzy godziny.", language: .pl, date: "2023-09")
        #expect(polish.has("kim-jong-un") && polish.has("vladimir-putin"))
        #expect(!polish.entities.contains { $0.name == "Kim Putin" })
        let english = ExtractionSupport.graph("Putin's spokesman Dmitry Peskov denied it.", language: .en, date: "2023-09")
        #expect(english.has("vladimir-putin") && english.has("dmitry-peskov"))
    }
}
