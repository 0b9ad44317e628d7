import Foundation
import TestSupport
import Testing

/// `payment sync|list|set|unset` (支払方法連携) through the real executable against the sandbox's default payment methods.
struct PaymentCLITests {
    @Test(.timeLimit(.minutes(1)))
    func syncListAndSet() async throws {
        try await withSandboxServer { sandbox in
            // Given a store connected to the sandbox
            let cli = try CLIHarness()
            try MappingCLITests.configure(cli, sandbox: sandbox.baseURL)

            // When nothing is synced yet, set is refused
            let early = try cli.run(["payment", "set", "--store", "main", "--rakuten", "1", "--smaregi", "2"])
            #expect(early.status == 1)
            #expect(early.standardError.contains("payment sync"))

            // When the methods are synced
            let synced = try await runBlocking { try cli.run(["payment", "sync", "--store", "main"]) }
            #expect(synced.status == 0, "\(synced.standardError)")
            #expect(synced.standardOutput.contains("楽天ポイント"))

            // Then every Rakuten method is listed, 未設定 at first
            let before = try cli.run(["payment", "list", "--store", "main"]).standardOutput
            #expect(before.contains("クレジットカード") && before.contains("楽天クーポン（楽天負担）"))
            #expect(before.components(separatedBy: "未設定").count - 1 == 18)

            // When methods are set by code, by name and by the tender aliases
            #expect(try cli.run(["payment", "set", "--store", "main", "--rakuten", "1", "--smaregi", "2"]).status == 0)
            #expect(
                try cli.run(["payment", "set", "--store", "main", "--rakuten", "代金引換", "--smaregi", "代金引換"]).status == 0
            )
            #expect(
                try cli.run(["payment", "set", "--store", "main", "--rakuten", "楽天ポイント", "--smaregi", "5"]).status == 0
            )
            #expect(
                try cli.run(["payment", "set", "--store", "main", "--rakuten", "coupon", "--smaregi", "楽天クーポン"]).status
                    == 0
            )

            // Then the list shows them, and unknown names are refused with the right exit codes
            let after = try cli.run(["payment", "list", "--store", "main"]).standardOutput
            #expect(after.contains("2 クレジットカード") && after.contains("3 代金引換"))
            #expect(after.contains("5 楽天ポイント") && after.contains("6 楽天クーポン"))
            #expect(after.components(separatedBy: "未設定").count - 1 == 14)
            #expect(
                try cli.run(["payment", "set", "--store", "main", "--rakuten", "現金", "--smaregi", "1"]).status == 64
            )
            #expect(
                try cli.run(["payment", "set", "--store", "main", "--rakuten", "1", "--smaregi", "存在しない"]).status == 1
            )

            // When a mapping is unset, the method is 未設定 again; unsetting it twice says so; unknown names are 64
            let unset = try cli.run(["payment", "unset", "--store", "main", "--rakuten", "代金引換"])
            #expect(unset.status == 0, "\(unset.standardError)")
            #expect(unset.standardOutput.contains("解除しました"))
            let afterUnset = try cli.run(["payment", "list", "--store", "main"]).standardOutput
            #expect(!afterUnset.contains("3 代金引換"))
            #expect(afterUnset.components(separatedBy: "未設定").count - 1 == 15)
            let twice = try cli.run(["payment", "unset", "--store", "main", "--rakuten", "代金引換"])
            #expect(twice.status == 0)
            #expect(twice.standardOutput.contains("もともと未設定"))
            #expect(try cli.run(["payment", "unset", "--store", "main", "--rakuten", "現金"]).status == 64)
        }
    }
}
