/// Printing a store never shows its secrets (design.md §6): `print(store)`, string interpolation, `dump` and
/// test failure messages all go through these.
extension StoreRecord: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// A secret as it may be shown: `(not set)` when empty, otherwise `****` plus its last two characters
    /// when it is long enough (12+) for that to reveal nothing useful.
    package static func masked(_ secret: String) -> String {
        if secret.isEmpty {
            return "(not set)"
        }
        if secret.count >= 12 {
            return "****" + String(secret.suffix(2))
        }
        return "****"
    }

    /// One line with the code, name and masked secrets.
    package var description: String {
        "StoreRecord(code: \(code), name: \(name), serviceSecret: \(Self.masked(serviceSecret)), "
            + "licenseKey: \(Self.masked(licenseKey)), smaregiClientSecret: \(Self.masked(smaregiClientSecret)))"
    }

    /// Same as `description`.
    package var debugDescription: String {
        description
    }

    /// What `dump` and Swift Testing show: every field, secrets masked.
    package var customMirror: Mirror {
        Mirror(
            self,
            children: [
                "code": code,
                "name": name,
                "shopURL": shopURL,
                "rakutenAPIURL": rakutenAPIURL,
                "serviceSecret": Self.masked(serviceSecret),
                "licenseKey": Self.masked(licenseKey),
                "licenseExpiry": licenseExpiry as Any,
                "taxRounding": taxRounding.rawValue,
                "ordersEnabled": ordersEnabled,
                "stockEnabled": stockEnabled,
                "shippingEnabled": shippingEnabled,
                "alertEmails": alertEmails,
                "safetyStock": safetyStock,
                "smaregiContractID": smaregiContractID,
                "smaregiClientID": smaregiClientID,
                "smaregiClientSecret": Self.masked(smaregiClientSecret),
                "smaregiTokenURL": smaregiTokenURL,
                "smaregiAPIURL": smaregiAPIURL,
                "smaregiOrderStoreID": smaregiOrderStoreID,
                "smaregiStockStoreID": smaregiStockStoreID,
                "createdAt": createdAt,
                "updatedAt": updatedAt,
            ],
            displayStyle: .struct
        )
    }
}
