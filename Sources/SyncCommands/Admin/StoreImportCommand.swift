import ArgumentParser
import SyncJobs
import SyncStore

/// `rakuten-sync store import FILE`: takes in a store written by `store export` (moving it onto this shard).
struct StoreImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "店舗データを取り込み / Import a store written by `store export` (its whole state).",
        discussion: """
            Refuses a store code registered here, a file from a newer schema and a full store limit (max-stores). \
            Delete FILE once imported: it holds the store's secrets.
            """
    )
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp("The file `store export` wrote.", valueName: "file")) var path: String

    func run() throws {
        let context = try options.openAdmin()
        let (snapshot, counts) = try StoreMove(directory: context.directory, database: context.database)
            .importStore(from: path)
        let detail = counts.filter { $0.value > 0 }.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        print("取り込みました / imported: \(snapshot.storeCode) (\(detail.joined(separator: " ")))")
        let display = try ShardDisplay(context: context)
        if let store = try? context.stores.get(code: snapshot.storeCode), let warning = display.misplacement(of: store)
        {
            print(warning)
        }
    }
}
