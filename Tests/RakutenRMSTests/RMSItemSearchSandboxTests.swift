import CurlTransport
import Foundation
import HTTPTypes
import Logging
import RakutenRMS
import Sandbox
import TestSupport
import Testing

/// items.search paged by `cursorMark` against the sandbox (rakuten-rms.md §5; `mapping suggest`, issue #13 §3).
struct RMSItemSearchSandboxTests {
    private static func client(_ sandbox: SandboxServer) -> RMSClient {
        RMSClient(
            credentials: RMSCredentials(serviceSecret: "SP_SANDBOX_SECRET", licenseKey: "SL_SANDBOX_LICENSE"),
            baseURL: sandbox.baseURL,
            configuration: HTTPClientConfiguration(totalTimeout: .seconds(10)),
            retryPolicy: RetryPolicy(maxAttempts: 2, initialBackoff: .milliseconds(20), deadline: .seconds(20)),
            pacer: RequestPacer(),
            logger: Logger(label: "rakuten-rms-tests.item-search") { _ in SwiftLogNoOpLogHandler() }
        )
    }

    @Test(.timeLimit(.minutes(1)))
    func readsEveryItemPageByPageUntilTheMarkRepeats() async throws {
        try await withSandboxServer { sandbox in
            // Given 250 items with a JAN and a システム連携用SKU番号 each, and one deleted item search still lists
            let items = (0..<250).map { index in
                #"{"manageNumber":"item\#(index)","title":"商品\#(index)","variants":[{"variantId":"v\#(index)","price":100,"#
                    + #""inventory":1,"articleNumber":"\#(4_900_000_000_000 + index)","merchantDefinedSkuId":"m-\#(index)"}]}"#
            }
            let seeded = try await sandbox.control(
                .post,
                "/_sandbox/rakuten/shops/sandbox-shop/items",
                json: #"{"items":["# + items.joined(separator: ",") + "]}"
            )
            #expect(seeded.status == 201, "\(seeded.text)")
            let deleted = try await sandbox.control(
                .post,
                "/_sandbox/rakuten/settings",
                json: #"{"itemSearchDeletedItems":["gone"]}"#
            )
            #expect(deleted.status == 200)
            let rms = Self.client(sandbox)

            // When the client reads every item
            let (read, progress) = try await runBlocking {
                var progress: [Int] = []
                let read = try rms.allItems { count, found in
                    progress.append(count)
                    #expect(found == 251)
                }
                return (read, progress)
            }

            // Then every page was read once (100 + 100 + 51, then the repeated mark), with the SKU fields
            #expect(progress == [100, 200, 251, 251])
            #expect(read.count == 251)
            #expect(Set(read.map(\.manageNumber)).count == 251)
            let first = try #require(read.first { $0.manageNumber == "item7" })
            #expect(first.variants?["v7"]?.articleNumber?.value == "4900000000007")
            #expect(first.variants?["v7"]?.merchantDefinedSkuId == "m-7")
            #expect(read.last?.manageNumber == "gone" && read.last?.variants == nil)
        }
    }
}
