import Foundation
import TestSupport
import Testing

/// `store test main --deep` through the real executable against the sandbox: one line per documented assumption,
/// the raw answers in a folder without secrets or personal data, and each read-only alternative form reported.
struct DeepProbeCLITests {
    /// An order whose orderer must not appear in the capture.
    static let order = #"""
        {"lines":[{"manageNumber":"towel","units":1}],
         "orderer":{"familyName":"山田プローブ","firstName":"花子","emailAddress":"hanako.probe@example.jp",
                    "phoneNumber1":"090","phoneNumber2":"9876","phoneNumber3":"5432","city":"横浜市プローブ区"}}
        """#

    @Test(.timeLimit(.minutes(2)))
    func theDefaultSandboxConfirmsOrLeavesUncheckedEveryAssumptionAndTheCaptureHoldsNoSecret() async throws {
        try await withSandboxServer { sandbox in
            // Given a configured store with mappings and one order placed a moment ago
            let scenario = try await OrdersScenario.make(sandbox)
            _ = try await scenario.place(Self.order)

            // When the deep probe runs
            let result = try await scenario.job("rakuten-sync", ["store", "test", "main", "--deep"])
            let output = result.standardOutput
            // (DEEP_PROBE_OUTPUT=FILE keeps the output, e.g. for the README example)
            if let path = ProcessInfo.processInfo.environment["DEEP_PROBE_OUTPUT"] {
                try Data(output.utf8).write(to: URL(fileURLWithPath: path))
            }

            // Then it exits 0 with one 確認 OK or 未確認 line per documented assumption
            #expect(result.status == 0, "\(output)\(result.standardError)")
            let lines = output.split(separator: "\n").filter { $0.hasPrefix("[A-") }.map {
                String($0.prefix { $0 != "]" }.dropFirst())
            }
            #expect(lines == (try Self.documentedIDs()), "\(output)")
            #expect(!output.contains("不一致"), "\(output)")
            for id in ["A-RMS-02", "A-RMS-09", "A-RMS-10", "A-RMS-24", "A-RMS-26", "A-SMR-04", "A-SMR-09", "A-SMR-38"] {
                #expect(output.contains("[\(id)] 確認 OK"), "\(id): \(output)")
            }
            #expect(output.contains("[A-RMS-14] 未確認"), "\(output)")

            // And the folder holds one file per call, none with a secret, a token or the shopper's data
            let folder = try #require(Self.folder(in: output), "\(output)")
            let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
            #expect(files.count >= 12, "\(files)")
            #expect(files.contains { $0.contains("getOrder") } && files.contains { $0.contains("token") }, "\(files)")
            var all = ""
            for file in files {
                all += try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            }
            for secret in [
                "SL_SANDBOX_LICENSE", "SP_SANDBOX_SECRET", "sandbox-client-secret", "山田プローブ", "花子",
                "hanako.probe@example.jp", "9876", "横浜市プローブ区", "rakuten-sync-probe-not-a-token",
            ] {
                #expect(!all.contains(secret), "\(secret) in the capture")
            }
            #expect(
                all.range(of: #""access_token"\s*:\s*"\*\*\*\*""#, options: .regularExpression) != nil,
                "the token answer is captured, its token masked"
            )
            #expect(!all.contains("Bearer ") && !all.contains("ESA ") && !all.contains("Basic "), "Authorization shown")
            #expect(all.contains("ORDER_EXT_API_GET_ORDER_INFO_101"), "the getOrder answer is captured")
        }
    }

    /// Each alternative form the sandbox can play that a read-only call can see.
    @Test(
        .timeLimit(.minutes(2)),
        arguments: [
            ("GA0001", "A-RMS-01"), ("aboutBlank", "A-SMR-04"), ("clock", "A-RMS-02"),
        ]
    )
    func anAlternativeFormIsReportedAsAMismatchAndExits1(form: String, id: String) async throws {
        try await withSandboxServer { sandbox in
            // Given the sandbox switched to the alternative form
            let scenario = try await OrdersScenario.make(sandbox)
            switch form {
            case "GA0001":
                _ = try await scenario.control(
                    "POST",
                    "/_sandbox/rakuten/settings",
                    json: #"{"authenticationErrorForm":"GA0001"}"#
                )
                try await RefusedKeyTests.renewLicenseKey("SL_REVOKED_KEY", scenario)
            case "aboutBlank":
                _ = try await scenario.control(
                    "PUT",
                    "/_sandbox/smaregi/contracts/sb_sandbox01/settings",
                    json: #"{"unauthorizedForm":"aboutBlank"}"#
                )
            default:
                _ = try await scenario.control(
                    "POST",
                    "/_sandbox/rakuten/settings",
                    json: #"{"clockOffsetSeconds":900}"#
                )
            }

            // When the deep probe runs
            let result = try await scenario.job("rakuten-sync", ["store", "test", "main", "--deep"])
            let output = result.standardOutput

            // Then the matching line says 不一致 with the form it saw, and the run exits 1
            #expect(result.status == 1, "\(output)\(result.standardError)")
            let line = output.split(separator: "\n").first { $0.hasPrefix("[\(id)]") }.map(String.init) ?? ""
            #expect(line.contains("不一致"), "\(line)")
            // (the clock offset is read from a whole-second Date header: 899…901 s)
            let seen = ["GA0001": ["GA0001"], "aboutBlank": ["about:blank"], "clock": ["899 s", "900 s", "901 s"]][form]
            #expect(seen?.contains { line.contains($0) } == true, "\(line)")
            #expect(output.split(separator: "\n").filter { $0.contains("不一致") }.count == 1, "\(output)")
            #expect(Self.folder(in: output) != nil, "\(output)")
            #expect(!output.contains("SL_REVOKED_KEY"))
        }
    }

    @Test(.timeLimit(.minutes(2)))
    func aRefusedKeyInTheDocumentedFormIsConfirmedButTheRunStillExits1() async throws {
        try await withSandboxServer { sandbox in
            let scenario = try await OrdersScenario.make(sandbox)
            try await RefusedKeyTests.renewLicenseKey("SL_REVOKED_KEY", scenario)
            let result = try await scenario.job("rakuten-sync", ["store", "test", "main", "--deep"])
            #expect(result.status == 1, "\(result.standardOutput)")
            #expect(result.standardOutput.contains("[A-RMS-01] 確認 OK"), "\(result.standardOutput)")
            #expect(result.standardOutput.contains("呼び出し失敗 CALL FAILED  license-key.expiry-date"))
            #expect(result.standardOutput.contains("[A-RMS-10] 未確認"), "\(result.standardOutput)")
        }
    }

    /// The ids of `docs/api-assumptions*.md`, in order.
    static func documentedIDs() throws -> [String] {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs")
        var ids: [String] = []
        for name in ["api-assumptions.md", "api-assumptions-smaregi.md"] {
            let text = try String(contentsOf: docs.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n") where line.hasPrefix("- `[A-") {
                ids.append(String(line.dropFirst(4).prefix { $0 != "]" }))
            }
        }
        return ids
    }

    static func folder(in output: String) -> String? {
        let marker = "raw answers, secrets and personal data masked: "
        guard let range = output.range(of: marker) else { return nil }
        return output[range.upperBound...].split(separator: "\n").first.map(String.init)
    }
}
