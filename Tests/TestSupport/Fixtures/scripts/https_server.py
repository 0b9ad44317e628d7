"""Loopback HTTPS server for TLS-verification tests (run with /usr/bin/python3).

Usage: https_server.py --dir DIR --cert CERT --key KEY [--bind ADDRESS]

Serves GET on ADDRESS (default 127.0.0.1) at a free port with the given certificate, answering 200 "tls ok". Writes the
port to DIR/ready once listening. Exits on SIGTERM/SIGINT or when its parent process goes away.
"""
import argparse
import http.server
import os
import signal
import ssl
import threading


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        body = b"tls ok"
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--bind", default="127.0.0.1")
    arguments = parser.parse_args()

    server = http.server.ThreadingHTTPServer((arguments.bind, 0), Handler)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(arguments.cert, arguments.key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()

    ready = os.path.join(arguments.dir, "ready")
    with open(ready + ".tmp", "w") as handle:
        handle.write(str(server.server_address[1]))
    os.rename(ready + ".tmp", ready)

    stopping = threading.Event()
    # The test process may run with SIGTERM blocked (signal handling threads); the mask is inherited, so unblock.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
    signal.signal(signal.SIGTERM, lambda *_: stopping.set())
    signal.signal(signal.SIGINT, lambda *_: stopping.set())
    parent = os.getppid()
    while not stopping.wait(0.2):
        if os.getppid() != parent:
            break
    server.shutdown()


if __name__ == "__main__":
    main()
