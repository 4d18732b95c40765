"""Reactions and moderation on Mastodon, through the action queue, against the loopback
server (tests/helpers/fake_mastodon_actions.py), with lost answers and a crash mid-send."""

from __future__ import annotations

import pytest
from fake_mastodon_actions import install
from queued_replies import store_message_needing_reply

from cmstation.channels.http import make_session
from cmstation.channels.mastodon import MastodonAdapter
from cmstation.core.actions import ActionKind, ActionState
from cmstation.core.clock import FixedClock
from cmstation.core.models import Author, Channel, ChannelKind, Message, MessageKind
from cmstation.outbox import reactions
from cmstation.outbox.action_performers import MastodonPerformer
from cmstation.outbox.actions_worker import MSG_MAYBE_SENT, process_actions
from cmstation.storage import actions as store
from cmstation.storage import channels, events, messages

CLOCK = FixedClock(1_800_000_000)


@pytest.fixture
def setup(db, fake_mastodon):
    install(fake_mastodon)
    cid = channels.add_channel(
        db,
        Channel(kind=ChannelKind.MASTODON, name="shop", url=fake_mastodon.base_url, account="eva"),
    )
    klant = fake_mastodon.add_account("klant", "Kees Klant")
    st = fake_mastodon.mention(klant, "<p>@eva wat een top service, dank jullie!</p>")
    mid = store_message_needing_reply(
        db,
        cid,
        remote_id=st["id"],
        text="wat een top service, dank jullie!",
        created_at=1_700_000_000,
        author=Author(klant["id"], "klant@127.0.0.1"),
    )
    session = make_session(timeout=(1.0, 1.0))
    adapter = MastodonAdapter(
        session, cid, fake_mastodon.base_url, fake_mastodon.token, clock=CLOCK.now
    )
    yield cid, mid, st, klant, {cid: MastodonPerformer(adapter)}
    session.close()


def test_like_goes_once_and_shows_in_the_conversation(db, fake_mastodon, setup):
    cid, mid, st, _klant, performers = setup
    asked = reactions.request(db, mid, ActionKind.LIKE)
    assert asked.undo is False and asked.action_id is not None
    assert fake_mastodon.favourites.get(st["id"], set()) == set()  # queued, not sent yet
    run = process_actions(db, performers, clock=CLOCK)
    assert run.done == [asked.action_id]
    assert fake_mastodon.favourites[st["id"]] == {fake_mastodon.me["id"]}
    (action,) = store.for_message(db, mid)
    assert action.state == ActionState.DONE
    assert reactions.describe(action).render() == "you liked this"
    kinds = [e["kind"] for e in events.recent(db)]
    assert "action_queued" in kinds and "action_done" in kinds
    # a second run sends nothing more
    assert process_actions(db, performers, clock=CLOCK).done == []


def test_toggle_takes_the_like_back(db, fake_mastodon, setup):
    cid, mid, st, _klant, performers = setup
    reactions.request(db, mid, ActionKind.LIKE)
    process_actions(db, performers, clock=CLOCK)
    back = reactions.request(db, mid, ActionKind.LIKE)  # toggles
    assert back.undo is True
    process_actions(db, performers, clock=CLOCK)
    assert fake_mastodon.favourites[st["id"]] == set()
    assert not store.is_on(db, mid, ActionKind.LIKE)
    texts = [reactions.describe(a).render() for a in store.for_message(db, mid)]
    assert texts == ["you liked this", "you took back your like"]


def test_like_and_undo_before_sending_cancel_out(db, fake_mastodon, setup):
    cid, mid, st, _klant, performers = setup
    reactions.request(db, mid, ActionKind.LIKE)
    back = reactions.request(db, mid, ActionKind.LIKE)
    assert back.action_id is None  # the queued like was cancelled instead
    assert process_actions(db, performers, clock=CLOCK).done == []
    assert fake_mastodon.requests_to("/api/v1/statuses/") == []


def test_boost_mute_block_and_their_undo(db, fake_mastodon, setup):
    cid, mid, st, klant, performers = setup
    for kind in (ActionKind.BOOST, ActionKind.MUTE, ActionKind.BLOCK):
        reactions.request(db, mid, kind)
    process_actions(db, performers, clock=CLOCK)
    me = fake_mastodon.me["id"]
    assert fake_mastodon.boosts[st["id"]] == {me}
    assert fake_mastodon.mutes[me] == {klant["id"]} and fake_mastodon.blocks[me] == {klant["id"]}
    texts = {reactions.describe(a).render() for a in store.for_message(db, mid)}
    assert texts == {"you boosted this", "you muted klant@127.0.0.1", "you blocked klant@127.0.0.1"}
    for kind in (ActionKind.BOOST, ActionKind.MUTE, ActionKind.BLOCK):
        assert reactions.request(db, mid, kind).undo is True
    process_actions(db, performers, clock=CLOCK)
    assert fake_mastodon.boosts[st["id"]] == set()
    assert fake_mastodon.mutes[me] == set() and fake_mastodon.blocks[me] == set()


def test_a_lost_answer_is_retried_and_lands_once(db, fake_mastodon, setup):
    cid, mid, st, _klant, performers = setup
    fake_mastodon.fault("drop_after", method="POST", path=f"/api/v1/statuses/{st['id']}/favourite")
    asked = reactions.request(db, mid, ActionKind.LIKE)
    run = process_actions(db, performers, clock=CLOCK)
    assert run.waiting == [asked.action_id]
    assert fake_mastodon.favourites[st["id"]] == {fake_mastodon.me["id"]}  # the server did it
    waiting = store.get(db, asked.action_id)
    assert waiting.state == ActionState.QUEUED and "offline" in waiting.reason.render()
    CLOCK.set(CLOCK.now() + 3600)
    assert process_actions(db, performers, clock=CLOCK).done == [asked.action_id]
    assert fake_mastodon.favourites[st["id"]] == {fake_mastodon.me["id"]}
    CLOCK.set(1_800_000_000)


def test_report_goes_with_the_status_and_reason(db, fake_mastodon, setup):
    cid, mid, st, klant, performers = setup
    reactions.request(db, mid, ActionKind.REPORT, reason="spam", comment="  bot  ")
    process_actions(db, performers, clock=CLOCK)
    (rep,) = fake_mastodon.reports
    assert rep["category"] == "spam" and rep["comment"] == "bot"
    assert rep["status_ids"] == [st["id"]] and rep["target_account"]["id"] == klant["id"]
    with pytest.raises(reactions.ActionRefused):
        reactions.request(db, mid, ActionKind.REPORT, undo=True)
    with pytest.raises(reactions.ActionRefused):
        reactions.request(db, mid, ActionKind.REPORT, reason="boring")


def test_a_report_cut_off_is_held_not_sent_twice(db, fake_mastodon, setup):
    cid, mid, st, _klant, performers = setup
    fake_mastodon.fault("drop_after", method="POST", path="/api/v1/reports")
    asked = reactions.request(db, mid, ActionKind.REPORT, reason="abuse")
    run = process_actions(db, performers, clock=CLOCK)
    assert run.held == [asked.action_id] and len(fake_mastodon.reports) == 1
    held = store.get(db, asked.action_id)
    assert held.state == ActionState.HELD and held.reason.source == MSG_MAYBE_SENT
    CLOCK.set(CLOCK.now() + 3600)
    assert process_actions(db, performers, clock=CLOCK).done == []
    assert len(fake_mastodon.reports) == 1
    assert store.release(db, asked.action_id)  # the user says: send it again
    assert process_actions(db, performers, clock=CLOCK).done == [asked.action_id]
    assert len(fake_mastodon.reports) == 2
    CLOCK.set(1_800_000_000)


def test_a_report_found_sending_after_a_crash_is_held(db, fake_mastodon, setup):
    cid, mid, st, _klant, performers = setup
    asked = reactions.request(db, mid, ActionKind.REPORT)
    store.claim_next(db, now=CLOCK.now())  # the process that claimed it died here
    run = process_actions(db, performers, clock=CLOCK)
    assert run.held == [asked.action_id] and fake_mastodon.reports == []


def test_a_like_found_sending_after_a_crash_goes_once(db, fake_mastodon, setup):
    cid, mid, st, _klant, performers = setup
    asked = reactions.request(db, mid, ActionKind.LIKE)
    store.claim_next(db, now=CLOCK.now())
    assert process_actions(db, performers, clock=CLOCK).done == [asked.action_id]
    assert fake_mastodon.favourites[st["id"]] == {fake_mastodon.me["id"]}


def test_offline_waits_and_keeps_order(db, fake_mastodon, setup):
    cid, mid, st, _klant, performers = setup
    fake_mastodon.fault("status", method="POST", path="/api/v1/statuses/", status=503, count=5)
    first = reactions.request(db, mid, ActionKind.LIKE)
    second = reactions.request(db, mid, ActionKind.BOOST)
    run = process_actions(db, performers, clock=CLOCK)
    assert run.waiting == [first.action_id]  # the channel stops; the boost waits its turn
    assert store.get(db, second.action_id).state == ActionState.QUEUED


def test_what_a_network_cannot_do_is_refused_before_queueing(db, fake_mastodon, setup):
    cid, mid, st, _klant, _performers = setup
    with pytest.raises(reactions.ActionRefused) as exc:
        reactions.request(db, mid, ActionKind.HIDE)
    assert "Mastodon cannot" in str(exc.value)
    with pytest.raises(reactions.ActionRefused):
        reactions.request(db, mid, ActionKind.DETACH)  # not a quote of ours
    assert store.waiting(db) == []
    offered = reactions.allowed(db, messages.get_message(db, mid))
    assert set(offered) == {
        ActionKind.LIKE,
        ActionKind.BOOST,
        ActionKind.MUTE,
        ActionKind.BLOCK,
        ActionKind.REPORT,
    }


def test_own_posts_and_private_messages_offer_less(db, setup):
    cid, mid, st, _klant, _performers = setup
    (own, dm) = messages.upsert_messages(
        db,
        [
            Message(channel_id=cid, remote_id="9001", text="ours", created_at=1, is_own=True),
            Message(
                channel_id=cid,
                remote_id="9002",
                text="psst",
                created_at=2,
                kind=MessageKind.DIRECT,
                author=Author("77", "x@127.0.0.1"),
            ),
        ],
    ).ids
    assert reactions.allowed(db, messages.get_message(db, own)) == {}
    with pytest.raises(reactions.ActionRefused):
        reactions.request(db, own, ActionKind.LIKE)
    with pytest.raises(reactions.ActionRefused):
        reactions.request(db, dm, ActionKind.LIKE)
    assert ActionKind.BLOCK in reactions.allowed(db, messages.get_message(db, dm))


def test_reading_a_private_message_marks_its_conversation_read(db, fake_mastodon, setup):
    from fake_mastodon_direct import direct_message
    from fake_mastodon_direct import install as install_direct

    cid, _mid, _st, klant, performers = setup
    install_direct(fake_mastodon)
    dm = direct_message(fake_mastodon, klant, "<p>@eva mijn ordernummer is 5512</p>")
    conv = fake_mastodon.conversation_of[dm["id"]]
    assert fake_mastodon.conversations[conv]["unread"] is True
    (dm_id,) = messages.upsert_messages(
        db,
        [
            Message(
                channel_id=cid,
                remote_id=dm["id"],
                text="mijn ordernummer is 5512",
                created_at=1_700_000_100,
                kind=MessageKind.DIRECT,
                thread_root_id=f"conv:{conv}",
                author=Author(klant["id"], "klant@127.0.0.1"),
            )
        ],
    ).ids
    assert ActionKind.READ not in reactions.allowed(db, messages.get_message(db, dm_id))
    reactions.request(db, dm_id, ActionKind.READ, undo=False)
    assert process_actions(db, performers, clock=CLOCK).done
    assert fake_mastodon.conversations[conv]["unread"] is False
    with pytest.raises(reactions.ActionRefused):  # only private messages are marked read
        reactions.request(db, _mid, ActionKind.READ, undo=False)


def _log_in(session, fake_mastodon) -> str:
    """The whole OAuth flow as the channel dialog runs it: the token has cmstation's scopes."""
    import re as _re

    from cmstation.channels.mastodon_auth import (
        authorize_url,
        exchange_code,
        make_pkce,
        register_app,
    )

    reg = register_app(session, fake_mastodon.base_url)
    verifier, challenge = make_pkce()
    page = session.get(authorize_url(reg, challenge)).text
    code = _re.search(r'value="([^"]+)"', page).group(1)
    return exchange_code(session, reg, code, verifier)


def test_a_login_allows_every_action_the_inbox_offers(db, fake_mastodon, setup):
    """The fake answers 403 to a token without the endpoint's documented scope, as Mastodon
    does: a login through cmstation's own flow must be able to do everything."""
    cid, mid, st, _klant, _performers = setup
    session = make_session(timeout=(1.0, 1.0))
    token = _log_in(session, fake_mastodon)
    performers = {
        cid: MastodonPerformer(MastodonAdapter(session, cid, fake_mastodon.base_url, token))
    }
    kinds = [ActionKind.LIKE, ActionKind.BOOST, ActionKind.MUTE, ActionKind.BLOCK]
    for kind in kinds:
        reactions.request(db, mid, kind)
    reactions.request(db, mid, ActionKind.REPORT, reason="spam")
    run = process_actions(db, performers, clock=CLOCK)
    assert run.held == [] and len(run.done) == 5
    assert fake_mastodon.favourites[st["id"]] == {fake_mastodon.me["id"]}
    assert len(fake_mastodon.reports) == 1
    session.close()


def test_a_login_from_before_reactions_is_asked_to_log_in_again(db, fake_mastodon, setup):
    """A token with only the scopes of earlier versions: the like is held with words that
    say why, nothing is sent, and listening (read scopes) still works."""
    cid, mid, st, _klant, _performers = setup
    old = "read:notifications read:statuses read:search read:accounts write:statuses"
    token = fake_mastodon.issue_token(fake_mastodon.me["id"], old)
    session = make_session(timeout=(1.0, 1.0))
    adapter = MastodonAdapter(session, cid, fake_mastodon.base_url, token, clock=CLOCK.now)
    asked = reactions.request(db, mid, ActionKind.LIKE)
    run = process_actions(db, {cid: MastodonPerformer(adapter)}, clock=CLOCK)
    assert run.held == [asked.action_id]
    (held,) = store.for_message(db, mid)
    assert held.state == ActionState.HELD
    assert "Log in again to allow it" in held.reason.render()
    assert fake_mastodon.favourites.get(st["id"], set()) == set()
    assert adapter.poll_mentions({}, page_budget=1).messages  # reading mentions still works
    session.close()
