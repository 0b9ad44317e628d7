import Foundation
import RakutenRMS
import Testing

/// The ESA header and the masking of the credentials (rakuten-rms.md §1.1).
struct RMSCredentialsTests {
    @Test(arguments: [
        ("SP123456_abc", "SL123456_xyz", "ESA U1AxMjM0NTZfYWJjOlNMMTIzNDU2X3h5eg=="),
        (" SP123456_abc\r\n", "\tSL123456_xyz \n", "ESA U1AxMjM0NTZfYWJjOlNMMTIzNDU2X3h5eg=="),
        ("a", "b", "ESA YTpi"),
    ])
    func buildsESAHeaderFromTrimmedValues(secret: String, key: String, expected: String) {
        let credentials = RMSCredentials(serviceSecret: secret, licenseKey: key)

        #expect(credentials.authorizationHeaderValue == expected)
    }

    @Test func trimsWhitespaceCarriageReturnAndLineFeed() {
        let credentials = RMSCredentials(serviceSecret: "  SPsecret0001 \r\n", licenseKey: "\nSLkey000001\t")

        #expect(credentials.serviceSecret == "SPsecret0001")
        #expect(credentials.licenseKey == "SLkey000001")
    }

    @Test func masksBothValuesInEveryTextForm() {
        let credentials = RMSCredentials(serviceSecret: "SPsecret0001", licenseKey: "SLkey0000001")

        var dumped = ""
        dump(credentials, to: &dumped)
        for text in [credentials.description, String(reflecting: credentials), "\(credentials)", dumped] {
            #expect(!text.contains("secret0001"))
            #expect(!text.contains("key0000001"))
            #expect(text.contains("SP****"))
        }
    }

    @Test func masksShortValuesCompletely() {
        let credentials = RMSCredentials(serviceSecret: "abc", licenseKey: "de")

        #expect(credentials.description == "RMSCredentials(serviceSecret: ****, licenseKey: ****)")
    }
}
