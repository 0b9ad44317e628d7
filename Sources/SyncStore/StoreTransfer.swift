import Foundation
import GRDB

/// Copies one store's whole state out of a database and into another (moving a store between shards,
/// docs/scaling.md): every table with a `store_code` column plus the `stores` row, found from the schema.
package struct StoreTransfer: Sendable {
    /// Tables whose rows stay behind: the Smaregi access token is a cache the next run refills.
    static let skippedTables: Set<String> = ["smaregi_tokens"]

    private let database: SyncDatabase

    /// A transfer over `database`.
    package init(database: SyncDatabase) {
        self.database = database
    }

    /// The store's rows, table by table, from one consistent read; throws `unknownStore` when there is none.
    package func snapshot(code: String, at now: Date) throws -> StoreSnapshot {
        try database.read("export store") { db in
            guard try StoreRepository.exists(db, code: code) else { throw SyncStoreError.unknownStore(code: code) }
            var tables: [StoreTransferTable] = []
            for table in try Self.storeTables(db) {
                let rows = try Row.fetchAll(
                    db,
                    sql: "SELECT \(table.columnList) FROM \(table.quotedName) WHERE \(table.keyColumn) = ?",
                    arguments: [code]
                )
                let values = rows.map { row in table.columns.indices.map { Self.value(row[$0] as DatabaseValue) } }
                tables.append(StoreTransferTable(table: table.name, columns: table.columns, rows: values))
            }
            let contract = try String.fetchOne(
                db,
                sql: "SELECT smaregi_contract_id FROM stores WHERE code = ?",
                arguments: [code]
            )
            return StoreSnapshot(
                storeCode: code,
                smaregiContractID: contract ?? "",
                exportedAt: ISO8601DateFormatter().string(from: now),
                migrations: try Self.migrations(db),
                tables: tables
            )
        }
    }

    /// Inserts a snapshot's rows in one transaction; refuses a store code that exists, a snapshot of a newer schema
    /// and a table or column this database lacks. Row ids that SQLite assigns (`AUTOINCREMENT`) are assigned anew.
    /// Returns the rows inserted per table.
    @discardableResult
    package func restore(_ snapshot: StoreSnapshot) throws -> [String: Int] {
        guard snapshot.format == StoreSnapshot.formatName, snapshot.version == 1 else {
            throw SyncStoreError.incompatibleSnapshot(
                reason: "format \(snapshot.format) version \(snapshot.version) is not \(StoreSnapshot.formatName) 1"
            )
        }
        return try database.write("import store") { db in
            if try StoreRepository.exists(db, code: snapshot.storeCode) {
                throw SyncStoreError.duplicateStoreCode(code: snapshot.storeCode)
            }
            let missing = Set(snapshot.migrations).subtracting(try Self.migrations(db))
            guard missing.isEmpty else {
                throw SyncStoreError.incompatibleSnapshot(
                    reason: "exported by a newer schema (migrations \(missing.sorted().joined(separator: ", ")) not "
                        + "applied here); upgrade this host first"
                )
            }
            let known = Dictionary(uniqueKeysWithValues: try Self.storeTables(db).map { ($0.name, $0) })
            var counts: [String: Int] = [:]
            for table in snapshot.tables {
                guard let target = known[table.table] else {
                    throw SyncStoreError.incompatibleSnapshot(reason: "table \(table.table) does not exist here")
                }
                let unknown = Set(table.columns).subtracting(target.columns)
                guard unknown.isEmpty else {
                    throw SyncStoreError.incompatibleSnapshot(
                        reason: "table \(table.table) has no column \(unknown.sorted().joined(separator: ", ")) here"
                    )
                }
                let kept = table.columns.indices.filter { table.columns[$0] != target.assignedColumn }
                for row in table.rows {
                    let keyIndex = table.columns.firstIndex(of: target.keyColumn)
                    guard row.count == table.columns.count, let keyIndex, row[keyIndex] == .text(snapshot.storeCode)
                    else {
                        throw SyncStoreError.incompatibleSnapshot(
                            reason: "a row of \(table.table) does not belong to store \(snapshot.storeCode)"
                        )
                    }
                    try db.execute(
                        sql: """
                            INSERT INTO \(target.quotedName) (\(kept.map { Self.quoted(table.columns[$0]) }.joined(separator: ", ")))
                            VALUES (\(Array(repeating: "?", count: kept.count).joined(separator: ", ")))
                            """,
                        arguments: StatementArguments(kept.map { Self.databaseValue(row[$0]) })
                    )
                }
                counts[table.table] = table.rows.count
            }
            return counts
        }
    }

    /// Deletes every row of the store, its run history included (the moved-out half of a move).
    package func removeAll(code: String) throws {
        try database.write("remove exported store") { db in
            guard try StoreRepository.exists(db, code: code) else { throw SyncStoreError.unknownStore(code: code) }
            for table in try Self.storeTables(db).reversed() {
                try db.execute(
                    sql: "DELETE FROM \(table.quotedName) WHERE \(table.keyColumn) = ?",
                    arguments: [code]
                )
            }
            for table in Self.skippedTables {
                try db.execute(sql: "DELETE FROM \(Self.quoted(table)) WHERE store_code = ?", arguments: [code])
            }
        }
    }

    /// A table that holds rows of a store.
    struct StoreTable {
        var name: String
        var columns: [String]
        /// `code` for `stores`, else `store_code`.
        var keyColumn: String
        /// The `INTEGER PRIMARY KEY AUTOINCREMENT` column, if any (assigned anew on import).
        var assignedColumn: String?

        var quotedName: String { StoreTransfer.quoted(name) }
        var columnList: String { columns.map(StoreTransfer.quoted).joined(separator: ", ") }
    }

    /// `stores` and every table with a `store_code` column, in the order they were created.
    static func storeTables(_ db: Database) throws -> [StoreTable] {
        let tables = try Row.fetchAll(
            db,
            sql: """
                SELECT name, sql FROM sqlite_master
                WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'
                ORDER BY rowid
                """
        )
        var result: [StoreTable] = []
        for table in tables {
            let name: String = table["name"]
            let sql: String = table["sql"] ?? ""
            guard !skippedTables.contains(name) else { continue }
            let info = try Row.fetchAll(db, sql: "PRAGMA table_info(\(quoted(name)))")
            let columns: [String] = info.map { $0["name"] }
            let key = name == "stores" ? "code" : "store_code"
            guard columns.contains(key) else { continue }
            let assigned = info.first { row in
                (row["pk"] as Int? ?? 0) == 1 && (row["type"] as String? ?? "").uppercased() == "INTEGER"
            }.map { $0["name"] as String }
            let autoincrement = sql.uppercased().contains("AUTOINCREMENT")
            result.append(
                StoreTable(name: name, columns: columns, keyColumn: key, assignedColumn: autoincrement ? assigned : nil)
            )
        }
        return result
    }

    static func migrations(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
    }

    static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    static func value(_ value: DatabaseValue) -> StoreTransferValue {
        switch value.storage {
        case .null: .null
        case let .int64(number): .integer(number)
        case let .double(number): .real(number)
        case let .string(text): .text(text)
        case let .blob(data): .blob(data)
        }
    }

    static func databaseValue(_ value: StoreTransferValue) -> DatabaseValue {
        switch value {
        case .null: .null
        case let .integer(number): number.databaseValue
        case let .real(number): number.databaseValue
        case let .text(text): text.databaseValue
        case let .blob(data): data.databaseValue
        }
    }
}
