import Foundation
import GRDB

extension RunRepository {
    /// When the store's first recorded run of any job started (nil before its first run): the dead-man check gives a
    /// job that never succeeded its threshold from then on, not from the moment it was switched on.
    package func firstRunStart(store: String) throws -> Date? {
        try database.read("read first run") { db in
            try String.fetchOne(db, sql: "SELECT MIN(started_at) FROM runs WHERE store_code = ?", arguments: [store])
                .flatMap(StoredDate.date)
        }
    }
}
