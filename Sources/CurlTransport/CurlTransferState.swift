import CCurl
import Foundation

/// What curl's C callbacks read from and write to during one transfer.
///
/// Handed to C as an unretained opaque pointer; the owning `CurlTransfer` keeps it alive for the transfer.
final class CurlTransferState {
    /// Bytes received (the decoded response body).
    var body = Data()
    /// Header fields of the latest response block (reset at every status line, e.g. after `100 Continue`).
    var headers: [HTTPHeader] = []
    /// Bytes to upload through the read callback (SMTP message).
    var upload = Data()
    /// How many bytes of `upload` curl has already read.
    var uploadOffset = 0

    /// Appends a received body chunk.
    static let writeCallback: ccurl_data_callback = { data, size, count, userdata in
        let length = size * count
        guard let userdata else { return 0 }
        guard let data, length > 0 else { return length }
        let state = Unmanaged<CurlTransferState>.fromOpaque(userdata).takeUnretainedValue()
        state.body.append(UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self), count: length)
        return length
    }

    /// Parses one header line (`Name: value`, or a status line that starts a new block).
    static let headerCallback: ccurl_data_callback = { data, size, count, userdata in
        let length = size * count
        guard let userdata else { return 0 }
        guard let data, length > 0 else { return length }
        let state = Unmanaged<CurlTransferState>.fromOpaque(userdata).takeUnretainedValue()
        let bytes = UnsafeRawBufferPointer(start: data, count: length)
        let line = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if line.hasPrefix("HTTP/") {
            state.headers.removeAll()
        } else if let colon = line.firstIndex(of: ":") {
            let name = String(line[..<colon]).trimmingCharacters(in: .whitespaces)
            let value = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            state.headers.append(HTTPHeader(name, value))
        }
        return length
    }

    /// Copies the next chunk of `upload` into curl's buffer; 0 signals the end.
    static let readCallback: ccurl_read_callback = { buffer, size, count, userdata in
        guard let userdata, let buffer else { return Int(CURL_READFUNC_ABORT) }
        let state = Unmanaged<CurlTransferState>.fromOpaque(userdata).takeUnretainedValue()
        let remaining = state.upload.count - state.uploadOffset
        let length = min(size * count, remaining)
        guard length > 0 else { return 0 }
        let start = state.upload.startIndex + state.uploadOffset
        state.upload.copyBytes(
            to: UnsafeMutableRawPointer(buffer).assumingMemoryBound(to: UInt8.self),
            from: start..<(start + length)
        )
        state.uploadOffset += length
        return length
    }
}
