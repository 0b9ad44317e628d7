import Foundation

/// One row of the order ledger: what the orders job knows about one Rakuten order of one store (issue #5,
/// design.md §5). The Rakuten order number is the key everywhere.
package struct OrderLedgerRecord: Sendable, Equatable {
    /// Where an order stands.
    package enum Status: String, Sendable, Equatable, CaseIterable {
        /// Waits for Rakuten (`-9999` amounts, a change to confirm) or for a temporary failure to pass.
        case pending
        /// Cannot be imported until someone fixes the cause (`reasonCode`): mapping, payment, a Smaregi rejection.
        case held
        /// Written just before 受注登録; left by a crash, it is resolved by asking Smaregi for the order code.
        case loading
        /// The 受注 exists in Smaregi (`smaregiOrderID`).
        case loaded
        /// Not imported by design: cancelled before import, or a progress the store does not import.
        case skipped
    }

    /// One Smaregi お届け先 and the Rakuten 送付先 it came from.
    package struct Destination: Sendable, Equatable, Codable {
        /// Smaregi destination number (1-based, in Rakuten's package order).
        package var number: Int
        /// Rakuten 送付先ID (`PackageModel.basketId`), what updateOrderShipping needs.
        package var basketId: Int64

        enum CodingKeys: String, CodingKey {
            case number, basketId
        }

        /// A destination.
        package init(number: Int, basketId: Int64) {
            self.number = number
            self.basketId = basketId
        }
    }

    /// Units of one SKU in one order.
    package struct Units: Sendable, Equatable, Hashable {
        /// 商品管理番号 (lower-cased, as the mappings store it).
        package var manageNumber: String
        /// SKU管理番号; empty on a line from before the SKU migration.
        package var variantId: String
        /// 商品番号 + 子番号 of a legacy line; empty otherwise.
        package var itemNumber: String
        /// 個数.
        package var units: Int

        /// Units of one SKU.
        package init(manageNumber: String, variantId: String, itemNumber: String = "", units: Int) {
            self.manageNumber = manageNumber
            self.variantId = variantId
            self.itemNumber = itemNumber
            self.units = units
        }
    }

    /// 店舗コード.
    package var storeCode: String
    /// 注文番号.
    package var orderNumber: String
    /// Where the order stands.
    package var status: Status
    /// Hash of the 受注 sent (or about to be sent) to Smaregi; empty before any load.
    package var payloadHash: String
    /// Hash of the 受注 the order would make when last read; differs from `payloadHash` after a change.
    package var seenHash: String
    /// 注文日時 on Rakuten.
    package var orderDate: Date?
    /// `orderProgress` when last read.
    package var progress: Int
    /// Smaregi 受注ID once loaded.
    package var smaregiOrderID: Int?
    /// Destination number → basketId.
    package var destinations: [Destination]
    /// The code of the problem that keeps the order pending or held (`UNMAPPED_SKU`, `SMAREGI_REJECTED`…).
    package var reasonCode: String
    /// The problem in words (Smaregi's `detail` for a rejection).
    package var reason: String
    /// After-import notices already reported for this order: their report codes (`ORDER_CANCELLED_AFTER_IMPORT`,
    /// `ORDER_CHANGED_AFTER_IMPORT`).
    package var notices: Set<String>
    /// Load attempts so far.
    package var attempts: Int
    /// When the job first saw the order.
    package var firstSeenAt: Date
    /// When the row last changed.
    package var updatedAt: Date
    /// When the order was last read from Rakuten.
    package var checkedAt: Date
    /// When the 受注 was created.
    package var loadedAt: Date?
    /// Units per SKU (lines of deleted packages and deleted lines left out).
    package var units: [Units]

    /// A record.
    package init(
        storeCode: String,
        orderNumber: String,
        status: Status,
        payloadHash: String = "",
        seenHash: String = "",
        orderDate: Date? = nil,
        progress: Int = 0,
        smaregiOrderID: Int? = nil,
        destinations: [Destination] = [],
        reasonCode: String = "",
        reason: String = "",
        notices: Set<String> = [],
        attempts: Int = 0,
        firstSeenAt: Date,
        updatedAt: Date,
        checkedAt: Date,
        loadedAt: Date? = nil,
        units: [Units] = []
    ) {
        self.storeCode = storeCode
        self.orderNumber = orderNumber
        self.status = status
        self.payloadHash = payloadHash
        self.seenHash = seenHash
        self.orderDate = orderDate
        self.progress = progress
        self.smaregiOrderID = smaregiOrderID
        self.destinations = destinations
        self.reasonCode = reasonCode
        self.reason = reason
        self.notices = notices
        self.attempts = attempts
        self.firstSeenAt = firstSeenAt
        self.updatedAt = updatedAt
        self.checkedAt = checkedAt
        self.loadedAt = loadedAt
        self.units = units
    }

    /// The notices as `notice_codes` stores them and the admin commands show them: sorted, comma-separated.
    package var noticeCodes: String { Self.storedText(notices) }

    /// `notices` in the stored form (sorted, comma-separated; empty for none).
    static func storedText(_ notices: Set<String>) -> String {
        notices.sorted().joined(separator: ",")
    }

    /// The notices of a stored `notice_codes` text: the one place that splits it.
    static func notices(storedText text: String) -> Set<String> {
        Set(text.split(separator: ",").map(String.init))
    }
}
