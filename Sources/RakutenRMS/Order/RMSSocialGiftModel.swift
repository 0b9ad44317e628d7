import Foundation

/// ソーシャルギフトモデル `SocialGiftModel` (rakuten-rms.md §3.3, v≥10).
package struct RMSSocialGiftModel: Codable, Sendable, Equatable {
    /// ソーシャルギフト管理番号.
    package var sgMngNumber: String?
    /// 入力期限日.
    package var inputDueDate: String?
    /// 入力フラグ.
    package var inputFlag: Int?
    /// 入力完了日時.
    package var inputCompDatetime: String?
    /// 受取人メールアドレス (masked).
    package var receiverEmailAddress: String?

    enum CodingKeys: String, CodingKey {
        case sgMngNumber, inputDueDate, inputFlag, inputCompDatetime, receiverEmailAddress
    }
}
