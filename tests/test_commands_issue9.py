"""`corpus segment` and `corpus preannotate --format layers`, through the real CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _corpus(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "corpus", *args], capture_output=True,
                          text=True, cwd=cwd)


def test_segment_tiles_any_file_exactly(tmp_path: Path) -> None:
    text = "Headline here\r\n\r\nBy Jane Doe\r\n\r\nFirst paragraph. 😀 Ends.\r\n\r\nAdvertisement"
    f = tmp_path / "page.txt"
    f.write_bytes(text.encode("utf-8"))
    out = _corpus("segment", str(f))
    assert out.returncode == 0, out.stderr
    recs = [json.loads(x) for x in out.stdout.splitlines()]
    assert recs[0]["start"] == 0 and recs[-1]["end"] == len(text)
    assert all(a["end"] == b["start"] for a, b in zip(recs, recs[1:], strict=False))
    assert all(r["text"] == text[r["start"]:r["end"]] and r["file"] == str(f) for r in recs)
    assert {r["kind"] for r in recs} >= {"title", "byline", "body", "ad", "separator"}


def test_segment_bad_input_prints_nothing(tmp_path: Path) -> None:
    good, bad = tmp_path / "a.txt", tmp_path / "b.txt"
    good.write_text("Title\n\nBody.", encoding="utf-8")
    bad.write_bytes(b"caf\xe9")
    out = _corpus("segment", str(good), str(bad))
    assert out.returncode == 1 and out.stdout == ""
    assert "b.txt" in out.stderr and "Traceback" not in out.stderr


def test_preannotate_layers_pass_the_gate(tmp_path: Path) -> None:
    folder = tmp_path / "pre"
    out = _corpus("preannotate", "--format", "layers", "--out", str(folder))
    assert out.returncode == 0, out.stderr
    for name in ("quotes", "mentions", "entities", "documents"):
        assert (folder / f"{name}.jsonl").is_file()
    ok = _corpus("validate", "--layers", str(folder))
    assert ok.returncode == 0, ok.stderr
    mentions = [json.loads(x) for x in (folder / "mentions.jsonl").read_text().splitlines()]
    assert mentions and all(m["provenance"]["status"] == "prediction" for m in mentions)
    names = [m for m in mentions if m["label"] not in ("DATE", "TIME", "MONEY", "PERCENT")]
    assert names and all(m["entity_id"] for m in names)  # every name carries a link


def test_preannotate_layers_refuse_files_outside_the_corpus(tmp_path: Path) -> None:
    f = tmp_path / "x.txt"
    f.write_text("Jane Doe said “hello there my friends,” today.", encoding="utf-8")
    out = _corpus("preannotate", "--format", "layers", "--out", str(tmp_path / "o"), str(f))
    assert out.returncode == 1 and "not a document of this corpus" in out.stderr
    assert not (tmp_path / "o").exists()
