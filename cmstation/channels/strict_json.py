"""JSON from the network, read strictly.

``NaN``, ``Infinity`` and numbers beyond a float's range or longer than 30 digits are not
numbers cmstation accepts (Python's json takes them by default). An answer holding one is
refused; list answers can be read ``per_item``, where only the items holding one are marked
(``is_tainted``) so the adapter skips them and keeps the rest.
"""

from __future__ import annotations

import json
import math
from typing import Any

#: Integers longer than this (digits) are not numbers a network sends in good faith.
MAX_INT_DIGITS = 30


class _HostileNumber:
    """What ``NaN``, ``Infinity``, ``1e999`` or a 400-digit integer become: not a number, so
    any use of it as one fails (the item holding it is skipped)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "<number out of range>"


HOSTILE_NUMBER = _HostileNumber()


class TaintedDict(dict):
    """A JSON object that holds (somewhere inside) a number out of range."""


class TaintedList(list):
    """A JSON array that holds (somewhere inside) a number out of range."""


class HostileJson(ValueError):
    """The JSON holds a number out of range (and was not read per item)."""


def is_tainted(value: Any) -> bool:
    """True for a value from ``loads_json(..., per_item=True)`` that holds a number out of
    range: the adapter skips that item."""
    return value is HOSTILE_NUMBER or isinstance(value, (TaintedDict, TaintedList))


def check_item(item: Any) -> None:
    """ValueError when ``item`` holds a number out of range (for the per-item guard)."""
    if is_tainted(item):
        raise ValueError("the item holds a number out of range")


def _mark(value: Any) -> tuple[Any, bool]:
    """(value with every container that holds a hostile number made Tainted, tainted?)"""
    if value is HOSTILE_NUMBER:
        return value, True
    if isinstance(value, dict):
        out, bad = {}, False
        for k, v in value.items():
            out[k], b = _mark(v)
            bad = bad or b
        return (TaintedDict(out), True) if bad else (value, False)
    if isinstance(value, list):
        items, bad = [], False
        for v in value:
            m, b = _mark(v)
            items.append(m)
            bad = bad or b
        return (TaintedList(items), True) if bad else (value, False)
    return value, False


def loads_json(raw: bytes | str, *, per_item: bool = False) -> Any:
    """JSON from the network, strictly: ValueError when it is not JSON, nests absurdly deep,
    or (unless ``per_item``) holds ``NaN``, ``Infinity``, a float beyond range or an integer
    of more than ``MAX_INT_DIGITS`` digits. With ``per_item`` such numbers become
    ``HOSTILE_NUMBER`` and every object/array around them is marked (``is_tainted``)."""
    hostile = 0

    def constant(name: str) -> Any:
        nonlocal hostile
        hostile += 1
        return HOSTILE_NUMBER

    def integer(text: str) -> Any:
        nonlocal hostile
        if len(text) - text.startswith("-") > MAX_INT_DIGITS:
            hostile += 1
            return HOSTILE_NUMBER
        return int(text)

    def number(text: str) -> Any:
        nonlocal hostile
        f = float(text)
        if not math.isfinite(f):
            hostile += 1
            return HOSTILE_NUMBER
        return f

    try:
        data = json.loads(raw, parse_constant=constant, parse_int=integer, parse_float=number)
        if not hostile:
            return data
        if not per_item:
            raise HostileJson("a number out of range")
        return _mark(data)[0]
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None
