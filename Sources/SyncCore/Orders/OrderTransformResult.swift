/// What the order transform decided for one Rakuten order, and the report rows that explain it.
package struct OrderTransformResult: Sendable, Equatable {
    /// The decision; the orders job keeps it in its ledger.
    package enum Outcome: Sendable, Equatable {
        /// Ready to load: the 受注 to create.
        case ready(SmaregiOrderDraft)
        /// Not yet: amounts undetermined (`-9999`) or a change awaiting confirmation; retried every run.
        case pending
        /// Not imported by design (cancelled before import, or a progress the store does not import).
        case skipped
        /// Cannot be imported until someone fixes the cause named in the error rows (mappings, amounts).
        case held
    }

    /// The decision.
    package var outcome: Outcome
    /// Report rows (info, warning and error), in the order the problems were found.
    package var rows: [ReportRow]

    /// A result.
    package init(outcome: Outcome, rows: [ReportRow]) {
        self.outcome = outcome
        self.rows = rows
    }

    /// The draft when the order is ready.
    package var draft: SmaregiOrderDraft? {
        if case .ready(let draft) = outcome { draft } else { nil }
    }

    /// The codes of `rows`, in order (handy for tests and `orders explain`).
    package var codes: [String] { rows.map(\.code) }
}
