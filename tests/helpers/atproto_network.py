"""The real atproto reference network (scripts/atproto) for tests: start, stop, and helpers.

``AtprotoNetwork.start()`` runs ``scripts/atproto/start.sh`` (PLC, PDS, AppView on loopback,
with a private Postgres and Redis) and waits for its ready line; ``stop()`` closes its stdin,
which shuts everything down and removes its state. When the network is not set up
(``scripts/atproto/setup.sh`` has not run) ``start()`` raises ``NotSetUp``.

The helpers talk XRPC to the PDS directly (accounts, app passwords, posts, likes), so tests
can build what "another account" does; the code under test uses its own adapter.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import itertools
import json
import os
import secrets
import selectors
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parents[2]
START = ROOT / "scripts" / "atproto" / "start.sh"
#: dev-env's fixed JWT secret (packages/dev-env/src/const.ts): lets a test forge an
#: expired access token that the real PDS answers with ``ExpiredToken``.
JWT_SECRET = b"jwt-secret"
_names = itertools.count(1)


class NotSetUp(Exception):
    pass


def now_iso() -> str:
    dt = datetime.now(tz=UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def expired_copy(jwt: str, *, seconds_ago: int = 60) -> str:
    """The same access token, re-signed with an expiry in the past."""
    header, payload, _ = jwt.split(".")
    claims = json.loads(_unb64(payload))
    claims["exp"] = int(time.time()) - seconds_ago
    claims["iat"] = min(int(claims.get("iat", 0)), claims["exp"] - 60)
    signing_input = f"{header}.{_b64(json.dumps(claims, separators=(',', ':')).encode())}"
    sig = hmac.new(JWT_SECRET, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{_b64(sig)}"


class AtprotoNetwork:
    def __init__(self, proc: subprocess.Popen, info: dict[str, Any], log_path: Path) -> None:
        self.proc = proc
        self.info = info
        self.log_path = log_path
        self.pds: str = info["pds"]
        self.appview: str = info["appview"]
        self.plc: str = info["plc"]
        self.domain: str = info.get("handle_domain", ".test")
        self.http = requests.Session()
        self.startup_seconds: float = 0.0

    # -- life cycle -----------------------------------------------------------------------

    @classmethod
    def start(cls, *, timeout: float = 240.0) -> AtprotoNetwork:
        log = Path(tempfile.mkstemp(prefix="cmstation-atproto-", suffix=".log")[1])
        began = time.monotonic()
        with open(log, "wb") as err:
            proc = subprocess.Popen(
                [str(START)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=err,
                start_new_session=True,
                cwd=str(ROOT),
            )
        sel = selectors.DefaultSelector()
        sel.register(proc.stdout, selectors.EVENT_READ)
        deadline = time.monotonic() + timeout
        buf = b""
        try:
            while time.monotonic() < deadline:
                if proc.poll() is not None and not sel.select(0):
                    break
                if not sel.select(min(1.0, max(0.0, deadline - time.monotonic()))):
                    continue
                chunk = os.read(proc.stdout.fileno(), 65536)
                if not chunk:
                    proc.wait(5)
                    break
                buf += chunk
                while b"\n" in buf:
                    line, buf = buf.split(b"\n", 1)
                    if line.startswith(b"{"):
                        info = json.loads(line)
                        if info.get("ready"):
                            net = cls(proc, info, log)
                            net.startup_seconds = time.monotonic() - began
                            return net
        finally:
            sel.close()
        code = proc.poll()
        if code is None:
            cls._kill(proc)
        for pipe in (proc.stdin, proc.stdout):
            with contextlib.suppress(OSError):
                pipe.close()
        text = log.read_text(errors="replace")[-3000:]
        with contextlib.suppress(OSError):
            log.unlink()
        if code is None:
            raise RuntimeError(f"the atproto network did not start in {timeout:.0f} s:\n{text}")
        if code == 3:
            raise NotSetUp(text.strip().splitlines()[-1] if text.strip() else "not set up")
        raise RuntimeError(f"the atproto network failed to start (exit {code}):\n{text}")

    @staticmethod
    def _kill(proc: subprocess.Popen) -> None:
        with contextlib.suppress(ProcessLookupError):
            proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(40)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)  # our own session (start_new_session)
            proc.wait(10)

    def stop(self) -> None:
        self.http.close()
        with contextlib.suppress(BrokenPipeError, OSError):
            self.proc.stdin.close()  # network.mjs shuts down; start.sh cleans up
        try:
            self.proc.wait(60)
        except subprocess.TimeoutExpired:
            self._kill(self.proc)
        with contextlib.suppress(OSError):
            self.proc.stdout.close()
        with contextlib.suppress(OSError):
            self.log_path.unlink()

    # -- XRPC helpers (what other accounts do) -------------------------------------------

    def xrpc(
        self,
        method: str,
        nsid: str,
        token: str | None = None,
        *,
        params: Any = None,
        body: Any = None,
        expect: int = 200,
    ) -> Any:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        resp = self.http.request(
            method, f"{self.pds}/xrpc/{nsid}", params=params, json=body, headers=headers, timeout=30
        )
        assert resp.status_code == expect, (nsid, resp.status_code, resp.text[:500])
        return resp.json() if resp.content else None

    def create_account(self, name: str = "user") -> dict[str, Any]:
        """A fresh account: ``{"did", "handle", "accessJwt", "refreshJwt", "password"}``."""
        handle = f"{name[:8].lower()}{next(_names)}x{secrets.token_hex(3)}{self.domain}"
        password = f"pw-{handle}"
        acct = self.xrpc(
            "POST",
            "com.atproto.server.createAccount",
            body={
                "handle": handle,
                "email": f"{handle}@example.test",
                "password": password,
            },
        )
        acct["password"] = password
        return acct

    def app_password(self, account: dict[str, Any], name: str = "cmstation") -> str:
        data = self.xrpc(
            "POST",
            "com.atproto.server.createAppPassword",
            account["accessJwt"],
            body={"name": name},
        )
        return data["password"]

    def set_profile(self, account: dict[str, Any], display_name: str) -> None:
        self.xrpc(
            "POST",
            "com.atproto.repo.putRecord",
            account["accessJwt"],
            body={
                "repo": account["did"],
                "collection": "app.bsky.actor.profile",
                "rkey": "self",
                "record": {"$type": "app.bsky.actor.profile", "displayName": display_name},
            },
        )

    def create_record(self, account: dict[str, Any], collection: str, record: dict) -> dict:
        return self.xrpc(
            "POST",
            "com.atproto.repo.createRecord",
            account["accessJwt"],
            body={
                "repo": account["did"],
                "collection": collection,
                "record": record,
            },
        )

    def post(
        self,
        account: dict[str, Any],
        text: str,
        *,
        reply_to: dict | None = None,
        root: dict | None = None,
        quote: dict | None = None,
        mention: dict[str, Any] | None = None,
        langs: list[str] | None = None,
        link: tuple[str, str] | None = None,
    ) -> dict:
        """A post; ``reply_to``/``root``/``quote`` are ``{"uri", "cid"}`` of other posts;
        ``mention`` an account whose ``@handle`` in ``text`` becomes a mention facet;
        ``link`` = (label in the text, full URL) becomes a link facet."""
        record: dict[str, Any] = {
            "$type": "app.bsky.feed.post",
            "text": text,
            "createdAt": now_iso(),
        }
        facets = []
        data = text.encode()
        if mention is not None:
            at = f"@{mention['handle']}".encode()
            start = data.index(at)
            facets.append(
                {
                    "index": {"byteStart": start, "byteEnd": start + len(at)},
                    "features": [
                        {"$type": "app.bsky.richtext.facet#mention", "did": mention["did"]}
                    ],
                }
            )
        if link is not None:
            label = link[0].encode()
            start = data.index(label)
            facets.append(
                {
                    "index": {"byteStart": start, "byteEnd": start + len(label)},
                    "features": [{"$type": "app.bsky.richtext.facet#link", "uri": link[1]}],
                }
            )
        if facets:
            record["facets"] = facets
        if langs:
            record["langs"] = langs
        if reply_to is not None:
            top = root or reply_to
            record["reply"] = {
                "root": {"uri": top["uri"], "cid": top["cid"]},
                "parent": {"uri": reply_to["uri"], "cid": reply_to["cid"]},
            }
        if quote is not None:
            record["embed"] = {
                "$type": "app.bsky.embed.record",
                "record": {"uri": quote["uri"], "cid": quote["cid"]},
            }
        return self.create_record(account, "app.bsky.feed.post", record)

    def like(self, account: dict[str, Any], post: dict) -> dict:
        return self.create_record(
            account,
            "app.bsky.feed.like",
            {
                "$type": "app.bsky.feed.like",
                "subject": {"uri": post["uri"], "cid": post["cid"]},
                "createdAt": now_iso(),
            },
        )

    def follow(self, account: dict[str, Any], other: dict[str, Any]) -> dict:
        return self.create_record(
            account,
            "app.bsky.graph.follow",
            {"$type": "app.bsky.graph.follow", "subject": other["did"], "createdAt": now_iso()},
        )

    def delete_post(self, account: dict[str, Any], uri: str) -> None:
        self.xrpc(
            "POST",
            "com.atproto.repo.deleteRecord",
            account["accessJwt"],
            body={
                "repo": account["did"],
                "collection": "app.bsky.feed.post",
                "rkey": uri.rsplit("/", 1)[1],
            },
        )

    def wait_indexed(self, viewer: dict[str, Any], post: dict) -> None:
        """Wait until the AppView has indexed ``post`` (as seen by ``viewer``).

        The AppView indexes different repos concurrently. A reply indexed before its parent
        gets no "reply" notification for the parent's author (the reference AppView skips it
        when it catches up), so a test that answers another account's fresh post waits for
        that post first, as a person would who saw it before answering."""
        wait_for(
            lambda: self.xrpc(
                "GET",
                "app.bsky.feed.getPosts",
                viewer["accessJwt"],
                params={"uris": [post["uri"]]},
            )["posts"]
        )

    def list_posts(self, account: dict[str, Any]) -> list[dict]:
        data = self.xrpc(
            "GET",
            "com.atproto.repo.listRecords",
            params={"repo": account["did"], "collection": "app.bsky.feed.post", "limit": 100},
        )
        return data["records"]


def wait_for(check: Callable[[], Any], *, timeout: float = 15.0, interval: float = 0.05) -> Any:
    """Poll ``check`` until it returns something truthy (the AppView indexes 50-110 ms after
    a write); returns that value, or fails the test with the last value seen."""
    deadline = time.monotonic() + timeout
    value = check()
    while not value and time.monotonic() < deadline:
        time.sleep(interval)
        value = check()
    assert value, f"not reached within {timeout} s (last: {value!r})"
    return value


# -- additions for reactions and moderation (tests/channels/test_bluesky_actions.py) --------


def appview_get(net: AtprotoNetwork, viewer: dict[str, Any], nsid: str, **params: Any) -> Any:
    """An AppView query as ``viewer`` sees it (through the PDS)."""
    return net.xrpc("GET", nsid, viewer["accessJwt"], params=params)


def post_view(net: AtprotoNetwork, viewer: dict[str, Any], uri: str) -> dict | None:
    """The AppView's view of one post as ``viewer`` sees it, or None (not indexed, gone)."""
    posts = appview_get(net, viewer, "app.bsky.feed.getPosts", uris=[uri])["posts"]
    return posts[0] if posts else None


def list_records(net: AtprotoNetwork, account: dict[str, Any], collection: str) -> list[dict]:
    data = net.xrpc(
        "GET",
        "com.atproto.repo.listRecords",
        params={"repo": account["did"], "collection": collection, "limit": 100},
    )
    return data["records"]


def ozone_reports(net: AtprotoNetwork, subject_uri: str) -> list[dict]:
    """The report events the network's moderation service (Ozone) holds for a subject,
    read with dev-env's admin password."""
    resp = net.http.get(
        f"{net.info['ozone']}/xrpc/tools.ozone.moderation.queryEvents",
        params={"subject": subject_uri, "types": ["tools.ozone.moderation.defs#modEventReport"]},
        auth=("admin", net.info.get("admin_password", "admin-pass")),
        timeout=30,
    )
    assert resp.status_code == 200, (resp.status_code, resp.text[:500])
    return resp.json()["events"]
