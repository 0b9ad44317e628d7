import ArgumentParser
import SyncDemo
import Testing

/// `rakuten-sync demo`'s command line (the admin CLI lists it as a subcommand).
struct DemoCommandTests {
    @Test func theCommandIsNamedDemoAndTakesADirectoryAndALogLevel() {
        #expect(DemoCommand.configuration.commandName == "demo")
        let help = DemoCommand.helpMessage(columns: 1_000)
        #expect(help.contains("--directory"))
        #expect(help.contains("--log-level"))
        #expect(help.contains("recreated on every run"))
    }

    @Test(arguments: [["--directory", "elsewhere"], ["--log-level", "debug"], []])
    func acceptedCommandLines(arguments: [String]) {
        #expect(throws: Never.self) { try DemoCommand.parse(arguments) }
    }

    @Test(arguments: [["--log-level", "loud"], ["--store", "main"], ["extra"]])
    func refusedCommandLines(arguments: [String]) {
        #expect(throws: (any Error).self) { try DemoCommand.parse(arguments) }
    }
}
