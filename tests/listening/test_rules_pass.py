"""Rules in a sweep and on the existing inbox: never on own posts, dry run == applied,
every action in the event log with the rule's name, undo; VIPs raised; snoozes woken."""

from listening_fakes import T0, ListAdapter, msg

from cmstation.core.models import MessageKind, MessageState, Priority
from cmstation.core.rules import Actions, Conditions, Rule
from cmstation.listening import rules_pass
from cmstation.listening.sweep import run_sweep
from cmstation.storage import authors, change_sets, events, labels, messages, snoozes
from cmstation.storage import rules as rule_store


def _by_rid(db):
    rows = db.execute("SELECT remote_id, id FROM messages").fetchall()
    return {rid: messages.get_message(db, mid) for rid, mid in rows}


def _labels(db, mid):
    return [lb.name for lb in labels.labels_of(db, mid)]


SPAM = Rule("Giveaways", Conditions(text="giveaway", has_link=True), Actions(state="ignored"))
REFUND = Rule(
    "Refunds",
    Conditions(keywords=("refund", "geld terug")),
    Actions(labels=("refund",), priority=Priority.COMPLAINT, notify=True),
    and_continue=True,
)
BIKES = Rule("Bikes", Conditions(keywords=("fiets", "bike")), Actions(labels=("bikes",)))


def _adapter(channel_id):
    return ListAdapter(
        [
            msg(channel_id, "1", "Our giveaway is on: https://shop.example/win"),
            msg(channel_id, "2", "Ik wil mijn geld terug voor de fiets"),
            msg(channel_id, "3", "Mooie fiets!"),
            msg(channel_id, "4", "refund for my bike please", kind=MessageKind.OWN_POST, own=True),
            msg(channel_id, "5", "Where is my refund?", handle="vip@example.org"),
        ]
    )


def test_rules_run_on_a_sweeps_new_items_in_order_never_on_our_own(db, channel_id, clock):
    for r in (SPAM, REFUND, BIKES):
        rule_store.add_rule(db, r)
    authors.add_vip(db, "VIP@example.org")
    s = run_sweep(db, channel_id, _adapter(channel_id), clock=clock)
    by = _by_rid(db)
    assert by["1"].state == MessageState.IGNORED
    assert not by["1"].read  # a rule is not the person reading it
    assert _labels(db, by["2"].id) == ["bikes", "refund"]  # refund continues to bikes
    assert by["2"].priority == Priority.COMPLAINT
    assert _labels(db, by["3"].id) == ["bikes"]
    assert _labels(db, by["4"].id) == [] and by["4"].state == MessageState.NEW  # our own
    assert _labels(db, by["5"].id) == ["refund"]
    assert s.rules_token is not None
    # notify: both are complaints once the Refunds rule ran (it raises them to one)
    assert by["2"].id in s.urgent_ids and by["5"].id in s.urgent_ids
    assert not s.flagged_ids
    assert by["1"].id not in s.urgent_ids and by["1"].id not in s.flagged_ids
    acted = events.recent(db, "rule_action", limit=100)
    assert {(e["message_id"], e["detail"]["rule"], e["detail"]["action"]) for e in acted} >= {
        (by["1"].id, "Giveaways", "state"),
        (by["2"].id, "Refunds", "label"),
        (by["2"].id, "Bikes", "label"),
    }
    # the whole pass is undone with its token
    undone = change_sets.undo(db, s.rules_token)
    assert undone.skipped == 0
    by = _by_rid(db)
    assert by["1"].state == MessageState.NEW
    assert all(_labels(db, m.id) == [] for m in by.values())
    effects = change_sets.effects_of(db, s.rules_token)
    assert undone.restored == len([e for e in effects if e["action"] != "notify"]) > 0


def test_a_vips_new_message_is_raised(db, channel_id, clock):
    authors.add_vip(db, "vip@example.org")
    a = ListAdapter(
        [msg(channel_id, "1", "Hoi", handle="vip@example.org"), msg(channel_id, "2", "Hoi")]
    )
    s = run_sweep(db, channel_id, a, clock=clock)
    by = _by_rid(db)
    assert by["1"].priority == Priority.QUESTION and by["2"].priority < Priority.QUESTION
    assert change_sets.undo(db, s.rules_token).restored == 1


def test_no_rules_no_vips_no_change_set(db, channel_id, clock):
    s = run_sweep(db, channel_id, _adapter(channel_id), clock=clock)
    assert s.rules_token is None and s.new == 5


def test_dry_run_counts_what_applying_applies(db, channel_id, clock):
    run_sweep(db, channel_id, _adapter(channel_id), clock=clock)  # no rules yet
    rules = [SPAM, REFUND, BIKES]
    dry = rules_pass.dry_run(db, rules)
    assert (dry.matched, dry.per_rule, dry.looked_at) == (
        4,
        {"Giveaways": 1, "Refunds": 2, "Bikes": 2},
        4,  # our own post is not looked at
    )
    before = {m.id: (m.state, m.priority) for m in _by_rid(db).values()}
    assert {m.id: (m.state, m.priority) for m in _by_rid(db).values()} == before  # dry
    applied = rules_pass.apply_to_inbox(db, rules, now=T0 + 7200)
    assert applied.matched == dry.matched
    touched = {e["message_id"] for e in events.recent(db, "rule_action", limit=100)}
    assert len(touched) == dry.matched
    for r in rules:
        assert rules_pass.dry_run(db, [r]).matched == dry.per_rule[r.name]
    change_sets.undo(db, applied.token)
    assert {m.id: (m.state, m.priority) for m in _by_rid(db).values()} == before


def test_stored_rules_keep_their_order_and_can_move(db):
    for r in (SPAM, REFUND, BIKES):
        rule_store.add_rule(db, r)
    rule_store.move_rule(db, "Bikes", 1)
    rule_store.add_rule(
        db, Rule("Early", Conditions(lang=("nl",)), Actions(notify=True)), position=2
    )
    assert [r.name for r in rule_store.list_rules(db)] == ["Bikes", "Early", "Giveaways", "Refunds"]
    rule_store.set_enabled(db, "refunds", False)
    assert not rule_store.find_rule(db, "Refunds").enabled
    removed = rule_store.remove_rule(db, "Early")
    assert removed.name == "Early"
    assert [(r.position, r.name) for r in rule_store.list_rules(db)] == [
        (1, "Bikes"),
        (2, "Giveaways"),
        (3, "Refunds"),
    ]
    assert rule_store.list_rules(db)[2].then == REFUND.then


def test_a_sweep_wakes_what_was_snoozed(db, channel_id, clock):
    run_sweep(db, channel_id, _adapter(channel_id), clock=clock)
    mid = _by_rid(db)["3"].id
    snoozes.snooze_messages(db, [mid], int(clock.now()) + 60, "bel terug", now=int(clock.now()))
    clock.advance(3600)
    run_sweep(db, channel_id, _adapter(channel_id), clock=clock)
    m = messages.get_message(db, mid)
    assert m.state == MessageState.NEEDS_REPLY and snoozes.snooze_of(db, mid).woke_at is not None


def test_a_saved_search_asks_the_network_without_its_label_terms(db, channel_id, clock):
    from cmstation.storage import saved_searches

    saved_searches.add_saved_search(db, "Refunds", "label:refund", channel_id=channel_id)
    saved_searches.add_saved_search(
        db, "Bike refunds", 'label:"geld terug" #fiets', channel_id=channel_id
    )
    a = ListAdapter([], searches={"#fiets": [msg(channel_id, "7", "#fiets kapot")]})
    s = run_sweep(db, channel_id, a, clock=clock)
    assert [c[0] for c in a.calls] == ["mentions", "#fiets"]
    assert s.new == 1


def test_undo_of_two_rules_on_one_message_goes_back_in_layers(db, channel_id, clock):
    first = Rule(
        "First",
        Conditions(text="giveaway"),
        Actions(state="done", priority=0, labels=("a", "b")),
        and_continue=True,
    )
    second = Rule("Second", Conditions(has_link=True), Actions(state="spam", priority=3))
    for r in (first, second):
        rule_store.add_rule(db, r)
    s = run_sweep(db, channel_id, _adapter(channel_id), clock=clock)
    m = _by_rid(db)["1"]
    assert (m.state, m.priority, _labels(db, m.id)) == (MessageState.SPAM, 3, ["a", "b"])
    steps = [
        (e["action"], e["before"], e["after"])
        for e in change_sets.effects_of(db, s.rules_token)
        if e["message_id"] == m.id and e["action"] == "state"
    ]
    assert steps == [("state", "new", "done"), ("state", "done", "spam")]
    change_sets.undo(db, s.rules_token)
    m = _by_rid(db)["1"]
    assert (m.state, m.priority, _labels(db, m.id)) == (MessageState.NEW, Priority.NORMAL, [])


def test_what_a_rule_asks_to_be_told_about_is_not_called_a_complaint(db, channel_id, clock):
    """A rule with "notify" on praise: the sweep tells it apart from the complaints, so the
    notification can say "your rules flag" instead of "new complaint"."""
    rule_store.add_rule(
        db, Rule("Bikes", Conditions(keywords=("fiets",)), Actions(labels=("bikes",), notify=True))
    )
    s = run_sweep(db, channel_id, _adapter(channel_id), clock=clock)
    by = _by_rid(db)
    assert by["3"].id in s.flagged_ids  # "Mooie fiets!": praise a rule flags
    assert by["3"].id not in s.urgent_ids
    assert set(s.urgent_ids).isdisjoint(s.flagged_ids)
