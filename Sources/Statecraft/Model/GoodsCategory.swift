/// What a `supplies` or `aids` relation transfers (the `goods` of the ontology).
public enum GoodsCategory: String, Sendable, DeclarationOrdered {
    /// Weapons, ammunition, shells, missiles, drones.
    case arms
    /// Military personnel.
    case troops
    /// Technology, including military, nuclear and space technology.
    case technology
    /// Oil, gas, fuel, electricity.
    case energy
    /// Food, including grain.
    case food
    /// Payment, funds, loans, unfrozen assets.
    case money
    /// Medicine, relief.
    case humanitarian
    /// Prisoners or detainees released or exchanged.
    case people
    /// Anything else.
    case goods
}
