import Foundation

/// Masks customer personal data in a captured RMS/Smaregi JSON body before it is written for support: every
/// value inside orderer, sender and customer objects, and e-mail, phone, name and address members anywhere.
package enum ProbePersonalData {
    /// Objects whose every leaf is personal data.
    static let personalObjects: Set<String> = [
        "OrdererModel", "SenderModel", "customer", "recipient", "DeliveryCvsModel",
    ]
    /// Members that are personal data wherever they appear (compared case-insensitively).
    static let personalKeys: Set<String> = [
        "familyname", "firstname", "familynamekana", "firstnamekana", "nickname", "emailaddress", "ordereremailaddress",
        "phonenumber", "phonenumber1", "phonenumber2", "phonenumber3", "zipcode", "zipcode1", "zipcode2",
        "prefecture", "city", "subaddress", "address1", "address2", "mailaddress", "lastname", "lastkana",
        "firstkana", "birthyear", "birthmonth", "birthday", "sex", "remarks", "memo", "giftmessage",
    ]

    /// `body` with personal values replaced by `"****"`; a body that is not JSON comes back unchanged.
    package static func masked(_ body: Data) -> Data {
        guard !body.isEmpty, let object = try? JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])
        else { return body }
        let cleaned = mask(object, wholly: false)
        let options: JSONSerialization.WritingOptions = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? JSONSerialization.data(withJSONObject: cleaned, options: options)) ?? body
    }

    private static func mask(_ value: Any, wholly: Bool) -> Any {
        if let dictionary = value as? [String: Any] {
            var result: [String: Any] = [:]
            for (key, member) in dictionary {
                let personal = wholly || personalObjects.contains(key) || personalKeys.contains(key.lowercased())
                result[key] = mask(member, wholly: personal)
            }
            return result
        }
        if let array = value as? [Any] { return array.map { mask($0, wholly: wholly) } }
        guard wholly, !(value is NSNull) else { return value }
        return "****"
    }
}
