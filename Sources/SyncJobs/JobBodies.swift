/// The extract–transform–load body of each job, as the executables and the demo run it inside the run frame.
package enum JobBodies {
    /// The body for `job`.
    package static func body(for job: JobName) -> (inout RunContext) throws -> Void {
        switch job {
        case .mappings: { context in try MappingCheckJob().run(&context) }
        case .orders: { context in try OrdersJob().run(&context) }
        case .stock: { context in try StockJob().run(&context) }
        case .shipping: { context in try ShippingJob().run(&context) }
        }
    }
}
