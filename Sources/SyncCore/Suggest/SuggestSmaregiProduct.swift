/// One Smaregi product as `mapping suggest` sees it (`GET /pos/products`, smaregi.md §4.2). The product list has
/// no JAN field of its own: 商品コード is where merchants keep the JAN (smaregi.md §4.2, "the natural join key").
package struct SuggestSmaregiProduct: Sendable, Equatable {
    /// 商品ID.
    package var id: Int
    /// 商品コード.
    package var code: String
    /// 商品名.
    package var name: String

    /// A product.
    package init(id: Int, code: String, name: String = "") {
        self.id = id
        self.code = code
        self.name = name
    }
}
