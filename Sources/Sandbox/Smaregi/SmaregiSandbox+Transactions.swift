import Foundation
import Hummingbird

/// POS 取引: `POST /transactions`, `GET /transactions` (a ≤31-day window is mandatory), `GET /transactions/{id}`
/// (smaregi.md §3.3, §4.5).
extension SmaregiSandbox {
    func addTransactionRoutes(to router: Router<BasicRequestContext>) {
        router.post("/{contractId}/pos/transactions") { request, context in
            await self.api(request, context, scope: "pos.transactions:write") { contract, info, date in
                guard let body = try? JSONSerialization.jsonObject(with: info.body) as? [String: Any] else {
                    throw SmaregiProblem.badRequest("リクエストの形式が不正です")
                }
                let record = try contract.createTransaction(
                    body,
                    rejectDuplicates: contract.rejectDuplicateTransactions,
                    at: date
                )
                return .json(Data(SmaregiJSONWriter.render(record.value(withDetails: true)).utf8))
            }
        }
        router.get("/{contractId}/pos/transactions") { request, context in
            await self.api(request, context, scope: "pos.transactions:read") { contract, info, _ in
                try Self.listTransactions(contract, info)
            }
        }
        router.get("/{contractId}/pos/transactions/{id}") { request, context in
            await self.api(request, context, scope: "pos.transactions:read") { contract, info, _ in
                guard let record = contract.transactions[try info.id("id")] else { throw SmaregiProblem.notFound() }
                let withDetails = info.query["with_details"] == "all"
                return .json(Data(SmaregiJSONWriter.render(record.value(withDetails: withDetails)).utf8))
            }
        }
    }

    /// `GET /transactions`: at least one complete window among `transaction_date_time`, `terminal_tran_date_time`,
    /// `sum_date` and `upd_date_time` (each ≤31 days), plus `store_id`, `terminal_id`, `terminal_tran_id`.
    static func listTransactions(_ contract: SmaregiContract, _ info: SmaregiRequestInfo) throws -> SmaregiReply {
        let listing = try SmaregiListing(
            query: info.query,
            sortable: [
                "transactionHeadId", "transactionDateTime", "terminalTranDateTime", "terminalTranId", "updDateTime",
            ],
            defaultSort: ["transactionHeadId"]
        )
        let windows: [(String, (SmaregiTransactionRecord) -> Date?)] = [
            ("transaction_date_time", { $0.transactionDateTime }),
            ("terminal_tran_date_time", { $0.terminalTranDateTime }),
            ("upd_date_time", { $0.updDateTime }),
            ("sum_date", { $0.sumDate.flatMap(SmaregiJST.parseDay) }),
        ]
        var filters: [(ClosedRange<Date>, (SmaregiTransactionRecord) -> Date?)] = []
        for (name, value) in windows {
            let range: ClosedRange<Date>?
            if name == "sum_date" {
                range = try Self.dayRange(info.query)
            } else {
                range = try info.query.dateRange(name, maxDays: 31)
            }
            guard let range else { continue }
            guard info.query.contains(name + "-from"), info.query.contains(name + "-to") else {
                throw SmaregiProblem.badRequest("\(name)-from と \(name)-to を両方指定してください")
            }
            filters.append((range, value))
        }
        guard !filters.isEmpty else {
            throw SmaregiProblem.badRequest(
                "transaction_date_time, terminal_tran_date_time, sum_date, upd_date_time のいずれかの期間を指定してください"
            )
        }
        let storeId = try info.query.integer("store_id")
        let terminalId = info.query["terminal_id"]
        let terminalTranId = info.query["terminal_tran_id"]
        let records = contract.transactions.values.filter { record in
            filters.allSatisfy { range, value in value(record).map(range.contains) ?? false }
                && (storeId == nil || record.storeId == storeId)
                && (terminalId == nil || record.terminalId == terminalId)
                && (terminalTranId == nil || record.terminalTranId == terminalTranId)
        }
        let selected = listing.select(records) { record, field in record.sortValue(field) }
        let withDetails = info.query["with_details"] == "all"
        var reply = SmaregiReply.json(
            Data(SmaregiJSONWriter.render(.array(selected.page.map { $0.value(withDetails: withDetails) })).utf8)
        )
        if let link = listing.linkHeader(hasNext: selected.hasNext, request: info) {
            reply.headers.append(("Link", link))
        }
        return reply
    }

    /// `sum_date-from/to` (`YYYY-MM-DD`), ≤31 days.
    private static func dayRange(_ query: SmaregiQuery) throws -> ClosedRange<Date>? {
        let texts = (query["sum_date-from"], query["sum_date-to"])
        guard texts.0 != nil || texts.1 != nil else { return nil }
        guard let fromText = texts.0, let toText = texts.1, let from = SmaregiJST.parseDay(fromText),
            let to = SmaregiJST.parseDay(toText), from <= to
        else { throw SmaregiProblem.badRequest("sum_date の指定が不正です") }
        guard to.timeIntervalSince(from) <= 31 * 86_400 else {
            throw SmaregiProblem.badRequest("sum_date の期間は31日以内で指定してください")
        }
        return from...to
    }
}
