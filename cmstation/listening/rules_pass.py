"""Running the inbox rules: on a sweep's new items (the sweep calls :func:`run_on_new` right
after storing them), or on the existing inbox on request (:func:`dry_run` says how many
messages the rules would act on; :func:`apply_to_inbox` acts on exactly those).

Never on our own posts. A VIP's new message is raised to at least a question's priority
before the rules look at it. Every action is an event with the rule's name; the pass's
token undoes it (storage.change_sets.undo).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from cmstation.core.models import MessageState, Priority
from cmstation.core.rules import CompiledRules, Facts, Rule, is_own, plan
from cmstation.storage import messages
from cmstation.storage import rules as rule_store
from cmstation.storage.authors import vip_keys
from cmstation.storage.rules import PassResult


@dataclass(slots=True)
class DryRun:
    #: messages at least one rule would act on
    matched: int = 0
    #: per rule name, how many messages it would act on
    per_rule: dict[str, int] = field(default_factory=dict)
    #: how many messages were looked at
    looked_at: int = 0
    #: a few of the matching ids (to show as examples)
    examples: list[int] = field(default_factory=list)


def _raise_vips(facts: list[Facts]) -> list[int]:
    """VIPs' messages get at least a question's priority (in the facts, and in the store)."""
    raised = []
    for f in facts:
        if f.vip and not is_own(f) and f.priority < Priority.QUESTION:
            f.priority = Priority.QUESTION
            raised.append(f.message_id)
    return raised


def run_on_new(
    db, ids: Sequence[int], *, now: int, token: int | None = None, origin: str = "sweep"
) -> PassResult:
    """The rules (and the VIP list) on newly stored messages; cheap when there are none."""
    if not ids:
        return PassResult(token, 0, 0)
    rules = [r for r in rule_store.list_rules(db) if r.enabled]
    if not rules and not vip_keys(db):
        return PassResult(token, 0, 0)
    facts = rule_store.load_facts(db, ids)
    vip_ids = _raise_vips(facts)
    compiled = CompiledRules(rules)
    p = plan(compiled, facts)
    return rule_store.apply_plan(db, p, origin=origin, vip_ids=vip_ids, token=token, now=now)


def _chosen(db, rules: Iterable[Rule] | None) -> CompiledRules:
    return CompiledRules(rule_store.list_rules(db) if rules is None else rules)


def dry_run(db, rules: Iterable[Rule] | None = None, *, examples: int = 10) -> DryRun:
    """How many messages of the inbox (our own posts aside) the rules would act on, in the
    order they run (first match wins unless "and continue"); nothing is changed."""
    compiled = _chosen(db, rules)
    out = DryRun(per_rule={r.name: 0 for r in compiled.rules})
    if not compiled:
        return out
    for batch in rule_store.inbox_facts(db):
        out.looked_at += len(batch)
        p = plan(compiled, batch)
        out.matched += len(p.matched)
        for r, hit in zip(p.rules, p.by_rule, strict=True):
            out.per_rule[r.name] += len(hit)
        room = examples - len(out.examples)
        if room > 0:
            out.examples.extend(p.matched[:room])
    return out


def apply_to_inbox(db, rules: Iterable[Rule] | None = None, *, now: int) -> PassResult:
    """Act on the messages :func:`dry_run` counts (one change set, one transaction per
    batch): ``matched`` equals the dry run's count on the same inbox."""
    compiled = _chosen(db, rules)
    token = None
    matched = changed = 0
    notify: list[int] = []
    handled: list[int] = []
    if not compiled:
        return PassResult(None, 0, 0)
    for batch in rule_store.inbox_facts(db):
        p = plan(compiled, batch)
        if not p.matched:
            continue
        r = rule_store.apply_plan(db, p, origin="apply", token=token, now=now)
        token = r.token
        matched += r.matched
        changed += r.changed
        notify.extend(r.notify_ids)
        handled.extend(r.handled_ids)
    return PassResult(token, matched, changed, tuple(notify), tuple(handled))


def after_store(db, summary, fresh: Sequence[int], *, now: int) -> None:
    """The sweep's hook, right after a batch of new items is stored: run the rules on them;
    what a rule handled (done, ignored, spam) is no longer urgent, what it asks to be
    notified about is (flagged_ids: told apart from complaints in the notification)."""
    if not fresh:
        return
    r = run_on_new(db, fresh, now=now, token=summary.rules_token)
    if r.token is None:
        return
    summary.rules_token = r.token
    handled = set(r.handled_ids)
    summary.urgent_ids[:] = [i for i in summary.urgent_ids if i not in handled]
    summary.flagged_ids[:] = [i for i in summary.flagged_ids if i not in handled]
    # what a rule asks to be told about: a complaint that needs a reply once the rules ran
    # (a rule may have made it one) is urgent; anything else is "flagged by your rules"
    now_msgs = messages.get_messages(db, [i for i in r.notify_ids if i not in summary.urgent_ids])
    for i, m in now_msgs.items():
        if m.state == MessageState.NEEDS_REPLY and m.priority == Priority.COMPLAINT:
            summary.urgent_ids.append(i)
        elif i not in summary.flagged_ids:
            summary.flagged_ids.append(i)
