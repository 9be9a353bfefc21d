"""The command line: ``python -m generator generate SPEC --out DIR [--check]`` and
``python -m generator diff OLD NEW [--format text|json] [--fail-on LEVEL]``.

Exit codes: 0 done (or up to date), 1 ``--check`` found stale files (or ``diff --fail-on``
found a change of that level), 2 the spec is invalid
or unsupported, 64 the command line or config file is wrong, 70 an internal error (a bug:
please report it with ``--debug`` output), 130 interrupted (SIGINT), 143 terminated (SIGTERM).
An interrupted run leaves the output folder as it was.
"""

from __future__ import annotations

import argparse
import gc
from collections import Counter
import signal
import sys
import traceback
from pathlib import Path
from typing import Any, Sequence, TextIO

from .errors import GeneratorError, Problem, UsageError
from . import signals
from .signals import Interrupted
from .pipeline import Generated, Written, check, diff_specs, regenerate, unchanged
from .record import Unchanged
from .targets import TARGETS

EXIT_STALE = 1
EXIT_INTERNAL = 70


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise UsageError(message)


def parser() -> argparse.ArgumentParser:
    main = _Parser(
        prog="python -m generator", description="Generate an SDK and its docs from an OpenAPI spec."
    )
    main.add_argument("--debug", action="store_true", help="show tracebacks")
    commands = main.add_subparsers(dest="command", required=True, parser_class=_Parser)
    gen = commands.add_parser("generate", help="generate an SDK from a spec")
    gen.add_argument("spec", type=Path, help="the OpenAPI document (YAML or JSON, 3.0.x or 3.1.x)")
    gen.add_argument(
        "--out",
        type=Path,
        required=True,
        help="the output folder: the files of the last generation into it are replaced, "
        "everything else in it is kept",
    )
    gen.add_argument("--config", type=Path, help="generator settings (package and client names)")
    gen.add_argument("--target", default="python", choices=TARGETS, help="the SDK language")
    gen.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if the output is stale"
    )
    gen.add_argument(
        "--strict",
        action="store_true",
        help="treat warnings (skipped or approximated parts) as errors",
    )
    gen.add_argument(
        "--templates",
        type=Path,
        help="a folder of templates searched before the built-in ones (<dir>/<target>/...)",
    )
    gen.add_argument(
        "--force",
        action="store_true",
        help="generate into a folder with files this generator did not write (they are kept)",
    )
    gen.add_argument(
        "--full",
        action="store_true",
        help="generate (or check) in full even when the inputs and the output folder are as "
        "the last generation left them",
    )
    gen.add_argument("--debug", action="store_true", help="show tracebacks")
    diff = commands.add_parser(
        "diff", help="report what changed for an SDK's users between two versions of a spec"
    )
    diff.add_argument("old", type=Path, help="the spec the SDK was generated from")
    diff.add_argument("new", type=Path, help="the spec it will be generated from")
    diff.add_argument("--config", type=Path, help="generator settings (the SDK's names)")
    diff.add_argument(
        "--target", default="python", choices=TARGETS, help="whose names the report uses"
    )
    diff.add_argument("--format", choices=("text", "json"), default="text")
    diff.add_argument(
        "--fail-on",
        choices=("major", "minor", "patch"),
        help="exit 1 when a change of this level or higher is present (a CI gate)",
    )
    diff.add_argument("--debug", action="store_true", help="show tracebacks")
    return main


# A generation builds millions of objects that live to its end (the document, the IR, the
# planner's names); at the collector's default thresholds its full collections rescan them
# again and again, a third of a large spec's time. Collections stay, only rarer.
GC_THRESHOLDS = (100_000, 50, 100)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args_list
    previous = (signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT))
    thresholds = gc.get_threshold()
    try:  # (a signal landing as the handlers go in is already an interrupt of this run)
        signals.install()
        gc.set_threshold(*GC_THRESHOLDS)
        return _run(args_list, debug)
    except (Interrupted, KeyboardInterrupt):
        return _interrupted()
    finally:
        _hand_back(thresholds, previous)


def _hand_back(thresholds: tuple[int, int, int], handlers: tuple[Any, Any]) -> None:
    """Put the caller's collector thresholds and signal handlers back. A signal landing
    meanwhile (our handler still takes it) finds the run over: its outcome stands, as if
    the signal had come a moment later."""
    while True:
        try:
            gc.set_threshold(*thresholds)
            signal.signal(signal.SIGTERM, handlers[0])
            signal.signal(signal.SIGINT, handlers[1])
            return
        except (Interrupted, KeyboardInterrupt):
            continue


def run() -> None:
    """The ``sdkgen`` console script."""
    sys.exit(main())


def _print_release(generated: Generated | Written | Unchanged, stream: TextIO) -> None:
    """The API-change report against the previous generation, and the version it gives."""
    if isinstance(generated, Unchanged):
        print(f"no API changes since {generated.package_version}", file=stream)
        return
    release = generated.release
    if release.previous is None:
        return
    if release.report is None:
        print(
            f"no API-change report: the previous lock ({release.previous.package_version}) "
            "records another target or an older format; this generation records the surface "
            "the next one compares with",
            file=stream,
        )
        return
    if not release.report.changes:
        print(f"no API changes since {release.previous.package_version}", file=stream)
        return
    print(release.report.as_text(), end="", file=stream)
    print(f"version {release.previous.package_version} -> {release.version}", file=stream)


def _print_warnings(warnings: Sequence[Problem]) -> None:
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    counts = dict(sorted(Counter(warning.kind for warning in warnings).items()))
    if counts:
        summary = ", ".join(f"{count} {kind}" for kind, count in counts.items())
        noun = "warning" if len(warnings) == 1 else "warnings"
        print(f"{len(warnings)} {noun}: {summary}", file=sys.stderr)


def _interrupted() -> int:
    signum = signals.received or signal.SIGINT
    print(
        "interrupted; the output is the previous tree or, if the swap was done, the new one",
        file=sys.stderr,
    )
    return 128 + signum


def _run(args_list: list[str], debug: bool) -> int:
    try:
        args = parser().parse_args(args_list)
        if args.command == "diff":
            report = diff_specs(args.old, args.new, args.config, args.target)
            print(report.as_json() if args.format == "json" else report.as_text(), end="")
            return EXIT_STALE if args.fail_on and report.at_least(args.fail_on) else 0
        if args.check:
            kept = None
            if not args.full:
                kept = unchanged(args.spec, args.out, args.target, args.config, args.templates)
            if kept is not None:
                _print_release(kept, sys.stderr)
                print(f"{args.out} is up to date (as the last generation left it)")
                return 0
            stale, would = check(args.spec, args.out, args.target, args.config, args.templates)
            _print_release(would, sys.stderr)
            if stale:
                print(f"{args.out} is stale; regenerating would change:", file=sys.stderr)
                for line in stale:
                    print(f"  {line}", file=sys.stderr)
                return EXIT_STALE
            print(f"{args.out} is up to date")
            return 0
        generated = regenerate(
            args.spec,
            args.out,
            args.target,
            args.config,
            args.strict,
            force=args.force,
            templates=args.templates,
            full=args.full,
        )
        warnings = (
            generated.warnings
            if isinstance(generated, Unchanged)
            else generated.diagnostics.warnings
        )
        _print_warnings(warnings)
        _print_release(generated, sys.stdout)
        if isinstance(generated, Unchanged):
            print(
                f"{args.out} is unchanged: the same inputs as the last generation, and its "
                f"{len(generated.paths)} files as it left them (--full regenerates anyway)"
            )
        elif generated.rewritten is not None:
            print(
                f"only descriptions changed since the last generation: rewrote "
                f"{len(generated.rewritten)} of {len(generated.paths)} files in {args.out} "
                "(--full regenerates every file)"
            )
        else:
            print(f"wrote {len(generated.paths)} files to {args.out}")
        return 0
    except GeneratorError as exc:
        if debug:
            traceback.print_exc()
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except Exception:  # noqa: BLE001 - the last line of defence: report, never crash silently
        if signals.received is not None:  # a library turned the interrupt into its own error
            return _interrupted()
        if debug:
            traceback.print_exc()
        else:
            print(
                "internal error (a bug in the generator); rerun with --debug for details",
                file=sys.stderr,
            )
        return EXIT_INTERNAL
