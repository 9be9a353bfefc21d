"""Split identifiers from a spec into words, the one naming step every target shares.

``containerImagesGenerate``, ``container-images_generate`` and ``HTTPServer2`` become word lists
that targets join with their own casing. Splitting keeps each word's case (``HTTP`` stays an
acronym); targets decide how to case it.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

# File systems allow 255 bytes a name; a name made from a schema's place in the spec can be
# longer (Azure's nested properties: over 300 characters). Stems stay within this, leaving
# room for a suffix (.py, .md, .ts) and a number that tells two alike apart.
FILE_STEM_BYTES = 120
_DIGEST_CHARS = 10


@functools.lru_cache(maxsize=65536)
def split_words(text: str) -> tuple[str, ...]:
    """Return the words of ``text``: split at non-alphanumerics, case changes and digits."""
    normalized = unicodedata.normalize("NFKC", text)
    words: list[str] = []
    for chunk in re.split(r"[\W_]+", normalized):
        if chunk:
            words.extend(_split_chunk(chunk))
    return tuple(words)


def _split_chunk(chunk: str) -> list[str]:
    parts: list[str] = []
    current = chunk[0]
    for previous, char, following in zip(chunk, chunk[1:], chunk[2:] + " "):
        boundary = (
            (previous.islower() and char.isupper())
            or (previous.isupper() and char.isupper() and following.islower())
            or (previous.isalpha() and char.isdigit())
            or (previous.isdigit() and char.isalpha())
        )
        if boundary:
            parts.append(current)
            current = char
        else:
            current += char
    parts.append(current)
    return parts


def same_word(a: str, b: str) -> bool:
    """Compare words ignoring case and a plural ``s`` (``Images`` matches ``image``)."""
    a, b = a.lower(), b.lower()
    return a == b or a == b + "s" or b == a + "s"


class Namer:
    """Hands out unique names within one scope, first come first served."""

    def __init__(self, taken: frozenset[str] = frozenset(), fold_case: bool = False) -> None:
        self._fold_case = fold_case
        self._taken = {self._key(n) for n in taken}

    def _key(self, name: str) -> str:
        return name.lower() if self._fold_case else name

    def claim(self, name: str) -> str:
        candidate, counter = name, 2
        while self._key(candidate) in self._taken:
            candidate = f"{name}{counter}"
            counter += 1
        self._taken.add(self._key(candidate))
        return candidate


def file_stem(name: str) -> str:
    """``name`` as the stem of a file's name: itself when it fits ``FILE_STEM_BYTES``, else
    its beginning and a digest of the whole, so two long names that start alike still
    differ, and the same name gives the same stem on every run."""
    encoded = name.encode()
    if len(encoded) <= FILE_STEM_BYTES:
        return name
    digest = hashlib.sha256(encoded).hexdigest()[:_DIGEST_CHARS]
    kept = encoded[: FILE_STEM_BYTES - _DIGEST_CHARS - 1].decode(errors="ignore")
    return f"{kept}_{digest}"
