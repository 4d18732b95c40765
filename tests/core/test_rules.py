"""Rules without a database: conditions, order, first match, "and continue", own posts,
TOML in and out."""

import pytest

from cmstation.core.models import MessageKind, Priority
from cmstation.core.rules import Actions, CompiledRules, Conditions, Facts, Rule, plan, words
from cmstation.core.rules_toml import RuleError, dump_rules, parse_rules, rule_as_dict


def _f(i, text="", **kw):
    return Facts(message_id=i, text=text, **kw)


def _names(rules, f):
    c = CompiledRules(rules)
    return [c.rules[i].name for i in c.matching(f)]


LABEL = Actions(labels=("x",))


def test_words_fold_case_and_accents_and_ignore_syntax():
    assert words('Één "refund" AND (NOT) geld-terug*') == [
        "een",
        "refund",
        "and",
        "not",
        "geld",
        "terug",
    ]


@pytest.mark.parametrize(
    ("cond", "facts", "hit"),
    [
        (Conditions(text="geld terug"), _f(1, "Ik wil mijn GELD   terug!"), True),
        (Conditions(text="geld terug"), _f(1, "geld"), False),
        (Conditions(text="refund*"), _f(1, "refunds please"), True),
        (Conditions(text="refund"), _f(1, "refunds please"), False),
        (Conditions(text='"; DROP TABLE'), _f(1, "drop table now"), True),
        (Conditions(text="!!"), _f(1, "!!"), False),
        (Conditions(keywords=("geld terug", "refund")), _f(1, "Refund now"), True),
        (Conditions(keywords=("geld terug",)), _f(1, "terug geld"), False),
        (Conditions(keywords=("één",)), _f(1, "een fiets"), True),
        (Conditions(lang=("nl",)), _f(1, lang="en"), False),
        (Conditions(sentiment=("negative",)), _f(1, sentiment="negative"), True),
        (Conditions(complaint=True), _f(1, priority=Priority.COMPLAINT), True),
        (Conditions(complaint=False), _f(1, priority=Priority.COMPLAINT), False),
        (Conditions(min_priority=2), _f(1, priority=1), False),
        (Conditions(channels=("bluesky",)), _f(1, channel_kind="bluesky"), True),
        (Conditions(channels=("7",)), _f(1, channel_id=7), True),
        (Conditions(channels=("@Shop@m.nl",)), _f(1, channel_name="@shop@m.nl"), True),
        (Conditions(kinds=("direct",)), _f(1, kind="mention"), False),
        (Conditions(authors=("@Anna@x.nl",)), _f(1, author_handle="anna@x.nl"), True),
        (Conditions(vip=True), _f(1, vip=False), False),
        (Conditions(min_followers=100), _f(1, followers=None), False),
        (Conditions(min_followers=100), _f(1, followers=250), True),
        (Conditions(has_link=True), _f(1, "zie https://x.nl/a"), True),
        (Conditions(has_link=True), _f(1, "geen link"), False),
        (Conditions(has_link=False), _f(1, "www.koop.nl"), False),
    ],
)
def test_each_condition(cond, facts, hit):
    assert bool(_names([Rule("r", cond, LABEL)], facts)) is hit


def test_first_match_wins_unless_and_continue_and_order_counts():
    a = Rule("a", Conditions(text="fiets"), LABEL)
    b = Rule("b", Conditions(text="fiets"), LABEL, and_continue=True)
    c = Rule("c", Conditions(text="band"), LABEL)
    off = Rule("off", Conditions(text="fiets"), LABEL, enabled=False)
    f = _f(1, "fiets band")
    assert _names([a, b, c], f) == ["a"]
    assert _names([b, a, c], f) == ["b", "a"]
    assert _names([b, c, a], f) == ["b", "c"]
    assert _names([off, b, c], f) == ["b", "c"]


@pytest.mark.parametrize(
    "kind", [MessageKind.OWN_POST, MessageKind.OWN_REPLY, MessageKind.OWN_DIRECT]
)
def test_never_on_our_own_posts(kind):
    r = Rule("all", Conditions(text="fiets"), Actions(state="spam"))
    assert _names([r], _f(1, "fiets", kind=str(kind))) == []
    assert _names([r], _f(1, "fiets", is_own=True)) == []


def test_a_plan_lists_messages_per_rule_and_once_overall():
    a = Rule("a", Conditions(text="fiets"), LABEL, and_continue=True)
    b = Rule("b", Conditions(text="band"), LABEL)
    p = plan(CompiledRules([a, b]), [_f(1, "fiets band"), _f(2, "band"), _f(3, "x")])
    assert (p.by_rule, p.matched) == ([[1], [1, 2]], [1, 2])
    assert p.count_for("b") == 2


def test_toml_round_trip_and_json():
    rules = [
        Rule(
            'Refunds "urgent"',
            Conditions(keywords=("refund", "geld terug"), sentiment=("negative",), vip=False),
            Actions(labels=("refund",), state="needs_reply", priority=3, notify=True),
            and_continue=True,
        ),
        Rule(
            "Spam",
            Conditions(has_link=True, min_followers=0, text="koop\nnu"),
            Actions(state="spam"),
            enabled=False,
        ),
    ]
    text = dump_rules(rules)
    assert parse_rules(text) == rules
    assert parse_rules(dump_rules(parse_rules(text))) == rules
    d = rule_as_dict(rules[0])
    assert d["when"] == {
        "keywords": ["refund", "geld terug"],
        "sentiment": ["negative"],
        "vip": False,
    }
    assert d["continue"] is True


@pytest.mark.parametrize(
    "text",
    [
        "[[rule]]\nname = 'x'\n[rule.when]\ntext = 'a'\n",  # no action
        "[[rule]]\nname = 'x'\n[rule.then]\nstate = 'done'\n",  # no condition
        "[[rule]]\n[rule.when]\ntext = 'a'\n[rule.then]\nstate = 'done'\n",  # no name
        "[[rule]]\nname = 'x'\n[rule.when]\ncolour = 'a'\n[rule.then]\nstate = 'done'\n",
        "[[rule]]\nname = 'x'\n[rule.when]\ntext = 'a'\n[rule.then]\nstate = 'replied'\n",
        "[[rule]]\nname = 'x'\n[rule.when]\nkinds = ['own_post']\n[rule.then]\nstate = 'done'\n",
        "[[rule]]\nname = 'x'\n[rule.when]\ntext = 'a'\n[rule.then]\npriority = 9\n",
        "[[rule]]\nname = 'x'\n[rule.when]\nvip = 'yes'\n[rule.then]\nstate = 'done'\n",
        "[[rule]]\nname = 'x'\n[rule.when]\ntext = 'a'\n[rule.then]\nstate = 'done'\n" * 2,
        "[[rule\nname = ",
    ],
)
def test_wrong_rules_are_refused_with_a_reason(text):
    with pytest.raises(RuleError) as err:
        parse_rules(text)
    assert str(err.value)


def test_skipping_rules_by_their_words_changes_no_outcome():
    """The word gate is only a shortcut: the same matches as trying every rule."""
    import random

    from cmstation.core.rules import compile_conditions

    vocab = ["fiets", "band", "lek", "geld", "terug", "refund", "bike", "x"]
    rnd = random.Random(4)
    rules = []
    for i in range(40):
        w = rnd.sample(vocab, 3)
        cond = [
            Conditions(keywords=(w[0], f"{w[1]} {w[2]}")),
            Conditions(text=f"{w[0]} {w[1]}"),
            Conditions(text=f"{w[0][:3]}*"),
            Conditions(keywords=(f"{w[0][:2]}*",)),
            Conditions(lang=("nl",)),
        ][i % 5]
        rules.append(Rule(f"r{i}", cond, LABEL, and_continue=i % 3 == 0))
    compiled = CompiledRules(rules)
    tests = [compile_conditions(r.when) for r in rules]
    for n in range(300):
        f = _f(
            n, " ".join(rnd.choices(vocab, k=rnd.randrange(1, 6))), lang=rnd.choice(["nl", "en"])
        )
        f.prepare()
        expected = []
        for i, ts in enumerate(tests):
            if all(t(f) for t in ts):
                expected.append(i)
                if not rules[i].and_continue:
                    break
        assert compiled.matching(f) == expected, f.text
