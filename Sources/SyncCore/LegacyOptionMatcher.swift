/// Finds a legacy 横軸/縦軸 combination among the SKUs of a migrated item (rakuten-rms.md §4.4).
///
/// After the SKU migration each former combination is a variant whose `selectorValues` hold
/// {横軸項目名: 横軸選択肢, 縦軸項目名: 縦軸選択肢}; the item's `variantSelectors` give the axis order. The
/// 横軸 is the first selector and the 縦軸 the second; a one-axis item matches a mapping without 縦軸. When the
/// item lists no selectors, the variant's set of values must equal the mapping's choices.
package enum LegacyOptionMatcher {
    /// Whether the item has the mapping's combination.
    /// - Parameters:
    ///   - selectorKeys: the item's `variantSelectors[].key`, in order.
    ///   - variants: each variant's `selectorValues`.
    package static func presence(
        horizontal: String,
        vertical: String,
        selectorKeys: [String],
        variants: [[String: String]]
    ) -> RakutenPresence {
        let wanted = [horizontal, vertical].filter { !$0.isEmpty }
        var available: [String] = []
        for values in variants {
            let choices: [String]
            if selectorKeys.isEmpty {
                choices = values.keys.sorted().compactMap { values[$0] }
                if Set(choices) == Set(wanted), choices.count == wanted.count { return .found }
            } else {
                choices = selectorKeys.prefix(2).compactMap { values[$0] }
                if choices == wanted { return .found }
            }
            available.append(choices.joined(separator: "×"))
        }
        return .optionMissing(available: available.sorted())
    }

    /// The `variantId` of the one SKU that holds the mapping's combination (issue #13 §1), matched the way
    /// `presence` matches; nil when no variant or more than one variant holds it (the stock run then reports
    /// the mapping as unresolved instead of guessing).
    /// - Parameters:
    ///   - selectorKeys: the item's `variantSelectors[].key`, in order.
    ///   - variants: the item's variants as (variantId, `selectorValues`).
    package static func variantId(
        horizontal: String,
        vertical: String,
        selectorKeys: [String],
        variants: [(id: String, values: [String: String])]
    ) -> String? {
        let wanted = [horizontal, vertical].filter { !$0.isEmpty }
        let matching = variants.filter { variant in
            if selectorKeys.isEmpty {
                let choices = variant.values.keys.sorted().compactMap { variant.values[$0] }
                return Set(choices) == Set(wanted) && choices.count == wanted.count
            }
            return selectorKeys.prefix(2).compactMap { variant.values[$0] } == wanted
        }
        guard matching.count == 1, let id = matching.first?.id, !id.isEmpty else { return nil }
        return id
    }
}
