import Foundation
import Hummingbird

/// getOrder (§3.3) and confirmOrder (§3.4).
extension RakutenSandbox {
    static let getPrefix = "ORDER_EXT_API_GET_ORDER"
    static let confirmPrefix = "ORDER_EXT_API_CONFIRM_ORDER"

    /// ≤100 numbers, `version` 3–10 required, unknown (or older than 730 days) orders as INFO_102 inside 200.
    func getOrder(_ pass: GatewayPass) -> Response {
        let body = pass.body ?? .fields([:])
        var errors: [SandboxJSON] = []
        let numbers = body["orderNumberList"]?.arrayValue?.compactMap(\.stringValue) ?? []
        if numbers.isEmpty {
            errors.append(RakutenOrderMessages.error("\(Self.getPrefix)_ERROR_009", "orderNumberListの項目を指定してください。"))
        } else if numbers.count > 100 {
            errors.append(RakutenOrderMessages.error("\(Self.getPrefix)_ERROR_012", "orderNumberListは100件以内で指定してください。"))
        }
        let version = body["version"]?.intValue
        switch body["version"] {
        case nil, .null?:
            errors.append(RakutenOrderMessages.error("\(Self.getPrefix)_ERROR_009", "versionの項目を指定してください。"))
        default:
            if version.map({ !(3...10).contains($0) }) ?? true {
                errors.append(RakutenOrderMessages.error("\(Self.getPrefix)_ERROR_011", "versionの値が不正です。"))
            }
        }
        guard errors.isEmpty, let version else {
            return Self.orderResponse(
                .fields(["MessageModelList": .array(errors), "OrderModelList": .null]),
                status: .badRequest
            )
        }
        let oldest = pass.now.addingTimeInterval(-730 * 86_400)
        let found: [String: SandboxJSON] =
            withShop(pass.shopCode) { shop in
                var found: [String: SandboxJSON] = [:]
                for number in numbers {
                    if let record = shop.orders[number], (record.orderDate ?? pass.now) >= oldest {
                        found[number] = record.model
                    }
                }
                return found
            } ?? [:]
        var models: [SandboxJSON] = []
        var messages: [SandboxJSON] = []
        var seen = Set<String>()
        for number in numbers where seen.insert(number).inserted {
            if let model = found[number] {
                models.append(Self.shaped(model, version: version))
            } else {
                messages.append(
                    RakutenOrderMessages.info("\(Self.getPrefix)_INFO_102", "受注情報が取得できませんでした。", orderNumber: number)
                )
            }
        }
        if !models.isEmpty {
            messages.insert(
                RakutenOrderMessages.info("\(Self.getPrefix)_INFO_101", "受注情報取得に成功しました。(取得件数\(models.count)件)"),
                at: 0
            )
        }
        var response = SandboxJSONObject()
        if version >= 6 { response["version"] = .int(version) }
        response["MessageModelList"] = .array(messages)
        response["OrderModelList"] = .array(models)
        return Self.orderResponse(.object(response))
    }

    /// Adds the version-10 social-gift fields; the stored model is the version-9 shape.
    static func shaped(_ model: SandboxJSON, version: Int) -> SandboxJSON {
        guard version >= 10 else { return model }
        var model = model
        if model["socialGiftFlag"] == nil { model["socialGiftFlag"] = .int(0) }
        if case .array(var packages) = model["PackageModelList"] {
            for index in packages.indices where packages[index]["SocialGiftModel"] == nil {
                packages[index]["SocialGiftModel"] = .null
            }
            model["PackageModelList"] = .array(packages)
        }
        return model
    }

    /// ≤100 numbers; per order INFO_101 (100 → 300), ERROR_102 cancelled, ERROR_103 already moved.
    func confirmOrder(_ pass: GatewayPass) -> Response {
        let numbers = pass.body?["orderNumberList"]?.arrayValue?.compactMap(\.stringValue) ?? []
        if numbers.isEmpty || numbers.count > 100 {
            let message =
                numbers.isEmpty
                ? RakutenOrderMessages.error("\(Self.confirmPrefix)_ERROR_009", "orderNumberListの項目を指定してください。")
                : RakutenOrderMessages.error("\(Self.confirmPrefix)_ERROR_012", "orderNumberListは100件以内で指定してください。")
            return Self.orderResponse(.fields(["MessageModelList": .array([message])]), status: .badRequest)
        }
        let now = pass.now
        let messages: [SandboxJSON] =
            withShop(pass.shopCode) { shop in
                numbers.map { number -> SandboxJSON in
                    guard var record = shop.orders[number] else {
                        return RakutenOrderMessages.error(
                            "\(Self.confirmPrefix)_ERROR_101",
                            "指定された受注番号が存在しません。",
                            orderNumber: number
                        )
                    }
                    switch record.progress {
                    case 800, 900:
                        return RakutenOrderMessages.error(
                            "\(Self.confirmPrefix)_ERROR_102",
                            "指定された受注はキャンセルされています。",
                            orderNumber: number
                        )
                    case 100:
                        record.model["orderProgress"] = .int(300)
                        record.model["shopOrderCfmDatetime"] = .string(RakutenDates.orderDatetime(now))
                        record.model["orderFixDatetime"] = .string(RakutenDates.orderDatetime(now))
                        shop.orders[number] = record
                        return RakutenOrderMessages.info(
                            "\(Self.confirmPrefix)_INFO_101",
                            "注文確認に成功しました。",
                            orderNumber: number
                        )
                    default:
                        return RakutenOrderMessages.error(
                            "\(Self.confirmPrefix)_ERROR_103",
                            "指定された受注のステータスは既に変更されています。",
                            orderNumber: number
                        )
                    }
                }
            } ?? []
        return Self.orderResponse(.fields(["MessageModelList": .array(messages)]))
    }
}
