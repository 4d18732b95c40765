"""``cmstation report``: text, --json (the figures build_report gives the view), --csv."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "insights"))

from report_workspace import NOW, PERIOD, PROFILE, build  # noqa: E402

from cmstation.core.models import Channel, ChannelKind  # noqa: E402
from cmstation.insights.report import build_report  # noqa: E402
from cmstation.storage import channels  # noqa: E402


@pytest.fixture
def ws(cli):
    db = cli.open_workspace()
    cid = channels.add_channel(
        db, Channel(kind=ChannelKind.MASTODON, name="@fietsen@mastodon.nl", url="https://m.nl")
    )
    build(db, cid)
    expected = build_report(db, PERIOD, None, now=NOW, profile=PROFILE).as_dict()
    db.conn.close()
    return cli, cid, expected


def _ok(res):
    assert res.returncode == 0, res.stderr
    return res.stdout


def test_report_json_is_the_views_figures(ws):
    cli, _, expected = ws
    got = json.loads(_ok(cli("report", "--period", PERIOD, "--json")))
    # the period is in the past: only "now" (the backlog's age, the gate today) may differ
    for key in ("period", "volume", "reach", "pyramid", "ambassadors", "maturity"):
        assert got[key] == expected[key], key
    for key in ("overall", "complaints", "weeks", "backlog"):
        assert got["responsiveness"][key] == expected["responsiveness"][key], key
    assert got["mastery"]["weeks"] == expected["mastery"]["weeks"]
    assert got["responsiveness"]["overall"]["median_working_hours"] == 2.0


def test_report_csv_writes_one_file_per_table(ws, tmp_path):
    cli, _, expected = ws
    out = tmp_path / "csv"
    printed = _ok(cli("report", "--period", PERIOD, "--csv", str(out))).split()
    names = [t["name"] for t in expected["tables"]]
    assert [Path(p).stem for p in printed] == names
    with (out / "pyramid.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [(r["level"], r["people"], r["trend"]) for r in rows] == [
        ("curating", "1", "1"),
        ("producing", "1", "1"),
        ("commenting", "5", "4"),
        ("sharing", "1", "0"),
        ("watching", "", ""),
    ]


def test_report_text_and_errors(ws):
    cli, cid, _ = ws
    text = _ok(cli("report", "--period", PERIOD, "--channel", str(cid)))
    assert "answered 4 of 5 (80%)" in text and "in working hours 2 h" in text
    assert "Maturity: step 1 of 4" in text
    bad = cli("report", "--period", "5w")
    assert bad.returncode == 1 and "Unknown period" in bad.stderr
    missing = cli("report", "--channel", "99")
    assert missing.returncode == 1 and "no channel 99" in missing.stderr
    pdf = cli("report", "--pdf", str(cli.data_dir / "client.pdf"))
    assert pdf.returncode == 0 and (cli.data_dir / "client.pdf").read_bytes()[:4] == b"%PDF"
    assert _ok(cli("report", "--period", "7d", "--json")).startswith("{")
