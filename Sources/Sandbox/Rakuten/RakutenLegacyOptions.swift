import Foundation

/// The 横軸/縦軸 choices of a legacy 項目選択肢別在庫 item (rakuten-rms.md §4.3, §4.4).
struct RakutenLegacyOptions: Sendable, Equatable {
    struct Choice: Sendable, Equatable {
        var name: String
        var childNumber: String
    }

    struct Combination: Sendable, Equatable {
        var horizontal: String
        var vertical: String?
        var variantId: String
    }

    var horizontalName: String
    var verticalName: String?
    var horizontal: [Choice]
    var vertical: [Choice]
    var combinations: [Combination]

    func combination(horizontal: String, vertical: String?) -> Combination? {
        combinations.first { $0.horizontal == horizontal && $0.vertical == vertical }
    }

    func childNumber(horizontal: String, vertical: String?) -> String {
        let h = self.horizontal.first { $0.name == horizontal }?.childNumber ?? ""
        let v = vertical.flatMap { name in self.vertical.first { $0.name == name }?.childNumber } ?? ""
        return h + v
    }
}
