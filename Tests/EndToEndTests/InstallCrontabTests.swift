import Foundation
import TestSupport
import Testing

/// `scripts/install-crontab` against a fake `crontab` on PATH that keeps the table in a temporary file.
struct InstallCrontabTests {
    private static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scripts/install-crontab").path

    private struct Fixture {
        let root: URL
        var table: String { root.appendingPathComponent("table").path }
        var installDir: String { root.appendingPathComponent("install").path }

        init() throws {
            root = try StoreFixtures.temporaryDirectory(prefix: "crontab")
            let bin = root.appendingPathComponent("fakebin")
            try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(
                atPath: installDir + "/bin",
                withIntermediateDirectories: true
            )
            _ = FileManager.default.createFile(atPath: installDir + "/bin/rakuten-sync-orders", contents: Data())
            try FileManager.default.setAttributes(
                [.posixPermissions: 0o755],
                ofItemAtPath: installDir + "/bin/rakuten-sync-orders"
            )
            let fake = """
                #!/usr/bin/env bash
                f='\(root.path)/table'
                echo "$*" >> '\(root.path)/calls'
                case "$1" in
                  -l) [[ -f $f ]] && cat "$f" || { echo "no crontab for user" >&2; exit 1; } ;;
                  -r) rm -f "$f" ;;
                  -) cat > "$f" ;;
                  *) exit 2 ;;
                esac
                """
            let path = bin.appendingPathComponent("crontab").path
            _ = FileManager.default.createFile(atPath: path, contents: Data(fake.utf8))
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        }

        func install(_ arguments: [String] = []) throws -> ProcessRunner.Result {
            let path =
                root.appendingPathComponent("fakebin").path + ":"
                + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
            return try ProcessRunner.run(
                "/bin/bash",
                [InstallCrontabTests.script, "--install-dir", installDir] + arguments,
                environment: ["PATH": path]
            )
        }

        func tableText() -> String {
            FileManager.default.contents(atPath: table).map { String(decoding: $0, as: UTF8.self) } ?? ""
        }

        func calls() -> [String] {
            let text =
                FileManager.default.contents(atPath: root.appendingPathComponent("calls").path)
                .map { String(decoding: $0, as: UTF8.self) } ?? ""
            return text.split(separator: "\n").map(String.init)
        }
    }

    @Test func addsTheLinesKeepsTheUsersOwnAndASecondInstallChangesNothing() throws {
        // Given a user with a crontab of their own
        let fixture = try Fixture()
        let own = "MAILTO=me@example.com\n0 3 * * * /usr/local/bin/backup\n"
        try Data(own.utf8).write(to: URL(fileURLWithPath: fixture.table))

        // When the schedule is installed
        let first = try fixture.install()

        // Then the user's lines are still there, first, and the jobs run from the install directory in Japan time
        #expect(first.status == 0, "\(first.standardError)")
        let table = fixture.tableText()
        #expect(table.hasPrefix(own), "\(table)")
        #expect(table.contains("TZ=Asia/Tokyo"))
        #expect(table.contains("CRON_TZ=Asia/Tokyo"))
        #expect(table.contains("cd \(fixture.installDir) && timeout -k 10s 20m bin/rakuten-sync-orders"))
        #expect(!table.contains("@INSTALL_DIR@"))
        #expect(table.components(separatedBy: "bin/rakuten-sync-stock").count == 2)

        // When it is installed again, nothing is written and the table is byte for byte the same
        let writes = fixture.calls().filter { $0 != "-l" }.count
        let second = try fixture.install()
        #expect(second.status == 0)
        #expect(second.standardOutput.contains("unchanged"), "\(second.standardOutput)")
        #expect(fixture.tableText() == table)
        #expect(fixture.calls().filter { $0 != "-l" }.count == writes)

        // When it is removed, only the user's lines remain
        let removed = try fixture.install(["--remove"])
        #expect(removed.status == 0)
        #expect(fixture.tableText() == own)
    }

    @Test func worksForAUserWithoutACrontab() throws {
        let fixture = try Fixture()
        let result = try fixture.install()
        #expect(result.status == 0, "\(result.standardError)")
        #expect(fixture.tableText().contains("bin/rakuten-sync-mappings"))
        #expect(try fixture.install().standardOutput.contains("unchanged"))
    }

    @Test func aMachineWithoutCronIsToldWhatToInstall() throws {
        // Given a PATH with bash and nothing else (no crontab command: cron is not installed)
        let fixture = try Fixture()
        let bare = fixture.root.appendingPathComponent("barebin")
        try FileManager.default.createDirectory(at: bare, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: bare.appendingPathComponent("bash").path,
            withDestinationPath: "/bin/bash"
        )

        // When the schedule is installed
        let result = try ProcessRunner.run(
            "/bin/bash",
            [Self.script, "--install-dir", fixture.installDir],
            environment: ["PATH": bare.path]
        )

        // Then it stops with EX_UNAVAILABLE and names the package, and no crontab was touched
        #expect(result.status == 69, "\(result.standardError)")
        #expect(result.standardError.contains("apt-get install cron"), "\(result.standardError)")
        #expect(fixture.calls().isEmpty)
    }
}
