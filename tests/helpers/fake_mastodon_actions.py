"""Favourite, boost, mute, block and report on the loopback Mastodon, as documented.

``install(fake)`` adds the routes to a FakeMastodon. The server keeps what was done in
``fake.favourites`` / ``fake.boosts`` ({status id: set of account ids}), ``fake.mutes`` /
``fake.blocks`` ({account id: set of target account ids}) and ``fake.reports`` (list of
Report entities, with the request body), so tests can count them. Everything but a report
is idempotent, as on a real server:
https://docs.joinmastodon.org/methods/statuses/#favourite, #boost,
https://docs.joinmastodon.org/methods/accounts/#mute, #block,
https://docs.joinmastodon.org/methods/reports/#post
"""

from __future__ import annotations

import re
import time
from typing import Any

from fake_mastodon import FakeMastodon, iso


def _relationship(fake: FakeMastodon, me: str, other: str) -> dict[str, Any]:
    return {
        "id": other,
        "following": False,
        "showing_reblogs": True,
        "notifying": False,
        "languages": None,
        "followed_by": False,
        "blocking": other in fake.blocks.get(me, set()),
        "blocked_by": False,
        "muting": other in fake.mutes.get(me, set()),
        "muting_notifications": other in fake.mutes.get(me, set()),
        "requested": False,
        "requested_by": False,
        "domain_blocking": False,
        "endorsed": False,
        "note": "",
    }


def _status_view(fake: FakeMastodon, st: dict, me: str) -> dict:
    out = dict(st)
    out["favourited"] = me in fake.favourites.get(st["id"], set())
    out["reblogged"] = me in fake.boosts.get(st["id"], set())
    out["favourites_count"] = len(fake.favourites.get(st["id"], set()))
    out["reblogs_count"] = len(fake.boosts.get(st["id"], set()))
    return out


def install(fake: FakeMastodon) -> FakeMastodon:
    fake.favourites: dict[str, set[str]] = {}
    fake.boosts: dict[str, set[str]] = {}
    fake.boost_ids: dict[tuple[str, str], str] = {}
    fake.mutes: dict[str, set[str]] = {}
    fake.blocks: dict[str, set[str]] = {}
    fake.reports: list[dict[str, Any]] = []

    def route(handler, method: str, path: str, q: dict, body: dict, me: str):
        if method != "POST":
            return None
        m = re.fullmatch(r"/api/v1/statuses/([^/]+)/(favourite|unfavourite|reblog|unreblog)", path)
        if m:
            sid, verb = m.groups()
            with fake._lock:
                st = fake.statuses.get(sid)
                if st is None:
                    return 404, {"error": "Record not found"}, {}
                if verb == "favourite":
                    fake.favourites.setdefault(sid, set()).add(me)
                elif verb == "unfavourite":
                    fake.favourites.setdefault(sid, set()).discard(me)
                elif verb == "unreblog":
                    fake.boosts.setdefault(sid, set()).discard(me)
                    fake.boost_ids.pop((sid, me), None)
                else:  # reblog: the wrapper status; boosting twice answers the same one
                    fake.boosts.setdefault(sid, set()).add(me)
                    bid = fake.boost_ids.setdefault((sid, me), fake.new_id())
                    wrapper = dict(
                        _status_view(fake, st, me), id=bid, reblog=_status_view(fake, st, me)
                    )
                    wrapper["account"] = fake.accounts[me]
                    wrapper["content"] = ""
                    return 200, wrapper, {}
                return 200, _status_view(fake, st, me), {}
        m = re.fullmatch(r"/api/v1/accounts/([^/]+)/(mute|unmute|block|unblock)", path)
        if m:
            aid, verb = m.groups()
            if aid not in fake.accounts:
                return 404, {"error": "Record not found"}, {}
            table = fake.mutes if verb.endswith("mute") else fake.blocks
            with fake._lock:
                if verb.startswith("un"):
                    table.setdefault(me, set()).discard(aid)
                else:
                    table.setdefault(me, set()).add(aid)
            return 200, _relationship(fake, me, aid), {}
        if path == "/api/v1/reports":
            aid = str(body.get("account_id") or "")
            if aid not in fake.accounts:
                return 422, {"error": "Validation failed: Target account can't be blank"}, {}
            ids = body.get("status_ids") or []
            ids = ids if isinstance(ids, list) else [ids]
            if any(str(i) not in fake.statuses for i in ids):
                return 404, {"error": "Record not found"}, {}
            category = body.get("category") or "other"
            if category not in ("spam", "legal", "violation", "other"):
                return 422, {"error": "Validation failed: Category is not included in the list"}, {}
            report = {
                "id": fake.new_id(),
                "action_taken": False,
                "action_taken_at": None,
                "category": category,
                "comment": str(body.get("comment") or ""),
                "forwarded": bool(body.get("forward")),
                "created_at": iso(time.time()),
                "status_ids": [str(i) for i in ids],
                "rule_ids": None,
                "target_account": fake.accounts[aid],
            }
            fake.reports.append(report)
            return 200, report, {}
        return None

    fake.routes.append(route)
    return fake
