import Foundation
import SyncDemo
import TestSupport
import Testing

/// The demo's folder is recreated on every run, and a folder the demo did not make is never wiped.
struct DemoDirectoryTests {
    @Test func aMissingFolderIsCreatedWithTheMarker() throws {
        let root = try StoreFixtures.temporaryDirectory(prefix: "demo-dir")
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("nested/demo").path

        #expect(try DemoDirectory.recreate(path) == path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: path) == [DemoDirectory.marker])
    }

    @Test func aFolderTheDemoMadeIsEmptiedOnTheNextRun() throws {
        let root = try StoreFixtures.temporaryDirectory(prefix: "demo-dir")
        defer { try? FileManager.default.removeItem(at: root) }
        let path = try DemoDirectory.recreate(root.appendingPathComponent("demo").path)
        try Data("old run".utf8).write(to: URL(fileURLWithPath: path + "/reports.csv"))

        _ = try DemoDirectory.recreate(path)

        #expect(try FileManager.default.contentsOfDirectory(atPath: path) == [DemoDirectory.marker])
    }

    @Test func anEmptyFolderIsTaken() throws {
        let root = try StoreFixtures.temporaryDirectory(prefix: "demo-dir")
        defer { try? FileManager.default.removeItem(at: root) }

        _ = try DemoDirectory.recreate(root.path)

        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == [DemoDirectory.marker])
    }

    @Test func aFolderWithoutTheMarkerIsRefusedAndKept() throws {
        let root = try StoreFixtures.temporaryDirectory(prefix: "demo-dir")
        defer { try? FileManager.default.removeItem(at: root) }
        let precious = root.appendingPathComponent("keep.txt")
        try Data("merchant data".utf8).write(to: precious)

        let error = #expect(throws: DemoError.self) { try DemoDirectory.recreate(root.path) }
        #expect(error?.description.contains("was not made by the demo") == true)
        #expect(FileManager.default.fileExists(atPath: precious.path))
    }
}
