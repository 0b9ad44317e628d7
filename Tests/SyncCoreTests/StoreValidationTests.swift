import SyncCore
import Testing

struct StoreValidationTests {
    @Test(arguments: [
        ("https://www.rakuten.co.jp/sandbox-shop/", true),
        ("https://www.rakuten.co.jp/abc_123/", true),
        ("https://www.rakuten.co.jp/sandbox-shop", false),
        ("http://www.rakuten.co.jp/sandbox-shop/", false),
        ("https://item.rakuten.co.jp/sandbox-shop/", false),
        ("https://www.rakuten.co.jp/", false),
        ("https://www.rakuten.co.jp/Shop/", false),
        ("https://www.rakuten.co.jp/a/b/", false),
        ("www.rakuten.co.jp/shop/", false),
    ])
    func acceptsOnlyRMSShopURLs(url: String, valid: Bool) {
        #expect((StoreValidation.problem(withShopURL: url) == nil) == valid)
    }

    @Test(arguments: [
        ("main", true), ("EC-01", true), ("shop_2", true), ("", false), ("has space", false),
        ("店舗", false), (String(repeating: "a", count: 33), false), ("../etc", false),
    ])
    func storeCodesNameFilesSafely(code: String, valid: Bool) {
        #expect((StoreValidation.problem(withStoreCode: code) == nil) == valid)
    }

    @Test(arguments: [
        ("ops@example.co.jp", true), ("a.b+c@shop.example", true), ("no-at.example.com", false),
        ("two@@example.com", false), ("x@localhost", false), ("Name <x@example.com>", false),
    ])
    func checksAlertAddresses(address: String, valid: Bool) {
        #expect((StoreValidation.problem(withEmail: address) == nil) == valid)
    }

    @Test func limitMessageIsBilingual() {
        let message = StoreValidation.storeLimitMessage(limit: 3)
        #expect(message.hasPrefix("受注店舗件数が上限に達しているため、新規登録はできません"))
        #expect(message.contains("limit of 3"))
    }
}
