"""``cmstation triage ID``: why a message ranks as it does, and a person's correction.

    cmstation triage 12                      the machine's verdict, the correction, and why
    cmstation triage 12 --mood neutral       correct the mood (negative, neutral, positive)
    cmstation triage 12 --not-complaint      it is not a complaint (the mood stays)
    cmstation triage 12 --clear              remove the correction
    cmstation triage 12 --json               the same as JSON (same in every language)

A correction changes the message's sentiment and priority at once (and moves it between
"new" and "needs a reply" when it was in one of those), is recorded in the event log, and
holds when a later sweep fetches the message again.
"""

from __future__ import annotations

import argparse

from cmstation.cli.common import open_existing_workspace, print_json, utc_iso
from cmstation.cli.lang import tr
from cmstation.cli.mark import MSG_NO_MESSAGE
from cmstation.core.errors import CmstationError
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.models import Priority, Sentiment
from cmstation.core.translations import translate

MOODS = [str(s) for s in (Sentiment.NEGATIVE, Sentiment.NEUTRAL, Sentiment.POSITIVE)]

MSG_HEADER = QT_TRANSLATE_NOOP("Cli", "Message {id} ({kind}, {lang}): {text}")
MSG_MACHINE = QT_TRANSLATE_NOOP("Cli", "Machine: {rank}, mood {mood} ({score}); {reply}")
MSG_WHY = QT_TRANSLATE_NOOP("Cli", "Why:")
MSG_CUE = QT_TRANSLATE_NOOP("Cli", "  - {cue}: {words}")
MSG_NO_CUES = QT_TRANSLATE_NOOP("Cli", "  - nothing stood out")
MSG_NO_CORRECTION = QT_TRANSLATE_NOOP("Cli", "Your correction: none")
MSG_CORRECTION = QT_TRANSLATE_NOOP("Cli", "Your correction: {what} (at {time})")
MSG_CORRECTION_MOOD = QT_TRANSLATE_NOOP("Cli", "mood {mood}")
MSG_CORRECTION_NOT_COMPLAINT = QT_TRANSLATE_NOOP("Cli", "not a complaint")
MSG_SHOWN = QT_TRANSLATE_NOOP("Cli", "Shown: {rank}, mood {mood}; {reply}")
MSG_CLEARED = QT_TRANSLATE_NOOP("Cli", "Correction removed: the machine's verdict is shown.")
MSG_NOTHING_TO_CLEAR = QT_TRANSLATE_NOOP("Cli", "There was no correction to remove.")
MSG_NEEDS_REPLY = QT_TRANSLATE_NOOP("Cli", "needs a reply")
MSG_NO_REPLY = QT_TRANSLATE_NOOP("Cli", "no reply expected")

RANKS = {
    Priority.COMPLAINT: QT_TRANSLATE_NOOP("Cli", "complaint"),
    Priority.QUESTION: QT_TRANSLATE_NOOP("Cli", "question"),
    Priority.NORMAL: QT_TRANSLATE_NOOP("Cli", "the rest"),
    Priority.LOW: QT_TRANSLATE_NOOP("Cli", "low (our own post or spam)"),
}
MOOD_WORDS = {
    Sentiment.NEGATIVE: QT_TRANSLATE_NOOP("Cli", "negative"),
    Sentiment.NEUTRAL: QT_TRANSLATE_NOOP("Cli", "neutral"),
    Sentiment.POSITIVE: QT_TRANSLATE_NOOP("Cli", "positive"),
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "triage",
        help=tr(
            QT_TRANSLATE_NOOP("Cli", "show why a message ranks as it does, or correct its triage")
        ),
    )
    p.add_argument("id", type=int, metavar="ID")
    change = p.add_mutually_exclusive_group()
    change.add_argument(
        "--mood",
        choices=MOODS,
        metavar="MOOD",
        help=tr(QT_TRANSLATE_NOOP("Cli", "correct the mood: negative, neutral or positive")),
    )
    p.add_argument(
        "--not-complaint",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("Cli", "mark it as not a complaint (the mood stays)")),
    )
    change.add_argument(
        "--clear",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("Cli", "remove your correction")),
    )
    p.add_argument(
        "--show",
        action="store_true",
        help=tr(
            QT_TRANSLATE_NOOP(
                "Cli", "print the machine's verdict, your correction and why (the default)"
            )
        ),
    )
    p.add_argument(
        "--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("Cli", "print it as JSON"))
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from cmstation.listening import triage

    if args.clear and args.not_complaint:
        args.not_complaint = False  # --clear wins: it removes the whole correction
    db = open_existing_workspace(args)
    try:
        try:
            if args.clear:
                had = triage.explain(db, args.id).correction is not None
                result = triage.clear(db, args.id)
            elif args.mood or args.not_complaint:
                result = triage.correct(
                    db,
                    args.id,
                    mood=Sentiment(args.mood) if args.mood else None,
                    not_complaint=True if args.not_complaint else None,
                )
            else:
                result = triage.explain(db, args.id)
        except LookupError:
            raise CmstationError.from_text(Text("Cli", MSG_NO_MESSAGE, {"id": args.id})) from None
    finally:
        db.conn.close()
    if args.json:
        print_json(_as_json(result))
        return 0
    if args.clear:
        print(tr(MSG_CLEARED if had else MSG_NOTHING_TO_CLEAR))
    _print(result)
    return 0


def _verdict_json(v) -> dict:
    return {
        "sentiment": str(v.sentiment),
        "score": v.score,
        "priority": int(v.priority),
        "complaint": v.complaint,
        "question": v.question,
        "needs_reply": v.needs_reply,
        "addressed": v.addressed,
        "spam": v.spam,
        "own": v.own,
    }


def _as_json(result) -> dict:
    m, c = result.message, result.correction
    return {
        "id": m.id,
        "kind": str(m.kind),
        "lang": result.machine.lang,
        "text": m.text,
        "state": str(m.state),
        "machine": _verdict_json(result.machine),
        "why": [{"cue": cue.kind, "words": cue.words} for cue in result.machine.cues],
        "correction": None
        if c is None
        else {
            "mood": str(c.mood) if c.mood is not None else None,
            "not_complaint": c.not_complaint,
            "corrected_at": utc_iso(c.corrected_at),
        },
        "shown": _verdict_json(result.shown),
    }


def _line(source: str, v) -> str:
    return tr(
        source,
        rank=tr(RANKS.get(v.priority, RANKS[Priority.NORMAL])),
        mood=tr(MOOD_WORDS[v.sentiment]),
        score=f"{v.score:+.2f}",
        reply=tr(MSG_NEEDS_REPLY if v.needs_reply else MSG_NO_REPLY),
    )


def _print(result) -> None:
    m, machine, c = result.message, result.machine, result.correction
    text = " ".join((m.text or "").split())
    if len(text) > 160:
        text = text[:157] + "..."
    print(tr(MSG_HEADER, id=m.id, kind=str(m.kind), lang=machine.lang or "?", text=text))
    print(_line(MSG_MACHINE, machine))
    print(tr(MSG_WHY))
    if not machine.cues:
        print(tr(MSG_NO_CUES))
    for cue in machine.cues:
        print(tr(MSG_CUE, cue=translate("Triage", cue.kind), words=cue.words or "-"))
    if c is None:
        print(tr(MSG_NO_CORRECTION))
        return
    parts = []
    if c.mood is not None:
        parts.append(tr(MSG_CORRECTION_MOOD, mood=tr(MOOD_WORDS[c.mood])))
    if c.not_complaint:
        parts.append(tr(MSG_CORRECTION_NOT_COMPLAINT))
    print(tr(MSG_CORRECTION, what=", ".join(parts), time=utc_iso(c.corrected_at)))
    print(_line(MSG_SHOWN, result.shown))
