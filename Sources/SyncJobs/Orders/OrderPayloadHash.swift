import Foundation
import SyncCore

/// The hash of the 受注 an order makes, kept in the ledger to notice a change (design.md §5).
///
/// FNV-1a 64 over the draft's JSON with sorted keys: stable across runs and processes (Swift's `Hasher` is
/// seeded per process), cheap, and only compared for equality, so no cryptographic strength is needed.
enum OrderPayloadHash {
    /// The hash of `draft` as 16 hex digits. A draft that cannot be encoded throws: a stand-in (the order code)
    /// would never change, and a change after import would go unnoticed.
    static func of(_ draft: SmaregiOrderDraft) throws(SyncJobsError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .secondsSince1970
        let data: Data
        do {
            data = try encoder.encode(draft)
        } catch {
            throw .refused(
                reason:
                    "注文 \(draft.orderCode) の受注内容のハッシュを計算できません (cannot hash the 受注 of order \(draft.orderCode)): \(error)"
            )
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
