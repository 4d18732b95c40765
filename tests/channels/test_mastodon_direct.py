"""Private conversations, filtered mentions and quotes from Mastodon, over real HTTP against
the loopback server (tests/helpers/fake_mastodon_direct.py speaks the documented shapes)."""

from __future__ import annotations

import pytest
from fake_mastodon_direct import direct_message, filtered_mention, install, quote_post

from cmstation.channels.mastodon import MastodonAdapter
from cmstation.channels.mastodon_direct import (
    NOTE_BUDGET,
    NOTE_FILTERED,
    address_direct,
    conversation_id_of,
    quoted_status_id,
    strip_mentions,
)
from cmstation.core.models import MessageKind


@pytest.fixture
def fake(fake_mastodon):
    return install(fake_mastodon)


@pytest.fixture
def adapter(fake, session):
    return MastodonAdapter(session, 7, fake.base_url, fake.token)


@pytest.fixture
def klant(fake):
    return fake.add_account("klant", "Klant Jansen")


def _by_id(result):
    return {m.remote_id: m for m in result.messages}


def test_a_conversation_becomes_private_messages_in_one_thread(fake, adapter, klant):
    dm = direct_message(fake, klant, "<p>@eva mijn adres is Dorpsstraat 1</p>")
    ours, _ = adapter.post_status("@klant Dank je, we sturen hem op", dm["id"], "k1")
    first = adapter.poll_conversations({}, page_budget=5)
    got = _by_id(first)
    assert set(got) == {dm["id"], ours}
    conv_id = fake.conversation_of[dm["id"]]
    assert got[dm["id"]].kind == MessageKind.DIRECT and not got[dm["id"]].is_own
    assert got[ours].kind == MessageKind.OWN_DIRECT and got[ours].is_own
    assert {m.thread_root_id for m in got.values()} == {f"conv:{conv_id}"}
    assert conversation_id_of(got[ours].thread_root_id) == conv_id
    assert got[dm["id"]].text.startswith("@eva mijn adres")
    # the last status is ours, so the conversation reads as read
    assert first.cursor == {"min_id": ours} and first.requests == 2  # list + one context

    # A second sweep asks only for what is new: one request, nothing.
    again = adapter.poll_conversations(first.cursor, page_budget=5)
    assert again.messages == [] and again.requests == 1 and again.cursor == first.cursor
    assert fake.log[-1]["query"]["min_id"] == [ours]

    late = direct_message(fake, klant, "<p>@eva Top!</p>", in_reply_to_id=ours)
    other = direct_message(fake, fake.add_account("bram"), "<p>@eva vraagje</p>")
    third = adapter.poll_conversations(again.cursor, page_budget=5)
    got3 = _by_id(third)
    assert {late["id"], other["id"]} <= set(got3)
    assert got3[late["id"]].thread_root_id == f"conv:{conv_id}"
    assert got3[other["id"]].thread_root_id == f"conv:{fake.conversation_of[other['id']]}"
    assert got3[other["id"]].thread_root_id != got3[late["id"]].thread_root_id
    assert not got3[late["id"]].read  # unread on the server
    assert third.cursor == {"min_id": max(late["id"], other["id"], key=lambda i: (len(i), i))}


def test_conversations_page_with_the_link_header_and_catch_up_across_sweeps(fake, adapter):
    people = [fake.add_account(f"p{i}") for i in range(45)]
    for p in people:
        direct_message(fake, p, "<p>@eva hallo</p>")
    first = adapter.poll_conversations({}, page_budget=5)
    assert len(first.messages) == 45 and first.requests == 2
    for p in people:
        direct_message(fake, p, "<p>@eva nog een vraag</p>")  # new conversations
    part = adapter.poll_conversations(first.cursor, page_budget=1)
    assert len(part.messages) == 40 and [n.source for n in part.notes] == [NOTE_BUDGET]
    rest = adapter.poll_conversations(part.cursor, page_budget=5)
    assert len(rest.messages) == 5 and rest.notes == []
    assert {m.remote_id for m in part.messages}.isdisjoint(m.remote_id for m in rest.messages)


def test_mark_conversation_read(fake, adapter, klant):
    dm = direct_message(fake, klant, "<p>@eva hoi</p>")
    conv = fake.conversation_of[dm["id"]]
    assert fake.conversations[conv]["unread"] is True
    adapter.mark_conversation_read(conv)
    assert fake.conversations[conv]["unread"] is False
    assert fake.log[-1]["path"] == f"/api/v1/conversations/{conv}/read"


def test_direct_mentions_from_the_mention_poll_are_private(fake, adapter, klant):
    public = fake.mention(klant, "<p>@eva openbaar</p>")
    dm = direct_message(fake, klant, "<p>@eva privé</p>")
    reply = direct_message(fake, klant, "<p>@eva en nog iets</p>", in_reply_to_id=dm["id"])
    got = _by_id(adapter.poll_mentions({}, page_budget=5))
    assert got[public["id"]].kind == MessageKind.MENTION
    assert got[dm["id"]].kind == MessageKind.DIRECT
    assert got[dm["id"]].thread_root_id == dm["id"]  # no conversation id in a notification
    assert got[reply["id"]].kind == MessageKind.DIRECT
    assert got[reply["id"]].in_reply_to_id == dm["id"]


def test_filtered_mentions_are_read_with_a_note(fake, adapter, klant):
    plain = fake.mention(klant, "<p>@eva gewoon</p>")
    nieuw = fake.add_account("nieuw", "Net Begonnen")
    complaint = filtered_mention(fake, nieuw, "<p>@eva mijn fiets is kapot!</p>")
    private = filtered_mention(fake, nieuw, "<p>@eva privé</p>", visibility="direct")
    # the plain mention poll does not see it (the server filtered it)
    assert complaint["id"] not in _by_id(adapter.poll_mentions({}, page_budget=5))

    r = adapter.poll_filtered({}, page_budget=5)
    got = _by_id(r)
    assert set(got) == {complaint["id"], private["id"]}  # the plain one came with mentions
    assert plain["id"] not in got
    assert got[complaint["id"]].kind == MessageKind.MENTION
    assert got[private["id"]].kind == MessageKind.DIRECT
    assert [(n.source, n.params) for n in r.notes] == [(NOTE_FILTERED, {"n": 1})]
    assert set(r.cursor) == {"filtered", "quotes"} and r.cursor["filtered"]["min_id"]
    q = fake.requests_to("/api/v1/notifications")[-2]["query"]
    assert q["include_filtered"] == ["true"] and q["types[]"] == ["mention"]

    again = adapter.poll_filtered(r.cursor, page_budget=5)
    assert again.messages == [] and again.requests == 3  # policy + two lists

    [req] = adapter.notification_requests()
    assert req.author.remote_id == nieuw["id"] and req.notifications_count == 2
    assert req.last_status_id == private["id"]
    adapter.accept_request(req.id)
    assert adapter.notification_requests() == []
    assert adapter.poll_filtered(again.cursor, page_budget=5).notes == []
    # accepted: from now on the plain mention poll has this account's mentions
    later = filtered_mention(fake, nieuw, "<p>@eva bedankt</p>")
    assert later["id"] in _by_id(adapter.poll_mentions({}, page_budget=5))


def test_a_dismissed_request_no_longer_counts(fake, adapter):
    filtered_mention(fake, fake.add_account("spam"), "<p>@eva koop nu</p>")
    [req] = adapter.notification_requests()
    adapter.dismiss_request(req.id)
    assert fake.log[-1]["path"] == f"/api/v1/notifications/requests/{req.id}/dismiss"
    r = adapter.poll_filtered({}, page_budget=5)
    assert r.notes == [] and len(r.messages) == 1  # still stored, like any mention


def test_a_server_before_4_3_gives_an_empty_source_without_a_word(fake, adapter, klant):
    fake.policy_supported = False
    fake.mention(klant, "<p>@eva hoi</p>")
    r = adapter.poll_filtered({}, page_budget=5)
    assert r.messages == [] and r.notes == [] and r.skipped == 0 and r.requests == 1
    assert set(r.cursor) == {"unsupported_at"}
    before = len(fake.log)
    rest = adapter.poll_filtered(r.cursor, page_budget=5)
    assert len(fake.log) == before and rest.requests == 0  # not asked again today
    assert adapter.notification_requests() == []


def test_a_server_without_conversations_gives_an_empty_source(fake_mastodon, session):
    adapter = MastodonAdapter(session, 7, fake_mastodon.base_url, fake_mastodon.token)
    r = adapter.poll_conversations({}, page_budget=5)
    assert r.messages == [] and r.notes == [] and set(r.cursor) == {"unsupported_at"}
    assert adapter.poll_conversations(r.cursor, page_budget=5).requests == 0


def test_a_quote_is_stored_as_a_quote_linked_to_the_quoted_post(fake, adapter, klant):
    ours = fake.add_status(fake.me, "<p>Onze nieuwe bakfiets!</p>")
    quoting = quote_post(fake, klant, "<p>Kijk hier eens naar</p>", ours)
    reply = fake.add_status(klant, "<p>eerder</p>")
    quote_reply = quote_post(fake, klant, "<p>en dit</p>", ours, in_reply_to_id=reply["id"])
    r = adapter.poll_filtered({}, page_budget=5)
    got = _by_id(r)
    assert got[quoting["id"]].kind == MessageKind.QUOTE
    assert got[quoting["id"]].in_reply_to_id == ours["id"]
    assert got[quoting["id"]].thread_root_id == ours["id"]
    assert got[quote_reply["id"]].kind == MessageKind.QUOTE
    assert got[quote_reply["id"]].in_reply_to_id == ours["id"]  # the quoted post, always
    assert r.cursor["quotes"]["min_id"]
    assert adapter.poll_filtered(r.cursor, page_budget=5).messages == []

    assert adapter.revoke_quote(ours["id"], quoting["id"]) == "revoked"
    assert fake.statuses[quoting["id"]]["quote"]["state"] == "revoked"
    assert fake.log[-1]["path"] == f"/api/v1/statuses/{ours['id']}/quotes/{quoting['id']}/revoke"


def test_quoted_status_id_reads_both_documented_shapes():
    assert quoted_status_id({"quote": {"state": "accepted", "quoted_status": {"id": "5"}}}) == "5"
    assert quoted_status_id({"quote": {"state": "accepted", "quoted_status_id": "6"}}) == "6"
    assert quoted_status_id({"quote": {"state": "pending", "quoted_status": None}}) == ""
    assert quoted_status_id({"quote": None}) == "" and quoted_status_id({}) == ""


def test_extra_sources_are_named_and_translatable(adapter):
    names = [name for name, _ in adapter.extra_sources()]
    assert names == ["direct", "requests"]
    assert all(label.context == "channels" for _, label in adapter.extra_sources())
    with pytest.raises(ValueError):
        adapter.poll_extra("nope", {}, page_budget=1)


@pytest.mark.parametrize(
    ("text", "handle", "expected"),
    [
        ("Dank je!", "klant@shop.nl", "@klant Dank je!"),  # a local account: the short name
        ("Dank je!", "@klant", "@klant Dank je!"),
        ("Dank je!", "jan@mastodon.social", "@jan@mastodon.social Dank je!"),
        ("Hoi @klant, dank je!", "klant@shop.nl", "Hoi @klant, dank je!"),
        ("Hoi @Klant.", "klant@shop.nl", "Hoi @Klant."),
        ("@klant@shop.nl dank je", "klant@shop.nl", "@klant@shop.nl dank je"),
        ("Hoi @jan@mastodon.social!", "jan@mastodon.social", "Hoi @jan@mastodon.social!"),
        (
            "Hoi @jan, via @jan@elders.nl",
            "jan@mastodon.social",
            "@jan@mastodon.social Hoi @jan, via @jan@elders.nl",
        ),
        ("Hoi @klantje", "klant@shop.nl", "@klant Hoi @klantje"),
        ("zie https://shop.nl/@klant", "klant@shop.nl", "@klant zie https://shop.nl/@klant"),
        ("mail klant@shop.nl", "klant@shop.nl", "@klant mail klant@shop.nl"),
        ("Dank je!", "", "Dank je!"),
    ],
)
def test_a_direct_status_is_addressed_to_the_author(text, handle, expected):
    assert address_direct(text, handle, "shop.nl") == expected


def test_strip_mentions_leaves_the_text_after_the_opening_mentions():
    assert strip_mentions("@klant @jan@x.nl, dank je @klant") == "dank je @klant"
    assert strip_mentions("dank je") == "dank je"
