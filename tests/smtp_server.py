#!/usr/bin/env python3
"""The tests' mail server: aiosmtpd on 127.0.0.1 with STARTTLS (a certificate the test
made, trusted only by it) and AUTH PLAIN/LOGIN. It behaves by recipient:

  refuse@…  550 at RCPT TO          drop@…   closes the connection after the data, unanswered
  stall@…   takes the data and waits before answering (a sender killed mid-send)

Every message taken is written to OUTDIR/NNNN.eml; a line per event goes to stdout
("ready PORT", "data-begin", "stored PATH").
Usage: smtp_server.py CERT KEY OUTDIR USER PASSWORD [PORT]   (default: a free port)
"""
import asyncio
import os
import socket
import ssl
import sys
import threading
import warnings

warnings.filterwarnings("ignore", category=DeprecationWarning)  # aiosmtpd about its own login_data

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

cert, key, outdir, user, password = sys.argv[1:6]
os.makedirs(outdir, exist_ok=True)


def say(line):
    print(line, flush=True)


class Handler:
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("refuse@"):
            return "550 5.1.1 <%s>: Recipient address rejected: no such list" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        say("data-begin " + ",".join(envelope.rcpt_tos))
        if any(a.startswith("drop@") for a in envelope.rcpt_tos):
            server.transport.abort()  # the message arrived; the answer never does
            return "250 never sent"
        if any(a.startswith("stall@") for a in envelope.rcpt_tos):
            await asyncio.sleep(120)
        count = len([n for n in os.listdir(outdir) if n.endswith(".eml")])
        path = os.path.join(outdir, "%04d.eml" % (count + 1))
        with open(path, "wb") as f:
            f.write(envelope.original_content)
        say("stored " + path)
        return "250 2.0.0 Ok: queued"


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user and auth_data.password.decode() == password
    return AuthResult(success=ok, handled=False)


context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
context.load_cert_chain(cert, key)
if len(sys.argv) > 6:
    port = int(sys.argv[6])  # the same port again: a server that was down is back
else:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))  # a free private port (the controller cannot be given 0)
    port = probe.getsockname()[1]
    probe.close()
controller = Controller(Handler(), hostname="127.0.0.1", port=port, tls_context=context, require_starttls=True,
                        authenticator=authenticator, auth_required=True)
controller.start()
say("ready %d" % port)
try:
    threading.Event().wait()
except KeyboardInterrupt:
    pass
finally:
    controller.stop()
