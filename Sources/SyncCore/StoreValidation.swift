import Foundation

/// The rules of the 店舗作成 screen: what a shop URL, a store code and an alert address must look like.
///
/// Each check returns the problem in Japanese and English, or `nil` when the value is acceptable.
package enum StoreValidation {
    /// The shop URL as RMS 店舗・企業詳細情報 shows it: `https://www.rakuten.co.jp/<shop>/`.
    ///
    /// The shop part is Rakuten's shop URL name: lower-case letters, digits, `-` and `_`.
    package static func problem(withShopURL url: String) -> String? {
        let pattern = #"^https://www\.rakuten\.co\.jp/[a-z0-9][a-z0-9_-]{0,63}/$"#
        guard url.range(of: pattern, options: .regularExpression) == nil else { return nil }
        return "店舗URLは https://www.rakuten.co.jp/<店舗>/ の形式で入力してください "
            + "(the shop URL must look like https://www.rakuten.co.jp/<shop>/, with the trailing slash): \(url)"
    }

    /// A store code: 1–32 ASCII letters, digits, `-` or `_` (it names lock, staging and report files).
    package static func problem(withStoreCode code: String) -> String? {
        guard code.range(of: #"^[A-Za-z0-9_-]{1,32}$"#, options: .regularExpression) == nil else { return nil }
        return "店舗コードは半角英数字・-・_ の1〜32文字で入力してください "
            + "(the store code must be 1-32 ASCII letters, digits, '-' or '_'): \(code)"
    }

    /// An alert e-mail address: one `@`, no spaces or angle brackets, a dot in the domain.
    package static func problem(withEmail address: String) -> String? {
        let pattern = #"^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$"#
        guard address.range(of: pattern, options: .regularExpression) == nil else { return nil }
        return "メールアドレスの形式が正しくありません (not a valid e-mail address): \(address)"
    }

    /// An API base URL: `http://` (sandbox on loopback) or `https://`, with a host.
    package static func problem(withBaseURL url: String) -> String? {
        guard let components = URLComponents(string: url),
            let scheme = components.scheme?.lowercased(), scheme == "https" || scheme == "http",
            let host = components.host, !host.isEmpty
        else {
            return "URLの形式が正しくありません (not a valid http(s) base URL): \(url)"
        }
        return nil
    }

    /// The refusal when the configured store limit is reached (`settings set max-stores N`).
    package static func storeLimitMessage(limit: Int) -> String {
        "受注店舗件数が上限に達しているため、新規登録はできません "
            + "(the number of stores has reached the limit of \(limit); no new store can be registered)"
    }
}
