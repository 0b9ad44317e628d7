import ArgumentParser
import SyncJobs
import SyncStore

/// `rakuten-sync settings`: the installation-wide limits and thresholds.
struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings",
        abstract: "全体設定 / Installation-wide settings (store limit, alert and status thresholds).",
        subcommands: [Show.self, Set.self],
        defaultSubcommand: Show.self
    )

    /// The settings an operator may change, with their meaning.
    enum Name: String, CaseIterable, ExpressibleByArgument {
        case maxStores = "max-stores"
        case alertDedupHours = "alert-dedup-hours"
        case outageAlertMinutes = "outage-alert-minutes"
        case deadmanMinutes = "deadman-minutes"
        case licenseWarningDays = "license-warning-days"
        case rollupHour = "rollup-hour"
        case retentionReportsDays = "retention-reports-days"
        case retentionStagingDays = "retention-staging-days"
        case retentionRunsDays = "retention-runs-days"
        case retentionSentMailDays = "retention-sent-mail-days"
        case storeConcurrency = "store-concurrency"

        /// `stale-after-minutes`, the older name of `deadman-minutes`, is still accepted.
        init?(argument: String) {
            self.init(rawValue: argument == "stale-after-minutes" ? Self.deadmanMinutes.rawValue : argument)
        }

        var key: SettingKey {
            switch self {
            case .maxStores: .maxStores
            case .alertDedupHours: .alertDedupHours
            case .outageAlertMinutes: .outageAlertMinutes
            case .deadmanMinutes: .deadmanMinutes
            case .licenseWarningDays: .licenseWarningDays
            case .rollupHour: .rollupHour
            case .retentionReportsDays: .retentionReportsDays
            case .retentionStagingDays: .retentionStagingDays
            case .retentionRunsDays: .retentionRunsDays
            case .retentionSentMailDays: .retentionSentMailDays
            case .storeConcurrency: .storeConcurrency
            }
        }

        var defaultValue: Int {
            switch self {
            case .maxStores: SettingsRepository.defaultMaxStores
            case .alertDedupHours: SettingsRepository.defaultAlertDedupHours
            case .outageAlertMinutes: SettingsRepository.defaultOutageAlertMinutes
            case .deadmanMinutes: SettingsRepository.defaultDeadmanMinutes
            case .licenseWarningDays: SettingsRepository.defaultLicenseWarningDays
            case .rollupHour: DailyRollup.defaultHour
            case .retentionReportsDays: SettingsRepository.defaultRetentionReportsDays
            case .retentionStagingDays: SettingsRepository.defaultRetentionStagingDays
            case .retentionRunsDays: SettingsRepository.defaultRetentionRunsDays
            case .retentionSentMailDays: SettingsRepository.defaultRetentionSentMailDays
            case .storeConcurrency: StorePool.defaultConcurrency
            }
        }

        var meaning: String {
            switch self {
            case .maxStores: "受注店舗の登録上限 / how many stores may be registered"
            case .alertDedupHours: "同じエラーを再送しない時間 / hours before the same problem is mailed again"
            case .outageAlertMinutes: "楽天・スマレジ障害を通知するまでの分数 / minutes an outage lasts before it is mailed"
            case .deadmanMinutes:
                "停止警告 (デッドマン) / minutes without success before a job is flagged and mailed (mapping check: at least 15)"
            case .licenseWarningDays: "ライセンスキー期限の事前警告 / days before license expiry to warn"
            case .rollupHour: "毎日のまとめメールの時刻 (JST 0-23, 24以上で送らない) / JST hour of the daily roll-up"
            case .retentionReportsDays: "レポートの保存日数 / days CSV reports are kept"
            case .retentionStagingDays: "ステージング(顧客情報)の保存日数 / days staging no rerun needs is kept"
            case .retentionRunsDays: "実行履歴の保存日数 / days run records are kept"
            case .retentionSentMailDays: "送信済みメールの保存日数 / days sent alert mail is kept"
            case .storeConcurrency: "同時に処理する店舗数 / stores a job without --store runs at once"
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "設定を表示 / Show every setting.")
        @OptionGroup var options: GlobalOptions

        func run() throws {
            let context = try options.openAdmin()
            var rows: [[String]] = []
            for name in Name.allCases {
                let value = try SyncJobsError.database("read setting") {
                    name == .deadmanMinutes
                        ? try context.settings.deadmanMinutes()
                        : try context.settings.integer(for: name.key, default: name.defaultValue)
                }
                rows.append([name.rawValue, String(value), String(name.defaultValue), name.meaning])
            }
            let shard = try SyncJobsError.database("read setting") { try context.settings.value(for: .shard) }
            rows.append([
                "shard", shard ?? "未設定 / not set", "未設定 / not set",
                "このホストのシャード K/N / this host's shard (`rakuten-sync shard set K/N`)",
            ])
            print(TextTable.render(header: ["キー / key", "値 / value", "既定値 / default", "意味 / meaning"], rows: rows))
            let smtp = try SyncJobsError.database("read smtp") { try context.settings.smtp() }
            print("")
            print("SMTP (rakuten-sync smtp set / smtp show):")
            print(SMTPCommand.table(smtp))
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "設定を変更 / Change one setting, e.g. `settings set max-stores 10`."
        )
        @OptionGroup var options: GlobalOptions
        @Argument(
            help:
                "max-stores, alert-dedup-hours, outage-alert-minutes, deadman-minutes, license-warning-days, rollup-hour, retention-*-days or store-concurrency."
        )
        var name: Name
        @Argument(help: "A whole number of 1 or more.")
        var value: Int

        func validate() throws {
            guard value >= (name == .rollupHour ? 0 : 1), value <= 100_000 else {
                throw ValidationError("\(name.rawValue) must be between 1 and 100000")
            }
            if name == .storeConcurrency, value > StorePool.maximumConcurrency {
                throw ValidationError("store-concurrency must be between 1 and \(StorePool.maximumConcurrency)")
            }
        }

        func run() throws {
            let context = try options.openAdmin()
            try SyncJobsError.database("write setting") { try context.settings.set(String(value), for: name.key) }
            print("\(name.rawValue) = \(value)")
        }
    }
}
