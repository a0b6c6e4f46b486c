#!/usr/bin/env python3
"""A real SMTP server for the transcript-by-e-mail tests (Debian's python3-aiosmtpd).

Usage: smtp_sink.py PORT DIRECTORY

Listens on 127.0.0.1:PORT without TLS and keeps every message it accepts: NNN.eml (the message as
received) and, written after it, NNN.json with the envelope and the message as Python's e-mail parser
reads it (headers decoded, each text part decoded). Prints "ready" once it accepts connections; runs
until it is terminated.
"""
import json
import os
import signal
import sys
import threading
from email import policy
from email.parser import BytesParser

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, directory):
        self.directory = directory
        # A restarted server on the same directory goes on from the last number.
        self.count = len([n for n in os.listdir(directory) if n.endswith('.eml')])
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            base = os.path.join(self.directory, '%03d' % self.count)
        raw = envelope.original_content or envelope.content
        message = BytesParser(policy=policy.default).parsebytes(raw)
        parts = []
        for part in message.walk():
            if part.get_content_maintype() == 'text':
                parts.append({'type': part.get_content_type(), 'text': part.get_content()})
        record = {
            'mailFrom': envelope.mail_from,
            'rcptTos': envelope.rcpt_tos,
            'headers': {name: str(value) for name, value in message.items()},
            'headerNames': list(message.keys()),
            'contentType': message.get_content_type(),
            'parts': parts,
        }
        with open(base + '.eml', 'wb') as f:
            f.write(raw)
        with open(base + '.tmp', 'w', encoding='utf-8') as f:
            json.dump(record, f, ensure_ascii=False)
        os.replace(base + '.tmp', base + '.json')
        return '250 Message accepted for delivery'


def main():
    port = int(sys.argv[1])
    directory = sys.argv[2]
    os.makedirs(directory, exist_ok=True)
    controller = Controller(Sink(directory), hostname='127.0.0.1', port=port)
    controller.start()
    print('ready', flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == '__main__':
    main()
