/// What the planner decided for one run: the pushes, the SKUs already right on Rakuten, and report rows.
package struct StockPlan: Sendable, Equatable {
    /// Quantities that differ from what was last pushed, in candidate order.
    package var pushes: [StockPush] = []
    /// Quantities equal to what was last pushed (nothing to send; their stock/pending are still recorded).
    package var unchanged: [StockPush] = []
    /// `NEGATIVE_STOCK` warnings.
    package var rows: [ReportRow] = []

    /// An empty plan.
    package init() {}
}
