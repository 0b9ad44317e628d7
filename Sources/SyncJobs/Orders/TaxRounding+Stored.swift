import SyncCore
import SyncStore

extension TaxRounding {
    /// The tax rule's rounding of a store's stored setting.
    package init(_ stored: StoreRecord.TaxRounding) {
        switch stored {
        case .floor: self = .floor
        case .ceil: self = .ceil
        case .round: self = .round
        }
    }
}

extension StoreRecord.TaxRounding {
    /// The stored setting of a rounding (what `store set --tax-rounding` records).
    package init(_ rounding: TaxRounding) {
        switch rounding {
        case .floor: self = .floor
        case .ceil: self = .ceil
        case .round: self = .round
        }
    }
}
