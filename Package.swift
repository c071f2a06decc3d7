// swift-tools-version: 6.1

import PackageDescription

let package = Package(
    name: "Statecraft",
    products: [
        .library(name: "Statecraft", targets: ["Statecraft"]),
        .executable(name: "statecraft", targets: ["statecraft"]),
        .executable(name: "statecraft-benchmark", targets: ["StatecraftBenchmark"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    ],
    targets: [
        // Graphviz's C library (libgvc, libcgraph). Only `Rendering/Graphviz.swift` imports it.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // Hunspell's C library, for Polish and English stems of names the lexicon does not know.
        // Only `Extraction/Hunspell.swift` imports it.
        .systemLibrary(
            name: "CHunspell",
            pkgConfig: "hunspell",
            providers: [.apt(["libhunspell-dev", "hunspell-pl", "hunspell-en-us"])]
        ),
        .target(
            name: "Statecraft",
            dependencies: [
                "CGraphviz",
                "CHunspell",
                .product(name: "HeapModule", package: "swift-collections"),
            ],
            resources: [.copy("Extraction/Lexicon/Data")]
        ),
        .executableTarget(
            name: "statecraft",
            dependencies: [
                "Statecraft",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // A program, not a test: in-process rendering against `dot` as a subprocess, and memory
        // over repeated renders. `swift run -c release render-benchmark`.
        .executableTarget(
            name: "render-benchmark",
            dependencies: ["Statecraft"],
            path: "Sources/RenderBenchmark"
        ),
        // Times the analysis algorithms on generated graphs (see BENCHMARKS.md); not a test.
        .executableTarget(
            name: "StatecraftBenchmark",
            dependencies: ["Statecraft"]
        ),
        .testTarget(
            name: "StatecraftTests",
            dependencies: ["Statecraft", "statecraft"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    settings.append(.enableUpcomingFeature("NonisolatedNonsendingByDefault"))
    target.swiftSettings = settings
}
