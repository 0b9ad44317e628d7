import Foundation
import SyncCore

/// The hash of the 受注 an order makes, kept in the ledger to notice a change (design §5).
///
/// FNV-1a 64 over the draft's JSON with sorted keys: stable across runs and processes (Swift's `Hasher` is
/// seeded per process), cheap, and only compared for equality, so no cryptographic strength is needed.
enum OrderPayloadHash {
    /// The hash of `draft` as 16 hex digits.
    static func of(_ draft: SmaregiOrderDraft) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .secondsSince1970
        let data = (try? encoder.encode(draft)) ?? Data(draft.orderCode.utf8)
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
