import Foundation

/// Errors of the fixture loader.
package enum FixtureError: Error, CustomStringConvertible {
    /// No file at `Fixtures/<path>` in the TestSupport bundle.
    case notFound(path: String)

    /// Names the missing fixture.
    package var description: String {
        switch self {
        case .notFound(let path): "fixture Fixtures/\(path) is not in the TestSupport bundle"
        }
    }
}

/// The bytes of `Tests/TestSupport/Fixtures/<path>`, e.g. `fixture("rakuten/getorder_v9_response_official_sample.json")`.
///
/// The folder is copied as is (`.copy("Fixtures")`), so files keep their exact bytes and sub-folders; on Linux the
/// file is found with `Bundle.module.url(forResource:withExtension:subdirectory:)`.
package func fixture(_ path: String) throws -> Data {
    let relative = path as NSString
    let directory = relative.deletingLastPathComponent
    let fileName = relative.lastPathComponent as NSString
    let name = fileName.deletingPathExtension
    let fileExtension = fileName.pathExtension
    let subdirectory = directory.isEmpty ? "Fixtures" : "Fixtures/\(directory)"
    guard
        let url = Bundle.module.url(
            forResource: name,
            withExtension: fileExtension.isEmpty ? nil : fileExtension,
            subdirectory: subdirectory
        )
    else {
        throw FixtureError.notFound(path: path)
    }
    return try Data(contentsOf: url)
}
