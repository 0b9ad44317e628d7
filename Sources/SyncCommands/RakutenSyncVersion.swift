/// The one place the version lives: `--version` of `rakuten-sync` and of the four job executables prints it.
///
/// It follows CHANGELOG.md: while changes sit under `## [Unreleased]` it is the next release with `-dev`
/// (the CHANGELOG's introduction names it, and `VersionCLITests` checks the two agree).
package enum RakutenSyncVersion {
    /// The version string, e.g. `0.1.0-dev`.
    package static let current = "0.1.0-dev"
}
