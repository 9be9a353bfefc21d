"""What a generation records about itself, and what it tells the next one: the lock file, the
package version and the changelog.

``generate`` writes ``sdkgen.lock`` into the output folder: the spec's digest and
``info.version``, the package version, and the SDK's public surface. The next ``generate``
into that folder compares the new surface with the locked one (:mod:`generator.changes`),
bumps the package version by the report's level (unless the config pins one) and puts a
dated entry for the release at the top of the SDK's ``CHANGELOG.md``, keeping everything
already in it (a team's own notes included).
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from . import jsontext, markdown
from .changes import Report, bump_version, compare
from .errors import UsageError
from .surface import SURFACE_FORMAT
from .write import LOCK_FILE

CHANGELOG_FILE = "CHANGELOG.md"
FIRST_VERSION = "0.1.0"  # when neither the config, a lock nor info.version gives one
_SEMVER = re.compile(r"^\d+\.\d+\.\d+$")
_CHANGELOG_TITLE = "# Changelog\n"


@dataclass(frozen=True)
class Lock:
    package_version: str
    api_version: str
    surface: dict[str, Any] | None  # None: written by a generator whose surface differs


@dataclass(frozen=True)
class Release:
    """This generation's place in the SDK's history."""

    version: str
    previous: Lock | None
    report: Report | None  # None on the first generation into a folder


def spec_digest(path: Path) -> str:
    return "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()


def read_lock(out: Path) -> Lock | None:
    """The lock a previous generation left in ``out``; None when there is none."""
    path = out / LOCK_FILE
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        version = data["package_version"]
        api_version = data["spec"]["version"]
        surface = data.get("surface")
        if not isinstance(version, str) or not isinstance(api_version, str):
            raise TypeError("versions must be strings")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UsageError(
            f"{path}: not a lock file this generator can read ({exc}); it records the "
            "previous generation: restore it, or delete it to start the history afresh"
        ) from None
    if not isinstance(surface, dict) or surface.get("format") != SURFACE_FORMAT:
        surface = None
    return Lock(version, api_version, surface)


def plan_release(
    previous: Lock | None, surface: dict[str, Any], pinned: str | None, api_version: str
) -> Release:
    """The version this generation carries and the changes since the previous one."""
    comparable = (  # a lock of another format or target has names this surface does not
        previous is not None
        and previous.surface is not None
        and previous.surface.get("target") == surface.get("target")
    )
    report = (
        compare(previous.surface, surface)
        if comparable and previous is not None and previous.surface is not None
        else None
    )
    if pinned is not None:
        version = pinned
    elif previous is not None:
        version = bump_version(previous.package_version, report.bump if report else "none")
    else:
        version = api_version if _SEMVER.match(api_version) else FIRST_VERSION
    # Compared: the previous surface (tens of megabytes on a large API) is let go.
    kept = replace(previous, surface=None) if previous is not None else None
    return Release(version, kept, report)


class SurfaceText(str):
    """The surface as the lock writes it (:func:`surface_text`): made as soon as the release
    is known, so the surface itself need not outlive it."""


def surface_text(surface: Any) -> SurfaceText:
    return SurfaceText(jsontext.dumps(surface, 1))


def lock_text(
    spec: Path,
    title: str,
    api_version: str,
    release: Release,
    surface: SurfaceText,
    files: list[str],
) -> str:
    """``json.dumps(lock, indent=1, sort_keys=True, ensure_ascii=False)``, the surface's text
    as it was made."""
    data = {
        "spec": {"digest": spec_digest(spec), "title": title, "version": api_version},
        "package_version": release.version,
        # What this generation wrote, and so owns: regeneration replaces or removes these
        # and keeps everything else in the folder (generator/write.py).
        "files": sorted({*files, LOCK_FILE}),
    }
    members = {key: jsontext.dumps(value, 1) for key, value in data.items()}
    members["surface"] = surface
    return "{\n " + ",\n ".join(f'"{key}": {members[key]}' for key in sorted(members)) + "\n}\n"


def release_date() -> str:
    """Today, or the day ``SOURCE_DATE_EPOCH`` names (reproducible builds' convention)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        day = datetime.datetime.fromtimestamp(int(epoch), tz=datetime.timezone.utc).date()
    else:
        day = datetime.date.today()
    return day.isoformat()


def changelog_text(existing: str | None, release: Release, title: str, api_version: str) -> str:
    """The SDK's changelog: the previous text, with this release's entry on top when the API
    changed; the first generation starts it."""
    report = release.report
    title, api_version = markdown.inline(title), markdown.inline(api_version)
    if existing is None or not existing.strip():
        existing = _CHANGELOG_TITLE
    if release.previous is None:
        if "\n## " in "\n" + existing:
            return existing
        entry = f"## {release.version}\n\nFirst generated from {title} {api_version}.\n"
        return _insert(existing, entry)
    if report is None or not report.changes:
        return existing
    lines = [f"## {markdown.inline(release.version)} ({release_date()})", ""]
    lines.append(
        f"{title} {api_version}: {report.bump} changes"
        + (" (breaking)" if report.bump == "major" else "")
        + "."
    )
    for level, heading in (("major", "Breaking"), ("minor", "Added"), ("patch", "Other")):
        items = [c for c in report.changes if c.level == level]
        if items:
            lines += ["", f"### {heading}", ""]
            lines += [
                f"- `{c.where}`: {markdown.inline(_sentence(c.message, c.where))}" for c in items
            ]
    return _insert(existing, "\n".join(lines) + "\n")


def _sentence(message: str, where: str) -> str:
    prefix = where.split("(")[0] + ": "
    return message[len(prefix) :] if message.startswith(prefix) else message


def _insert(existing: str, entry: str) -> str:
    """Put ``entry`` above the first release heading, below the title and any preamble."""
    index = existing.find("\n## ")
    if index < 0:
        return existing.rstrip("\n") + "\n\n" + entry
    return existing[: index + 1] + entry + "\n" + existing[index + 1 :]
