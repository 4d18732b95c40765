import threading

import pytest

from cmstation.storage import messages
from cmstation.ui.common.tasks import TaskManager


@pytest.fixture
def tasks(workspace):
    tm = TaskManager(workspace["path"])
    yield tm
    tm.shutdown()


def test_runs_on_a_worker_thread_and_delivers_on_the_gui_thread(qtbot, tasks, workspace):
    got = {}

    def work(db):
        got["worker"] = threading.current_thread().name
        return messages.count_messages(db, messages.MessageFilter(include_own=True))

    def done(n):
        got["n"] = n
        got["delivered_on"] = threading.current_thread().name

    with qtbot.wait_signal(tasks.idle):
        tasks.run(work, done)
    assert got["worker"] == "cmstation-db"
    assert got["delivered_on"] == threading.main_thread().name
    assert got["n"] == len(workspace["ids"])


def test_errors_come_back_to_the_caller_or_the_failed_signal(qtbot, tasks):
    errors = []

    def boom(db):
        raise ValueError("no such thing")

    with qtbot.wait_signal(tasks.idle):
        tasks.run(boom, lambda r: errors.append(("done", r)), errors.append)
    assert len(errors) == 1 and isinstance(errors[0], ValueError)

    with qtbot.wait_signal(tasks.task_failed) as blocker:
        tasks.run(boom)
    assert str(blocker.args[0]) == "no such thing"


def test_tasks_run_in_order_so_writes_are_serialised(qtbot, tasks, workspace):
    mid = workspace["ids"][0]
    seen = []
    with qtbot.wait_signal(tasks.idle):
        tasks.run(lambda db: messages.set_state(db, [mid], messages.MessageState.SPAM))
        tasks.run(lambda db: messages.get_message(db, mid).state, seen.append)
    assert seen == [messages.MessageState.SPAM]


def test_shutdown_refuses_new_work(tasks):
    tasks.shutdown()
    with pytest.raises(RuntimeError):
        tasks.run(lambda db: None)
