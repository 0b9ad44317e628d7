import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reads secrets the only ways rakuten-sync accepts them: an environment variable or standard input.
///
/// Secrets never come from options (they would show in `ps` and shell history, design.md §6). On a
/// terminal the prompt does not echo; from a pipe one secret is read per line, in the order asked.
package struct SecretInput {
    private let environment: [String: String]
    private var pipedLines: [String]?

    /// Reads from the process environment and standard input.
    package init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    /// Whether standard input is an interactive terminal.
    package static var isTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// The secret from `variable`, else the next line of piped standard input, else a silent prompt.
    ///
    /// Returns `nil` when none of them gave a non-empty value.
    package mutating func read(variable: String, prompt: String) -> String? {
        if let value = environment[variable]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty {
            return value
        }
        if Self.isTerminal {
            guard let typed = getpass(prompt + ": ") else { return nil }
            let value = String(cString: typed).trimmingCharacters(in: .whitespacesAndNewlines)
            return value.isEmpty ? nil : value
        }
        if pipedLines == nil {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            let text = String(decoding: data, as: UTF8.self)
            pipedLines = text.split(whereSeparator: \.isNewline).map(String.init)
        }
        guard var lines = pipedLines, !lines.isEmpty else { return nil }
        let value = lines.removeFirst().trimmingCharacters(in: .whitespacesAndNewlines)
        pipedLines = lines
        return value.isEmpty ? nil : value
    }
}
