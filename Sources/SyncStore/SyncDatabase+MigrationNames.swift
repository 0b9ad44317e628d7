import GRDB

extension SyncDatabase {
    /// The identifiers of every registered migration, in the order they run (`["v1", "v2", ...]`).
    package static var migrationNames: [String] { migrator.migrations }
}
