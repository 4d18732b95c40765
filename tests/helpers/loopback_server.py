"""What every loopback test server shares: serve a handler on 127.0.0.1 in a thread, and the
handler basics (HTTP/1.1, no request log, cutting the connection)."""

from __future__ import annotations

import contextlib
import socket
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class LoopbackHandler(BaseHTTPRequestHandler):
    """Base of the fakes' request handlers: keep-alive HTTP/1.1, quiet, and ``_drop()``."""

    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def _drop(self) -> None:
        """Cut the connection as a network failure would: no (further) answer."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.wfile.flush()
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away (killed, timed out, dropped by a proxy) is what the fault
        tests do on purpose: no traceback. Anything else is still printed."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class LoopbackServer:
    """Subclasses say which handler serves them (``handler_class``); the handler reaches the
    server object through the attribute named ``owner_attr``."""

    owner_attr = "fake"
    _server: ThreadingHTTPServer | None = None

    def handler_class(self) -> type[BaseHTTPRequestHandler]:
        raise NotImplementedError

    def start(self, port: int = 0):
        """Serve on ``port`` (0: any free one; a stopped server can come back on its old port)."""
        handler = type("Handler", (self.handler_class(),), {self.owner_attr: self})
        self._server = _Server(("127.0.0.1", port), handler)
        threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None, "start() the server first"
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"
