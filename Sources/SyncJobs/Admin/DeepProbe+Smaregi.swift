import CurlTransport
import Foundation
import SmaregiAPI
import SyncCore
import SyncStore

/// The Smaregi half of `store test --deep`: token, the first page (limit 1) of stores, products, stock, payment
/// methods and 受注 (the shipping job's query), the 受注店舗, and one call with an unknown token (401 form).
extension DeepProbe {
    static let accessDeniedType = "https://api.smaregi.jp/problems/oauth2/access_denied"

    func probeSmaregi(_ store: StoreRecord, capture: ProbeCapture, into findings: inout ProbeFindings) {
        let smaregiIDs = [
            "A-SMR-01", "A-SMR-04", "A-SMR-05", "A-SMR-09", "A-SMR-10", "A-SMR-13", "A-SMR-17", "A-SMR-28", "A-SMR-33",
            "A-SMR-38", "A-SMR-40", "A-SHP-01",
        ]
        guard RemoteClients.isSmaregiSetUp(store) else {
            for id in smaregiIDs { findings.skipped[id] = "Smaregi is not set up (`rakuten-sync smaregi set`)" }
            findings.failures.append("smaregi: 契約ID・client id・client secret が未設定です (Smaregi credentials not set)")
            return
        }
        var client = RemoteClients.smaregiForStoreTest(
            for: store,
            budgetsOf: nil,
            configuration: Self.quickConfiguration,
            retryPolicy: Self.quickRetry,
            logger: logger
        )
        client.recorder = capture.recorder

        // The refused-token form first: it needs no credentials and says what a refusal will look like.
        do {
            let refusal = try client.probeRefusedToken()
            findings.set("A-SMR-04", Self.accessDeniedVerdict(refusal))
        } catch {
            findings.fail("GET /pos/stores (unknown token)", error, skipping: ["A-SMR-04"])
        }

        do {
            let stores = try client.probeFirstPage(.stores)
            findings.set(
                "A-SMR-01",
                .unchecked("the client asks for its scopes by name; a scope-less request is not sent")
            )
            _ = stores
        } catch {
            findings.fail(SmaregiClient.ProbeList.stores.rawValue, error, skipping: smaregiIDs)
            return
        }
        do {
            let products = try client.probeFirstPage(.products)
            findings.set("A-SMR-09", Self.linkVerdict(products))
        } catch {
            findings.fail(SmaregiClient.ProbeList.products.rawValue, error, skipping: ["A-SMR-09"])
        }
        do {
            let stock = try client.probeFirstPage(.stock, storeId: Int(store.smaregiStockStoreID))
            if stock.count == 0 {
                findings.skipped["A-SMR-17"] = "no stock row in the first page to decode"
            } else {
                findings.set("A-SMR-17", .confirmed("GET /pos/stock limit=1: \(stock.count) row(s) decoded"))
            }
        } catch {
            findings.fail(SmaregiClient.ProbeList.stock.rawValue, error, skipping: ["A-SMR-17"])
        }
        var scopesOK = true
        do {
            _ = try client.probeFirstPage(.paymentMethods)
        } catch {
            scopesOK = false
            findings.fail(SmaregiClient.ProbeList.paymentMethods.rawValue, error, skipping: ["A-SMR-05"])
        }
        probeOrderShipment(store, client: client, scopesOK: scopesOK, into: &findings)
    }

    private func probeOrderShipment(
        _ store: StoreRecord,
        client: SmaregiClient,
        scopesOK: Bool,
        into findings: inout ProbeFindings
    ) {
        var scopesOK = scopesOK
        if let id = Int(store.smaregiOrderStoreID) {
            do {
                if let orderStore = try client.orderStore(id: id) {
                    findings.set("A-SMR-38", .confirmed("受注店舗 \(id) decoded"))
                    findings.set(
                        "A-SMR-40",
                        orderStore.stockStoreId.map { .confirmed("受注店舗 \(id) allocates from store \($0)") }
                            ?? .unchecked("no stockStoreId in the answer: store test cannot check the allocation")
                    )
                } else {
                    findings.set(
                        "A-SMR-38",
                        .mismatch(field: "order-shipment/stores/\(id)", expected: "the 受注店舗", actual: "404")
                    )
                }
            } catch {
                scopesOK = false
                findings.fail("GET /order-shipment/stores/{id}", error, skipping: ["A-SMR-05", "A-SMR-38", "A-SMR-40"])
            }
            do {
                let pos = try client.store(id: id)
                findings.set(
                    "A-SMR-13",
                    pos == nil
                        ? .confirmed("受注店舗 \(id) is not a POS store (404)")
                        : .mismatch(field: "pos/stores/\(id)", expected: "404", actual: "a POS store")
                )
            } catch {
                findings.fail("GET /pos/stores/{id}", error, skipping: ["A-SMR-13"])
            }
        } else {
            for id in ["A-SMR-13", "A-SMR-38", "A-SMR-40"] {
                findings.skipped[id] = "no 受注店舗 set (`store set --smaregi-order-store`)"
            }
        }
        if scopesOK {
            findings.set(
                "A-SMR-05",
                .confirmed("payment_methods and order-shipment stores answered with the token's scopes")
            )
        }
        do {
            let orders = try client.probeFirstPage(.orders)
            findings.set("A-SMR-28", .confirmed("GET /order-shipment/orders answered"))
            findings.set("A-SMR-10", .confirmed("limit=1 accepted (\(orders.count) 受注)"))
            findings.set("A-SHP-01", .confirmed("upd_date_time-from/-to with whole seconds accepted"))
            if orders.count == 0 {
                findings.skipped["A-SMR-33"] = "no 受注 changed in the last 24 h to decode"
            } else {
                findings.set("A-SMR-33", .confirmed("受注 decoded into the client's model"))
            }
        } catch {
            findings.fail(
                SmaregiClient.ProbeList.orders.rawValue,
                error,
                skipping: ["A-SMR-10", "A-SMR-28", "A-SMR-33", "A-SHP-01"]
            )
        }
    }

    /// The documented 401: `type` …/oauth2/access_denied, `error` access_denied.
    static func accessDeniedVerdict(_ refusal: SmaregiClient.ProbeRefusal) -> ProbeVerdict {
        guard refusal.status == 401 else {
            return .mismatch(field: "status of an unknown token", expected: "401", actual: "\(refusal.status)")
        }
        guard refusal.type == accessDeniedType else {
            return .mismatch(field: "401 type", expected: accessDeniedType, actual: refusal.type ?? "absent")
        }
        guard refusal.error == "access_denied" else {
            return .mismatch(field: "401 error", expected: "access_denied", actual: refusal.error ?? "absent")
        }
        return .confirmed("401 \(accessDeniedType), title \(refusal.title ?? "absent")")
    }

    /// The `Link` next URL of a first page: absolute, and the request's query with `page=2`.
    static func linkVerdict(_ page: SmaregiClient.ProbePage) -> ProbeVerdict {
        guard let next = page.nextLink else {
            return .unchecked("no Link header (one page only); nothing to compare")
        }
        guard next.hasPrefix("http://") || next.hasPrefix("https://") else {
            return .mismatch(field: "Link next", expected: "an absolute URL", actual: next)
        }
        func items(_ url: String) -> [String: String] {
            var result: [String: String] = [:]
            for item in URLComponents(string: url)?.queryItems ?? [] { result[item.name] = item.value ?? "" }
            return result
        }
        var expected = items(page.requestURL)
        expected["page"] = "2"
        let actual = items(next)
        guard actual == expected else {
            let show = { (query: [String: String]) in
                query.sorted { $0.key < $1.key }.map { "\($0)=\($1)" }.joined(separator: "&")
            }
            return .mismatch(field: "Link next query", expected: show(expected), actual: show(actual))
        }
        return .confirmed("absolute next URL repeating the query with page=2")
    }
}
