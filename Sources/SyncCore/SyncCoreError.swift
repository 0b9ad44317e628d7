/// Everything SyncCore's pure rules can reject; each case names the line or field concerned.
package enum SyncCoreError: Error, CustomStringConvertible, Equatable {
    /// The bytes of a text file are neither valid UTF-8 nor valid Shift_JIS/CP932 at `line` (1-based).
    case undecodableText(line: Int, detail: String)
    /// A CSV file is malformed at `line` (for example a quote that is never closed).
    case malformedCSV(line: Int, problem: String)
    /// A mapping CSV lacks a required column; `accepted` lists the header names that would do.
    case missingColumn(column: String, accepted: [String])
    /// The same column appears twice in a mapping CSV header.
    case duplicateColumn(column: String, headers: [String])
    /// A shard given as `K/N` (option, environment or setting) is not one; the problem says what is accepted.
    case invalidShard(text: String, problemJA: String, problemEN: String)

    /// A one-line description in Japanese and English.
    package var description: String {
        switch self {
        case let .undecodableText(line, detail):
            "\(line)行目の文字コードを判別できません (line \(line) is neither UTF-8 nor Shift_JIS/CP932): \(detail)"
        case let .malformedCSV(line, problem):
            "\(line)行目: CSVの形式が不正です (line \(line): malformed CSV): \(problem)"
        case let .missingColumn(column, accepted):
            "ヘッダーに\(column)の列がありません (the header has no \(column) column; accepted names: "
                + accepted.joined(separator: ", ") + ")"
        case let .duplicateColumn(column, headers):
            "ヘッダーに\(column)の列が複数あります (the header has more than one \(column) column: "
                + headers.joined(separator: ", ") + ")"
        case let .invalidShard(text, problemJA, problemEN):
            "シャード \"\(text)\": \(problemJA) (shard \"\(text)\": \(problemEN); K is 0-based like Kubernetes "
                + "JOB_COMPLETION_INDEX, e.g. 0/2 and 1/2)"
        }
    }
}
