"""A pass of one layer goes through the gate like any layer folder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSES = ROOT / "annotations" / "passes"


def test_one_layer_pass_validates_with_the_gold_documents():
    """annotator_c made only alignments and declares the rest empty: the gate takes the
    documents and sources it needs from the gold and checks the alignments."""
    folder = PASSES / "annotator_c"
    declared = json.loads((folder / "empty_layers.json").read_text(encoding="utf-8"))
    assert "documents" in declared and not (folder / "documents.jsonl").exists()
    out = subprocess.run([sys.executable, "-m", "corpus", "validate", "--layers", str(folder),
                          "--workers", "1"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    n = sum(1 for line in (folder / "alignments.jsonl").read_text(encoding="utf-8")
            .splitlines() if line.strip())
    assert f"alignments {n}," in out.stdout and "mentions 0," in out.stdout


def test_every_pass_declares_what_it_did_not_make():
    """No pass folder silently lacks a layer (adjudication would read it as empty)."""
    from corpus.registry import REGISTRY

    files = {la.name: la.file for la in REGISTRY.folder_layers()}
    for folder in sorted(p for p in PASSES.iterdir() if p.is_dir()):
        declared = set(json.loads((folder / "empty_layers.json").read_text(encoding="utf-8"))
                       if (folder / "empty_layers.json").is_file() else [])
        for name, file in files.items():
            assert (folder / file).is_file() != (name in declared), (folder.name, name)
