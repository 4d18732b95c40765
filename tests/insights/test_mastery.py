from __future__ import annotations

import json

from cmstation.core.models import Author, Message, MessageKind, MessageState
from cmstation.insights.mastery import DEFAULT_TARGET_HOURS, mastery
from cmstation.storage import messages

NOW = 1_790_000_000
H = 3600


def add(
    db,
    cid,
    rid,
    *,
    age_h,
    state=MessageState.NEEDS_REPLY,
    replied_after_h=None,
    own_reply_after_h=None,
    own=False,
):
    created = NOW - int(age_h * H)
    m = Message(
        channel_id=cid,
        remote_id=rid,
        text="Waarom?",
        created_at=created,
        state=state,
        author=Author(remote_id="a", handle="a"),
        is_own=own,
        replied_at=created + int(replied_after_h * H) if replied_after_h is not None else None,
    )
    msgs = [m]
    if own_reply_after_h is not None:
        msgs.append(
            Message(
                channel_id=cid,
                remote_id=rid + "-r",
                text="Antwoord ^Eva",
                created_at=created + int(own_reply_after_h * H),
                in_reply_to_id=rid,
                kind=MessageKind.OWN_REPLY,
                is_own=True,
            )
        )
    return messages.upsert_messages(db, msgs, now=NOW).ids[0]


def test_no_messages_means_nothing_to_measure(db, channel_id):
    f = mastery(db, channel_id, now=NOW)
    assert f.needed_reply == 0 and f.handled_share is None and not f.passed
    assert [c.name for c in f.checks if not c.ok] == ["handled_share"]
    assert "nothing to measure" in str(f.checks[0].text)


def test_a_channel_under_control_passes(db, channel_id):
    for i in range(9):
        add(db, channel_id, f"r{i}", age_h=100, state=MessageState.REPLIED, replied_after_h=2 + i)
    add(db, channel_id, "open", age_h=3)  # waiting, but not overdue
    add(db, channel_id, "praise", age_h=5, state=MessageState.NEW)  # never needed a reply
    add(db, channel_id, "old", age_h=20 * 24, state=MessageState.REPLIED, replied_after_h=1)
    f = mastery(db, channel_id, now=NOW)
    assert (f.needed_reply, f.handled, f.responses) == (10, 9, 9)
    assert f.handled_share == 0.9 and f.median_response_hours == 6.0
    assert f.overdue == 0 and f.passed and f.target_hours == DEFAULT_TARGET_HOURS


def test_each_threshold_can_fail(db, channel_id):
    for i in range(8):
        add(db, channel_id, f"r{i}", age_h=100, state=MessageState.REPLIED, replied_after_h=30)
    add(db, channel_id, "late1", age_h=50)
    add(db, channel_id, "late2", age_h=60)
    f = mastery(db, channel_id, now=NOW)
    failed = {c.name for c in f.checks if not c.ok}
    assert failed == {"handled_share", "median_response", "overdue"}
    assert f.overdue == 2 and f.handled_share == 0.8 and f.median_response_hours == 30.0
    assert mastery(db, channel_id, now=NOW, target_hours=48).checks[1].ok


def test_first_response_is_the_earliest_of_replied_at_and_our_own_reply(db, channel_id):
    add(
        db,
        channel_id,
        "a",
        age_h=100,
        state=MessageState.REPLIED,
        replied_after_h=10,
        own_reply_after_h=4,
    )
    add(db, channel_id, "b", age_h=100, state=MessageState.REPLIED, own_reply_after_h=8)
    f = mastery(db, channel_id, now=NOW)
    assert f.responses == 2 and f.median_response_hours == 6.0
    assert f.needed_reply == 2  # our own replies are not counted as needing one


def test_done_and_ignored_count_as_handled_when_they_once_needed_a_reply(db, channel_id):
    a = add(db, channel_id, "a", age_h=10)
    b = add(db, channel_id, "b", age_h=10)
    add(db, channel_id, "c", age_h=10, state=MessageState.NEW)
    messages.set_state(db, [a], MessageState.DONE, now=NOW)
    messages.set_state(db, [b], MessageState.IGNORED, now=NOW)
    c = messages.find_by_remote_id(db, channel_id, "c").id
    messages.set_state(db, [c], MessageState.DONE, now=NOW)  # new -> done: never needed one
    f = mastery(db, channel_id, now=NOW)
    assert (f.needed_reply, f.handled, f.responses) == (2, 2, 0)
    assert f.passed  # no reply times, but nothing waits and everything is handled


def test_profile_target(db, channel_id):
    db.execute(
        "INSERT INTO profile (id, data) VALUES (1, ?)", (json.dumps({"response_target_hours": 4}),)
    )
    add(db, channel_id, "a", age_h=100, state=MessageState.REPLIED, replied_after_h=6)
    f = mastery(db, channel_id, now=NOW)
    assert f.target_hours == 4 and not f.passed
    assert f.as_dict()["checks"][1] == {
        "name": "median_response",
        "ok": False,
        "value": 6.0,
        "threshold": 4.0,
        "text": "Median first response 6.0 h (target: at most 4 h)",
    }


def test_a_feed_that_only_listens_is_under_control_when_nothing_needs_a_reply(db):
    """A first channel that only listens (a feed) produces no needs-reply; the gate must be
    able to pass on it. A feed item that does need a reply counts as usual."""
    from cmstation.core.models import Channel, ChannelKind
    from cmstation.storage import channels

    feed = channels.add_channel(db, Channel(kind=ChannelKind.FEED, name="blog", url="https://b/f"))
    f = mastery(db, feed, now=NOW)
    assert f.passed and f.needed_reply == 0
    assert "Only listening" in str(f.checks[0].text)
    assert mastery(db, None, now=NOW).passed  # the workspace of only that feed too
    add(db, feed, "blog-1", age_h=60)  # an item someone must answer, waiting too long
    assert not mastery(db, feed, now=NOW).passed
    # a channel that can answer, with nothing yet, still has nothing to show mastery with
    masto = channels.add_channel(
        db, Channel(kind=ChannelKind.MASTODON, name="m", url="https://m.example")
    )
    assert not mastery(db, masto, now=NOW).passed
