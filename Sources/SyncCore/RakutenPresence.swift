/// What the Rakuten side says about the SKU of a mapping (rakuten-rms.md §4.1 bulk-get, §5 items).
package enum RakutenPresence: Sendable, Equatable {
    /// The SKU (or legacy option combination) exists.
    case found
    /// inventories.bulk.get did not return the (manageNumber, variantId) pair.
    case skuMissing
    /// items.bulk.get did not return the item (legacy mappings).
    case itemMissing
    /// The item exists but no SKU has these 横軸/縦軸 choices; `available` lists the combinations it has.
    case optionMissing(available: [String])
}
