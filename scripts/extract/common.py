"""Helpers shared by the catalog extractors: seed access, text rules, JSON output."""
import hashlib
import json
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "sources" / "seeds"
CARD_SEED = "000_0bf22327ed957ceb.txt"
TRIAL_SEED = "001_613c78c0d114cc2a.txt"
SCHEMA_VERSION = 1

_SPACE_RUN = re.compile(r"[ \t]+")


class Seed:
    """A seed text with 1-based line access."""

    def __init__(self, name):
        self.name = name
        self.path = SEEDS / name
        raw = self.path.read_bytes()
        self.sha256 = hashlib.sha256(raw).hexdigest()
        self.lines = raw.decode("utf-8").split("\n")

    def line(self, number):
        return self.lines[number - 1]

    def span(self, first, last):
        """Lines first..last (1-based, inclusive)."""
        return self.lines[first - 1:last]

    def ref(self):
        return {"file": self.name, "sha256": self.sha256}


def clean_line(line):
    """Strip a line and collapse runs of half-width spaces and tabs to one space."""
    return _SPACE_RUN.sub(" ", line).strip(" \t\u3000\r")


def join_wrapped(lines):
    """Join the lines of one wrapped paragraph/cell without a separator."""
    return "".join(clean_line(l) for l in lines if clean_line(l))


def squash(text):
    """Text with all whitespace removed: used to compare texts across wraps."""
    return re.sub(r"\s+", "", text)


def dump_json(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def load_data(name):
    with open(Path(__file__).resolve().parent / "data" / name, encoding="utf-8") as f:
        return json.load(f)



CIRCLED_NUMBERS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_LETTER_LABEL = re.compile(r"^([a-z])([.．])$")
# What separates two entries printed on one line: a 「、」 (or 。 ,) with optional spaces, or spaces.
_INLINE_SEPARATOR = r"(?<=\S)(?:[、。,，][ \t\u3000]*|[ \t\u3000]+)"


def next_label(label):
    """The label after `label` in its series (② after ①, b. after a.), or None."""
    if len(label) == 1 and label in CIRCLED_NUMBERS[:-1]:
        return CIRCLED_NUMBERS[CIRCLED_NUMBERS.index(label) + 1]
    letter = _LETTER_LABEL.match(label)
    if letter and letter.group(1) != "z":
        return chr(ord(letter.group(1)) + 1) + letter.group(2)
    return None


def split_inline_entries(label, text):
    """[(label, text)] of one printed line that may hold several entries of one series.

    「①ハッシュ化推奨だが暗号化でも可、②二要素認証の場合は両方対象、③…」 is three entries:
    a further entry starts where the next label of the series (② after ①, b. after a.)
    follows a separator (「、」 or spaces); the separator is list punctuation and belongs to
    neither entry. A label that is not the next one of the series (a reference such as
    「③参照」 inside ①) does not split.
    """
    entries = []
    while True:
        following = next_label(label)
        found = re.search(_INLINE_SEPARATOR + re.escape(following), text) if following else None
        if found is None:
            entries.append((label, text))
            return entries
        entries.append((label, text[:found.start()]))
        label, text = following, text[found.end():].lstrip(" \t\u3000")


# Errata of the documents' printed mistakes; the text stays as printed in the catalog.
PRINTED_MISTAKE_TOPICS = ("typo", "duplicate", "order")


def erratum_shape_problem(entry):
    """Why an erratum's readings do not fit its topic, or None.

    A typo has one reading (the printed text, as the catalog keeps it) and `intended`, the
    likely intended wording (never official text); every other erratum compares two or more
    places the seed prints and has no `intended`.
    """
    if entry["topic"] == "typo":
        if len(entry["readings"]) != 1 or not entry.get("intended"):
            return "a typo has exactly one reading (as printed) and a non-empty intended"
        if entry["readings"][0]["text"] in entry["intended"]:
            return "intended repeats the printed text"
        if entry["catalog_uses"] != 0 or entry["accept_in_sheets"]:
            return "a typo is kept as printed (catalog_uses 0) and not accepted as another reading"
    else:
        if len(entry["readings"]) < 2 or "intended" in entry:
            return "an erratum other than a typo has two or more readings and no intended"
    return None
