import Foundation
import Logging

extension RMSClient {
    /// The most order numbers one search returns; `totalRecordsAmount` itself stops there (rakuten-rms.md §3.2:
    /// 「検索結果が 15000 件以上の場合、15001 件目以降の受注番号は取得できません」).
    package static let searchResultCap = 15_000

    /// Every order number with a 注文日 from `start` up to Rakuten's time now, 1,000 per page. Windows whose total
    /// reaches the cap are halved down to one second (a total of exactly 15,000 may hide more, rakuten-rms.md §8
    /// pitfall 3); one-second windows still at the cap are listed in `saturatedWindows`. The search first runs
    /// up to `hostNow`; once an answer's `Date` header shows Rakuten ahead of the host, the gap up to Rakuten's
    /// time is searched too, and `end` is Rakuten's time either way (a host clock that is off then neither hides
    /// orders behind the watermark nor moves it past orders Rakuten has not dated yet).
    package func searchOrderNumbers(
        orderDatesFrom start: Date,
        hostNow: Date,
        orderProgressList: [Int]? = nil
    ) throws(RakutenRMSError) -> RMSOrderSearch {
        // Whole seconds: the order API's datetimes have no fractions, so windows split cleanly at seconds.
        let hostNow = Self.wholeSecond(hostNow)
        let start = Self.wholeSecond(start)
        var search = RMSOrderSearch(end: hostNow)
        for window in RMSSearchOrderRequest.dateWindows(from: min(start, hostNow), to: hostNow) {
            try searchOrderNumbers(in: window, orderProgressList: orderProgressList, into: &search)
        }
        search.clockOffset = serverClock.offset
        let rakutenNow = Self.wholeSecond(hostNow.addingTimeInterval(serverClock.offset ?? 0))
        let gapStart = max(hostNow, start).addingTimeInterval(1)
        if rakutenNow >= gapStart {
            for window in RMSSearchOrderRequest.dateWindows(from: gapStart, to: rakutenNow) {
                try searchOrderNumbers(in: window, orderProgressList: orderProgressList, into: &search)
            }
        }
        search.end = rakutenNow
        return search
    }

    /// `date` without its fraction of a second.
    static func wholeSecond(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }

    /// The numbers of one window, halving it while its total reaches the cap and it spans two seconds or more.
    func searchOrderNumbers(
        in window: ClosedRange<Date>,
        orderProgressList: [Int]?,
        into search: inout RMSOrderSearch
    ) throws(RakutenRMSError) {
        var request = RMSSearchOrderRequest(
            dateType: .orderDate,
            startDatetime: window.lowerBound,
            endDatetime: window.upperBound,
            orderProgressList: orderProgressList,
            paginationRequestModel: RMSPaginationRequestModel(requestRecordsAmount: 1000, requestPage: 1)
        )
        search.calls += 1
        let first = try searchOrder(request)
        let total = first.paginationResponseModel?.totalRecordsAmount ?? 0
        let span = window.upperBound.timeIntervalSince(window.lowerBound)
        if total >= Self.searchResultCap, span >= 1 {
            let lowerEnd = window.lowerBound.addingTimeInterval((span / 2).rounded(.down))
            try searchOrderNumbers(
                in: window.lowerBound...lowerEnd,
                orderProgressList: orderProgressList,
                into: &search
            )
            try searchOrderNumbers(
                in: lowerEnd.addingTimeInterval(1)...window.upperBound,
                orderProgressList: orderProgressList,
                into: &search
            )
            return
        }
        if total >= Self.searchResultCap {
            logger.warning(
                "searchOrder: one second holds 15000 orders or more; RMS returns only the first 15000",
                metadata: ["rms.window": "\(RMSDateFormat.orderDateTime.string(from: window.lowerBound))"]
            )
            search.saturatedWindows.append(window)
        }
        var numbers = first.orderNumberList ?? []
        let pages = first.paginationResponseModel?.totalPages ?? 1
        if pages > 1, !numbers.isEmpty {
            request.paginationRequestModel = RMSPaginationRequestModel(requestRecordsAmount: 1000, requestPage: 2)
            search.calls += pages - 1
            numbers += try searchAllOrderNumbers(request)
        }
        search.numbers += numbers
    }
}
