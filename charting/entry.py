"""Keyboard point entry: turn what a practitioner types into points and sides.

Accepted forms (any case, any mix):

- codes in any form the library knows: ``bl40``, ``UB-40``, ``Liv 3``;
- names: plain pinyin with or without spaces (``weizhong``, ``wei zhong``),
  Chinese characters (``委中``), English names (``Bend Middle``);
- side words: ``b``/``both``, ``l``/``left``, ``r``/``right``.  A side word
  applies to every point typed since the previous side word, so
  ``GB30 BL40 BL57 GB34 b`` charts all four on both sides and
  ``BL23 b GB30 l`` charts BL23 on both sides and GB30 on the left.
  Without a side word a bilateral point is charted on both sides.

Words may be separated by spaces or commas.  Several words are tried together
first (``wei zhong``, ``liv 3``) so names and codes typed with spaces resolve.
"""

from __future__ import annotations

import re
import unicodedata

from charting.errors import ValidationError
from charting.sessions import SIDE_WORDS, NeedleSpec, resolve_point

#: The longest run of words tried as one name ("Bend Middle", "wei zhong").
_MAX_WORDS = 3
_SPLIT = re.compile(r"[\s,;]+")


def _fold(text: str) -> str:
    """Case-, accent-, space- and hyphen-insensitive form of a name."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


def _lookup(word: str):
    """The library point ``word`` names exactly (code form or full name), or None."""
    from charting.acupoints import library

    lib = library()
    point = lib.get(word)
    if point is not None:
        return point
    wanted = _fold(word)
    if not wanted:
        return None
    for candidate in lib.search(word)[:10]:
        names = (
            candidate.code,
            getattr(candidate, "pinyin", ""),
            getattr(candidate, "pinyin_plain", ""),
            getattr(candidate, "hanzi", ""),
            getattr(candidate, "english", ""),
        )
        if any(name and _fold(name) == wanted for name in names):
            return candidate
    return None


def _side_word(word: str) -> str | None:
    return SIDE_WORDS.get(word.casefold())


def parse_point_entry(text: str) -> list[tuple[str, str]]:
    """Parse an entry line into ``(code, side)`` pairs in the order typed.

    ``side`` is ``left``, ``right`` or ``both`` for bilateral points and
    ``midline`` for midline points.

    Raises:
        ValidationError: a word that is neither a point nor a side (the
            message names it), a side word with no point before it, or a side
            a point does not have.
    """
    words = [w for w in _SPLIT.split(text.strip()) if w]
    pairs: list[tuple[str, str | None]] = []
    pending_from = 0  # index in pairs of the first point the next side word applies to
    i = 0
    while i < len(words):
        matched = None
        for span in range(min(_MAX_WORDS, len(words) - i), 1, -1):
            group = words[i : i + span]
            for joined in (" ".join(group), "".join(group)):
                point = _lookup(joined)
                if point is not None:
                    matched = (point, span)
                    break
            if matched:
                break
        if matched is None:
            word = words[i]
            side = _side_word(word)
            if side is not None:
                if pending_from >= len(pairs):
                    raise ValidationError(
                        "point entry", f"'{word}' is a side: type the point before it (e.g. 'BL40 {word}')"
                    )
                for k in range(pending_from, len(pairs)):
                    pairs[k] = (pairs[k][0], side)
                pending_from = len(pairs)
                i += 1
                continue
            point = _lookup(word)
            if point is None:
                raise ValidationError("point entry", f"'{word}' is not a known acupoint code, name or side (b, l, r)")
            matched = (point, 1)
        point, span = matched
        pairs.append((point.code, None))
        i += span
    out: list[tuple[str, str]] = []
    for code, side in pairs:
        specs = resolve_point(code, side or "both")
        sides = {spec.side for spec in specs}
        if sides == {"left", "right"}:
            out.append((code, "both"))
        else:
            out.append((code, specs[0].side))
    return out


def entry_specs(text: str, view: str | None = None) -> list[NeedleSpec]:
    """Needle specs for an entry line (one per side), on ``view`` where the point is drawn there."""
    specs: list[NeedleSpec] = []
    for code, side in parse_point_entry(text):
        try:
            specs.extend(resolve_point(code, side, view))
        except ValidationError:
            if view is None:
                raise
            specs.extend(resolve_point(code, side))  # not drawn on this view: use its usual one
    return specs
