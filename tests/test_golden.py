"""The committed output is exactly what the generator writes, and the page is the reference."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator.pipeline import generate, generate_to
from generator.write import read_tree

from .conftest import (
    COMMITTED,
    CONFIG,
    FRIENDLI,
    GENERATED,
    LIVE_CONFIG,
    LIVE_SPEC,
    REFERENCE,
    SHARED_REFERENCE,
    SPEC,
    run_generator,
)


def test_generated_tree_matches_committed_golden_copy(tmp_path: Path) -> None:
    """``make check``: regenerating the live spec over the committed output changes nothing
    (its lock and changelog included)."""
    out = tmp_path / "python"
    shutil.copytree(COMMITTED, out)
    generate_to(LIVE_SPEC, out, config_path=LIVE_CONFIG)
    fresh, committed = read_tree(out), read_tree(COMMITTED)
    assert sorted(fresh) == sorted(committed), "file lists differ: run make generate"
    stale = [path for path in fresh if fresh[path] != committed[path]]
    assert stale == [], f"generated/ is stale for {stale}: run make generate"


def test_container_image_page_is_the_reference_byte_for_byte() -> None:
    files = generate(SPEC, config_path=CONFIG).files
    page = files["docs/sdks/containerimage/README.md"]
    assert page.encode("utf-8") == REFERENCE.read_bytes()


@pytest.mark.skipif(
    not SHARED_REFERENCE.is_file(), reason="no ../shared beside this checkout (a bare clone)"
)
def test_committed_reference_is_the_shared_published_page() -> None:
    assert REFERENCE.read_bytes() == SHARED_REFERENCE.read_bytes()


def test_every_model_page_the_reference_links_to_exists() -> None:
    import re

    links = re.findall(r"\]\(\.\./\.\./(models/[^)#]+\.md)\)", REFERENCE.read_text())
    assert links, "the reference page links to model pages"
    for link in sorted(set(links)):
        assert (GENERATED / "docs" / link).is_file(), link


def _generate_with_seed(out: Path, seed: str) -> dict[str, bytes]:
    result = run_generator(*FRIENDLI, "--out", str(out), env={**os.environ, "PYTHONHASHSEED": seed})
    assert result.returncode == 0, result.stderr
    return read_tree(out)


def test_output_is_identical_under_different_hash_seeds(tmp_path: Path) -> None:
    first = _generate_with_seed(tmp_path / "a", "1")
    second = _generate_with_seed(tmp_path / "b", "4242")
    assert first == second
    assert len(first) > 20


def test_every_python_block_in_the_docs_compiles_and_is_black_formatted() -> None:
    import re

    import black

    pages = sorted(GENERATED.rglob("*.md"))
    blocks = 0
    for page in pages:
        for block in re.findall(r"```python\n(.*?)```", page.read_text(), flags=re.DOTALL):
            compile(block, str(page), "exec")
            assert black.format_str(block, mode=black.Mode()) == block, f"{page}:\n{block}"
            blocks += 1
    assert blocks >= 10
