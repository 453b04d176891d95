"""bench/realnews_history.py drafts articles with the code of a given commit (in a
worktree of its own) and scores the drafts with today's scorer. The article below
is invented for this test; no real article is in the repository."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import realnews_history  # noqa: E402

# Invented: no such ministers or meeting.
ARTICLE = (
    "ANKARA, March 5 (Invented Wire) - Turkish Defence Minister Selim Aydemir met his "
    "Kenyan counterpart Grace Wanjiru in Ankara on Tuesday, and the two discussed the "
    "training of officers.\n"
)
GOLD = {
    "published": "2025-03-05",
    "persons": [
        {"name": "Selim Aydemir", "rank": "", "countries": ["TR"]},
        {"name": "Grace Wanjiru", "rank": "", "countries": ["KE"]},
    ],
    "meetings": [
        {
            "participants": ["Selim Aydemir", "Grace Wanjiru"],
            "date": "2025-03-04",
            "place": "place:ankara",
        }
    ],
    "agreements": [],
}


def _worktrees() -> str:
    return subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "list"], capture_output=True, text=True, check=True
    ).stdout


def test_a_commit_drafts_and_todays_scorer_scores(tmp_path: Path) -> None:
    (tmp_path / "9001.txt").write_text(ARTICLE, encoding="utf-8")
    before = _worktrees()
    row = realnews_history.row("HEAD", tmp_path, {"9001": GOLD})
    assert row == ["HEAD", "1.00 / 1.00 (2 of 2)", "1.00 / 1.00 (1 of 1)", "n/a", "0", "0"]
    assert _worktrees() == before  # the worktree is removed again


def test_an_article_the_code_cannot_read_counts_as_stopped_and_empty(tmp_path: Path) -> None:
    # No text file: the old code's extract raises, which the drafter reports per article.
    row = realnews_history.row("HEAD", tmp_path, {"9001": GOLD})
    # The scorer's precision over no drafts is 1.00, as kg extract --eval gives it.
    assert row[1:] == ["1.00 / 0.00 (0 of 2)", "1.00 / 0.00 (0 of 1)", "n/a", "1", "1"]


def test_an_unknown_commit_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["realnews_history.py", str(tmp_path), "--part", "1101", "--commits", "no-such-commit"]
    monkeypatch.setattr(sys, "argv", argv)
    assert realnews_history.main() == 2
    assert "no commit 'no-such-commit'" in capsys.readouterr().err
