/// The Smaregi products of a contract, reduced to what the mapping check needs: id ↔ product code.
///
/// Built once per check run from the product pages (1,000 per page), never one call per mapping.
package struct SmaregiCatalogue: Sendable {
    private var codeByID: [Int: String] = [:]
    private var idsByCode: [String: [Int]] = [:]

    /// An empty catalogue.
    package init() {}

    /// A catalogue of `(id, code)` pairs.
    package init<S: Sequence>(_ products: S) where S.Element == (id: Int, code: String) {
        for product in products { add(id: product.id, code: product.code) }
    }

    /// Adds one product.
    package mutating func add(id: Int, code: String) {
        codeByID[id] = code
        if !code.isEmpty { idsByCode[code, default: []].append(id) }
    }

    /// How many products.
    package var count: Int { codeByID.count }

    /// The product code of `id`, or nil when there is no such product.
    package func code(ofProduct id: Int) -> String? { codeByID[id] }

    /// The ids of the products with `code` (more than one means the code is ambiguous).
    package func ids(withCode code: String) -> [Int] { idsByCode[code] ?? [] }
}
