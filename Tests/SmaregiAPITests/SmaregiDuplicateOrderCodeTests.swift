import SmaregiAPI
import Testing

/// `SmaregiAPIError.isDuplicateOrderCode`: the one reading of Smaregi's answer to a 受注 whose order code exists
/// (docs/api-assumptions-smaregi.md `[A-SMR-36]`).
struct SmaregiDuplicateOrderCodeTests {
    static let endpoint = "POST /order-shipment/orders"

    @Test(
        arguments: [
            (409, nil, true),
            (400, "受注番号[123456-20261128-0000000001]は既に登録されています", true),
            (400, "total[3000]は[3270]である必要があります", false),
            (400, nil, false),
            (503, "既に登録", false),
            (429, nil, false),
        ] as [(Int, String?, Bool)]
    )
    func aDuplicateIsA409OrTheRegisteredMessage(status: Int, detail: String?, duplicate: Bool) {
        let error = SmaregiAPIError.requestFailed(
            endpoint: Self.endpoint,
            status: status,
            title: "Bad Request",
            detail: detail
        )
        #expect(error.isDuplicateOrderCode == duplicate)
    }

    @Test func otherFailuresAreNoDuplicate() {
        let error = SmaregiAPIError.invalidArgument(endpoint: Self.endpoint, reason: "empty order code")
        #expect(!error.isDuplicateOrderCode)
    }
}
