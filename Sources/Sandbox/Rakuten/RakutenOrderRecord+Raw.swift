import Foundation

extension RakutenOrderRecord {
    /// An order placed from a raw OrderModel (as getOrder returns it); needs orderNumber, orderProgress and a
    /// `+0900` orderDatetime.
    static func raw(_ model: SandboxJSON) throws -> RakutenOrderRecord {
        guard model.objectValue != nil, model["orderNumber"]?.stringValue?.isEmpty == false,
            model["orderProgress"]?.intValue != nil,
            model["orderDatetime"]?.stringValue.flatMap(RakutenDates.parseOrderDatetime) != nil
        else {
            throw SandboxError.rejected(
                status: 400,
                reason: "a raw OrderModel needs orderNumber, orderProgress and orderDatetime (+0900)"
            )
        }
        return RakutenOrderRecord(model: model, placement: nil, beforeChange: nil, progressBeforeChange: nil)
    }
}
