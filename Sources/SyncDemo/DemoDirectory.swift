import Foundation

/// The demo's own folder: recreated on every run, and never a folder the demo did not make.
package enum DemoDirectory {
    /// The marker that says a folder was made by the demo and may be wiped.
    package static let marker = ".rakuten-sync-demo"

    /// Empties (or creates) `path` and returns its absolute path; refuses a non-empty folder without the marker.
    package static func recreate(_ path: String) throws -> String {
        let manager = FileManager.default
        let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: manager.currentDirectoryPath))
            .standardizedFileURL
        if manager.fileExists(atPath: url.path) {
            let contents = try manager.contentsOfDirectory(atPath: url.path)
            guard contents.isEmpty || contents.contains(marker) else {
                throw DemoError("\(url.path) exists and was not made by the demo; choose another --directory")
            }
            try manager.removeItem(at: url)
        }
        try manager.createDirectory(at: url, withIntermediateDirectories: true)
        try Data("made by rakuten-sync demo; deleted by the next demo run\n".utf8).write(
            to: url.appendingPathComponent(marker)
        )
        return url.path
    }
}
