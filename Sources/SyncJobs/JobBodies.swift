import Logging

/// The extract–transform–load body of each job, as the executables and the demo run it.
///
/// The foundation ships the run frame only: each job's own remote work arrives with its issue (orders #5,
/// stock #6, shipping #7, mapping check #4) and replaces the body here. Until then a body logs that it has
/// nothing to do, so cron, reports, mail and run history can be set up and watched already.
package enum JobBodies {
    /// The body for `job`.
    package static func body(for job: JobName) -> (inout RunContext) throws -> Void {
        if job == .mappings {
            return { context in try MappingCheckJob().run(&context) }
        }
        if job == .orders {
            return { context in try OrdersJob().run(&context) }
        }
        if job == .shipping {
            return { context in try ShippingJob().run(&context) }
        }
        if job == .stock {
            return { context in try StockJob().run(&context) }
        }
        let issue: String =
            switch job {
            case .orders: "#5"
            case .stock: "#6"
            case .shipping: "#7"
            case .mappings: "#4"
            }
        return { context in
            context.logger.info(
                "\(job.japaneseName): the job's remote work is not implemented yet (issue \(issue)); the run frame ran"
            )
        }
    }
}
