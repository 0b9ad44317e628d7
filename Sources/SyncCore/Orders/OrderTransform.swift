import Foundation

/// Turns a Rakuten order into the Smaregi 受注 to create, or into the report rows that say why not (issue #5,
/// design.md §4.4). Pure: everything it needs is handed in (the store's rounding, which progresses to import, and the
/// mapping resolvers).
///
/// Decisions, in order: cancelled (800/900) → skipped with an info row; a `-9999` amount → pending; 400 変更確定待ち
/// → pending; another progress outside `importableProgress` → skipped; then every line and payment is resolved
/// and the amounts are checked, and any error holds the order with one row per problem (all problems at once,
/// so one fix round is enough). A tax difference against Rakuten's TaxSummary is only a warning.
package struct OrderTransform: Sendable {
    /// The progresses imported by default: 100 注文確認待ち, 200 楽天処理中, 300 発送待ち (issue #5).
    package static let defaultImportableProgress: Set<Int> = [100, 200, 300]

    /// The store's 消費税1円未満端数.
    package var rounding: TaxRounding
    /// Which `orderProgress` values are imported.
    package var importableProgress: Set<Int>
    /// The mapping tables.
    package var resolvers: OrderResolvers

    /// A transform for one store.
    package init(
        rounding: TaxRounding,
        resolvers: OrderResolvers,
        importableProgress: Set<Int> = OrderTransform.defaultImportableProgress
    ) {
        self.rounding = rounding
        self.resolvers = resolvers
        self.importableProgress = importableProgress
    }

    /// The tax calculator with the store's rounding.
    package var calculator: TaxCalculator { TaxCalculator(rounding: rounding) }

    /// Decides what to do with `order`.
    package func transform(_ order: RakutenOrder) -> OrderTransformResult {
        if order.isCancelled {
            return OrderTransformResult(outcome: .skipped, rows: [OrderReportRows.cancelled(order)])
        }
        if order.hasUndeterminedAmounts {
            return OrderTransformResult(outcome: .pending, rows: [OrderReportRows.amountUndetermined(order)])
        }
        if !importableProgress.contains(order.progress) {
            if order.progress == 400 {
                return OrderTransformResult(outcome: .pending, rows: [OrderReportRows.changePending(order)])
            }
            return OrderTransformResult(
                outcome: .skipped,
                rows: [OrderReportRows.progressNotImported(order, importable: importableProgress)]
            )
        }
        var errors: [ReportRow] = []
        if order.orderDate == nil { errors.append(OrderReportRows.invalidOrderDate(order)) }
        if order.liveLines.isEmpty { errors.append(OrderReportRows.noLines(order)) }
        let destinations = resolveDestinations(order, errors: &errors)
        let tenders = resolveTenders(order, errors: &errors)
        let draft = SmaregiOrderDraft(
            orderCode: order.orderNumber,
            orderDate: order.orderDate ?? .distantPast,
            customer: order.orderer,
            memo: Self.memo(order),
            destinations: destinations,
            carriage: order.livePackages.reduce(0) { $0 + $1.postagePrice },
            commission: order.livePackages.reduce(0) { $0 + $1.deliveryPrice } + order.amounts.paymentCharge
                + order.amounts.additionalFeeToUser,
            giftWrapPrice: order.wrappings.reduce(0) { $0 + inclusiveAmount(of: $1) },
            couponDiscount: order.amounts.couponShopPrice,
            tenders: tenders,
            taxes: [],
            taxSource: .computed
        )
        let billed = Self.billedTotal(order)
        let total = draftTotal(order)
        if total != billed {
            errors.append(OrderReportRows.totalMismatch(order, computed: total, billed: billed))
        }
        let (taxes, source, warnings) = reconcileTaxes(order)
        guard errors.isEmpty else {
            return OrderTransformResult(outcome: .held, rows: errors + warnings)
        }
        var ready = draft
        ready.taxes = taxes
        ready.taxSource = source
        return OrderTransformResult(outcome: .ready(ready), rows: warnings)
    }

    /// One destination per live package, each line resolved to a Smaregi product; one error row per distinct
    /// unresolved SKU.
    func resolveDestinations(_ order: RakutenOrder, errors: inout [ReportRow]) -> [SmaregiOrderDraft.Destination] {
        var reported: Set<ProductLookup> = []
        var destinations: [SmaregiOrderDraft.Destination] = []
        for package in order.livePackages {
            var lines: [SmaregiOrderDraft.Line] = []
            for line in package.liveLines {
                let lookup = Self.lookup(for: line)
                switch resolvers.product(lookup) {
                case let .mapped(productID, productCode):
                    lines.append(
                        SmaregiOrderDraft.Line(
                            productID: productID,
                            productCode: productCode,
                            productName: line.itemName,
                            unitPrice: unitPriceTaxIncluded(line),
                            quantity: line.units,
                            taxRate: line.taxRate,
                            rakutenItemDetailId: line.itemDetailId
                        )
                    )
                case .unmapped:
                    if reported.insert(lookup).inserted { errors.append(OrderReportRows.unmappedSKU(order, lookup)) }
                case .inError(let reason):
                    if reported.insert(lookup).inserted {
                        errors.append(OrderReportRows.mappingInError(order, lookup, reason: reason))
                    }
                }
            }
            guard !package.liveLines.isEmpty else { continue }
            destinations.append(
                SmaregiOrderDraft.Destination(
                    basketId: package.basketId,
                    recipient: package.recipient,
                    deliveryDate: order.deliveryDate,
                    deliveryTimeZone: Self.deliveryTimeZone(order.shippingTerm),
                    deliveryMethod: order.deliveryName,
                    lines: lines
                )
            )
        }
        return destinations
    }

    /// The tenders with an amount: the settlement method pays `requestPrice`, 楽天ポイント `usedPoint`, Rakuten
    /// coupons `couponOtherPrice` (domain.md §4.4: points are a payment, not a discount).
    func resolveTenders(_ order: RakutenOrder, errors: inout [ReportRow]) -> [SmaregiOrderDraft.Tender] {
        var wanted: [(PaymentLookup?, Int)] = []
        if order.amounts.requestPrice > 0 {
            wanted.append(
                (order.settlement.map { .settlement(code: $0.code, name: $0.name) }, order.amounts.requestPrice)
            )
        }
        if order.usedPoint > 0 { wanted.append((.points, order.usedPoint)) }
        if order.amounts.couponOtherPrice > 0 { wanted.append((.rakutenCoupon, order.amounts.couponOtherPrice)) }
        var tenders: [SmaregiOrderDraft.Tender] = []
        for (lookup, amount) in wanted {
            guard let lookup, case .mapped(let id) = resolvers.payment(lookup) else {
                errors.append(OrderReportRows.unmappedPayment(order, lookup, amount: amount))
                continue
            }
            tenders.append(SmaregiOrderDraft.Tender(source: lookup, paymentMethodID: id, amount: amount))
        }
        return tenders
    }

    /// The mapping key of a line: its SKU, or for a pre-migration line its item number and 横軸/縦軸 choices.
    package static func lookup(for line: RakutenOrder.Line) -> ProductLookup {
        if let variantId = line.variantId {
            return .sku(manageNumber: line.manageNumber, variantId: variantId)
        }
        let choices = line.choices
        return .legacy(
            manageNumber: line.manageNumber,
            itemNumber: line.itemNumber,
            horizontal: choices.horizontal,
            vertical: choices.vertical
        )
    }

    /// The 受注 memo: Rakuten's 備考 without surrounding blank lines; nil when empty.
    static func memo(_ order: RakutenOrder) -> String? {
        let lines = (order.remarks ?? "").split(separator: "\n", omittingEmptySubsequences: false)
        let trimmed = lines.drop { $0.allSatisfy(\.isWhitespace) }.reversed().drop { $0.allSatisfy(\.isWhitespace) }
        let text = trimmed.reversed().joined(separator: "\n")
        return text.isEmpty ? nil : text
    }

    /// お届け時間帯 as text: 1 午前中, 2 午後, 9 その他, an hour range `h1h2` (708, 1416) as `07:00-08:00`;
    /// nil for 0 or none (rakuten-rms.md §3.3 `shippingTerm`).
    package static func deliveryTimeZone(_ term: Int?) -> String? {
        guard let term, term > 0 else { return nil }
        switch term {
        case 1: return "午前中"
        case 2: return "午後"
        case 9: return "その他"
        case 100...2424:
            let from = term / 100
            let to = term % 100
            func twoDigits(_ hour: Int) -> String { hour < 10 ? "0\(hour)" : String(hour) }
            return "\(twoDigits(from)):00-\(twoDigits(to)):00"
        default: return String(term)
        }
    }
}
