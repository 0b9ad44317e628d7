import Foundation
import SyncCore
import SyncStore

extension OrderLedgerRecord {
    /// Takes the order's date, destinations and units (while it is not loaded: a loaded row keeps what the 受注
    /// was created with).
    mutating func describe(_ order: RakutenOrder) {
        orderDate = order.orderDate ?? orderDate
        progress = order.progress
        destinations = order.ledgerDestinations
        units = order.ledgerUnits
    }

    /// Puts the row in `status` with the first problem's code and every problem's English message.
    mutating func hold(_ status: Status, rows: [ReportRow], at now: Date) {
        self.status = status
        let serious = rows.filter { $0.severity != .info }
        let problems = serious.isEmpty ? rows : serious
        reasonCode = problems.first?.code ?? ""
        reason = problems.map { "\($0.code): \($0.messageEn)" }.joined(separator: " / ")
        updatedAt = now
    }

    /// Marks the row loaded as 受注 `id`.
    mutating func markLoaded(id: Int, at now: Date) {
        status = .loaded
        smaregiOrderID = id
        loadedAt = loadedAt ?? now
        reasonCode = ""
        reason = ""
        updatedAt = now
    }
}
