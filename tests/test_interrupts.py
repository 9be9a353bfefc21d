"""Interrupts at the worst moments, made deterministic: a Ctrl-C or SIGTERM while the new tree
is swapped in, while the old one is removed, or while the CLI hands the signal handlers back,
must leave the output whole, nothing beside it, and no traceback. (Found by sending signals
at random moments to hundreds of runs: a `.out.old-*` folder was left once, and a traceback
with exit 1 twice.)"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator import signals
from generator import write as writing
from generator.write import read_tree, write_tree

from .conftest import CONFIG, ROOT, SPEC


@pytest.fixture
def handlers() -> Any:
    """The CLI's handlers (signals as exceptions), as in a run; put back after."""
    previous = (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM))
    signals.install()
    yield
    signal.signal(signal.SIGINT, previous[0])
    signal.signal(signal.SIGTERM, previous[1])


def test_a_deferred_signal_arrives_after_the_block(handlers: Any) -> None:
    steps = []
    with pytest.raises(signals.Interrupted):
        with signals.deferred():
            os.kill(os.getpid(), signal.SIGTERM)
            steps.append("the block ran to its end")
    assert steps == ["the block ran to its end"]
    assert signal.getsignal(signal.SIGTERM) is signals._raise  # handlers put back


@pytest.mark.parametrize("step", ["rename", "rmtree"])
def test_an_interrupt_during_the_swap_leaves_the_new_tree_and_nothing_beside_it(
    tmp_path: Path, handlers: Any, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    out = tmp_path / "out"
    write_tree(out, {"a.txt": "old\n", "pkg/b.txt": "old\n"})
    real = {"rename": os.rename, "rmtree": writing.shutil.rmtree}[step]

    def interrupted(*args: Any, **kwargs: Any) -> Any:
        os.kill(os.getpid(), signal.SIGINT)  # lands in the middle of the swap
        return real(*args, **kwargs)

    target = writing.os if step == "rename" else writing.shutil
    monkeypatch.setattr(target, step, interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_tree(out, {"a.txt": "new\n", "pkg/b.txt": "new\n"}, force=True)
    monkeypatch.undo()
    assert read_tree(out) == {"a.txt": b"new\n", "pkg/b.txt": b"new\n"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_an_interrupt_as_the_cli_hands_its_handlers_back_prints_no_traceback(
    tmp_path: Path,
) -> None:
    """The whole CLI, with a SIGTERM sent at the moment it puts the caller's handlers back
    (a sitecustomize shim wraps signal.signal): the run's outcome stands, exit 0."""
    shim = tmp_path / "shim"
    shim.mkdir()
    (shim / "sitecustomize.py").write_text(
        "import os, signal, sys\n"
        "real, sent = signal.signal, []\n"
        "def late(signum, handler):\n"
        "    caller = sys._getframe(1).f_code.co_name\n"
        "    if caller in ('main', '_hand_back') and not sent:\n"
        "        sent.append(signum)\n"
        "        os.kill(os.getpid(), signal.SIGTERM)\n"
        "    return real(signum, handler)\n"
        "signal.signal = late\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(SPEC), "--config", str(CONFIG)]
        + ["--out", str(tmp_path / "out")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(shim)},
    )
    assert "Traceback" not in result.stderr
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "sdkgen.lock").is_file()
