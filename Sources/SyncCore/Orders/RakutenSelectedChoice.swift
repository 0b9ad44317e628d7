/// The `項目名:選択肢` pairs of an order line's `selectedChoice` (rakuten-rms.md §3.3 ItemModel, §4.4).
///
/// Before the SKU migration a line with 項目選択肢別在庫 carried 「横軸項目名:横軸選択肢 縦軸項目名:縦軸選択肢」,
/// e.g. `サイズ:S カラー:白` (docs/sandbox.md "Legacy items"); after it, `selectedChoice` holds `\n`-separated
/// 項目選択肢 only. Pairs are separated by line breaks or spaces (half or full width); a token without a colon
/// continues the previous value (`カラー:ダーク グレー`); full-width `：` is accepted. For a legacy line the axes are
/// the pairs of the first line (横軸, then 縦軸); later lines are 項目選択肢 such as `のし:不要`.
package struct RakutenSelectedChoice: Sendable, Equatable, Hashable {
    /// One `項目名:選択肢` pair.
    package struct Pair: Sendable, Equatable, Hashable {
        /// 項目名, e.g. `サイズ`.
        package var name: String
        /// 選択肢, e.g. `S`.
        package var value: String

        /// A pair.
        package init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The pairs in order.
    package var pairs: [Pair]
    /// How many of `pairs` came from the first line (the 横軸/縦軸 of a legacy line).
    package var firstLineCount: Int

    /// Pairs given directly, all on one line.
    package init(pairs: [Pair]) {
        self.pairs = pairs
        self.firstLineCount = pairs.count
    }

    /// Parses `selectedChoice`; text before the first pair is ignored.
    package init(parsing text: String) {
        var pairs: [Pair] = []
        var firstLineCount: Int?
        let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" })
        for line in lines {
            let tokens = line.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\t" })
            for token in tokens {
                if let colon = token.firstIndex(where: { $0 == ":" || $0 == "：" }), colon != token.startIndex {
                    let name = String(token[..<colon])
                    let value = String(token[token.index(after: colon)...])
                    pairs.append(Pair(name: name, value: value))
                } else if !pairs.isEmpty {
                    let last = pairs.count - 1
                    pairs[last].value += pairs[last].value.isEmpty ? String(token) : " " + token
                }
            }
            if firstLineCount == nil, !pairs.isEmpty { firstLineCount = pairs.count }
        }
        self.pairs = pairs
        self.firstLineCount = firstLineCount ?? 0
    }

    /// The 横軸 pair of a legacy line.
    package var horizontal: Pair? { firstLineCount > 0 ? pairs[0] : nil }

    /// The 縦軸 pair of a legacy line (nil for a one-axis item).
    package var vertical: Pair? { firstLineCount > 1 ? pairs[1] : nil }

    /// `サイズ:S カラー:白`.
    package var text: String { pairs.map { "\($0.name):\($0.value)" }.joined(separator: " ") }
}
