"""A workspace with known messages, replies and times (Europe/Amsterdam, around the DST
change of Sunday 29 March 2026), for the exact report test and the CLI tests."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from cmstation.core.models import Author, Message, MessageKind, MessageState, Priority, Sentiment
from cmstation.core.profile import Profile
from cmstation.storage import messages, saved_searches
from cmstation.storage.profile import save_profile

AMS = ZoneInfo("Europe/Amsterdam")
PERIOD = "2026-03-23..2026-04-05"
PROFILE = Profile(
    display_name="Eva",
    role="Community manager",
    signoff="^Eva",
    brand_words=["Fietsje"],
    working_hours={"days": [1, 2, 3, 4, 5], "start": "09:00", "end": "17:00"},
    response_target_hours=24,
    time_zone="Europe/Amsterdam",
)


def at(month, day, hh, mm=0) -> int:
    return int(datetime(2026, month, day, hh, mm, tzinfo=AMS).timestamp())


NOW = at(4, 6, 12)
FOLLOWERS = {
    "anna": 100,
    "bram": 50_000,
    "cor": 12,
    "dirk": None,
    "erik": 300,
    "fenna": 40,
    "gijs": None,
    "hanna": 2000,
    "ivo": 7,
}


def _m(
    cid,
    rid,
    who,
    when,
    *,
    kind=MessageKind.MENTION,
    sentiment=Sentiment.NEUTRAL,
    state=MessageState.NEW,
    priority=Priority.NORMAL,
    reply_to="",
    replied_at=None,
    root="",
):
    return Message(
        channel_id=cid,
        remote_id=rid,
        text=f"{who}: {rid}",
        created_at=when,
        author=Author(
            remote_id=who, handle=who, display_name=who.title(), followers=FOLLOWERS[who]
        ),
        kind=kind,
        sentiment=sentiment,
        state=state,
        priority=priority,
        in_reply_to_id=reply_to,
        thread_root_id=root or reply_to or rid,
        replied_at=replied_at,
    )


def _own(cid, rid, when, *, reply_to="", kind=MessageKind.OWN_REPLY):
    return Message(
        channel_id=cid,
        remote_id=rid,
        text="Dank je! ^Eva",
        created_at=when,
        kind=kind,
        is_own=True,
        in_reply_to_id=reply_to,
        thread_root_id=reply_to or rid,
        state=MessageState.DONE,
    )


def build(db, cid) -> dict[str, int]:
    """Store the workspace; returns remote id -> message id."""
    save_profile(db, PROFILE)
    saved_searches.add_saved_search(db, "Merk", "Fietsje", channel_id=cid, now=NOW)
    P, N = Sentiment.POSITIVE, Sentiment.NEGATIVE
    R, W = MessageState.REPLIED, MessageState.NEEDS_REPLY
    msgs = [
        # week 13: Monday 23 - Sunday 29 March (CET, then CEST from Sunday 03:00)
        _m(cid, "A", "anna", at(3, 24, 10), sentiment=P, state=R, priority=Priority.QUESTION),
        _own(cid, "A-r", at(3, 24, 12), reply_to="A"),
        _m(cid, "B", "bram", at(3, 27, 16), sentiment=N, state=R, priority=Priority.COMPLAINT),
        _own(cid, "B-r", at(3, 30, 10), reply_to="B"),  # over the weekend and the DST change
        _m(cid, "C", "cor", at(3, 28, 11), sentiment=N, state=W, priority=Priority.COMPLAINT),
        _m(cid, "e1", "erik", at(3, 28, 12), kind=MessageKind.REPLY, reply_to="C"),
        _own(cid, "p1", at(3, 29, 20), kind=MessageKind.OWN_POST),
        # week 14: Monday 30 March - Sunday 5 April (CEST)
        _m(
            cid, "g1", "gijs", at(3, 30, 0, 30), kind=MessageKind.REPLY, sentiment=P, reply_to="p1"
        ),  # 22:30 UTC on the 29th: a local Monday
        _m(cid, "b1", "fenna", at(3, 31, 10), kind=MessageKind.REPOST, reply_to="p1"),
        _m(
            cid,
            "D",
            "anna",
            at(4, 1, 9, 30),
            sentiment=P,
            state=R,
            priority=Priority.QUESTION,
            replied_at=at(4, 1, 15, 30),
        ),
        _m(cid, "E", "dirk", at(4, 2, 20), state=R, priority=Priority.QUESTION),
        _m(cid, "s1", "hanna", at(4, 2, 11), kind=MessageKind.SEARCH_HIT, sentiment=P),
        _m(cid, "e2", "erik", at(4, 3, 8), kind=MessageKind.REPLY, reply_to="E"),
        _own(cid, "E-r", at(4, 3, 9, 30), reply_to="E"),
        _m(cid, "F", "anna", at(4, 4, 10), sentiment=P, state=MessageState.DONE),
        # the previous period (9 - 22 March)
        _m(cid, "x1", "fenna", at(3, 16, 10)),
        _m(cid, "x2", "ivo", at(3, 20, 10), kind=MessageKind.REPOST),
    ]
    res = messages.upsert_messages(db, msgs, now=NOW)
    return {m.remote_id: i for m, i in zip(msgs, res.ids, strict=True)}
