"""What changed for an SDK's users between two versions of a spec: the API-change report.

Two public surfaces (:mod:`generator.surface`) are compared, and each difference becomes a
:class:`Change` with a kind, a level and its place, in the SDK's terms (``where``:
``container.image.edit(model=)``, ``models.ImageEditBody.model``) and in the spec's
(``pointer``). The level is what the change means to a caller of the SDK:

- ``major``: code that worked may break (a method, argument, model or field gone or renamed,
  an argument newly required, a request type narrowed, a response field that may now be
  missing or null, an enum value removed);
- ``minor``: something new to use (an operation, an optional argument, a field, an enum value);
- ``patch``: the docs, the wire details or the API version changed, nothing a caller sees.

The rules are the table in the README ("API changes and versions"); the direction a model
travels in (sent, received, or both) decides the level of a field's change, and a model used
both ways takes the stricter level. Both SDKs' enums are open (an unknown value is kept), so
a value added to a response enum is ``minor`` in both targets.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any, Literal

Level = Literal["major", "minor", "patch"]
LEVELS: tuple[Level, ...] = ("major", "minor", "patch")
_RANK = {"none": 0, "patch": 1, "minor": 2, "major": 3}


@dataclass(frozen=True)
class Change:
    kind: str
    level: Level
    where: str  # in the SDK's terms
    pointer: str  # in the new spec (the old one for what was removed)
    message: str


@dataclass(frozen=True)
class Report:
    changes: tuple[Change, ...]

    @property
    def bump(self) -> str:
        """The highest level present, ``none`` when nothing changed."""
        best = "none"
        for change in self.changes:
            if _RANK[change.level] > _RANK[best]:
                best = change.level
        return best

    def at_least(self, level: str) -> bool:
        return _RANK[self.bump] >= _RANK[level]

    def as_json(self) -> str:
        data = {"bump": self.bump, "changes": [asdict(c) for c in self.changes]}
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

    def as_text(self) -> str:
        if not self.changes:
            return "no API changes\n"
        lines = [f"API changes: {self.bump}"]
        for level in LEVELS:
            for change in (c for c in self.changes if c.level == level):
                lines.append(f"  {level:5}  {change.message}  [{change.kind}] {change.pointer}")
        return "\n".join(lines) + "\n"


def bump_version(version: str, bump: str) -> str:
    """Semantic versioning; below 1.0.0 a major change bumps the minor number and anything
    else the patch number. A version that is not ``X.Y.Z`` is left as it is."""
    parts = version.split(".")
    if bump == "none" or len(parts) != 3 or not all(p.isdigit() for p in parts):
        return version
    major, minor, patch = (int(p) for p in parts)
    if major == 0:
        bump = "minor" if bump == "major" else "patch"
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


class _Comparer:
    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old = old
        self.new = new
        self.found: list[Change] = []
        self.argument_format = str(new.get("argument_format", "{op}({name}=)"))

    def argument(self, op: str, name: str) -> str:
        """An argument's place as the SDK's language writes a call with it."""
        return self.argument_format.format(op=op, name=name)

    def add(self, kind: str, level: Level, where: str, pointer: str, message: str) -> None:
        self.found.append(Change(kind, level, where, pointer, message))

    def run(self) -> Report:
        self.top()
        self.operations()
        self.models()
        order = {level: i for i, level in enumerate(LEVELS)}
        ranked = sorted(enumerate(self.found), key=lambda pair: (order[pair[1].level], pair[0]))
        return Report(tuple(change for _, change in ranked))

    # -- the client -----------------------------------------------------------------------

    def top(self) -> None:
        old, new = self.old, self.new
        if old["api_version"] != new["api_version"]:
            self.add(
                "api-version",
                "patch",
                "client",
                "/info/version",
                f"API version {old['api_version']} -> {new['api_version']}",
            )
        if old["servers"] != new["servers"]:
            self.add(
                "servers-changed",
                "minor",
                "client",
                "/servers",
                f"default servers {old['servers']} -> {new['servers']}",
            )
        for param in sorted(old["credentials"].keys() - new["credentials"].keys()):
            self.add(
                "credential-removed",
                "major",
                self.argument("client", param),
                "/components/securitySchemes",
                f"client: credential {param} removed",
            )
        for param in sorted(new["credentials"].keys() - old["credentials"].keys()):
            self.add(
                "credential-added",
                "minor",
                self.argument("client", param),
                "/components/securitySchemes",
                f"client: credential {param} added",
            )

    # -- operations -----------------------------------------------------------------------

    def operations(self) -> None:
        old, new = self.old["operations"], self.new["operations"]
        removed = [w for w in old if w not in new]
        added = [w for w in new if w not in old]
        renamed: dict[str, str] = {}
        for where in removed:
            twin = next(
                (
                    a
                    for a in added
                    if new[a]["http"] == old[where]["http"] and a not in renamed.values()
                ),
                None,
            )
            if twin is not None:
                renamed[where] = twin
        for where in removed:
            if where in renamed:
                self.add(
                    "operation-renamed",
                    "major",
                    where,
                    new[renamed[where]]["pointer"],
                    f"{where} renamed to {renamed[where]}",
                )
            else:
                self.add(
                    "operation-removed", "major", where, old[where]["pointer"], f"{where} removed"
                )
        for where in added:
            if where not in renamed.values():
                self.add("operation-added", "minor", where, new[where]["pointer"], f"{where} added")
        for where in old:
            if where in new:
                self.operation(where, old[where], new[where])
        for where, twin in renamed.items():
            self.operation(twin, old[where], new[twin])

    def operation(self, where: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        pointer = new["pointer"]
        if not old["deprecated"] and new["deprecated"]:
            self.add("operation-deprecated", "minor", where, pointer, f"{where} is deprecated")
        if old["deprecated"] and not new["deprecated"]:
            self.add(
                "operation-undeprecated",
                "patch",
                where,
                pointer,
                f"{where} is no longer deprecated",
            )
        if old["http"] != new["http"]:
            self.add(
                "operation-http-changed",
                "patch",
                where,
                pointer,
                f"{where} now sends {new['http']} (was {old['http']})",
            )
        if old["docs"] != new["docs"]:
            self.add("operation-docs", "patch", where, pointer, f"{where}: description changed")
        if old["returns"] != new["returns"] or old["returns_kind"] != new["returns_kind"]:
            self.add(
                "returns-changed",
                "major",
                where,
                pointer + "/responses",
                f"{where} now returns {new['returns']} (was {old['returns']})",
            )
        if not old["streams"] and new["streams"]:
            self.add("stream-added", "minor", where, pointer + "/responses", f"{where} can stream")
        if old["streams"] and not new["streams"]:
            self.add(
                "stream-removed",
                "major",
                where,
                pointer + "/responses",
                f"{where} no longer streams",
            )
        pages, new_pages = old.get("pages"), new.get("pages")  # absent from older locks
        if pages != new_pages:
            was = f"{pages} pages" if pages else "its answer"
            now = f"{new_pages} pages" if new_pages else "its answer"
            self.add(
                (
                    "pages-changed"
                    if pages and new_pages
                    else "pages-added" if new_pages else "pages-removed"
                ),
                "patch" if pages and new_pages else "major",
                where,
                pointer + "/responses",
                f"{where} now returns {now} (was {was})",
            )
        for status in sorted(old["errors"].keys() - new["errors"].keys()):
            self.add(
                "error-removed",
                "major",
                where,
                f"{pointer}/responses/{status}",
                f"{where}: typed error for {status} ({old['errors'][status]}) removed",
            )
        for status in sorted(new["errors"].keys() - old["errors"].keys()):
            self.add(
                "error-added",
                "minor",
                where,
                f"{pointer}/responses/{status}",
                f"{where}: typed error for {status} ({new['errors'][status]}) added",
            )
        for status in sorted(old["errors"].keys() & new["errors"].keys()):
            if old["errors"][status] != new["errors"][status]:
                self.add(
                    "error-type-changed",
                    "major",
                    where,
                    f"{pointer}/responses/{status}",
                    f"{where}: error {status} is now {new['errors'][status]} "
                    f"(was {old['errors'][status]})",
                )
        if old["security"] != new["security"]:
            # No credentials needed at all, or every old way still accepted: nothing breaks.
            widened = (
                not new["security"]
                or [] in new["security"]
                or all(alt in new["security"] for alt in old["security"])
            )
            self.add(
                "security-changed",
                "minor" if widened else "major",
                where,
                pointer + "/security",
                f"{where}: credentials accepted {old['security'] or 'none'} -> "
                f"{new['security'] or 'none'}",
            )
        if old["servers"] != new["servers"]:
            self.add(
                "operation-servers-changed",
                "minor",
                where,
                pointer + "/servers",
                f"{where}: servers {old['servers']} -> {new['servers']}",
            )
        self.inputs(where, old["inputs"], new["inputs"])

    def inputs(self, where: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        removed = [n for n in old if n not in new]
        added = [n for n in new if n not in old]
        renamed = _renames(old, new, removed, added)
        for name in removed:
            place = self.argument(where, name)
            if name in renamed:
                twin = renamed[name]
                self.add(
                    "parameter-renamed",
                    "major",
                    place,
                    new[twin]["pointer"],
                    f"{where}: parameter {name} renamed to {twin}",
                )
            else:
                self.add(
                    "parameter-removed",
                    "major",
                    place,
                    old[name]["pointer"],
                    f"{where}: parameter {name} removed",
                )
        for name in added:
            if name in renamed.values():
                continue
            required = new[name]["required"]
            self.add(
                "parameter-added-required" if required else "parameter-added",
                "major" if required else "minor",
                self.argument(where, name),
                new[name]["pointer"],
                f"{where}: {'required' if required else 'optional'} parameter {name} added",
            )
        for name in old:
            if name in new:
                self.value(
                    "parameter",
                    self.argument(where, name),
                    f"{where}: parameter {name}",
                    old[name],
                    new[name],
                    ("request",),
                )
        for name, twin in renamed.items():
            self.value(
                "parameter",
                self.argument(where, twin),
                f"{where}: parameter {twin}",
                {**old[name], "wire": new[twin]["wire"]},  # the rename said it already
                new[twin],
                ("request",),
            )

    # -- one value: an argument or a field ------------------------------------------------

    def value(
        self,
        noun: str,
        place: str,
        said: str,
        old: dict[str, Any],
        new: dict[str, Any],
        directions: tuple[str, ...] | list[str],
    ) -> None:
        """A parameter or a field that exists on both sides: its type, whether it is required
        and whether it may be null, judged by the directions it travels in."""
        pointer = new["pointer"]
        sent = "request" in directions
        received = "response" in directions
        if old["type"] != new["type"]:
            widened = new["type"] == "any" or (old["type"], new["type"]) == ("integer", "number")
            level: Level = "minor" if widened and sent and not received else "major"
            self.add(
                f"{noun}-type-changed",
                level,
                place,
                pointer,
                f"{said} is now {new['type']} (was {old['type']})",
            )
        if old["required"] != new["required"] and sent:
            self.add(
                f"{noun}-required" if new["required"] else f"{noun}-optional",
                "major" if new["required"] else "minor",
                place,
                pointer,
                f"{said} is now {'required' if new['required'] else 'optional'}",
            )
        answered_old = old.get("required_in_response", old["required"])
        answered_new = new.get("required_in_response", new["required"])
        if received and answered_old != answered_new and not sent:
            self.add(
                f"{noun}-required" if answered_new else f"{noun}-optional",
                "minor" if answered_new else "major",
                place,
                pointer,
                f"{said} is now {'always' if answered_new else 'not always'} in answers",
            )
        elif received and answered_old and not answered_new and sent:
            self.add(
                f"{noun}-optional",
                "major",
                place,
                pointer,
                f"{said} may now be missing from answers",
            )
        if old["nullable"] != new["nullable"]:
            if new["nullable"]:  # callers may send null; readers may now get it
                level = "major" if received else "minor"
            else:  # callers can no longer send null; readers no longer get it
                level = "major" if sent else "minor"
            self.add(
                f"{noun}-nullable" if new["nullable"] else f"{noun}-not-nullable",
                level,
                place,
                pointer,
                f"{said} is {'now' if new['nullable'] else 'no longer'} nullable",
            )
        if old.get("in") is not None and old.get("in") != new.get("in"):
            self.add(
                f"{noun}-location-changed",
                "patch",
                place,
                pointer,
                f"{said} now travels in the {new['in']} (was {old['in']})",
            )
        if old.get("wire") != new.get("wire") and old.get("in") == new.get("in"):
            self.add(
                f"{noun}-wire-name-changed",
                "patch",
                place,
                pointer,
                f"{said} is now sent as {new['wire']!r} (was {old['wire']!r})",
            )
        if not old.get("deprecated") and new.get("deprecated"):
            self.add(f"{noun}-deprecated", "patch", place, pointer, f"{said} is deprecated")
        if old["docs"] != new["docs"]:
            self.add(f"{noun}-docs", "patch", place, pointer, f"{said}: description changed")

    # -- models ---------------------------------------------------------------------------

    def models(self) -> None:
        old, new = self.old["models"], self.new["models"]
        for name in old:
            if name not in new:
                self.add(
                    "model-removed",
                    "major",
                    f"models.{name}",
                    old[name]["pointer"],
                    f"models.{name} removed",
                )
        for name in new:
            if name not in old:
                self.add(
                    "model-added",
                    "minor",
                    f"models.{name}",
                    new[name]["pointer"],
                    f"models.{name} added",
                )
        for name in old:
            if name in new:
                self.model(name, old[name], new[name])

    def model(self, name: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        where = f"models.{name}"
        pointer = new["pointer"]
        directions = sorted(set(old["directions"]) | set(new["directions"]))
        sent = "request" in directions
        received = "response" in directions
        if old["kind"] != new["kind"]:
            self.add(
                "model-kind-changed",
                "major",
                where,
                pointer,
                f"{where} is now {'an' if new['kind'] in ('object', 'enum') else 'a'} "
                f"{new['kind']} (was {old['kind']})",
            )
            return
        if old["docs"] != new["docs"]:
            self.add("model-docs", "patch", where, pointer, f"{where}: description changed")
        if new["kind"] == "enum":
            for value in old["values"]:
                if value not in new["values"]:
                    self.add(
                        "enum-value-removed",
                        "major",
                        where,
                        pointer,
                        f"{where}: value {value!r} removed",
                    )
            for value in new["values"]:
                if value not in old["values"]:
                    self.add(
                        "enum-value-added",
                        "minor",
                        where,
                        pointer,
                        f"{where}: value {value!r} added",
                    )
            return
        if new["kind"] == "union":
            for variant in old["variants"]:
                if variant not in new["variants"]:
                    self.add(
                        "union-member-removed",
                        "major",
                        where,
                        pointer,
                        f"{where}: member {variant} removed",
                    )
            for variant in new["variants"]:
                if variant not in old["variants"]:
                    self.add(
                        "union-member-added",
                        "minor",
                        where,
                        pointer,
                        f"{where}: member {variant} added",
                    )
            return
        fields_old, fields_new = old["fields"], new["fields"]
        removed = [n for n in fields_old if n not in fields_new]
        added = [n for n in fields_new if n not in fields_old]
        renamed = _renames(fields_old, fields_new, removed, added)
        for field in removed:
            if field in renamed:
                self.add(
                    "field-renamed",
                    "major",
                    f"{where}.{field}",
                    f"{pointer}/properties/{fields_new[renamed[field]]['wire']}",
                    f"{where}: field {field} renamed to {renamed[field]}",
                )
            else:
                self.add(
                    "field-removed",
                    "major",
                    f"{where}.{field}",
                    f"{old['pointer']}/properties/{fields_old[field]['wire']}",
                    f"{where}: field {field} removed",
                )
        for field in added:
            if field in renamed.values():
                continue
            required = fields_new[field]["required"] and sent
            self.add(
                "field-added-required" if required else "field-added",
                "major" if required else "minor",
                f"{where}.{field}",
                f"{pointer}/properties/{fields_new[field]['wire']}",
                f"{where}: {'required ' if required else ''}field {field} added",
            )
        for field in fields_old:
            if field in fields_new:
                self.field(where, field, fields_old[field], fields_new[field], pointer, directions)
        for field, twin in renamed.items():
            renamed_old = {**fields_old[field], "wire": fields_new[twin]["wire"]}
            self.field(where, twin, renamed_old, fields_new[twin], pointer, directions)
        if old["additional"] != new["additional"]:
            self.add(
                "additional-properties-changed",
                "major" if received and old["additional"] is not None else "minor",
                where,
                pointer,
                f"{where}: extra keys now {new['additional'] or 'not typed'} "
                f"(was {old['additional'] or 'not typed'})",
            )

    def field(
        self,
        where: str,
        field: str,
        old: dict[str, Any],
        new: dict[str, Any],
        pointer: str,
        directions: list[str],
    ) -> None:
        new = {**new, "pointer": f"{pointer}/properties/{new['wire']}"}
        self.value("field", f"{where}.{field}", f"{where}.{field}", old, new, directions)


def _renames(
    old: dict[str, Any], new: dict[str, Any], removed: list[str], added: list[str]
) -> dict[str, str]:
    """A removed name and an added one of the same type, place and requiredness, when each
    is the only one of its kind: a rename (one change, not a removal and an addition)."""
    found: dict[str, str] = {}
    for name in removed:
        matches = [a for a in added if _same_shape(old[name], new[a])]
        if len(matches) == 1 and sum(_same_shape(old[r], new[matches[0]]) for r in removed) == 1:
            found[name] = matches[0]
    return found


def _same_shape(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return all(a.get(k) == b.get(k) for k in ("type", "in", "required", "nullable"))


def compare(old: dict[str, Any], new: dict[str, Any]) -> Report:
    """The changes from surface ``old`` to surface ``new``."""
    return _Comparer(old, new).run()
