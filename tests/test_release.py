"""The release bookkeeping on its own: semantic version bumps, a changelog that keeps what a
team wrote in it, and a lock file that cannot be read stopping with its name."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.changes import Change, Report, bump_version
from generator.errors import UsageError
from generator.release import Lock, Release, changelog_text, read_lock


@pytest.mark.parametrize(
    "version,bump,expected",
    [
        ("0.1.0", "major", "0.2.0"),  # below 1.0.0 a breaking change bumps the minor
        ("0.1.0", "minor", "0.1.1"),
        ("0.1.0", "patch", "0.1.1"),
        ("1.4.2", "major", "2.0.0"),
        ("1.4.2", "minor", "1.5.0"),
        ("1.4.2", "patch", "1.4.3"),
        ("1.4.2", "none", "1.4.2"),
        ("2024.1", "major", "2024.1"),  # not X.Y.Z: left as it is
    ],
)
def test_versions_follow_semver(version: str, bump: str, expected: str) -> None:
    assert bump_version(version, bump) == expected


def test_the_changelog_keeps_a_teams_own_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1798156800")
    existing = (
        "# Changelog\n\nOur own preamble.\n\n## 0.1.0\n\nFirst generated from Pets 1.\n\n"
        "Hand-written: thanks to our beta users.\n"
    )
    change = Change(
        "field-removed", "major", "models.Pet.owner", "/x", "models.Pet: field owner removed"
    )
    release = Release("0.2.0", Lock("0.1.0", "1", None), Report((change,)))
    text = changelog_text(existing, release, "Pets *API*", "2")
    assert text.startswith("# Changelog\n\nOur own preamble.\n\n## 0.2.0 (2026-12-25)\n")
    assert "### Breaking\n\n- `models.Pet.owner`: models.Pet: field owner removed\n" in text
    assert "Pets \\*API\\* 2: major changes (breaking)." in text
    assert text.endswith(existing.split("\n\n", 2)[2])  # everything after it, untouched
    unchanged = Release("0.1.0", Lock("0.1.0", "1", None), Report(()))
    assert changelog_text(existing, unchanged, "Pets", "1") == existing


def test_an_unreadable_lock_stops_with_its_name(tmp_path: Path) -> None:
    (tmp_path / "sdkgen.lock").write_text("{not json")
    with pytest.raises(UsageError, match="sdkgen.lock: not a lock file"):
        read_lock(tmp_path)
    assert read_lock(tmp_path / "nothing-here") is None
