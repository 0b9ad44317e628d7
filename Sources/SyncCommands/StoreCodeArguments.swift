import ArgumentParser

/// The store a `store ...` subcommand acts on: `--store S` like every other command, or the older positional code.
///
/// Exactly one of the two must be given (issue #13 §4: `--store` is accepted the same way everywhere).
struct StoreCodeArguments: ParsableArguments {
    @Option(name: .customLong("store"), help: "店舗コード / store code.")
    var storeOption: String?

    @Argument(help: "店舗コード / store code (the same as --store).")
    var positional: String?

    /// The store code given either way.
    var code: String { storeOption ?? positional ?? "" }

    func validate() throws {
        switch (storeOption, positional) {
        case (nil, nil):
            throw ValidationError("店舗コードを --store で指定してください / give the store code with --store")
        case (let option?, let argument?) where option != argument:
            throw ValidationError(
                "店舗コードが2つ指定されています (\(option), \(argument)) / two different store codes given"
            )
        default:
            break
        }
    }
}
