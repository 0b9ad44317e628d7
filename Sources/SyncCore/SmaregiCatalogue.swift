/// The Smaregi products of a contract, reduced to what the mapping check needs: id ↔ product code.
///
/// Built once per check run from the product pages (1,000 per page), never one call per mapping.
package struct SmaregiCatalogue: Sendable {
    private var codeByID: [Int: String] = [:]
    /// Product names, kept only for the ones that have one (`mapping list` shows them).
    private var nameByID: [Int: String] = [:]
    /// The first product of each code; the rare codes shared by several products are in `sharedCodes`
    /// (one dictionary entry per product instead of one array per code keeps 100,000 products small).
    private var idByCode: [String: Int] = [:]
    private var sharedCodes: [String: [Int]] = [:]

    /// An empty catalogue.
    package init() {}

    /// A catalogue of `(id, code)` pairs.
    package init<S: Sequence>(_ products: S) where S.Element == (id: Int, code: String) {
        for product in products { add(id: product.id, code: product.code) }
    }

    /// Adds one product.
    package mutating func add(id: Int, code: String, name: String = "") {
        codeByID[id] = code
        if !name.isEmpty { nameByID[id] = name }
        guard !code.isEmpty else { return }
        if let first = idByCode[code] {
            sharedCodes[code, default: [first]].append(id)
        } else {
            idByCode[code] = id
        }
    }

    /// How many products.
    package var count: Int { codeByID.count }

    /// The product code of `id`, or nil when there is no such product.
    package func code(ofProduct id: Int) -> String? { codeByID[id] }

    /// The name of product `id`, or nil when it has none or does not exist.
    package func name(ofProduct id: Int) -> String? { nameByID[id] }

    /// The ids of the products with `code` (more than one means the code is ambiguous).
    package func ids(withCode code: String) -> [Int] {
        if let shared = sharedCodes[code] { return shared }
        return idByCode[code].map { [$0] } ?? []
    }
}
