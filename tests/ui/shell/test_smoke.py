"""CMSTATION_SMOKE_SECONDS: the window reports what it shows and quits (the bundle's check)."""

from __future__ import annotations

from cmstation.ui.shell import smoke


class _App:
    def __init__(self) -> None:
        self.status: int | None = None

    def exit(self, status: int) -> None:
        self.status = status


def test_the_switch_is_off_unless_set(monkeypatch, capsys):
    monkeypatch.delenv(smoke.SMOKE_ENV, raising=False)
    assert smoke.smoke_seconds() is None
    monkeypatch.setenv(smoke.SMOKE_ENV, "0.5")
    assert smoke.smoke_seconds() == 0.5
    monkeypatch.setenv(smoke.SMOKE_ENV, "soon")
    assert smoke.smoke_seconds() == 3.0
    assert "not a number" in capsys.readouterr().err


def test_reports_the_messages_shown_and_quits_with_0(qtbot, window, capsys):
    app = _App()
    smoke.schedule_smoke(app, window, 0)
    qtbot.waitUntil(lambda: app.status is not None, timeout=10_000)
    assert app.status == 0
    line = capsys.readouterr().out.strip()
    assert line.startswith(f"cmstation smoke: {window.message_model.rowCount()} messages shown")
    assert window.message_model.rowCount() > 0
    assert "Pattern words" in line and "keyring " in line


def test_a_window_that_never_completes_quits_with_1(qtbot, window, capsys, monkeypatch):
    monkeypatch.setattr(smoke, "GRACE_SECONDS", 0.2)
    monkeypatch.setattr(smoke, "_complete", lambda w: False)
    app = _App()
    smoke.schedule_smoke(app, window, 0)
    qtbot.waitUntil(lambda: app.status is not None, timeout=10_000)
    assert app.status == 1
    assert "never completed" in capsys.readouterr().out
