import CurlTransport
import Foundation

extension RMSClient {
    /// The license key's expiry, `GET /es/1.0/license-management/license-key/expiry-date?licenseKey=…`
    /// (rakuten-rms.md §1.2). The key travels in the query, so neither the URL nor the query is ever logged (the
    /// transport logs URLs without query). The answer has no offset and means JST.
    /// - Throws: `.authentication` when the key has already expired (RMS answers 401).
    package func licenseExpiryDate() throws(RakutenRMSError) -> Date {
        let endpoint = "license-key.expiry-date"
        let call = RMSCall(
            endpoint: endpoint,
            family: .license,
            method: .get,
            path: "/es/1.0/license-management/license-key/expiry-date",
            query: [(name: "licenseKey", value: credentials.licenseKey)],
            pacerKey: PacerKey.license,
            isIdempotent: true
        )
        let response = try perform(call, decoding: RMSLicenseExpiryResponse.self)
        guard let date = response.expiry else {
            throw .decoding(
                endpoint: endpoint,
                httpStatus: 200,
                detail: "expiryDate \(response.expiryDate.debugDescription) is not yyyy-MM-dd'T'HH:mm:ss"
            )
        }
        return date
    }
}
