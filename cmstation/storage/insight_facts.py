"""Facts the insights read on every report, kept on each message by triggers (migration 12),
so that a report over a million messages reads index ranges instead of asking, per row,
"did this need a reply, when was it first answered, does it answer someone else".

* ``needed_reply`` (0/1): the message's state is needs_reply or replied, or it has a
  replied_at, or one of our own stored replies answers it, or the event log shows it once
  left needs_reply. Whether it is someone else's and not spam is asked at query time
  (``NEEDED`` below), so those stay one column each. storage.insights defines the term.
* ``first_response_at``: the earliest of replied_at and our own stored replies' times.
* ``answers_other`` (0/1): a reply to another person's question or complaint (priority 2 or
  more) on the same channel: what makes someone a curator in the engagement pyramid.
* ``pyramid_role``: what the message is in the engagement pyramid: 1 sharing (repost,
  quote), 2 commenting (reply, mention, hand-captured, a search hit or feed item that
  replies), 3 producing (a search hit or feed item that starts something), -1 private
  (direct messages: no word of mouth), -2 spam, 0 anything else. Spam is said here, not by
  the state in the index the report reads by author, so marking messages done or
  ignored never touches that index (only marking spam does).

``message_hours`` counts other people's messages (not spam) per hour, channel, sentiment
and whether private, with their known reach: a report's volume and reach sum its rows.

The triggers recompute a message's facts whenever anything they are made of changes: its
own state or replied_at, an own reply stored, moved or deleted, a state_changed event, its
parent's priority crossing "question", a parent arriving after its replies. ``drift`` says
which messages' stored facts differ from the definitions computed afresh, ``hours_drift``
which hours differ from a count of the messages (the tests use both); they are empty unless
a trigger is missing.
"""

from __future__ import annotations

import re

import sqlite_utils

#: The definitions, for the row named ``m`` (the triggers say "messages" for the row they
#: update, see _on).
_NEEDED_DEF = """(m.state IN ('needs_reply', 'replied') OR m.replied_at IS NOT NULL
    OR EXISTS (SELECT 1 FROM messages o WHERE o.channel_id = m.channel_id AND o.is_own = 1
               AND o.in_reply_to_id = m.remote_id AND m.remote_id != '')
    OR EXISTS (SELECT 1 FROM events e WHERE e.message_id = m.id AND e.kind = 'state_changed'
               AND json_extract(e.detail, '$.from') = 'needs_reply'))"""

_FIRST_DEF = """nullif(min(coalesce(m.replied_at, 1e18),
    coalesce((SELECT min(o.created_at) FROM messages o WHERE o.channel_id = m.channel_id
              AND o.is_own = 1 AND o.in_reply_to_id = m.remote_id AND m.remote_id != ''),
             1e18)), 1e18)"""

_ANSWERS_DEF = """EXISTS (SELECT 1 FROM messages p WHERE p.channel_id = m.channel_id
    AND p.remote_id = m.in_reply_to_id AND m.in_reply_to_id != '' AND p.is_own = 0
    AND p.author_id IS NOT m.author_id AND p.priority >= 2)"""

_ROLE_DEF = """(CASE WHEN m.state = 'spam' THEN -2 WHEN m.kind IN ('direct', 'own_direct') THEN -1
    WHEN m.kind IN ('repost', 'quote') THEN 1
    WHEN m.kind IN ('reply', 'mention', 'manual')
        OR (m.kind IN ('search_hit', 'feed_item') AND m.in_reply_to_id != '') THEN 2
    WHEN m.kind IN ('search_hit', 'feed_item') THEN 3 ELSE 0 END)"""

#: "Needed a reply", for queries on messages ``m``: the partial index messages_needed has
#: exactly these terms in its WHERE, so a query that says them reads only that index.
NEEDED = "m.needed_reply = 1 AND m.is_own = 0 AND m.state != 'spam'"


def _on(expr: str) -> str:
    """A definition as an UPDATE's SET expression on the row being updated."""
    return re.sub(r"\bm\.", "messages.", expr)


def _new(expr: str) -> str:
    """A definition for the row a trigger fired on."""
    return re.sub(r"\bm\.", "new.", expr)


_SET_REPLY = (
    f"needed_reply = {_on(_NEEDED_DEF)}, first_response_at = CAST({_on(_FIRST_DEF)} AS INTEGER)"
)
_SET_ANSWERS = f"answers_other = {_on(_ANSWERS_DEF)}"
_SET_ROLE = f"pyramid_role = {_on(_ROLE_DEF)}"
#: Guards: a row is written only when a fact of it would change (a bulk "done" of 100,000
#: messages, whose events say they needed a reply, writes nothing more).
_REPLY_CHANGES = (
    f"(needed_reply IS NOT {_on(_NEEDED_DEF)}"
    f" OR first_response_at IS NOT CAST({_on(_FIRST_DEF)} AS INTEGER))"
)
_ANSWERS_CHANGES = f"answers_other IS NOT {_on(_ANSWERS_DEF)}"
_NEW_CHANGES = (
    f"(new.needed_reply IS NOT {_new(_NEEDED_DEF)}"
    f" OR new.first_response_at IS NOT CAST({_new(_FIRST_DEF)} AS INTEGER)"
    f" OR new.answers_other IS NOT {_new(_ANSWERS_DEF)}"
    f" OR new.pyramid_role IS NOT {_new(_ROLE_DEF)})"
)
_NEW_REPLY_CHANGES = (
    f"(new.needed_reply IS NOT {_new(_NEEDED_DEF)}"
    f" OR new.first_response_at IS NOT CAST({_new(_FIRST_DEF)} AS INTEGER))"
)


def row_facts(
    kind: str, in_reply_to_id: str, is_own: int, state: str, replied_at: int | None
) -> tuple[int, int | None, int]:
    """(needed_reply, first_response_at, pyramid_role) of a new row from its own columns,
    as the triggers would set them when no other row is involved: the insert paths store
    them, so the insert trigger only writes a row again when another row changes them (an
    own reply stored before, a parent that is a question). Tested equal to the SQL."""
    if is_own:
        return 0, None, 0
    needed = int(state in ("needs_reply", "replied") or replied_at is not None)
    first = None if replied_at is None else int(replied_at)
    if state == "spam":
        role = -2
    elif kind in ("direct", "own_direct"):
        role = -1
    elif kind in ("repost", "quote"):
        role = 1
    elif kind in ("reply", "mention", "manual") or (
        kind in ("search_hit", "feed_item") and in_reply_to_id != ""
    ):
        role = 2
    elif kind in ("search_hit", "feed_item"):
        role = 3
    else:
        role = 0
    return needed, first, role


def _parent(side: str) -> str:
    """The message that ``side`` (new/old) answers, when ``side`` is an own reply."""
    return (
        f"{side}.is_own = 1 AND {side}.in_reply_to_id != ''"
        f" AND channel_id = {side}.channel_id AND remote_id = {side}.in_reply_to_id"
    )


def _children(side: str) -> str:
    return (
        f"{side}.remote_id != '' AND channel_id = {side}.channel_id"
        f" AND in_reply_to_id = {side}.remote_id"
    )


_DIRECT = "('direct', 'own_direct')"


def _hour_add(side: str) -> str:
    """Count ``side`` (new/old) in its hour of message_hours, when it counts there."""
    return f"""INSERT INTO message_hours (hour, channel_id, sentiment, direct, n, known, reach)
            SELECT {side}.created_at / 3600, {side}.channel_id, {side}.sentiment,
                {side}.kind IN {_DIRECT}, 1, {side}.author_followers IS NOT NULL,
                coalesce({side}.author_followers, 0)
            WHERE {side}.is_own = 0 AND {side}.state != 'spam'
            ON CONFLICT (hour, channel_id, sentiment, direct) DO UPDATE SET n = n + 1,
                known = known + excluded.known, reach = reach + excluded.reach;"""


def _hour_remove(side: str) -> str:
    return f"""UPDATE message_hours SET n = n - 1,
                known = known - ({side}.author_followers IS NOT NULL),
                reach = reach - coalesce({side}.author_followers, 0)
            WHERE {side}.is_own = 0 AND {side}.state != 'spam'
                AND hour = {side}.created_at / 3600 AND channel_id = {side}.channel_id
                AND sentiment = {side}.sentiment AND direct = ({side}.kind IN {_DIRECT});"""


V12_INSIGHT_FACTS = f"""
        -- The client report at a million messages (issue 12): see storage.insight_facts.
        ALTER TABLE messages ADD COLUMN needed_reply INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE messages ADD COLUMN first_response_at INTEGER;
        ALTER TABLE messages ADD COLUMN answers_other INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE messages ADD COLUMN pyramid_role INTEGER NOT NULL DEFAULT 0;
        UPDATE messages SET {_SET_REPLY}, {_SET_ROLE} WHERE is_own = 0;
        UPDATE messages SET {_SET_ANSWERS} WHERE in_reply_to_id != '';

        -- Other people's messages (not spam) per hour (unix time / 3600), channel, sentiment
        -- and whether private: the volume and reach of a report sum these rows instead of
        -- counting messages (a day in any time zone with whole-hour offsets is whole hours).
        CREATE TABLE message_hours (
            hour INTEGER NOT NULL,
            channel_id INTEGER NOT NULL,
            sentiment TEXT NOT NULL,
            direct INTEGER NOT NULL,
            n INTEGER NOT NULL,
            known INTEGER NOT NULL,  -- of them, with a known follower count
            reach INTEGER NOT NULL,  -- the sum of those follower counts
            PRIMARY KEY (hour, channel_id, sentiment, direct)
        ) WITHOUT ROWID;
        INSERT INTO message_hours
            SELECT created_at / 3600, channel_id, sentiment, kind IN {_DIRECT}, count(*),
                count(author_followers), coalesce(sum(author_followers), 0)
            FROM messages WHERE is_own = 0 AND state != 'spam' GROUP BY 1, 2, 3, 4;
        CREATE TRIGGER message_hours_insert AFTER INSERT ON messages BEGIN
            {_hour_add("new")}
        END;
        CREATE TRIGGER message_hours_delete AFTER DELETE ON messages BEGIN
            {_hour_remove("old")}
        END;
        CREATE TRIGGER message_hours_update
        AFTER UPDATE OF created_at, channel_id, sentiment, kind, state, is_own, author_followers
        ON messages
        WHEN old.created_at / 3600 IS NOT new.created_at / 3600
            OR old.channel_id IS NOT new.channel_id OR old.sentiment IS NOT new.sentiment
            OR (old.kind IN {_DIRECT}) != (new.kind IN {_DIRECT})
            OR (old.state = 'spam') != (new.state = 'spam') OR old.is_own IS NOT new.is_own
            OR old.author_followers IS NOT new.author_followers
        BEGIN
            {_hour_remove("old")}
            {_hour_add("new")}
        END;

        CREATE TRIGGER insight_facts_insert AFTER INSERT ON messages
        WHEN new.is_own = 0 AND {_NEW_CHANGES}
        BEGIN
            UPDATE messages SET {_SET_REPLY}, {_SET_ANSWERS}, {_SET_ROLE} WHERE id = new.id;
        END;
        CREATE TRIGGER insight_facts_insert_links AFTER INSERT ON messages BEGIN
            UPDATE messages SET {_SET_REPLY} WHERE {_parent("new")} AND {_REPLY_CHANGES};
            UPDATE messages SET {_SET_ANSWERS} WHERE {_children("new")} AND {_ANSWERS_CHANGES};
        END;
        CREATE TRIGGER insight_facts_state AFTER UPDATE OF state, replied_at ON messages
        WHEN new.is_own = 0 AND ((old.state IN ('needs_reply', 'replied'))
            != (new.state IN ('needs_reply', 'replied')) OR old.replied_at IS NOT new.replied_at)
            AND {_NEW_REPLY_CHANGES}
        BEGIN
            UPDATE messages SET {_SET_REPLY} WHERE id = new.id;
        END;
        CREATE TRIGGER insight_facts_spam AFTER UPDATE OF state ON messages
        WHEN new.is_own = 0 AND (old.state = 'spam') != (new.state = 'spam')
        BEGIN
            UPDATE messages SET {_SET_ROLE} WHERE id = new.id;
        END;
        CREATE TRIGGER insight_facts_priority AFTER UPDATE OF priority ON messages
        WHEN (old.priority >= 2) != (new.priority >= 2)
        BEGIN
            UPDATE messages SET {_SET_ANSWERS} WHERE {_children("new")} AND {_ANSWERS_CHANGES};
        END;
        CREATE TRIGGER insight_facts_moved
        AFTER UPDATE OF is_own, channel_id, remote_id, in_reply_to_id, created_at, author_id,
            kind ON messages
        WHEN old.is_own IS NOT new.is_own OR old.channel_id IS NOT new.channel_id
            OR old.remote_id IS NOT new.remote_id OR old.in_reply_to_id IS NOT new.in_reply_to_id
            OR old.created_at IS NOT new.created_at OR old.author_id IS NOT new.author_id
            OR old.kind IS NOT new.kind
        BEGIN
            UPDATE messages SET {_SET_REPLY}, {_SET_ANSWERS}, {_SET_ROLE} WHERE id = new.id;
            UPDATE messages SET {_SET_REPLY} WHERE {_parent("old")} AND {_REPLY_CHANGES};
            UPDATE messages SET {_SET_REPLY} WHERE {_parent("new")} AND {_REPLY_CHANGES};
            UPDATE messages SET {_SET_ANSWERS} WHERE {_children("old")} AND {_ANSWERS_CHANGES};
            UPDATE messages SET {_SET_ANSWERS} WHERE {_children("new")} AND {_ANSWERS_CHANGES};
        END;
        CREATE TRIGGER insight_facts_delete AFTER DELETE ON messages BEGIN
            UPDATE messages SET {_SET_REPLY} WHERE {_parent("old")} AND {_REPLY_CHANGES};
            UPDATE messages SET {_SET_ANSWERS} WHERE {_children("old")} AND {_ANSWERS_CHANGES};
        END;
        CREATE TRIGGER insight_facts_event AFTER INSERT ON events
        WHEN new.kind = 'state_changed' AND new.message_id IS NOT NULL
        BEGIN
            UPDATE messages SET {_SET_REPLY} WHERE id = new.message_id AND {_REPLY_CHANGES};
        END;
        CREATE TRIGGER insight_facts_event_gone AFTER DELETE ON events
        WHEN old.kind = 'state_changed' AND old.message_id IS NOT NULL
        BEGIN
            UPDATE messages SET {_SET_REPLY} WHERE id = old.message_id AND {_REPLY_CHANGES};
        END;

        -- What a report reads, from the index alone: the messages that needed a reply, with
        -- their first response, by time; each author's messages (other people's, not spam)
        -- by time with what the pyramid, the ambassadors and the reach count (spam is a
        -- pyramid_role, so marking done or ignored leaves this index alone): a report
        -- walks the authors in order and reads each one's range, so grouping by author
        -- needs no sort. The columns of each WHERE are in the index too, or SQLite would
        -- read the row to check them.
        CREATE INDEX messages_needed
            ON messages (created_at, channel_id, first_response_at, priority, state, needed_reply,
                         is_own)
            WHERE needed_reply = 1 AND is_own = 0 AND state != 'spam';
        CREATE INDEX messages_author_facts
            ON messages (author_id, created_at, channel_id, pyramid_role, sentiment,
                         author_followers, answers_other, kind, is_own)
            WHERE is_own = 0;
        -- Our own posts by time (the maturity path's "posts that start conversations").
        CREATE INDEX messages_own_posts ON messages (created_at, kind) WHERE kind = 'own_post';
"""


def drift(db: sqlite_utils.Database, limit: int = 20) -> list[tuple[int, str]]:
    """(message id, fact) of messages whose stored facts differ from their definitions."""
    rows = db.execute(
        "SELECT m.id, 'needed_reply' FROM messages m WHERE m.is_own = 0"
        f" AND m.needed_reply IS NOT {_NEEDED_DEF}"
        " UNION ALL SELECT m.id, 'first_response_at' FROM messages m"
        f" WHERE m.is_own = 0 AND m.needed_reply = 1 AND m.first_response_at IS NOT"
        f" CAST({_FIRST_DEF} AS INTEGER)"
        " UNION ALL SELECT m.id, 'pyramid_role' FROM messages m"
        f" WHERE m.is_own = 0 AND m.pyramid_role IS NOT {_ROLE_DEF}"
        " UNION ALL SELECT m.id, 'answers_other' FROM messages m"
        f" WHERE m.is_own = 0 AND m.answers_other IS NOT {_ANSWERS_DEF}"
        " ORDER BY 1, 2 LIMIT ?",
        [limit],
    ).fetchall()
    return [(r[0], r[1]) for r in rows]


def hours_drift(db: sqlite_utils.Database, limit: int = 20) -> list[tuple]:
    """(hour, channel, sentiment, direct) whose message_hours row differs from a count of
    the messages themselves (rows counting nothing are equal to no row)."""
    fresh = (
        f"SELECT created_at / 3600 AS hour, channel_id, sentiment, kind IN {_DIRECT} AS direct,"
        " count(*) AS n, count(author_followers) AS known,"
        " coalesce(sum(author_followers), 0) AS reach"
        " FROM messages WHERE is_own = 0 AND state != 'spam' GROUP BY 1, 2, 3, 4"
    )
    kept = "SELECT * FROM message_hours WHERE n != 0 OR known != 0 OR reach != 0"
    return [
        tuple(r)
        for r in db.execute(
            f"SELECT hour, channel_id, sentiment, direct FROM ({fresh} EXCEPT {kept})"
            f" UNION SELECT hour, channel_id, sentiment, direct FROM ({kept} EXCEPT {fresh})"
            " ORDER BY 1, 2, 3, 4 LIMIT ?",
            [limit],
        )
    ]
