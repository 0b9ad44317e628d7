import Foundation
import SyncCore

/// The text of a license-key notice (14, 7, 3 and 1 days before expiry, and on expiry): Japanese first, English
/// beside it, with the renewal steps of RMS (docs/operations.ja.md §5, docs/reference/rakuten-rms.md §1.2).
package struct LicenseNoticeMail: Sendable, Equatable {
    /// The subject line.
    package let subject: String
    /// The plain-text body.
    package let body: String

    /// Composes the notice for one store; `daysLeft` counts JST calendar days (0 = expires today).
    package init(storeName: String, storeCode: String, expiry: Date, daysLeft: Int, isExpired: Bool) {
        let shown = JSTCalendar.displayString(expiry)
        let headline: (ja: String, en: String) =
            isExpired
            ? (
                "ライセンスキーの有効期限が切れました (\(shown) JST)",
                "The RMS license key expired on \(shown) JST: every Rakuten call of every job fails until it is renewed."
            )
            : (
                "ライセンスキーの有効期限まであと\(daysLeft)日です (\(shown) JST)",
                "The RMS license key expires in \(daysLeft) day(s), on \(shown) JST; renew it before then."
            )
        subject = "【rakuten-sync】\(storeName) (\(storeCode)) \(headline.ja)"
        let lines = [
            "rakuten-sync ライセンスキーのお知らせ / license key notice",
            "",
            "店舗 / store:  \(storeName) (\(storeCode))",
            "有効期限 / expiry:  \(shown) JST",
            "",
            headline.ja,
            headline.en,
            isExpired
                ? "受注取得・在庫更新・発送済みステータス・商品連携チェックは、更新するまで楽天と連携できません。"
                : "期限を過ぎると、受注取得・在庫更新・発送済みステータス・商品連携チェックが楽天と連携できなくなります。",
            "",
            "■ RMS で新しいライセンスキーを発行する / issue a new key in RMS",
            "(A) 店舗自身で登録したアプリ (WEB API の利用設定) の場合:",
            "  1. RMS にログインし「店舗様向け情報・サービス」を開く",
            "  2. 「WEB APIサービス」>「利用設定」(アプリ一覧 / 2-1 WEB API) を開く",
            "  3. 「ライセンスキーの確認・変更」を開き、セキュリティチェックを済ませる",
            "  4. 「新しいライセンスキーを発行」を押し、表示されたキーを控える (サービスシークレットは変わりません)",
            "(B) システム開発企業のアプリとして承認した場合:",
            "  1. RMS のメインメニューから「店舗様向け情報・サービス > 各種申請・設定変更」を開く",
            "  2. 画面下の「システム開発企業からのAPIアクセス許可設定」の「設定変更」を押す",
            "  3. 該当アプリの「詳細」(または「確認」) を押し、セキュリティチェックを済ませる",
            "  4. 「新しいライセンスキーを発行」(画面により「アクセス承認」) を押し、新しいキーと有効期限を控える",
            "",
            "■ rakuten-sync に登録する / register it",
            "  printf '%s\\n' \"$NEW_LICENSE_KEY\" | rakuten-sync store set \(storeCode) --renew-license-key",
            "  登録するとすぐに楽天から新しい有効期限を読み込みます (the new expiry date is read from RMS at once).",
            "  新しいキーが楽天で使えるまで15〜30分かかることがあります。その間のエラーは次の実行で解消します。",
            "",
            "このお知らせは14日前・7日前・3日前・1日前と期限切れのときに1回ずつ送ります",
            "(this notice is mailed once each 14, 7, 3 and 1 days before the expiry date and on expiry).",
        ]
        body = lines.joined(separator: "\n") + "\n"
    }
}
