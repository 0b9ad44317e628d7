/// The app credentials of one Smaregi contract (契約ID, client ID and secret) and the scopes to request.
package struct SmaregiCredentials: Sendable, Equatable, CustomStringConvertible {
    /// 契約ID (`sb_…` on the developer sandbox), part of every path.
    package var contractId: String
    /// The app's client ID.
    package var clientId: String
    /// The app's client secret (never printed).
    package var clientSecret: String
    /// Scopes asked for in the token request (smaregi.md §1.3).
    package var scopes: [String]

    /// The scopes rakuten-sync needs: stores, products, stock, payment methods / tax rates, 受注.
    package static let defaultScopes = [
        "pos.stores:read", "pos.products:read", "pos.stock:read", "pos.transactions:read",
        "order-shipment.orders:read", "order-shipment.orders:write", "order-shipment.stores:read",
    ]

    /// Credentials with the default scopes unless others are given.
    package init(contractId: String, clientId: String, clientSecret: String, scopes: [String] = defaultScopes) {
        self.contractId = contractId
        self.clientId = clientId
        self.clientSecret = clientSecret
        self.scopes = scopes
    }

    /// The contract and client ID with the secret masked.
    package var description: String {
        "SmaregiCredentials(contractId: \(contractId), clientId: \(clientId), clientSecret: ****)"
    }
}
