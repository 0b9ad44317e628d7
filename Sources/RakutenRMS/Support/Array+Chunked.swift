import Foundation

extension Array {
    /// Consecutive slices of at most `size` elements (the batch limits of the RMS bulk endpoints).
    package func rmsChunked(size: Int) -> [[Element]] {
        guard size > 0 else { return [self] }
        return stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}
