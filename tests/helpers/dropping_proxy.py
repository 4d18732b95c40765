"""A loopback HTTP proxy in front of a real server that can lose answers on purpose.

``drop_answer(path, count)``: the next ``count`` requests whose path contains ``path`` are
forwarded to the server (so they take effect), but the proxy closes the connection instead
of relaying the answer: the client cannot know whether its request arrived. Everything else
is relayed unchanged. Used to test exactly-once posting against the real atproto PDS.
"""

from __future__ import annotations

import threading
from typing import Any

import requests
from loopback_server import LoopbackHandler, LoopbackServer

_HOP = {
    "connection",
    "keep-alive",
    "transfer-encoding",
    "content-length",
    "content-encoding",
    "host",
    "proxy-connection",
    "te",
    "trailer",
    "upgrade",
}


class DroppingProxy(LoopbackServer):
    owner_attr = "proxy"

    def __init__(self, target: str) -> None:
        self.target = target.rstrip("/")
        self.rules: list[list[Any]] = []  # [path fragment, remaining count]
        self.forwarded: list[str] = []
        self.dropped: list[str] = []
        self._http = requests.Session()
        self._lock = threading.Lock()

    def handler_class(self) -> type:
        return _Handler

    def stop(self) -> None:
        super().stop()
        self._http.close()

    @property
    def url(self) -> str:
        return self.base_url

    def drop_answer(self, path: str, count: int = 1) -> None:
        with self._lock:
            self.rules.append([path, count])

    def _should_drop(self, path: str) -> bool:
        with self._lock:
            for rule in self.rules:
                if rule[1] > 0 and rule[0] in path:
                    rule[1] -= 1
                    return True
        return False


class _Handler(LoopbackHandler):
    proxy: DroppingProxy

    def _relay(self) -> None:
        p = self.proxy
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(n) if n else None
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP}
        resp = p._http.request(
            self.command,
            p.target + self.path,
            data=body,
            headers=headers,
            timeout=60,
            allow_redirects=False,
        )
        p.forwarded.append(self.path)
        if p._should_drop(self.path):
            p.dropped.append(self.path)
            self._drop()
            return
        data = resp.content
        self.send_response(resp.status_code)
        for k, v in resp.headers.items():
            if k.lower() not in _HOP:
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = _relay
    do_POST = _relay
