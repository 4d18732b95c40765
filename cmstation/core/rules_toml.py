"""Rules as TOML: read with tomllib, written by hand (strings, lists, numbers, booleans are
all a rule holds). One document holds any number of ``[[rule]]`` tables, in order::

    [[rule]]
    name = "Refunds"
    continue = true          # "and continue": later rules may act too
    enabled = true
    [rule.when]
    keywords = ["refund", "geld terug"]
    sentiment = ["negative"]
    [rule.then]
    labels = ["refund"]
    state = "needs_reply"
    priority = 3
    notify = true
"""

from __future__ import annotations

import json
import tomllib
from dataclasses import fields
from typing import Any

from cmstation.core.errors import CmstationError
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.models import Sentiment
from cmstation.core.rules import PRIORITIES, RULE_KINDS, RULE_STATES, Actions, Conditions, Rule

CTX = "Rules"
MSG_BAD_TOML = QT_TRANSLATE_NOOP("Rules", "The rules are not valid TOML: {reason}")
MSG_NO_NAME = QT_TRANSLATE_NOOP("Rules", "Rule {index} has no name.")
MSG_UNKNOWN_KEY = QT_TRANSLATE_NOOP(
    "Rules", "Rule {name!r}: unknown setting {key!r} (known: {known})."
)
MSG_BAD_VALUE = QT_TRANSLATE_NOOP("Rules", "Rule {name!r}: {key} cannot be {value!r}.")
MSG_NO_ACTION = QT_TRANSLATE_NOOP("Rules", "Rule {name!r} does nothing: give it an action.")
MSG_NO_CONDITION = QT_TRANSLATE_NOOP(
    "Rules", "Rule {name!r} would act on every message: give it a condition."
)
MSG_DUPLICATE = QT_TRANSLATE_NOOP("Rules", "Two rules are called {name!r}.")


class RuleError(CmstationError):
    pass


def _fail(msg: str, **params: Any) -> RuleError:
    return RuleError.from_text(Text(CTX, msg, params))


_LISTS_OF_TEXT = {"keywords", "lang", "sentiment", "channels", "kinds", "authors", "labels"}
_CHOICES = {
    "sentiment": {str(s) for s in Sentiment},
    "kinds": {str(k) for k in RULE_KINDS},
    "state": {str(s) for s in RULE_STATES},
}


def _value(name: str, key: str, raw: Any, default: Any) -> Any:
    bad = _fail(MSG_BAD_VALUE, name=name, key=key, value=raw)
    if key in _LISTS_OF_TEXT:
        items = [raw] if isinstance(raw, str) else raw
        if not isinstance(items, list) or not all(isinstance(x, str | int) for x in items):
            raise bad
        out = tuple(str(x).strip() for x in items if str(x).strip())
        if key in _CHOICES and not set(out) <= _CHOICES[key]:
            raise bad
        if key in ("lang",):
            out = tuple(x.lower() for x in out)
        return out
    if isinstance(default, bool) or default is None and key in ("complaint", "vip", "has_link"):
        if not isinstance(raw, bool):
            raise bad
        return raw
    if key in ("min_priority", "min_followers", "priority"):
        if isinstance(raw, bool) or not isinstance(raw, int) or raw < 0:
            raise bad
        if key != "min_followers" and raw not in PRIORITIES:
            raise bad
        return raw
    if not isinstance(raw, str):
        raise bad
    if key in _CHOICES and raw and raw not in _CHOICES[key]:
        raise bad
    return raw


def _part(cls, name: str, table: Any) -> Any:
    if table is None:
        return cls()
    if not isinstance(table, dict):
        raise _fail(MSG_BAD_VALUE, name=name, key=cls.__name__.lower(), value=table)
    defaults = cls()
    known = [f.name for f in fields(cls)]
    values = {}
    for key, raw in table.items():
        if key not in known:
            raise _fail(MSG_UNKNOWN_KEY, name=name, key=key, known=", ".join(known))
        values[key] = _value(name, key, raw, getattr(defaults, key))
    return cls(**values)


def rule_from_table(t: dict, index: int = 1) -> Rule:
    name = t.get("name")
    if not isinstance(name, str) or not name.strip():
        raise _fail(MSG_NO_NAME, index=index)
    name = " ".join(name.split())
    known = ["name", "continue", "enabled", "when", "then"]
    for key in t:
        if key not in known:
            raise _fail(MSG_UNKNOWN_KEY, name=name, key=key, known=", ".join(known))
    for key in ("continue", "enabled"):
        if key in t and not isinstance(t[key], bool):
            raise _fail(MSG_BAD_VALUE, name=name, key=key, value=t[key])
    rule = Rule(
        name=name,
        when=_part(Conditions, name, t.get("when")),
        then=_part(Actions, name, t.get("then")),
        and_continue=bool(t.get("continue", False)),
        enabled=bool(t.get("enabled", True)),
    )
    if rule.then.is_empty():
        raise _fail(MSG_NO_ACTION, name=name)
    if rule.when.is_empty():
        raise _fail(MSG_NO_CONDITION, name=name)
    return rule


def parse_rules(text: str) -> list[Rule]:
    """Every ``[[rule]]`` of a TOML document, in order; ``RuleError`` says what is wrong."""
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _fail(MSG_BAD_TOML, reason=str(exc)) from None
    tables = doc.get("rule", [])
    if isinstance(tables, dict):
        tables = [tables]
    rules = [rule_from_table(t, i) for i, t in enumerate(tables, start=1)]
    seen: set[str] = set()
    for r in rules:
        if r.name.lower() in seen:
            raise _fail(MSG_DUPLICATE, name=r.name)
        seen.add(r.name.lower())
    return rules


def parse_rule(text: str) -> Rule:
    rules = parse_rules(text)
    if len(rules) != 1:
        raise _fail(MSG_NO_NAME, index=1)
    return rules[0]


def _toml(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, list | tuple):
        return "[" + ", ".join(_toml(x) for x in v) + "]"
    # a JSON string is a TOML basic string (\" \\ \n \uXXXX escapes)
    return json.dumps(str(v), ensure_ascii=False)


def _table(obj: Any) -> list[str]:
    defaults = type(obj)()
    return [
        f"{f.name} = {_toml(getattr(obj, f.name))}"
        for f in fields(obj)
        if getattr(obj, f.name) != getattr(defaults, f.name)
    ]


def dump_rules(rules: list[Rule]) -> str:
    """TOML that parse_rules reads back as the same rules."""
    out: list[str] = []
    for r in rules:
        out += ["[[rule]]", f"name = {_toml(r.name)}"]
        if r.and_continue:
            out.append("continue = true")
        if not r.enabled:
            out.append("enabled = false")
        out += ["[rule.when]", *_table(r.when), "[rule.then]", *_table(r.then), ""]
    return "\n".join(out)


def rule_as_dict(r: Rule) -> dict:
    """For ``--json``: the rule as plain data."""
    return {
        "id": r.id,
        "position": r.position,
        "name": r.name,
        "enabled": r.enabled,
        "continue": r.and_continue,
        "when": {
            f.name: _plain(getattr(r.when, f.name))
            for f in fields(r.when)
            if getattr(r.when, f.name) != getattr(Conditions(), f.name)
        },
        "then": {
            f.name: _plain(getattr(r.then, f.name))
            for f in fields(r.then)
            if getattr(r.then, f.name) != getattr(Actions(), f.name)
        },
    }


def _plain(v: Any) -> Any:
    return list(v) if isinstance(v, tuple) else v
