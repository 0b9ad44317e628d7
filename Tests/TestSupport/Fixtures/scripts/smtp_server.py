"""Loopback SMTP server for tests (run with /usr/bin/python3, which has aiosmtpd).

Usage: smtp_server.py --dir DIR [--auth USER:PASSWORD] [--cert CERT --key KEY [--require-starttls | --implicit-tls]]

Picks a free 127.0.0.1 port, starts aiosmtpd, and writes the port to DIR/ready once it accepts connections.
Recipients starting with "reject" get 550. Every accepted message becomes DIR/message-N.json (envelope, decoded subject, body text, attachments) and
DIR/message-N.eml (raw bytes). Exits on SIGTERM/SIGINT or when its parent process goes away.
"""
import argparse
import base64
import email
import email.policy
import json
import os
import signal
import socket
import ssl
import sys
import threading
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def write_atomically(path, data):
    temporary = path + ".tmp"
    with open(temporary, "wb") as handle:
        handle.write(data)
    os.rename(temporary, path)


class RecordingHandler:
    def __init__(self, directory):
        self.directory = directory
        self.count = 0
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        # Recipients whose local part starts with "reject" are refused, to test permanent SMTP failures.
        if address.lower().startswith("reject"):
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        message = email.message_from_bytes(raw, policy=email.policy.default)
        body_part = message.get_body(preferencelist=("plain",))
        attachments = []
        for part in message.iter_attachments():
            attachments.append({
                "filename": part.get_filename(),
                "contentType": part.get_content_type(),
                "data": base64.b64encode(part.get_payload(decode=True) or b"").decode("ascii"),
            })
        record = {
            "mailFrom": envelope.mail_from,
            "recipients": list(envelope.rcpt_tos),
            "subject": str(message["subject"]),
            "body": body_part.get_content() if body_part is not None else None,
            "attachments": attachments,
            "raw": base64.b64encode(raw).decode("ascii"),
            "authenticated": bool(getattr(session, "authenticated", False)),
            "tls": session.ssl is not None or server.transport.get_extra_info("ssl_object") is not None,
        }
        with self.lock:
            self.count += 1
            index = self.count
        write_atomically(os.path.join(self.directory, "message-%d.eml" % index), raw)
        write_atomically(os.path.join(self.directory, "message-%d.json" % index), json.dumps(record).encode("utf-8"))
        return "250 Message accepted for delivery"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--auth")
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--require-starttls", action="store_true")
    parser.add_argument("--implicit-tls", action="store_true")
    arguments = parser.parse_args()

    parameters = {}
    if arguments.auth:
        user, password = arguments.auth.split(":", 1)

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = auth_data.login == user.encode() and auth_data.password == password.encode()
            return AuthResult(success=ok, handled=False)

        parameters.update(authenticator=authenticator, auth_required=True, auth_require_tls=False)
    controller_parameters = {}
    if arguments.cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(arguments.cert, arguments.key)
        if arguments.implicit_tls:
            controller_parameters["ssl_context"] = context  # smtps: TLS from the first byte
        else:
            parameters.update(tls_context=context, require_starttls=arguments.require_starttls)
        if arguments.auth and not arguments.implicit_tls:
            # aiosmtpd only counts STARTTLS as TLS here; with implicit TLS every session is encrypted anyway.
            parameters["auth_require_tls"] = True

    port = free_port()
    controller = Controller(
        RecordingHandler(arguments.dir), hostname="127.0.0.1", port=port, **controller_parameters, **parameters
    )
    controller.start()
    write_atomically(os.path.join(arguments.dir, "ready"), str(port).encode("ascii"))

    stopping = threading.Event()
    # The test process may run with SIGTERM blocked (signal handling threads); the mask is inherited, so unblock.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
    signal.signal(signal.SIGTERM, lambda *_: stopping.set())
    signal.signal(signal.SIGINT, lambda *_: stopping.set())
    parent = os.getppid()
    while not stopping.wait(0.2):
        if os.getppid() != parent:
            break
    controller.stop()
    sys.exit(0)


if __name__ == "__main__":
    main()
