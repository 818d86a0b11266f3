"""Point codes: every usual way of writing one, brought to the WHO form.

``normalise_code("ub-40") == "BL40"``, ``normalise_code("Liv 3") == "LR3"``,
``normalise_code("SJ05") == "TE5"``, ``normalise_code("exb2l4") == "EX-B2 L4"``.
Single letters follow the common English abbreviations: L = lung, LI = large intestine,
S = stomach, H = heart, K = kidney, P = pericardium, B = bladder.
"""

from __future__ import annotations

import re
import unicodedata

# WHO code -> (English channel name, number of points)
CHANNELS: dict[str, tuple[str, int]] = {
    "LU": ("Lung", 11),
    "LI": ("Large Intestine", 20),
    "ST": ("Stomach", 45),
    "SP": ("Spleen", 21),
    "HT": ("Heart", 9),
    "SI": ("Small Intestine", 19),
    "BL": ("Bladder", 67),
    "KI": ("Kidney", 27),
    "PC": ("Pericardium", 9),
    "TE": ("Triple Energizer", 23),
    "GB": ("Gallbladder", 44),
    "LR": ("Liver", 14),
    "GV": ("Governor Vessel", 28),
    "CV": ("Conception Vessel", 24),
    "EX": ("Extra points", 0),
}

PREFIXES: dict[str, str] = {
    "LU": "LU",
    "L": "LU",
    "LUNG": "LU",
    "LI": "LI",
    "CO": "LI",
    "ST": "ST",
    "S": "ST",
    "SP": "SP",
    "HT": "HT",
    "H": "HT",
    "HE": "HT",
    "SI": "SI",
    "BL": "BL",
    "UB": "BL",
    "B": "BL",
    "KI": "KI",
    "K": "KI",
    "KID": "KI",
    "PC": "PC",
    "P": "PC",
    "TE": "TE",
    "SJ": "TE",
    "TW": "TE",
    "TH": "TE",
    "GB": "GB",
    "LR": "LR",
    "LV": "LR",
    "LIV": "LR",
    "GV": "GV",
    "DU": "GV",
    "CV": "CV",
    "REN": "CV",
    "EX": "EX",
}

_SEPARATORS = re.compile(r"[\s\-_.·]+")
_CHANNEL = re.compile(r"^([A-Z]+?)0*(\d+)$")
_EXTRA = re.compile(r"^EX(HN|CA|UE|LE|B)0*(\d+)(?:([TL])0*(\d+))?$")


def compact(text: str) -> str:
    """Upper case without spaces, hyphens, dots or underscores."""
    return _SEPARATORS.sub("", text.strip().upper())


def normalise_channel(text: str) -> str | None:
    """``"ub"`` -> ``"BL"``; None if it names no channel."""
    return PREFIXES.get(compact(text))


def normalise_code(text: str) -> str | None:
    """The WHO form of a point code written any usual way, or None.

    Only the form is checked (and the number against the channel's point count); whether an
    extra point exists is for :meth:`Library.get`.
    """
    c = compact(text)
    m = _EXTRA.match(c)
    if m:
        region, num, level_kind, level = m.groups()
        code = f"EX-{region}{int(num)}"
        return f"{code} {level_kind}{int(level)}" if level_kind else code
    m = _CHANNEL.match(c)
    if not m:
        return None
    channel = PREFIXES.get(m.group(1))
    if channel is None or channel == "EX":
        return None
    number = int(m.group(2))
    if not 1 <= number <= CHANNELS[channel][1]:
        if (channel, number) == ("GV", 29):  # WHO 2008 lists Yintang as GV29
            return "EX-HN3"
        return None
    return f"{channel}{number}"


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
_TONED += _TONED.upper()


def _base(ch: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))


_UNTONE = str.maketrans({ch: _base(ch) for ch in _TONED})
_PUNCT = re.compile(r"[\s\-_.'’·,()/]+")


def plain(text: str) -> str:
    """Lower case, tone marks removed (ü -> u), without spaces or punctuation: a search key."""
    return _PUNCT.sub("", text.lower().translate(_UNTONE))


def strip_tones(text: str) -> str:
    """``"Wěizhōng"`` -> ``"Weizhong"`` (keeps case and spaces)."""
    return unicodedata.normalize("NFC", text).translate(_UNTONE)
