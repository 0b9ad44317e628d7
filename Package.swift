// swift-tools-version:6.2
import PackageDescription

/// Shared by every target: explicit existentials, and imports that must name every module used.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "rakuten-sync",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "rakuten-sync", targets: ["rakuten-sync"]),
        .executable(name: "rakuten-sync-orders", targets: ["rakuten-sync-orders"]),
        .executable(name: "rakuten-sync-stock", targets: ["rakuten-sync-stock"]),
        .executable(name: "rakuten-sync-shipping", targets: ["rakuten-sync-shipping"]),
        .executable(name: "rakuten-sync-mappings", targets: ["rakuten-sync-mappings"]),
        .executable(name: "rakuten-sync-sandbox", targets: ["rakuten-sync-sandbox"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        // Already a dependency of hummingbird; named so tests and the demo can reach NIOThreadPool.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        // Already a dependency of hummingbird; named so the sandbox and its tests can import HTTPTypes explicitly.
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // Already a dependency of hummingbird; named so the sandbox can rewrite its `Date` header (NIOHTTPTypes).
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        // Already a dependency of swift-nio-extras; named for `chunks(ofCount:)`, the one way every target splits a
        // collection into batches (SQL `IN` lists, RMS and Smaregi call limits).
        .package(url: "https://github.com/apple/swift-algorithms", from: "1.2.1"),
    ],
    targets: [
        // libraries
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        .target(
            name: "CurlTransport",
            dependencies: ["CCurl", .product(name: "Logging", package: "swift-log")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "RakutenRMS",
            dependencies: [
                "CurlTransport",
                .product(name: "Algorithms", package: "swift-algorithms"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SmaregiAPI",
            dependencies: ["CurlTransport", .product(name: "Logging", package: "swift-log")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SyncStore",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Algorithms", package: "swift-algorithms"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SyncCore",
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SyncJobs",
            dependencies: [
                "SyncCore", "SyncStore", "RakutenRMS", "SmaregiAPI", "CurlTransport",
                .product(name: "Algorithms", package: "swift-algorithms"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SyncCommands",
            dependencies: [
                "SyncJobs", "SyncStore", "SyncCore", "CurlTransport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "Sandbox",
            dependencies: [
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),

        // The demo (`rakuten-sync demo`): the sandbox in-process, a seeded demo shop, every job.
        .target(
            name: "SyncDemo",
            dependencies: [
                "SyncCommands", "SyncJobs", "SyncStore", "SyncCore", "Sandbox", "CurlTransport",
                .product(name: "Algorithms", package: "swift-algorithms"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),

        // executables
        .executableTarget(
            name: "rakuten-sync",
            dependencies: [
                "SyncCommands", "SyncDemo",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "rakuten-sync-orders",
            dependencies: jobExecutableDependencies,
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "rakuten-sync-stock",
            dependencies: jobExecutableDependencies,
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "rakuten-sync-shipping",
            dependencies: jobExecutableDependencies,
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "rakuten-sync-mappings",
            dependencies: jobExecutableDependencies,
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "rakuten-sync-sandbox",
            dependencies: [
                "Sandbox",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),

        // test targets
        .target(
            name: "TestSupport",
            dependencies: [
                "CurlTransport", "SyncStore", "Sandbox",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/TestSupport",
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "CurlTransportTests",
            dependencies: [
                "CurlTransport",
                "TestSupport",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "RakutenRMSTests",
            dependencies: [
                "RakutenRMS",
                "CurlTransport",
                "Sandbox",
                "TestSupport",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SmaregiAPITests",
            dependencies: [
                "SmaregiAPI",
                "CurlTransport",
                "Sandbox",
                "TestSupport",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SyncStoreTests",
            dependencies: ["SyncStore", "TestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SyncCoreTests",
            dependencies: ["SyncCore", "TestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SyncJobsTests",
            dependencies: [
                "SyncJobs",
                "SyncStore",
                "SyncCore",
                "RakutenRMS",
                "SmaregiAPI",
                "CurlTransport",
                "TestSupport",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SandboxTests",
            dependencies: [
                "Sandbox",
                "TestSupport",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SyncDemoTests",
            dependencies: [
                "SyncDemo",
                "CurlTransport",
                "TestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "TestSupport",
                "SyncStore",
                "rakuten-sync",
                "rakuten-sync-orders",
                "rakuten-sync-stock",
                "rakuten-sync-shipping",
                "rakuten-sync-mappings",
                "rakuten-sync-sandbox",
            ],
            swiftSettings: swiftSettings
        ),
    ]
)

/// What every job executable links: the jobs, the command-line parser and logging.
var jobExecutableDependencies: [Target.Dependency] {
    [
        "SyncCommands", "SyncJobs",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
    ]
}
