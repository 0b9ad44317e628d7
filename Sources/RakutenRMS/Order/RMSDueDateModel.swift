import Foundation

/// 期限日モデル `DueDateModelList[]` (rakuten-rms.md §3.3, v≥5).
package struct RMSDueDateModel: Codable, Sendable, Equatable {
    /// 期限日タイプ: 0 支払い期限, 1 支払方法変更期限, 2 返金手続き期限.
    package var dueDateType: Int?
    /// 期限日, `yyyy-MM-dd`.
    package var dueDate: String?

    enum CodingKeys: String, CodingKey {
        case dueDateType, dueDate
    }
}
