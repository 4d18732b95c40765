"""Message > Rules… (issue 13): a rule added in the dialog; "Try on the inbox" counts what
"Apply to the existing inbox" then acts on, and Undo takes the whole pass back; the order
and the on/off box are kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from read_workspace import read_workspace

from cmstation.storage import labels as label_store
from cmstation.storage import rules as rule_store


def _open(qtbot, window):
    window.order.rules_action.trigger()
    dlg = window.order.rules_dialog
    qtbot.waitUntil(lambda: window.tasks.pending == 0)
    return dlg


def _add(qtbot, dlg, name, **fields):
    dlg.new_rule()
    ed = dlg.editor
    ed.name.setText(name)
    for key, value in fields.items():
        getattr(ed, key).setText(value)
    count = dlg.list.count()
    ed.accept()
    qtbot.waitUntil(lambda: dlg.list.count() == count + 1)


def test_a_rule_tried_then_applied_acts_on_as_many_as_the_dry_run_said(qtbot, window, workspace):
    dlg = _open(qtbot, window)
    assert dlg.list.count() == 0
    _add(qtbot, dlg, "Kettingen", keywords="ketting", labels="ketting")
    rules = read_workspace(workspace["path"], rule_store.list_rules)
    assert [(r.name, r.when.keywords, r.then.labels) for r in rules] == [
        ("Kettingen", ("ketting",), ("ketting",))
    ]
    dlg.buttons["try"].click()
    qtbot.waitUntil(lambda: dlg.last_dry is not None)
    # the fixture's Dutch complaints ("mijn ketting is er weer af"): every fifth of 60
    assert dlg.last_dry.matched == 12
    assert "12" in dlg.result.text()
    assert (
        read_workspace(workspace["path"], lambda db: label_store.message_ids_with(db, "ketting"))
        == []
    )
    dlg.buttons["apply"].click()
    qtbot.waitUntil(lambda: dlg.last_applied is not None)
    labelled = read_workspace(
        workspace["path"], lambda db: label_store.message_ids_with(db, "ketting")
    )
    assert dlg.last_applied.matched == dlg.last_dry.matched == len(labelled)
    assert dlg.buttons["undo"].isEnabled()
    dlg.buttons["undo"].click()
    qtbot.waitUntil(
        lambda: (
            read_workspace(
                workspace["path"], lambda db: label_store.message_ids_with(db, "ketting")
            )
            == []
        )
    )


def test_a_rule_without_an_action_is_refused_in_plain_words(qtbot, window):
    dlg = _open(qtbot, window)
    dlg.new_rule()
    dlg.editor.name.setText("Niets")
    dlg.editor.keywords.setText("fiets")
    dlg.editor.accept()
    assert dlg.editor.isVisible() and "action" in dlg.editor.error.text()


def test_order_and_switching_off_are_kept(qtbot, window, workspace):
    dlg = _open(qtbot, window)
    _add(qtbot, dlg, "Een", keywords="ketting", labels="a")
    _add(qtbot, dlg, "Twee", keywords="cargo", labels="b")
    dlg.list.setCurrentRow(1)
    dlg.buttons["up"].click()
    qtbot.waitUntil(
        lambda: (
            [r.name for r in read_workspace(workspace["path"], rule_store.list_rules)]
            == ["Twee", "Een"]
        )
    )
    qtbot.waitUntil(lambda: dlg.list.count() == 2 and dlg.list.item(0).text().startswith("1. Twee"))
    dlg.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    qtbot.waitUntil(
        lambda: (
            [r.enabled for r in read_workspace(workspace["path"], rule_store.list_rules)]
            == [True, False]
        )
    )
    # with "Een" off, only "Twee" would act: the cargo bike messages
    dlg.buttons["try"].click()
    qtbot.waitUntil(lambda: dlg.last_dry is not None)
    assert dlg.last_dry.per_rule == {"Twee": 48}
