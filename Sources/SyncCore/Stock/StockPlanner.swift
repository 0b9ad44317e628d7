/// The pure planning step of 在庫更新 (issue #6 step 2, design.md §5).
///
/// quantity = Smaregi stock − pending units − safety stock, clamped to 0…99999 (RMS rejects anything else with
/// IE0117, rakuten-rms.md §4.1). A product with no stock row has never moved and counts as 0. Only SKUs whose
/// quantity differs from the last one Rakuten accepted are pushed. Pending units are orders Rakuten already
/// took (and lowered its own inventory for) that Smaregi does not hold yet: subtracting them is what keeps the
/// job from putting a sold unit back on sale.
///
/// A quantity capped at 99,999 drifts: Rakuten sells from it (99,999 → 99,984) while Smaregi, holding far more,
/// still plans 99,999, equal to the last push. So the SKUs whose last push was capped are looked at on Rakuten
/// (`needsRakutenCheck`), and a SKU Rakuten holds at another figure than planned is pushed again. The planned
/// quantity is the same formula, pending units and safety stock subtracted, so the hold-back still applies.
package enum StockPlanner {
    /// The largest quantity RMS stores.
    package static let maximumQuantity = 99_999

    /// Whether a SKU whose last accepted push was `lastPushed` is read back from Rakuten on a delta run: its push
    /// was capped, so Rakuten's sales from it do not show in the plan.
    package static func needsRakutenCheck(lastPushed: Int?) -> Bool {
        guard let lastPushed else { return false }
        return lastPushed >= maximumQuantity
    }

    /// The quantity for Rakuten.
    package static func quantity(smaregiStock: Int?, pending: Int, safetyStock: Int) -> Int {
        let available = (smaregiStock ?? 0) - max(0, pending) - max(0, safetyStock)
        return min(max(available, 0), maximumQuantity)
    }

    /// Plans the candidates, keeping their order.
    package static func plan(_ candidates: [StockCandidate]) -> StockPlan {
        var plan = StockPlan()
        plan.pushes.reserveCapacity(candidates.count)
        for candidate in candidates {
            let stock = candidate.smaregiStock ?? 0
            let push = StockPush(
                manageNumber: candidate.manageNumber,
                variantId: candidate.variantId,
                productId: candidate.productId,
                quantity: quantity(
                    smaregiStock: stock,
                    pending: candidate.pending,
                    safetyStock: candidate.safetyStock
                ),
                smaregiStock: stock,
                pending: max(0, candidate.pending)
            )
            if stock - max(0, candidate.pending) < 0 {
                plan.rows.append(StockReportRows.negativeStock(candidate, stock: stock))
            }
            if candidate.lastPushed == push.quantity, candidate.rakutenQuantity.map({ $0 == push.quantity }) ?? true {
                plan.unchanged.append(push)
            } else {
                plan.pushes.append(push)
            }
        }
        return plan
    }

    /// Splits a rejected batch by the request indexes RMS named (`errors[].metadata.propertyPath`, e.g.
    /// `inventories[3].quantity` → 3): the rest is sent again, the named ones are reported. Indexes outside the
    /// batch are ignored; when none is usable the whole batch is `rejected` (the call cannot be narrowed).
    package static func split(_ batch: [StockPush], rejectedIndexes: [Int?]) -> (
        kept: [StockPush], rejected: [StockPush]
    ) {
        let named = Set(rejectedIndexes.compactMap { $0 }.filter { batch.indices.contains($0) })
        guard !named.isEmpty else { return ([], batch) }
        var kept: [StockPush] = []
        var rejected: [StockPush] = []
        for (index, push) in batch.enumerated() {
            if named.contains(index) { rejected.append(push) } else { kept.append(push) }
        }
        return (kept, rejected)
    }
}
