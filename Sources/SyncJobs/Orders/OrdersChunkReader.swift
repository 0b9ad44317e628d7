import Algorithms
import Foundation
import RakutenRMS

/// Reads getOrder chunks of ≤100 order numbers on a second thread while the job transforms and loads the chunks
/// already read (issue #5: a burst of 1,000 orders takes the time of its Smaregi writes, not that plus the Rakuten
/// reads). RMS is paced at its own limit on the reader's side; Smaregi on the loader's side.
///
/// A failed read ends the reading: the chunk carries the error and no later chunk is asked for, so the run loads
/// what it has and then fails with it (the watermark does not move).
struct OrdersChunkReader {
    /// One getOrder call: the numbers asked for and what RMS answered.
    struct Chunk: Sendable {
        var numbers: [String]
        var result: Result<RMSGetOrderResponse, RakutenRMSError>
    }

    /// getOrder answers read ahead of the loader at most (2 × 100 orders).
    static let chunksInFlight = 2

    private let producer: BackgroundProducer<Chunk>

    /// Starts reading `numbers` in chunks of `RMSGetOrderRequest.maximumOrderNumbers`.
    init(numbers: [String], rakuten: RMSClient) {
        let chunks = numbers.chunks(ofCount: RMSGetOrderRequest.maximumOrderNumbers).map(Array.init)
        producer = BackgroundProducer(capacity: Self.chunksInFlight, name: "getOrder") { emit in
            for chunk in chunks {
                let result: Result<RMSGetOrderResponse, RakutenRMSError>
                do throws(RakutenRMSError) {
                    result = .success(try rakuten.getOrder(RMSGetOrderRequest(orderNumberList: chunk)))
                } catch {
                    result = .failure(error)
                }
                guard emit(Chunk(numbers: chunk, result: result)), case .success = result else { return }
            }
        }
    }

    /// The next chunk, nil when every chunk was read (or reading stopped after a failed one).
    func next() -> Chunk? {
        // The producer never throws: failures travel inside the chunk.
        (try? producer.next()) ?? nil
    }

    /// Stops reading and waits for the reader thread to end.
    func cancel() {
        producer.cancel()
    }
}
