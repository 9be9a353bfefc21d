"""Enum values that fold to the same identifier (``+1``/``-1``/``1``, ``a-b``/``a_b``/``A_B``,
the empty string) get distinct members in both targets, each standing for its own value.
The spec is written here, beside the assertions."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from generator.pipeline import generate_to

VALUES = ["+1", "-1", "1", "a-b", "a_b", "A_B", ""]
SPEC = """\
openapi: 3.1.0
info: {title: Enums, version: "1"}
paths:
  /votes:
    get:
      operationId: getVote
      tags: [Votes]
      parameters:
        - {name: v, in: query, required: true, schema: {$ref: '#/components/schemas/Vote'}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Vote'}
components:
  schemas:
    Vote:
      type: string
      enum: %s
""" % ("[" + ", ".join(f'"{v}"' for v in VALUES) + "]")


def test_colliding_enum_values_get_distinct_members(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC)
    generate_to(spec, tmp_path / "py")
    program = (
        "import json\n"
        "from enums.models import Vote\n"
        "print(json.dumps({m.name: m.value for m in Vote}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", program],
        cwd=tmp_path / "py" / "src",
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    import json

    members = json.loads(result.stdout)
    assert sorted(members.values()) == sorted(VALUES)  # one member per value, none merged

    generate_to(spec, tmp_path / "ts", target="typescript")
    source = (tmp_path / "ts" / "src" / "models" / "vote.ts").read_text()
    block = source[source.index("export const Vote = {") : source.index("} as const;")]
    pairs = re.findall(r'^  (\w+): "(.*)",$', block, re.M)
    assert len({name for name, _ in pairs}) == len(VALUES)
    assert sorted(value for _, value in pairs) == sorted(VALUES)
