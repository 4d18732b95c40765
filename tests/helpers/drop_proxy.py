"""A loopback HTTP proxy in front of a real server that can drop the answer to a request
after the server has handled it: the client cannot know whether its write happened."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import requests


class DropProxy:
    def __init__(self, upstream: str) -> None:
        self.upstream = upstream.rstrip("/")
        self.drop_next: dict[str, int] = {}  # path substring -> how many answers to drop
        self.dropped = 0
        self._server: ThreadingHTTPServer | None = None
        self._session = requests.Session()
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def drop_answer(self, path_part: str, count: int = 1) -> None:
        with self._lock:
            self.drop_next[path_part] = self.drop_next.get(path_part, 0) + count

    def _should_drop(self, path: str) -> bool:
        with self._lock:
            for part, n in self.drop_next.items():
                if n > 0 and part in path:
                    self.drop_next[part] = n - 1
                    self.dropped += 1
                    return True
        return False

    def start(self) -> DropProxy:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def _forward(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                headers = {k: v for k, v in self.headers.items()
                           if k.lower() not in ("host", "content-length", "connection")}
                resp = proxy._session.request(self.command, proxy.upstream + self.path,
                                              data=body, headers=headers, timeout=30)
                if proxy._should_drop(self.path):
                    self.close_connection = True
                    self.connection.close()  # handled upstream, no answer here
                    return
                data = resp.content
                self.send_response(resp.status_code)
                for k, v in resp.headers.items():
                    if k.lower() not in ("content-length", "transfer-encoding", "connection",
                                         "content-encoding"):
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = _forward

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        self._session.close()

    def __enter__(self) -> DropProxy:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
