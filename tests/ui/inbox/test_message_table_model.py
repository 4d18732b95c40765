import pytest
from PySide6.QtCore import Qt

from cmstation.core.models import MessageFilter, MessageState, Sentiment
from cmstation.ui.common.tasks import TaskManager
from cmstation.ui.inbox.message_table_model import ID_ROLE, MessageTableModel, format_time, preview


@pytest.fixture
def model(qtbot, workspace, ui_now):
    tasks = TaskManager(workspace["path"])
    m = MessageTableModel(tasks, page_size=10, now=ui_now)
    yield m
    tasks.shutdown()


def _load(qtbot, model, f):
    with qtbot.wait_signal(model.reloaded):
        model.set_filter(f)


def test_passes_the_model_tester(qtbot, qtmodeltester, model):
    _load(qtbot, model, MessageFilter())
    assert model.rowCount() == 10
    qtmodeltester.check(model)


def test_pages_with_fetch_more_instead_of_loading_everything(qtbot, model):
    _load(qtbot, model, MessageFilter())
    assert model.rowCount() == 10
    qtbot.waitUntil(
        lambda: model.total == 62
    )  # 60 mentions + 2 of the thread (our own reply excluded)
    seen = []
    while model.canFetchMore():
        with qtbot.wait_signal(model.page_loaded):
            model.fetchMore()
        seen.append(model.rowCount())
    assert seen == [20, 30, 40, 50, 60, 62]
    ids = [model.data(model.index(r, 0), ID_ROLE) for r in range(model.rowCount())]
    assert len(set(ids)) == 62


def test_filters_run_in_sql(qtbot, model, workspace):
    _load(
        qtbot, model, MessageFilter(sentiment=Sentiment.NEGATIVE, channel_id=workspace["bluesky"])
    )
    rows = [model.message_at(r) for r in range(model.rowCount())]
    assert rows and all(m.sentiment == Sentiment.NEGATIVE for m in rows)
    assert {m.channel_id for m in rows} == {workspace["bluesky"]}
    _load(qtbot, model, MessageFilter(lang="nl", states=(MessageState.NEEDS_REPLY,)))
    rows = [model.message_at(r) for r in range(model.rowCount())]
    assert rows and all(m.lang == "nl" and m.state == MessageState.NEEDS_REPLY for m in rows)


def test_search_and_hostile_search_strings(qtbot, model):
    _load(qtbot, model, MessageFilter(search="ketting"))
    assert model.rowCount() == 10 and "ketting" in model.message_at(0).text
    for hostile in ['"', "AND (", "*", "NOT", "ketting OR"]:
        _load(qtbot, model, MessageFilter(search=hostile))  # never an error
    _load(qtbot, model, MessageFilter(search="zzzzqqq"))
    assert model.rowCount() == 0


def test_order_newest_and_oldest(qtbot, model):
    _load(qtbot, model, MessageFilter(order="newest"))
    times = [model.message_at(r).created_at for r in range(model.rowCount())]
    assert times == sorted(times, reverse=True)
    _load(qtbot, model, MessageFilter(order="oldest"))
    times = [model.message_at(r).created_at for r in range(model.rowCount())]
    assert times == sorted(times)


def test_display_roles(qtbot, model):
    _load(qtbot, model, MessageFilter(order="priority"))
    first = model.message_at(0)
    assert model.data(model.index(0, MessageTableModel.COL_PRIORITY)) == "!"  # complaint first
    assert model.data(model.index(0, MessageTableModel.COL_AUTHOR)) == first.author_name
    author = model.index(0, MessageTableModel.COL_AUTHOR)
    assert model.data(author, Qt.ItemDataRole.FontRole).bold()  # unread
    model.set_read(first.id)
    assert model.data(author, Qt.ItemDataRole.FontRole) is None
    assert model.data(model.index(0, MessageTableModel.COL_CHANNEL)) in ("Mastodon", "Bluesky")
    assert model.headerData(MessageTableModel.COL_TEXT, Qt.Orientation.Horizontal) == "Message"


def test_apply_state_removes_rows_that_leave_the_filter(qtbot, model):
    _load(qtbot, model, MessageFilter(states=(MessageState.NEEDS_REPLY,)))
    first, second = model.message_at(0), model.message_at(1)
    model.apply_state([first.id], MessageState.DONE)
    assert model.message_at(0).id == second.id
    _load(qtbot, model, MessageFilter())
    m = model.message_at(0)
    model.apply_state([m.id], MessageState.DONE)  # still in "all": updated in place
    assert model.message_at(0).state == MessageState.DONE


class HeldTasks:
    """A task runner that keeps the tasks until the test runs them, in the order it chooses,
    against a real connection: so a stale page can really arrive after the fresh one."""

    def __init__(self, path):
        from cmstation.storage import open_workspace

        self.db = open_workspace(path)
        self.held = []

    def run(self, fn, on_done=None, on_error=None):
        self.held.append((fn, on_done, on_error))

    def deliver(self, i):
        fn, on_done, _on_error = self.held[i]
        result = fn(self.db)
        if on_done is not None:
            on_done(result)


def test_stale_results_are_dropped(workspace, ui_now):
    tasks = HeldTasks(workspace["path"])
    try:
        model = MessageTableModel(tasks, page_size=10, now=ui_now)
        model.set_filter(MessageFilter(search="ketting"))  # tasks 0 (page) and 1 (count)
        model.set_filter(MessageFilter(search="cargo"))  # tasks 2 (page) and 3 (count)
        tasks.deliver(2)
        tasks.deliver(3)
        assert "cargo" in model.message_at(0).text
        fresh = [model.message_at(r).id for r in range(model.rowCount())]
        tasks.deliver(0)  # the stale page arrives last
        tasks.deliver(1)
        assert [model.message_at(r).id for r in range(model.rowCount())] == fresh
        assert all("cargo" in model.message_at(r).text for r in range(model.rowCount()))
        from cmstation.storage import messages

        cargo = messages.count_messages(tasks.db, MessageFilter(search="cargo"))
        ketting = messages.count_messages(tasks.db, MessageFilter(search="ketting"))
        assert cargo != ketting and model.total == cargo  # the fresh count, not the stale
    finally:
        tasks.db.conn.close()


def test_preview_and_time_helpers(ui_now):
    assert preview("a\n\n b   c") == "a b c"
    assert preview("x" * 500, 10) == "x" * 9 + "\u2026"
    assert ":" in format_time(ui_now - 60, now=ui_now)  # today: a time
    assert ":" not in format_time(ui_now - 40 * 86400, now=ui_now)
