import Foundation

/// What a prune removes (or, with `--dry-run`, would remove): files with their sizes, and database rows.
package struct PrunePlan: Sendable, Equatable {
    /// The kinds of file retention removes.
    package enum Kind: String, Sendable, CaseIterable {
        case reports
        case staging
        case sentMail = "sent-mail"
    }

    /// One file or staging folder.
    package struct Item: Sendable, Equatable {
        package var kind: Kind
        package var path: String
        package var bytes: Int64
    }

    /// Files and staging folders, oldest kinds first.
    package var items: [Item] = []
    /// Finished run records started before `runsCutoff`.
    package var runRecords = 0
    /// Alert-ledger entries last sent before `alertCutoff` (they no longer suppress anything).
    package var alertEntries = 0
    /// Runs started before this go.
    package var runsCutoff = Date.distantPast
    /// Alert-ledger entries sent before this go.
    package var alertCutoff = Date.distantPast

    /// One line per kind: what goes, with counts and bytes.
    package var lines: [String] {
        var lines = Kind.allCases.map { kind in
            let chosen = items.filter { $0.kind == kind }
            let bytes = chosen.reduce(Int64(0)) { $0 + $1.bytes }
            let noun = kind == .staging ? "folder(s)" : "file(s)"
            return "\(kind.rawValue): \(chosen.count) \(noun), \(bytes) bytes"
        }
        lines.append("runs: \(runRecords) record(s)")
        lines.append("alert-ledger: \(alertEntries) entr(ies)")
        return lines
    }

    /// Whether nothing goes.
    package var isEmpty: Bool { items.isEmpty && runRecords == 0 && alertEntries == 0 }
}
