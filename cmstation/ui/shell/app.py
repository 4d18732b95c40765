"""Composition root of the window: QApplication, translations, workspace, main window."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from cmstation import __version__, config
from cmstation.core.errors import CmstationError
from cmstation.core.translations import I18N_DIR, choose_language
from cmstation.storage import open_workspace
from cmstation.ui.common.plain_error import plain_error
from cmstation.ui.common.pseudo_locale import PSEUDO_ENV, PseudoTranslator
from cmstation.ui.listening.listening_ui import attach_listening
from cmstation.ui.shell.main_window import MainWindow
from cmstation.ui.shell.smoke import schedule_smoke, smoke_seconds

ICON = Path(__file__).resolve().parents[2] / "resources" / "icons" / "cmstation.svg"
# a hidden switch for screenshots: save the window to this PNG once it shows data, then quit
SCREENSHOT_ENV = "CMSTATION_SCREENSHOT"

# windows that live as long as the application
_open_windows: list[MainWindow] = []


def ui_settings() -> QSettings:
    """Window layout and interface preferences (no secrets): the platform's QSettings."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "cmstation", "cmstation"
    )


def install_translations(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load cmstation's own .qm and Qt's qtbase one for ``lang``; returns the translators
    (keep them alive). English needs only its plural forms."""
    installed: list[QTranslator] = []
    if lang == "en":
        if QLocale.system().language() == QLocale.Language.C:  # e.g. LANG=C: readable dates
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        plurals = QTranslator(app)  # English holds only the plural forms ("1 reply", "2 replies")
        if plurals.load("cmstation_en", str(I18N_DIR)):
            app.installTranslator(plurals)
            installed.append(plurals)
        return installed
    ours = QTranslator(app)
    if ours.load(f"cmstation_{lang}", str(I18N_DIR)):
        app.installTranslator(ours)
        installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    QLocale.setDefault(QLocale(lang))
    return installed


def build_window(
    workspace_path: Path,
    *,
    settings: QSettings | None = None,
    title_note: str = "",
    now: int | None = None,
    defer: bool = False,
) -> MainWindow:
    """Open (and migrate) the workspace and build the main window over it.

    A QApplication must exist. Raises the storage layer's WorkspaceError subclasses
    (too new, corrupt) for the caller to explain.

    ``defer=False`` (the default, what tests use) returns a complete window. ``defer=True``
    (the app itself) returns as soon as the message list holds its first page; the composer,
    the outbox side, the menus and listening (``window.composer``, ``window.outbox``,
    ``window.listening``) are built from the event loop right after the first paint, a part
    per turn (``window.is_ready`` tells when done); the window's own actions that need them
    finish the build first. Use ``window.when_ready(fn)`` for what needs them, or
    ``window.ensure_ready()`` to finish at once. It also freezes the objects made so far out
    of the garbage collector (``gc.freeze``): meant for the application's start.
    """
    if defer:
        # What start-up made so far (modules, PySide's types) lives for the whole session:
        # keep it out of the collector's full passes, one of which (~40 ms over all of it)
        # would otherwise land in the middle of the build.
        gc.freeze()
    db = open_workspace(workspace_path)
    window = MainWindow(
        Path(workspace_path),
        db,
        settings if settings is not None else ui_settings(),
        title_note=title_note,
        now=now,
        defer=defer,
    )
    window.sample_requested.connect(lambda: open_sample_window(window))
    window.connect_own_requested.connect(lambda: open_own_workspace(window))
    # Channels menu, sweeps, channel statuses, manual capture
    window.when_ready(lambda: attach_listening(window))
    window.when_ready(lambda: _attach_tray(window))  # the tray menu, keep listening
    window.when_ready(lambda: _attach_insights(window))  # the Insights page
    window.when_ready(window.name_and_order_controls)  # last: every control is there
    return window


def write_report_pdf(report, path, lang: str = "en"):
    """The client report as a PDF without a window (``cmstation report --pdf``): a Qt
    application (offscreen when there is no screen) in the chosen language."""
    from PySide6.QtGui import QGuiApplication

    from cmstation.ui.insights.report_pdf import write_pdf

    app = QGuiApplication.instance()
    if app is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(sys.argv[:1])
    translators = install_translations(app, lang)
    try:
        return write_pdf(report, path)
    finally:
        for t in translators:
            app.removeTranslator(t)


def _attach_insights(window: MainWindow) -> None:
    from cmstation.ui.insights.attach import attach_insights

    attach_insights(window)


def _attach_tray(window: MainWindow) -> None:
    from cmstation.ui.shell.tray_menu import TrayMenu

    window.tray_menu = TrayMenu(window, window.listening)


def build_sample_copy() -> Path:
    """Generate the sample workspace into a fresh temporary folder (removed at exit, also on
    SIGTERM; see cmstation.demo)."""
    from cmstation import demo

    return demo.sample_copy()


def open_sample_window(origin: MainWindow | None = None) -> MainWindow | None:
    """The welcome view's "Explore the sample workspace": a new window over a temporary copy."""
    parent = origin if origin is not None and origin.isVisible() else None
    try:
        path = build_sample_copy()
        window = build_window(
            path,
            title_note=_sample_note(),
            settings=(origin._settings if origin is not None else None),
        )
    except (ImportError, CmstationError, OSError) as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("App", "The sample workspace could not be opened"),
            plain_error(exc),
        )
        return None
    _no_listening_in_sample(window)
    _open_windows.append(window)
    window.show()
    if origin is not None and not origin.has_channels:
        origin.close()
    return window


def open_own_workspace(sample: MainWindow, path: Path | None = None) -> MainWindow | None:
    """The sample's "Connect your own account": the user's own workspace window (an open
    one, else a new one over ``path``, the default workspace), with the channel set-up."""
    own = next((w for w in _open_windows if w is not sample and not w.is_sample), None)
    if own is None:
        try:
            own = build_window(path or config.workspace_path(None), settings=sample._settings)
        except (CmstationError, OSError) as exc:
            QMessageBox.warning(
                sample,
                QCoreApplication.translate("App", "cmstation cannot open the workspace"),
                plain_error(exc),
            )
            return None
        _open_windows.append(own)
        own.when_ready(_start_background(own))
    own.show()
    own.raise_()
    own.activateWindow()
    own.when_ready(lambda: own.listening.open_channel_dialog())
    return own


def _no_listening_in_sample(window: MainWindow) -> None:
    window.listening.disable_sweeps(
        QCoreApplication.translate(
            "App", "The sample workspace is made up: it does not listen to real networks."
        )
    )


def _sample_note() -> str:
    return QCoreApplication.translate("App", "sample workspace (a temporary copy)")


def _cleanup() -> None:
    from cmstation import demo

    demo.cleanup()


def _follow_the_desktop(app: QApplication) -> None:
    from cmstation.ui.common.theme import follow_colour_scheme, restyle_all

    follow_colour_scheme(app)
    hints = app.styleHints()
    if hasattr(hints, "colorSchemeChanged"):  # Qt 6.5+: the desktop switched light/dark

        def switched(_scheme) -> None:
            follow_colour_scheme(app)
            restyle_all(app)

        hints.colorSchemeChanged.connect(switched)


def _quit_on_sigterm(app: QApplication) -> None:
    """SIGTERM closes the windows as quitting does (drafts flushed, workspace closed, the
    sample copies removed) instead of killing the process where it stands. Python runs the
    handler only when it gets control, so a timer hands it control a few times a second."""
    import signal

    def handler(_signum, _frame) -> None:
        QTimer.singleShot(0, app.quit)

    try:
        signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread (tests): nothing to install
        return
    wake = QTimer(app)
    wake.setInterval(250)
    wake.timeout.connect(lambda: None)
    wake.start()


def run_gui(args: argparse.Namespace) -> int:
    """``cmstation`` without a sub-command: open the window."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("cmstation")
    app.setOrganizationName("cmstation")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("cmstation")
    app.setWindowIcon(QIcon(str(ICON)))
    if app.font().pointSizeF() < 10:
        font = QFont(app.font())
        font.setPointSizeF(10)
        app.setFont(font)
    _quit_on_sigterm(app)
    _follow_the_desktop(app)  # light or dark, as the desktop asks (ui.common.theme)
    settings = ui_settings()
    lang = choose_language(
        getattr(args, "lang", None),
        saved=settings.value("ui/language", "", type=str),
        system=QLocale.system().name(),
    )
    translators = install_translations(app, lang)  # noqa: F841 - kept alive until exit
    if os.environ.get(PSEUDO_ENV):  # long, accented strings: find clipped layouts
        translators.append(PseudoTranslator(app))
        app.installTranslator(translators[-1])

    try:
        if getattr(args, "demo", False):
            path = build_sample_copy()
            window = build_window(path, settings=settings, title_note=_sample_note(), defer=True)
            window.when_ready(lambda: _no_listening_in_sample(window))
        else:
            window = build_window(
                config.workspace_path(getattr(args, "data_dir", None)),
                settings=settings,
                defer=True,  # the first rows first; the rest of the window right after
            )
    except (CmstationError, OSError, ImportError) as exc:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "cmstation cannot open the workspace"),
            plain_error(exc),
        )
        _cleanup()
        return 1
    _open_windows.append(window)
    window.show()
    if not getattr(args, "demo", False):
        window.when_ready(_start_background(window))

    shot = os.environ.get(SCREENSHOT_ENV)
    if shot:
        _schedule_screenshot(app, window, Path(shot))
    smoke = smoke_seconds()  # packaging checks: report what the window shows, then quit
    if smoke is not None:
        schedule_smoke(app, window, smoke)
    try:
        return app.exec()
    finally:
        for w in _open_windows:
            w.quit_app()  # closes for real, also a window kept listening in the tray
        _open_windows.clear()
        _cleanup()


def _start_background(window: MainWindow):
    def start() -> None:
        from cmstation.ui.shell.workspace_change_watch import watch_workspace
        from cmstation.ui.shell.workspace_owner_watch import own_workspace

        watch_workspace(window)  # what listen or a command changed shows within a second
        # sweeps and sending, unless another process (listen, a window) already does them
        own_workspace(window)

    return start


#: which page the screenshot shows ("insights", "drafts", "outbox"; empty: the inbox)
SCREENSHOT_PAGE_ENV = "CMSTATION_SCREENSHOT_PAGE"


def _schedule_screenshot(app: QApplication, window: MainWindow, path: Path) -> None:
    """Wait for the first page and the thread, then save the window and quit."""
    state = {"tries": 0, "page": os.environ.get(SCREENSHOT_PAGE_ENV, ""), "shown": False}

    def attempt() -> None:
        state["tries"] += 1
        ready = window.is_ready and (
            (not window.has_channels)
            or (
                window.message_model.rowCount() > 0
                and window.conversation.cards
                and getattr(window, "_counts", None) is not None
                and window.composer.message is not None  # the composer built after the rows
                and not window.listening._figures_running
            )
        )
        if ready and state["page"] and not state["shown"]:
            state["shown"] = True
            window.select_view(("page", state["page"]))
            QTimer.singleShot(1500, attempt)  # the page loads on the worker
            return
        if ready or state["tries"] > 100:
            window.grab().save(str(path))
            app.quit()
        else:
            QTimer.singleShot(100, attempt)

    QTimer.singleShot(500, attempt)
