import Foundation
import Testing

@testable import SyncCore

/// The probe's catalogue follows `docs/api-assumptions*.md`, and captured bodies lose personal data.
struct ProbeAssumptionTests {
    @Test func theCatalogueListsEveryDocumentedIDInOrder() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs")
        var ids: [String] = []
        for name in ["api-assumptions.md", "api-assumptions-smaregi.md"] {
            let text = try String(contentsOf: docs.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n") where line.hasPrefix("- `[A-") {
                ids.append(String(line.dropFirst(4).prefix { $0 != "]" }))
            }
        }
        #expect(!ids.isEmpty)
        #expect(ProbeAssumption.catalogue.map(\.id) == ids)
        #expect(Set(ids).count == ids.count, "ids are unique")
    }

    @Test func personalDataIsMaskedAndOtherFieldsKept() throws {
        let body = Data(
            #"""
            {"OrderModelList":[{"orderNumber":"123-1","OrdererModel":{"familyName":"山田","zipCode1":"158"},
             "PackageModelList":[{"SenderModel":{"city":"横浜市"},"postagePrice":550}],"remarks":"[配送日時指定:]"}],
             "customer":{"lastName":"佐藤"},"mailAddress":"a@example.jp"}
            """#.utf8
        )
        let text = String(decoding: ProbePersonalData.masked(body), as: UTF8.self)
        for personal in ["山田", "158", "横浜市", "佐藤", "a@example.jp", "配送日時指定"] {
            #expect(!text.contains(personal), "\(personal): \(text)")
        }
        #expect(text.contains("123-1") && text.contains("550"), "\(text)")
        #expect(ProbePersonalData.masked(Data("<html>".utf8)) == Data("<html>".utf8))
    }

    @Test func aMismatchLineNamesTheFieldAndBothValues() {
        let line = ProbeVerdict.mismatch(field: "401 type", expected: "x", actual: "about:blank")
            .line(id: "A-SMR-04", title: "API 401 body")
        #expect(line == "[A-SMR-04] 不一致 MISMATCH  API 401 body: 401 type 想定 expected x / 実際 actual about:blank")
        #expect(ProbeVerdict.mismatch(field: "f", expected: "a", actual: "b").isMismatch)
        #expect(!ProbeVerdict.unchecked("why").isMismatch)
    }
}
