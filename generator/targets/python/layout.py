"""Black's output without running black on the whole file: the templates lay code out as
black does, and only the statements they cannot (a line too long, a bracket closed on the
line of its trailing comma, a quote or a backslash black may rewrite) go through black, one
statement at a time.

Black is the formatter of record and stays the check of record: ``settle(source)`` must
equal ``black.format_str(source)`` for every file the generator writes.
``tests/test_black_stability.py`` asserts it on every fixture, on the Friendli SDK, on
samples of GitHub's and OpenAI's SDKs and on a hypothesis strategy over names and
descriptions; a template that drifts from black's layout fails there.

Why it is sound: black's decisions for one logical line (where to split it, how to lay out
its brackets) depend on that line and on its indentation only, so a statement formatted
alone, with the line length less its indentation, comes out as black would lay it out in
the file. What black decides across lines (blank lines, docstrings) is done here by the
same rules black applies to the shapes the templates emit.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache

import black
from black.strings import str_width

LINE_LENGTH = 88
TARGET = black.mode.TargetVersion.PY39

# What a scan must look at: brackets, quotes, comments; a line without any is plain.
_SPECIAL = re.compile(r"[()\[\]{}\"'#\\]")
# A bracket closed on the line where the trailing comma before it stands: black explodes it
# (a one-element tuple's comma excepted: it is the tuple's own).
_MAGIC_COMMA = re.compile(r",[ \t]*[)\]}]")
# Black leaves a docstring with a backslash-newline escape as it is.
_BACKSLASH_NEWLINE = re.compile(r"\\\s*\n")
_BLOCK_HEADER = re.compile(r"(?:async\s+def|def|class)\b")
# A double-quoted string without escapes (what the layout's own splitting may step over).
_STRINGS = re.compile(r'"[^"\\]*"')


@lru_cache(maxsize=None)
def _mode(width: int) -> black.Mode:
    return black.Mode(target_versions={TARGET}, line_length=width)


MODE = _mode(LINE_LENGTH)


class _Scan:
    """Bracket depth and open triple-quoted string across the physical lines of a file."""

    __slots__ = ("depth", "in_string", "risky")

    def __init__(self) -> None:
        self.depth = 0
        self.in_string = False
        # What black may rewrite: a single-quoted string, an escaped quote, a line break
        # escaped outside a string.
        self.risky = False

    def line(self, text: str) -> None:
        if not self.in_string and _SPECIAL.search(text) is None:
            return
        i, n = 0, len(text)
        while i < n:
            if self.in_string:
                end = text.find('"""', i)
                if end < 0:
                    return
                i, self.in_string = end + 3, False
                continue
            match = _SPECIAL.search(text, i)
            if match is None:
                return
            char, i = match.group(), match.start()
            if char == "#":
                return
            if char == "\\":
                self.risky = True
                i += 1
            elif char == '"':
                if text.startswith('"""', i):
                    end = text.find('"""', i + 3)
                    if end < 0:
                        self.in_string = True
                        return
                    i = end + 3
                    continue
                i = self._skip_string(text, i, '"')
            elif char == "'":
                self.risky = True
                i = self._skip_string(text, i, "'")
            elif char in "([{":
                self.depth += 1
                i += 1
            else:
                self.depth -= 1
                i += 1

    def _skip_string(self, text: str, i: int, quote: str) -> int:
        i += 1
        n = len(text)
        while i < n and text[i] != quote:
            if text[i] == "\\":
                if i + 1 < n and text[i + 1] in "\"'":
                    self.risky = True
                i += 1
            i += 1
        return i + 1


def settle(source: str) -> str:
    """``black.format_str(source)``, for source the templates laid out (see the module)."""
    lines = source.split("\n")
    statements: list[_Statement] = []
    count = len(lines)
    i = 0
    blanks = 0
    after_header = True  # the module's first statement may be a docstring too
    while i < count:
        first = lines[i]
        stripped = first.lstrip()
        if not stripped:
            blanks += 1
            i += 1
            continue
        if stripped.startswith('"""') and after_header:
            end = _docstring_end(lines, i)
            statements.append(_Statement(_docstring(lines[i : end + 1]), blanks, docstring=True))
        else:
            scan = _Scan()
            scan.line(first)
            # Each line's own bracket balance, as a scan of the line alone finds it; None
            # once a line starts inside a string (a scan of it alone would read it as code).
            depths: list[int] | None = [scan.depth]
            end = i
            while (scan.depth > 0 or scan.in_string) and end + 1 < count:
                end += 1
                before, inside = scan.depth, scan.in_string
                scan.line(lines[end])
                if inside:
                    depths = None
                elif depths is not None:
                    depths.append(scan.depth - before)
            block = lines[i : end + 1]
            # Black measures a line by its width on screen (East Asian wide characters count
            # twice) where it asks whether the line fits: such a statement is black's to lay.
            wide = any(not line.isascii() and str_width(line) != len(line) for line in block)
            if (
                scan.risky
                or wide
                or _magic_comma("\n".join(block))
                or any(len(line) > LINE_LENGTH for line in block)
                or not _exploded(block, depths)
            ) and not stripped.startswith(('"""', "#")):
                block = _black_statement(block, scan.risky or wide)
            statements.append(_Statement(block, blanks))
        last = statements[-1]
        after_header = (last.is_def or last.is_class) and last.opens_block
        blanks = 0
        i = end + 1
    return _join(statements)


class _Statement:
    """One logical line, as black's empty-line rules see it."""

    __slots__ = (
        "lines",
        "blanks",
        "depth",
        "is_docstring",
        "is_decorator",
        "is_def",
        "is_class",
        "is_import",
        "is_comment",
        "opens_block",
        "is_stub_def",
    )

    def __init__(self, lines: list[str], blanks: int, docstring: bool = False) -> None:
        first = lines[0]
        text = first.lstrip()
        last = lines[-1].rstrip()
        self.lines = lines
        self.blanks = blanks  # the blank lines before it in the source
        self.depth = (len(first) - len(text)) // 4
        self.is_docstring = docstring
        self.is_decorator = text.startswith("@")
        self.is_def = text.startswith(("def ", "async def "))
        self.is_class = text.startswith("class ")
        self.is_import = text.startswith(("import ", "from "))
        self.is_comment = text.startswith("#")
        self.opens_block = last.endswith(":")
        self.is_stub_def = self.is_def and last.endswith(": ...")


def _join(statements: list[_Statement]) -> str:
    """The statements with the blank lines black puts between them (black's
    ``EmptyLineTracker``, for the statements the templates emit; what it would do
    otherwise, around a comment before a definition, is refused)."""
    out: list[str] = []
    previous: _Statement | None = None
    previous_after = 0
    defs: list[_Statement] = []
    module_docstring = False
    for current in statements:
        before, after = _empty_lines(current, previous, defs)
        before = max(0, before - previous_after)
        if module_docstring and not (current.is_class or current.is_def):
            before = 1
        module_docstring = previous is None and current.is_docstring and current.depth == 0
        out.extend([""] * before)
        out.extend(current.lines)
        out.extend([""] * after)
        previous, previous_after = current, after
    return "\n".join(out).rstrip("\n") + "\n"


def _empty_lines(
    current: _Statement, previous: _Statement | None, defs: list[_Statement]
) -> tuple[int, int]:
    depth = current.depth
    before = min(current.blanks, 2 if depth == 0 else 1)
    user_had_newline = bool(before)
    previous_def = None
    while defs and defs[-1].depth >= depth:
        previous_def = defs.pop()
    if current.is_def or current.is_class:
        defs.append(current)
    if previous is None:
        return 0, 0
    if current.is_docstring:
        if previous.is_class:
            return 0, 1
        if previous.opens_block and previous.is_def:
            return 0, 0
    if previous_def is not None:
        if depth:
            before = 1
        elif (
            previous_def.depth
            and current.opens_block
            and current.lines[0].split(None, 1)[0].rstrip(":")
            not in ("with", "try", "for", "while", "if", "match")
        ):
            before = 1
        else:
            before = 2
    if current.is_decorator or current.is_def or current.is_class:
        if previous.is_decorator:
            return 0, 0
        if previous.depth < depth and (previous.is_class or previous.is_def):
            return (1 if user_had_newline else 0), 0
        if previous.is_comment and previous.depth == depth and before == 0:
            raise ValueError("a definition right below a comment")
        if previous.is_stub_def and not user_had_newline:
            return 0, 0
        return (1 if depth else 2), 0
    if previous.is_import and previous.depth == 0 and depth == 0 and not current.is_import:
        return 1, 0
    if previous.is_import and not current.is_import and depth == previous.depth:
        return (before or 1), 0
    return before, 0


def _magic_comma(text: str) -> bool:
    """Whether a bracket on one line closes right after a trailing comma that black takes
    as a wish to explode it: any but a one-element tuple's, ``(x,)``."""
    for line in text.split("\n"):
        if _MAGIC_COMMA.search(line) is None:
            continue
        stack: list[list[int]] = []  # per open bracket: [is a paren, top-level commas]
        bare = _STRINGS.sub('""', line)
        previous = ""
        for char in bare:
            if char in "([{":
                stack.append([char == "(", 0])
            elif char == "," and stack:
                stack[-1][1] += 1
            elif char in ")]}":
                opened = stack.pop() if stack else [False, 0]
                if previous == "," and not (opened[0] and opened[1] == 1):
                    return True
            if not char.isspace():
                previous = char
    return False


def _exploded(block: list[str], depths: list[int] | None = None) -> bool:
    """Whether a statement over several lines is laid out as black keeps it: each line
    opens a bracket or ends an item with a comma, and each bracket closes after its
    trailing comma (black would join anything else that fits on one line). ``depths``:
    each line's bracket balance when the caller's scan already has it."""
    for index in range(len(block) - 1):
        line = block[index].rstrip()
        if not line.endswith((",", "(", "[", "{")):
            return False
        following = block[index + 1].lstrip()
        if following[:1] in (")", "]", "}") and not line.endswith(","):
            return False
    if depths is None:
        depths = []
        for line in block:
            scan = _Scan()
            scan.line(line)
            depths.append(scan.depth)
    # Black splits the outer bracket of two first.
    return all(-1 <= depth <= 1 for depth in depths)


def _docstring_end(lines: list[str], start: int) -> int:
    """The index of the line that closes the docstring opening at ``start``."""
    opening = lines[start].lstrip()[3:]
    if '"""' in opening:
        return start
    for index in range(start + 1, len(lines)):
        if '"""' in lines[index]:
            return index
    raise ValueError("unterminated docstring")


def _docstring(block: list[str]) -> list[str]:
    """A docstring as black lays it out (black's ``visit_STRING`` for docstrings)."""
    first = block[0]
    indent = first[: len(first) - len(first.lstrip())]
    value = "\n".join([first.lstrip()] + block[1:]).rstrip()
    tail = value[value.rindex('"""') + 3 :]
    value = value[: value.rindex('"""') + 3]
    if tail.strip() or _BACKSLASH_NEWLINE.search(value):
        raise ValueError("a docstring black would leave as it is")
    body = value[3:-3]
    multiline = "\n" in value
    if multiline:
        body = _fix_multiline(body, indent)
    else:
        body = body.strip()
    trailing_backslash = False
    if body:
        if body[0] == '"':
            body = " " + body
        if body[-1] == '"':
            body += " "
        if body[-1] == "\\":
            backslashes = len(body) - len(body.rstrip("\\"))
            if backslashes % 2:
                body += " "
                trailing_backslash = True
    elif value != '""""""':
        body = " "
    parts = body.splitlines()
    last = len(parts[-1]) if body and not body.endswith("\n") else 0
    if (
        len(parts) > 1
        and last + 3 > LINE_LENGTH
        and len(indent) + 3 <= LINE_LENGTH
        and not trailing_backslash
    ):
        # Black's second pass strips the line it left the closing quotes: the padding goes.
        if body.endswith('" '):
            body = body[:-1]
        text = '"""' + body + "\n" + indent + '"""'
    else:
        text = '"""' + body + '"""'
    return (indent + text).split("\n")


def _fix_multiline(body: str, indent: str) -> str:
    """Black's ``fix_multiline_docstring``: the lines after the first dedented together,
    then indented as the docstring is; trailing whitespace and blank lines' spaces gone."""
    lines = [_expand_leading_tabs(line) for line in body.split("\n")]
    common = sys.maxsize
    for line in lines[1:]:
        content = line.lstrip()
        if content:
            common = min(common, len(line) - len(content))
    trimmed = [lines[0].strip()]
    if common < sys.maxsize:
        last = len(lines) - 2
        for index, line in enumerate(lines[1:]):
            kept = line[common:].rstrip()
            trimmed.append(indent + kept if kept or index == last else "")
    return "\n".join(trimmed)


def _expand_leading_tabs(line: str) -> str:
    content = line.lstrip()
    if not content or content == line:
        return line
    return line[: len(line) - len(content)].expandtabs(4) + content


def _black_statement(block: list[str], risky: bool = True) -> list[str]:
    """One logical line through black, alone: dedented, with the line length less its
    indentation, then indented back. A block header gets a body for black to accept it."""
    first = block[0]
    width = len(first) - len(first.lstrip())
    indent = first[:width]
    text = "\n".join(line[width:] if line.startswith(indent) else line for line in block)
    if not risky:  # (a quote black may turn, an escape: black decides)
        if len(block) == 1:
            fast = _fast(text, LINE_LENGTH - width)
            if fast is not None:
                return [indent + line for line in fast]
        else:
            laid = _exploded_lines(block)
            if laid is not None:
                return laid
    header = text.rstrip().endswith(":")
    try:
        formatted = black.format_str(
            text + ("\n    pass\n" if header else "\n"), mode=_mode(LINE_LENGTH - width)
        )
    except black.parsing.InvalidInput as exc:  # a clause (else:, except:) has no header alone
        raise ValueError("a statement black cannot take alone") from exc
    result = formatted.rstrip("\n").split("\n")
    if header:
        if result[-1] != "    pass":
            raise ValueError("a block header black did not keep as a header")
        result.pop()
    return [indent + line if line else line for line in result]


# -- black's layout of the long statements the templates emit most, without black ---------
#
# Each rule below lays out one shape exactly as black does, and only when every line of the
# result fits; anything else goes to black. tests/test_black_stability.py compares them with
# black on every statement of GitHub's and OpenAI's SDKs that takes them.

_NAME = r"[A-Za-z_][A-Za-z0-9_]*"
_DOTTED_NAME = re.compile(rf"{_NAME}(?:\.{_NAME})*")  # an atom black cannot split
_IMPORT = re.compile(rf"from (\.*[\w.]*) import ({_NAME}(?:, {_NAME})*)")
_DEF = re.compile(rf"((?:async )?def {_NAME}\()([^()]*)(\)(?: -> [^()]*)?:)")
_RETURNS = re.compile(rf"(\) -> {_NAME}\[)(.*)(\]:)")
_CLASS = re.compile(rf"(class {_NAME}\()([^()\[\]]*)(\):)")
_FIELD = re.compile(rf"({_NAME}: {_NAME}\[)(.*)(\](?: = (?:None|UNSET|True|False|{_NAME}))?)")
_BARE_FIELD = re.compile(rf"({_NAME}: )({_NAME}(?:\.{_NAME})*)")
_ALIAS = re.compile(rf"({_NAME}: TypeAlias = {_NAME}\[)(.*)(\])")
_CALL = re.compile(rf"((?:self\.)?{_NAME} = {_NAME}\()([^()\[\]{{}}\"']*)(\))")
_SUBSCRIPT = re.compile(rf"({_NAME}(?:\.{_NAME})*\[|\{{)(.*)(\]|\}})")
_ANNOTATED_CALL = re.compile(rf"({_NAME}: {_NAME}\[[\w\[\], ]*\] = {_NAME}\()(\{{.*\}})(\))")
# A model field with its Field(...): ``updated_at: Optional[datetime] = Field(default=None,
# alias="updatedAt")``, the most common long statement of a large SDK (Microsoft Graph's).
_FIELD_CALL = re.compile(rf"({_NAME}: {_NAME}(?:\[[\w\[\], .]*\])? = Field\()([^()\[\]{{}}]*)(\))")


def _fast(line: str, width: int) -> list[str] | None:
    """``line`` (one physical line, dedented) laid out as black lays it out at ``width``, or
    None when it is not one of the shapes above or a part would not fit."""
    match = _IMPORT.fullmatch(line)
    if match:
        names = match.group(2).split(", ")
        return [f"from {match.group(1)} import ("] + [f"    {n}," for n in names] + [")"]
    match = _DEF.fullmatch(line)
    if match:
        head, body, tail = match.groups()
        # Black ends a definition's lone parameter, split onto its own line, with a comma.
        lines = _split(head, body if "," in body else body + ",", "", width)
        if lines is None:
            return None
        lines.pop()  # the tail, laid out below
        if len(tail) <= width:
            return lines + [tail]
        returns = _RETURNS.fullmatch(tail)
        if returns is None or not _balanced(returns.group(2)):
            return None
        rest = _split(returns.group(1), returns.group(2), returns.group(3), width)
        return None if rest is None else lines + rest
    match = _CLASS.fullmatch(line)
    if match:
        head, body, tail = match.groups()
        if len(body) + 4 > width:
            return None
        return [head, "    " + body, tail]  # a class name longer than the line stays so
    for shape in (_CALL, _ALIAS, _ANNOTATED_CALL):
        match = shape.fullmatch(line)
        if match and _balanced(match.group(2)):
            return _split(match.group(1), match.group(2), match.group(3), width)
    match = _FIELD_CALL.fullmatch(line)
    if match and _top_level_items(match.group(2)) is not None:
        return _split(match.group(1), match.group(2), match.group(3), width)
    match = _BARE_FIELD.fullmatch(line)
    if match:
        # Black puts a long annotation in parentheses when that makes it fit.
        if len(match.group(2)) + 4 <= width:
            return [match.group(1) + "(", "    " + match.group(2), ")"]
        return [line]
    match = _FIELD.fullmatch(line)
    if match and _balanced(match.group(2)):
        head, body, tail = match.groups()
        if tail.startswith("] = "):
            # Black wraps the default in parentheses when that first line fits.
            annotated = head + body + "] = ("
            if len(annotated) <= width:
                return _split(annotated, tail[4:], ")", width)
        return _split(head, body, tail, width)
    return None


_PARAM = re.compile(rf"({_NAME}: {_NAME}(?:\.{_NAME})*\[)(.*)(\](?: = [^,()\[\]{{}}]+)?,)")
_RETURN_LINE = re.compile(rf"(\) -> {_NAME}(?:\.{_NAME})*\[)(.*)(\]:)")
# An item that is itself a tuple or a list: ``("impersonation_resource_id", ..., False),``.
_BRACKETED_ITEM = re.compile(r"(\()(.*)(\),)|(\[)(.*)(\],)")


def _exploded_lines(block: list[str]) -> list[str] | None:
    """A statement laid out one item a line (``_exploded``) whose long lines black splits on
    their own: a parameter's annotation, the return annotation, or nothing at all (a line
    with no bracket, as a long string argument, is one black leaves as it is)."""
    if not _exploded(block) or _magic_comma("\n".join(block)):
        return None
    out: list[str] = []
    for number, line in enumerate(block):
        if len(line) <= LINE_LENGTH:
            out.append(line)
            continue
        width = len(line) - len(line.lstrip())
        text = line[width:]
        bare = _STRINGS.sub('""', text)
        if "'" in bare or "\\" in bare or "#" in bare:
            return None
        if not any(char in bare for char in "()[]{}"):
            out.append(line)  # nothing black could split
            continue
        if (
            number == 0
            and _BLOCK_HEADER.match(text) is not None
            and bare.count("(") == 1
            and bare.endswith("(")
            and not any(char in bare for char in ")[]{}")
        ):
            out.append(line)  # a definition's head: black splits after its bracket already
            continue
        match = _PARAM.fullmatch(text) or _RETURN_LINE.fullmatch(text)
        if match is not None and _balanced(match.group(2)):
            head, body, tail = match.groups()
        else:
            match = _BRACKETED_ITEM.fullmatch(text)
            if match is None:
                return None
            head, body, tail = (part for part in match.groups() if part is not None)
            items = _top_level_items(body)
            # Black splits it one item a line; one item alone is a tuple's own comma.
            if items is None or len(items) < 2:
                return None
        laid = _split(head, body, tail, LINE_LENGTH - width)
        if laid is None:
            return None
        out += [" " * width + part for part in laid]
    return out


def _split(head: str, body: str, tail: str, width: int) -> list[str] | None:
    """Black's split at one bracket pair: the head, the body one level in (on one line if it
    fits; else one item a line with a trailing comma, or split again at its own bracket),
    the tail; None where black would do something else."""
    if not body or len(head) > width or len(tail) > width or _magic_comma(body):
        return None
    inner = _body(body, width - 4)
    return None if inner is None else [head] + ["    " + line for line in inner] + [tail]


def _body(body: str, width: int) -> list[str] | None:
    if len(body) <= width or _DOTTED_NAME.fullmatch(body):
        return [body]
    items = _top_level_items(body)
    if items is None:
        return None
    if len(items) > 1:
        lines: list[str] = []
        for item in items:
            laid = _item(item, ",", width)
            if laid is None:
                return None
            lines += laid
        return lines
    return _item(body, "", width)


def _item(item: str, comma: str, width: int) -> list[str] | None:
    if len(item) + len(comma) <= width or _DOTTED_NAME.fullmatch(item):
        return [item + comma]  # a name longer than the line stays on a line of its own
    match = _SUBSCRIPT.fullmatch(item)
    if match is None or not _balanced(match.group(2)):
        return None
    return _split(match.group(1), match.group(2), match.group(3) + comma, width)


def _top_level_items(text: str) -> list[str] | None:
    """``text`` split at its commas outside brackets and strings; None if a string or a
    bracket is not plain (brackets outside strings that do not pair up included)."""
    items, depth, start, i = [], 0, 0, 0
    while i < len(text):
        char = text[i]
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth < 0:
                return None
        elif char == '"':
            end = text.find('"', i + 1)
            if end < 0 or "\\" in text[i:end]:
                return None
            i = end
        elif char in "'\\#":
            return None
        elif char == "," and depth == 0:
            items.append(text[start:i].strip())
            start = i + 1
        i += 1
    items.append(text[start:].strip())
    return items if depth == 0 and all(items) else None


def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0
