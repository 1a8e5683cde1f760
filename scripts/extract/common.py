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
