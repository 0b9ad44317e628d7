/// Reads the 横軸/縦軸 choices out of a pre-migration order line's `selectedChoice` (reference §4.4).
///
/// `selectedChoice` held 「横軸項目名:横軸選択肢 縦軸項目名:縦軸選択肢」 (e.g. `サイズ:S カラー:白`), possibly on
/// several lines when 項目選択肢 were added. The first two `name:value` pairs are the axes; a full-width colon
/// is accepted too. Returns nil when there is no pair.
package enum LegacyChoice {
    /// The (横軸, 縦軸) choice names; 縦軸 is `""` for a one-axis item.
    package static func parse(selectedChoice: String) -> (horizontal: String, vertical: String)? {
        var values: [String] = []
        let separators: Set<Character> = [" ", "\u{3000}", "\n", "\r"]
        for token in selectedChoice.split(whereSeparator: { separators.contains($0) }) {
            let parts = token.split(maxSplits: 1, whereSeparator: { $0 == ":" || $0 == "：" })
            guard parts.count == 2 else { continue }
            values.append(String(parts[1]))
            if values.count == 2 { break }
        }
        guard let horizontal = values.first else { return nil }
        return (horizontal, values.count > 1 ? values[1] : "")
    }
}
