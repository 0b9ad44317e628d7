import Foundation

/// A Rakuten shop known to the sandbox: its credentials, license expiry and tax rounding.
package struct RakutenShop: Sendable, Equatable {
    /// Short code used in control paths (`/_sandbox/rakuten/shops/{code}`), e.g. `sandbox-shop`.
    package var code: String
    /// Numeric shop id, the first part of order numbers (`400001-20240624-00000001`).
    package var shopId: Int
    /// 店舗URL.
    package var shopURL: String
    /// serviceSecret of the ESA header.
    package var serviceSecret: String
    /// licenseKey of the ESA header.
    package var licenseKey: String
    /// Moment the license key stops working (23:59:59 JST of its last day).
    package var licenseExpiry: Date
    /// 消費税1円未満端数.
    package var taxRounding: RakutenTaxRounding

    /// The documented default shop (docs/sandbox.md): `SP_SANDBOX_SECRET` / `SL_SANDBOX_LICENSE`.
    package static func defaultShop(now: Date) -> RakutenShop {
        RakutenShop(
            code: "sandbox-shop",
            shopId: 400_001,
            shopURL: "https://www.rakuten.co.jp/sandbox-shop/",
            serviceSecret: defaultServiceSecret,
            licenseKey: defaultLicenseKey,
            licenseExpiry: RakutenDates.endOfDay(now, plusDays: 90),
            taxRounding: .round
        )
    }

    /// serviceSecret of the default shop.
    package static let defaultServiceSecret = "SP_SANDBOX_SECRET"
    /// licenseKey of the default shop.
    package static let defaultLicenseKey = "SL_SANDBOX_LICENSE"

    /// The shop as the control API shows it (secrets are sandbox data, shown in full).
    var json: SandboxJSON {
        .fields([
            "code": .string(code), "shopId": .int(shopId), "shopUrl": .string(shopURL),
            "serviceSecret": .string(serviceSecret), "licenseKey": .string(licenseKey),
            "licenseExpiry": .string(RakutenDates.localDatetime(licenseExpiry)),
            "taxRounding": .string(taxRounding.rawValue),
        ])
    }
}
