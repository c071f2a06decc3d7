import Testing

@testable import Statecraft

@Suite struct DemonymAndMetonymTests {
    @Test func adjectivesOfActingBodiesAreTheState() {
        #expect(ExtractionSupport.graph("Russian troops crossed the border near the city.", language: .en).has("RUS"))
        #expect(ExtractionSupport.graph("Rosyjskie wojska przekroczyły granicę.", language: .pl).has("RUS"))
        #expect(ExtractionSupport.graph("Północnokoreański dyktator przyjechał pociągiem.", language: .pl).has("PRK"))
    }

    @Test func adjectivesOfOtherThingsAreNot() {
        #expect(!ExtractionSupport.graph("Irlandzki przewoźnik obniżył ceny biletów.", language: .pl).has("IRL"))
        #expect(!ExtractionSupport.graph("The airline serves Italian food on board.", language: .en).has("ITA"))
    }

    @Test func pluralDemonymsAreTheState() {
        let graph = ExtractionSupport.graph("Amerykanie i Polacy podpisali porozumienie.", language: .pl)
        #expect(graph.has("USA"))
        #expect(graph.aliases(of: "USA").contains("Amerykanie"))
        #expect(graph.has("POL"))
        #expect(ExtractionSupport.graph("The Americans signed the deal.", language: .en).has("USA"))
    }

    @Test func capitalsActingAreTheirStates() {
        let english = ExtractionSupport.graph("Moscow said it would respond. Washington warned Pyongyang.", language: .en)
        #expect(english.has("RUS"))
        #expect(english.aliases(of: "RUS").contains("Moscow"))
        #expect(english.has("USA"))
        let polish = ExtractionSupport.graph("Moskwa przekaże pomoc. Kijów odpowiedział natychmiast.", language: .pl)
        #expect(polish.has("RUS"))
        #expect(polish.has("UKR"))
    }

    @Test func capitalsAsLocationsStayPlaces() {
        let graph = ExtractionSupport.graph("Rozmowy odbyły się w Kijowie i w Warszawie.", language: .pl)
        #expect(graph.entity("kyiv")?.kind == .place)
        #expect(!graph.has("UKR"))
    }

    @Test func seatsOfPowerArePartOfTheirState() {
        let graph = ExtractionSupport.graph("The Kremlin rejected the offer, and the White House said Russia must withdraw.", language: .en)
        #expect(graph.entity("kremlin")?.kind == .organization)
        // The lexicon knows the Kremlin is part of Russia, but this text does not say so: no part_of.
        #expect(!graph.has(.partOf, "kremlin", "RUS"))
        #expect(graph.has("white-house"))
        // Named side by side, the link is stated: `the Kremlin in Russia`, `Departament Stanu USA`.
        let stated = ExtractionSupport.graph("Putin spoke at the Kremlin in Russia.", language: .en)
        #expect(stated.has(.partOf, "kremlin", "RUS"))
        let polish = ExtractionSupport.graph("Biały Dom ostrzegł Rosję.", language: .pl)
        #expect(polish.has("white-house"))
        #expect(polish.aliases(of: "white-house").contains("Biały Dom"))
    }
}
