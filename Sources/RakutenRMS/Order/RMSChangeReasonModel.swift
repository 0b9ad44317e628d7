import Foundation

/// 変更・キャンセルモデル `ChangeReasonModelList[]` (rakuten-rms.md §3.3).
package struct RMSChangeReasonModel: Codable, Sendable, Equatable {
    /// 変更ID.
    package var changeId: Int64?
    /// 変更種別 (0–9).
    package var changeType: Int?
    /// 変更種別(詳細).
    package var changeTypeDetail: Int?
    /// 変更理由: 0 店舗, 1 お客様.
    package var changeReason: Int?
    /// 変更理由(小分類) (1–16).
    package var changeReasonDetail: Int?
    /// 変更申請日.
    package var changeApplyDatetime: String?
    /// 変更確定日.
    package var changeFixDatetime: String?
    /// 変更完了日.
    package var changeCmplDatetime: String?

    enum CodingKeys: String, CodingKey {
        case changeId, changeType, changeTypeDetail, changeReason, changeReasonDetail, changeApplyDatetime
        case changeFixDatetime, changeCmplDatetime
    }
}
