/// The store's 消費税1円未満端数 setting: how a fraction of a yen of consumption tax is rounded.
///
/// The raw values are what the CLI accepts and what the database stores.
package enum TaxRounding: String, Sendable, Equatable, Hashable, CaseIterable {
    /// 切り捨て
    case floor
    /// 切り上げ
    case ceil
    /// 四捨五入 (round half up)
    case round

    /// The label merchants see on the set-up screen.
    package var japaneseLabel: String {
        switch self {
        case .floor: "切り捨て"
        case .ceil: "切り上げ"
        case .round: "四捨五入"
        }
    }
}
