"""The JSON Schemas of the catalog, kept by hand in scripts/extract/schemas/."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent / "schemas"


def build():
    return {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(HERE.glob("*.schema.json"))}
