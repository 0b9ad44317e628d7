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
        case staleAfterMinutes = "stale-after-minutes"
        case licenseWarningDays = "license-warning-days"
        case retentionReportsDays = "retention-reports-days"
        case retentionStagingDays = "retention-staging-days"
        case retentionRunsDays = "retention-runs-days"
        case retentionSentMailDays = "retention-sent-mail-days"
        case storeConcurrency = "store-concurrency"

        var key: SettingKey {
            switch self {
            case .maxStores: .maxStores
            case .alertDedupHours: .alertDedupHours
            case .staleAfterMinutes: .staleAfterMinutes
            case .licenseWarningDays: .licenseWarningDays
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
            case .staleAfterMinutes: SettingsRepository.defaultStaleAfterMinutes
            case .licenseWarningDays: SettingsRepository.defaultLicenseWarningDays
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
            case .staleAfterMinutes: "毎分ジョブの停止警告 / minutes without success before status flags a per-minute job"
            case .licenseWarningDays: "ライセンスキー期限の事前警告 / days before license expiry to warn"
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
            for name in Name.allCases {
                let value = try SyncJobsError.store("read setting") {
                    try context.settings.integer(for: name.key, default: name.defaultValue)
                }
                print("\(name.rawValue) = \(value)    # \(name.meaning)")
            }
            let smtp = try SyncJobsError.store("read smtp") { try context.settings.smtp() }
            print("smtp = \(smtp.map { "\($0)" } ?? "未設定 / not configured")")
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "設定を変更 / Change one setting, e.g. `settings set max-stores 10`."
        )
        @OptionGroup var options: GlobalOptions
        @Argument(
            help:
                "max-stores, alert-dedup-hours, stale-after-minutes, license-warning-days, retention-*-days or store-concurrency."
        )
        var name: Name
        @Argument(help: "A whole number of 1 or more.")
        var value: Int

        func validate() throws {
            guard value >= 1, value <= 100_000 else {
                throw ValidationError("\(name.rawValue) must be between 1 and 100000")
            }
            if name == .storeConcurrency, value > StorePool.maximumConcurrency {
                throw ValidationError("store-concurrency must be between 1 and \(StorePool.maximumConcurrency)")
            }
        }

        func run() throws {
            let context = try options.openAdmin()
            try SyncJobsError.store("write setting") { try context.settings.set(String(value), for: name.key) }
            print("\(name.rawValue) = \(value)")
        }
    }
}
