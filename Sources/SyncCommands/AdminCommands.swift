import ArgumentParser

/// The subcommands of `rakuten-sync` that live in this library (the demo lives in the executable).
package enum AdminCommands {
    /// In the order `--help` lists them.
    package static let all: [any ParsableCommand.Type] = [
        InitCommand.self, StoreCommand.self, SmaregiCommand.self, SMTPCommand.self, SettingsCommand.self,
        RunsCommand.self, StatusCommand.self, MappingCommand.self, PaymentCommand.self, OrdersCommand.self,
        CarrierCommand.self, PruneCommand.self, ShardCommand.self,
    ]
}
