import Foundation

/// The RMS WEB SERVICE credentials of one shop: サービスシークレット and ライセンスキー (rakuten-rms.md §1.1).
///
/// Both values are trimmed of surrounding whitespace, CR and LF when the value is created, because RMS rejects a
/// key pasted with a trailing space or newline with the same gateway error as a wrong key (rakuten-rms.md §1.1, FAQ
/// sokuhan). `description`, `debugDescription` and the mirror mask both values.
package struct RMSCredentials: Sendable, Equatable {
    /// The service secret (`SP…`), trimmed.
    package let serviceSecret: String
    /// The license key (`SL…`), trimmed; valid for 90 days (rakuten-rms.md §1.2).
    package let licenseKey: String

    /// Creates credentials, trimming whitespace, CR and LF from both ends of each value.
    package init(serviceSecret: String, licenseKey: String) {
        self.serviceSecret = serviceSecret.trimmingCharacters(in: .whitespacesAndNewlines)
        self.licenseKey = licenseKey.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The `Authorization` header value: `ESA ` + Base64(serviceSecret + ":" + licenseKey) (rakuten-rms.md §1.1).
    package var authorizationHeaderValue: String {
        "ESA " + Data("\(serviceSecret):\(licenseKey)".utf8).base64EncodedString()
    }

    /// A masked form of a secret: its first two characters when it is long enough to keep the rest hidden.
    static func mask(_ secret: String) -> String {
        guard secret.count >= 10 else { return "****" }
        return String(secret.prefix(2)) + "****"
    }
}

extension RMSCredentials: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Both values masked.
    package var description: String {
        "RMSCredentials(serviceSecret: \(Self.mask(serviceSecret)), licenseKey: \(Self.mask(licenseKey)))"
    }

    /// Same as `description`: the masked values.
    package var debugDescription: String { description }

    /// A mirror with masked values, so `dump` cannot print the secrets either.
    package var customMirror: Mirror {
        Mirror(self, children: ["serviceSecret": Self.mask(serviceSecret), "licenseKey": Self.mask(licenseKey)])
    }
}
