"""The maturity path: where the workspace stands on the four steps, what it shows for
each and what would move it. A step is reached when its conditions hold; the user stands on
the last step reached with every step before it reached too (0: not started).

1. **Strategy and inspiration**: the profile has a name and a sign-off (the face), a voice
   (a Dutch register or a sign-off), brand keywords (``brand_words``), and at least one
   saved search listens.
2. **Listening and responding**: in the period something needed a reply, at least 90% of
   it was answered or handled, and the median first response is within the target.
3. **Facilitating**: at least one ambassador was engaged (we replied to them in the
   period), and people answer each other (someone on the curating level).
4. **Participating**: at least one own post (MessageKind.OWN_POST) in the period started a
   conversation (got a reply from someone else).
"""

from __future__ import annotations

from dataclasses import dataclass

from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.profile import Profile
from cmstation.insights.ambassadors import Ambassadors
from cmstation.insights.mastery import MIN_HANDLED_SHARE
from cmstation.insights.pyramid import Pyramid
from cmstation.insights.responsiveness import Responsiveness
from cmstation.insights.tables import Render, Table, english

CTX = "Insights"
TITLES = {
    1: QT_TRANSLATE_NOOP("Insights", "Strategy and inspiration"),
    2: QT_TRANSLATE_NOOP("Insights", "Listening and responding"),
    3: QT_TRANSLATE_NOOP("Insights", "Facilitating"),
    4: QT_TRANSLATE_NOOP("Insights", "Participating"),
}
SHOWS = {
    1: QT_TRANSLATE_NOOP(
        "Insights",
        "Profile with name and sign-off: {face}; voice: {voice}; %n brand keyword(s); "
        "{searches} saved search(es) listening",
        "",
        1,
    ),
    2: QT_TRANSLATE_NOOP(
        "Insights",
        "Answered {answered} of {needed} that needed a reply; median first response "
        "{median} h (target {target} h)",
    ),
    3: QT_TRANSLATE_NOOP(
        "Insights",
        "{engaged} of {ambassadors} ambassadors answered by you; %n person(s) answered others",
        "",
        1,
    ),
    4: QT_TRANSLATE_NOOP(
        "Insights", "%n own post(s), {started} of them started a conversation", "", 1
    ),
}
NEXT = {
    1: QT_TRANSLATE_NOOP(
        "Insights",
        "Fill in the profile (name, sign-off, register), add the brand's keywords and save "
        "a search that listens for them.",
    ),
    2: QT_TRANSLATE_NOOP(
        "Insights",
        "Answer at least 90% of what needs a reply, and the median within the target.",
    ),
    3: QT_TRANSLATE_NOOP(
        "Insights",
        "Thank the ambassadors, and leave room for the people who answer each other.",
    ),
    4: QT_TRANSLATE_NOOP(
        "Insights", "Post something of your own that invites an answer: ask a question."
    ),
}
YES = QT_TRANSLATE_NOOP("Insights", "yes")
NO = QT_TRANSLATE_NOOP("Insights", "no")
NONE = QT_TRANSLATE_NOOP("Insights", "none")
TITLE = QT_TRANSLATE_NOOP("Insights", "Maturity path")
H = {
    "step": QT_TRANSLATE_NOOP("Insights", "Step"),
    "title": QT_TRANSLATE_NOOP("Insights", "Step"),
    "reached": QT_TRANSLATE_NOOP("Insights", "Reached"),
    "shows": QT_TRANSLATE_NOOP("Insights", "What the workspace shows"),
    "next": QT_TRANSLATE_NOOP("Insights", "What would move it"),
}


@dataclass(frozen=True, slots=True)
class Step:
    number: int
    title: Text
    reached: bool
    shows: Text
    next: Text


@dataclass(frozen=True, slots=True)
class Maturity:
    steps: tuple[Step, ...]

    @property
    def current(self) -> int:
        n = 0
        for s in self.steps:
            if not s.reached:
                break
            n = s.number
        return n

    def tables(self) -> list[Table]:
        cols = ("step", "title", "reached", "shows", "next")
        rows = tuple((s.number, s.title, s.reached, s.shows, s.next) for s in self.steps)
        return [
            Table("maturity", Text(CTX, TITLE), cols, tuple(Text(CTX, H[c]) for c in cols), rows)
        ]

    def as_dict(self, render: Render = english) -> dict:
        return {
            "current": self.current,
            "steps": [
                {
                    "step": s.number,
                    "title": render(s.title),
                    "reached": s.reached,
                    "shows": render(s.shows),
                    "next": render(s.next),
                }
                for s in self.steps
            ],
        }


def _yes(v: bool) -> Text:
    return Text(CTX, YES if v else NO)


def maturity(
    profile: Profile,
    *,
    saved_searches: int,
    resp: Responsiveness,
    pyr: Pyramid,
    amb: Ambassadors,
    own_posts: list[tuple[int, int, int]],
) -> Maturity:
    face = bool(profile.display_name.strip() and profile.signoff.strip())
    voice = bool(profile.register or profile.signoff.strip())
    keywords = len([w for w in profile.brand_words if str(w).strip()])
    s1 = face and voice and keywords > 0 and saved_searches > 0
    o = resp.overall
    handled_ok = bool(o.needed) and o.handled / o.needed >= MIN_HANDLED_SHARE
    s2 = handled_ok and o.median_hours is not None and o.median_hours <= resp.target_hours
    curators = pyr.level("curating").people or 0
    s3 = amb.engaged > 0 and curators > 0
    started = sum(1 for _, _, replies in own_posts if replies > 0)
    s4 = started > 0
    median = Text(CTX, NONE) if o.median_hours is None else f"{o.median_hours:g}"
    shows = {
        1: {"face": _yes(face), "voice": _yes(voice), "n": keywords, "searches": saved_searches},
        2: {
            "answered": o.answered,
            "needed": o.needed,
            "median": median,
            "target": f"{resp.target_hours:g}",
        },
        3: {"engaged": amb.engaged, "ambassadors": len(amb.people), "n": curators},
        4: {"n": len(own_posts), "started": started},
    }
    reached = {1: s1, 2: s2, 3: s3, 4: s4}
    return Maturity(
        tuple(
            Step(
                i,
                Text(CTX, TITLES[i]),
                reached[i],
                Text(CTX, SHOWS[i], shows[i]),
                Text(CTX, NEXT[i]),
            )
            for i in (1, 2, 3, 4)
        )
    )
