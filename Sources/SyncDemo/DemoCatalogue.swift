import Foundation

/// The demo shop's catalogue: about 200 Smaregi products behind Rakuten SKU items, single items, reduced-rate
/// food (8 %, 税別) among 10 % goods, and pre-migration 横軸/縦軸 items — as JSON bodies for the control API.
package struct DemoCatalogue {
    /// One Rakuten SKU and the Smaregi product behind it (nil for the deliberately unregistered one).
    package struct Entry {
        package let manageNumber: String
        package let variantId: String
        package let smaregiProductID: Int?
        package let smaregiCode: String
        package let name: String
        package let price: Int
        package let stock: Int
        /// 横軸/縦軸 option names for a pre-SKU (項目選択肢別在庫) item; nil for SKU items.
        package var legacyOptions: (horizontal: String, vertical: String)? = nil
    }

    package private(set) var rakutenItems: [[String: Any]] = []
    package private(set) var smaregiProducts: [[String: Any]] = []
    package private(set) var entries: [Entry] = []
    private var nextProductID = 1001

    /// Builds the catalogue; the same every run (no randomness), so demo output can be compared.
    package init() {
        let colours = [("red", "赤"), ("navy", "ネイビー"), ("white", "白")]
        let sizes = ["S", "M", "L"]
        for number in 1...20 {
            let manage = String(format: "tshirt-%03d", number)
            var variants: [[String: Any]] = []
            for (colour, colourName) in colours.prefix(number % 3 + 1) {
                for size in sizes.prefix(2 + number % 2) {
                    let variant = "\(colour)-\(size.lowercased())"
                    let code = String(format: "TS%03d-%@-%@", number, colour.uppercased(), size)
                    let stock = 3 + (number * 7 + variant.count) % 18
                    addProduct(
                        code: code,
                        name: "Tシャツ No.\(number) \(colourName) \(size)",
                        price: 2_980,
                        reduced: false
                    )
                    entries.append(
                        Entry(
                            manageNumber: manage,
                            variantId: variant,
                            smaregiProductID: nextProductID - 1,
                            smaregiCode: code,
                            name: "Tシャツ No.\(number)",
                            price: 2_980,
                            stock: stock
                        )
                    )
                    variants.append([
                        "variantId": variant, "price": 2_980, "inventory": stock, "merchantDefinedSkuId": code,
                        "selectorValues": [["key": "カラー", "value": colourName], ["key": "サイズ", "value": size]],
                    ])
                }
            }
            rakutenItems.append([
                "manageNumber": manage, "title": "オーガニックコットンTシャツ No.\(number)", "includeTaxFlag": 1, "taxRate": 0.1,
                "variants": variants,
            ])
        }
        for number in 1...60 {
            let manage = String(format: "goods-%03d", number)
            let code = String(format: "GD%04d", number)
            let price = 1_100 + number * 110
            let stock = 5 + number % 23
            addProduct(code: code, name: "生活雑貨 No.\(number)", price: price, reduced: false)
            entries.append(
                Entry(
                    manageNumber: manage,
                    variantId: manage,
                    smaregiProductID: nextProductID - 1,
                    smaregiCode: code,
                    name: "生活雑貨 No.\(number)",
                    price: price,
                    stock: stock
                )
            )
            rakutenItems.append([
                "manageNumber": manage, "title": "生活雑貨 No.\(number)", "includeTaxFlag": 1, "taxRate": 0.1,
                "price": price, "inventory": stock,
            ])
        }
        for number in 1...12 {
            let manage = String(format: "tea-%02d", number)
            let code = String(format: "FD%03d", number)
            let price = 800 + number * 100
            addProduct(code: code, name: "静岡煎茶 \(number)号 (軽減税率)", price: price, reduced: true)
            entries.append(
                Entry(
                    manageNumber: manage,
                    variantId: manage,
                    smaregiProductID: nextProductID - 1,
                    smaregiCode: code,
                    name: "静岡煎茶 \(number)号",
                    price: price,
                    stock: 30
                )
            )
            rakutenItems.append([
                "manageNumber": manage, "title": "静岡煎茶 \(number)号", "includeTaxFlag": 0, "taxRate": 0.08,
                "price": price, "inventory": 30,
            ])
        }
        for number in 1...5 {
            let manage = String(format: "legacy-%02d", number)
            let itemNumber = String(format: "lg%02d", number)
            var stock: [[String: Any]] = []
            for (size, child) in [("S", "s"), ("M", "m")] {
                for (colour, colourChild) in [("黒", "k"), ("白", "w")] {
                    let code = String(format: "LG%02d-%@%@", number, child.uppercased(), colourChild.uppercased())
                    addProduct(code: code, name: "旧形式シャツ \(number) \(size) \(colour)", price: 3_300, reduced: false)
                    entries.append(
                        Entry(
                            manageNumber: manage,
                            variantId: child + colourChild,
                            smaregiProductID: nextProductID - 1,
                            smaregiCode: code,
                            name: "旧形式シャツ \(number)",
                            price: 3_300,
                            stock: 6,
                            legacyOptions: (horizontal: size, vertical: colour)
                        )
                    )
                    stock.append(["horizontal": size, "vertical": colour, "quantity": 6])
                }
            }
            rakutenItems.append([
                "manageNumber": manage, "itemNumber": itemNumber, "title": "旧形式シャツ \(number) (項目選択肢別在庫)",
                "price": 3_000,
                "includeTaxFlag": 0, "taxRate": 0.1,
                "legacy": [
                    "horizontalName": "サイズ", "verticalName": "カラー",
                    "horizontal": [["name": "S", "childNumber": "s"], ["name": "M", "childNumber": "m"]],
                    "vertical": [["name": "黒", "childNumber": "k"], ["name": "白", "childNumber": "w"]], "stock": stock,
                ],
            ])
        }
        // On Rakuten only: a new listing nobody has registered in Smaregi yet (the unmapped SKU of the demo).
        entries.append(
            Entry(
                manageNumber: "new-arrival",
                variantId: "new-arrival",
                smaregiProductID: nil,
                smaregiCode: "",
                name: "新商品 (未登録)",
                price: 4_400,
                stock: 10
            )
        )
        rakutenItems.append([
            "manageNumber": "new-arrival", "title": "新商品 (スマレジ未登録)", "includeTaxFlag": 1, "taxRate": 0.1,
            "price": 4_400, "inventory": 10,
        ])
    }

    private mutating func addProduct(code: String, name: String, price: Int, reduced: Bool) {
        smaregiProducts.append([
            "productId": String(nextProductID), "productCode": code, "productName": name, "price": price,
            "taxDivision": "0",
            "reducedTaxRate": reduced,
        ])
        nextProductID += 1
    }

    /// The product mappings as an RMS-style CSV (商品管理番号, SKU管理番号, 横軸, 縦軸, スマレジ商品コード), CRLF.
    ///
    /// Every SKU that has a Smaregi product is listed; legacy items by their 横軸/縦軸 option names.
    package var mappingCSV: String {
        var lines = ["商品管理番号,SKU管理番号,横軸,縦軸,スマレジ商品コード"]
        for entry in entries where entry.smaregiProductID != nil {
            if let legacy = entry.legacyOptions {
                lines.append("\(entry.manageNumber),,\(legacy.horizontal),\(legacy.vertical),\(entry.smaregiCode)")
            } else {
                lines.append("\(entry.manageNumber),\(entry.variantId),,,\(entry.smaregiCode)")
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// 支払方法連携 of the demo: Rakuten method → Smaregi payment method id of the sandbox's default contract.
    /// Alipay (16) is deliberately left unset, so its order is held with UNMAPPED_PAYMENT.
    package static let paymentMappings: [(rakuten: String, smaregi: String)] = [
        ("1", "2"), ("2", "3"), ("9", "4"), ("POINT", "5"), ("COUPON", "6"),
    ]

    /// The orders a day of trading brings, some of which cannot be imported as they stand.
    package static var orders: [(label: String, body: [String: Any])] {
        [
            (
                "Tシャツ2点・カード",
                [
                    "lines": [["manageNumber": "tshirt-001", "variantId": "red-s", "units": 2]], "postagePrice": 0,
                    "settlementMethodCode": 1,
                ]
            ),
            (
                "雑貨3点 + 送料・代金引換",
                [
                    "lines": [["manageNumber": "goods-005", "units": 1], ["manageNumber": "goods-012", "units": 2]],
                    "postagePrice": 660, "deliveryPrice": 330, "settlementMethodCode": 2,
                ]
            ),
            (
                "8%の煎茶と10%の雑貨・店舗クーポン・楽天クーポン・ポイント",
                [
                    "lines": [["manageNumber": "tea-03", "units": 3], ["manageNumber": "goods-020", "units": 1]],
                    "postagePrice": 500, "settlementMethodCode": 1, "shopCouponPrice": 300, "rakutenCouponPrice": 200,
                    "usedPoint": 150,
                ]
            ),
            (
                "旧形式(横軸/縦軸)の注文",
                [
                    "lines": [
                        [
                            "manageNumber": "legacy-02", "legacyOptions": ["horizontal": "M", "vertical": "黒"],
                            "units": 1,
                        ]
                    ], "postagePrice": 500, "settlementMethodCode": 9,
                ]
            ),
            (
                "複数SKUの注文",
                [
                    "lines": [
                        ["manageNumber": "tshirt-002", "variantId": "red-m", "units": 1],
                        ["manageNumber": "tshirt-002", "variantId": "navy-s", "units": 1],
                        ["manageNumber": "tea-01", "units": 2],
                    ], "postagePrice": 0, "settlementMethodCode": 1,
                ]
            ),
            (
                "未登録SKU (スマレジに商品なし)",
                ["lines": [["manageNumber": "new-arrival", "units": 1]], "postagePrice": 0, "settlementMethodCode": 1]
            ),
            (
                "支払方法が未設定 (Alipay)",
                [
                    "lines": [["manageNumber": "goods-030", "units": 1]], "postagePrice": 500,
                    "settlementMethodCode": 16,
                ]
            ),
            (
                "在庫の残り全部(23点)を購入",
                ["lines": [["manageNumber": "goods-018", "units": 23]], "postagePrice": 0, "settlementMethodCode": 1]
            ),
        ]
    }
}
