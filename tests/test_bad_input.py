"""Bad input: a clear error naming file, record and field; exit non-zero; nothing written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_corpus

DOC = "001_df9a64f1ddd218e4"


def _release_fails(project: Path, *expected: str) -> str:
    r = run_corpus("release", "--root", str(project))
    assert r.returncode != 0, r.stdout
    assert "Traceback" not in r.stderr, r.stderr
    for text in expected:
        assert text in r.stderr, r.stderr
    dist = project / "dist"
    left = sorted(p.name for p in dist.iterdir()) if dist.exists() else []
    assert left == [], f"a failed release left {left} behind (release or temp dir)"
    return r.stderr


def _manifest(project: Path) -> list[dict]:
    lines = (project / "seeds" / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(x) for x in lines]


def _write_manifest(project: Path, recs: list[dict]) -> None:
    (project / "seeds" / "manifest.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")


def _retarget(project: Path, data: bytes) -> None:
    """Replace one seed's bytes and update its manifest hash (so only the content is bad)."""
    import hashlib

    (project / "seeds" / f"{DOC}.txt").write_bytes(data)
    recs = _manifest(project)
    for r in recs:
        if r["doc_id"] == DOC:
            r["sha256"] = hashlib.sha256(data).hexdigest()
    _write_manifest(project, recs)


def test_tampered_seed_is_refused(project):
    p = project / "seeds" / f"{DOC}.txt"
    p.write_bytes(p.read_bytes().replace(b"Paris", b"Lyon", 1))
    _release_fails(project, f"seeds/{DOC}.txt", "sha256", "seeds/manifest.jsonl:2")


def test_invalid_utf8_is_refused(project):
    _retarget(project, b"Title\n\nA body with a bad byte \xff here.")
    _release_fails(project, f"seeds/{DOC}.txt", "invalid UTF-8", "byte offset 30", ":3:")


def test_missing_file_is_refused(project):
    (project / "seeds" / f"{DOC}.txt").unlink()
    _release_fails(project, f"seeds/{DOC}.txt", "missing", "field file")


def test_empty_file_is_refused(project):
    _retarget(project, b"")
    _release_fails(project, f"seeds/{DOC}.txt", "empty file")


def test_duplicate_doc_id_is_refused(project):
    recs = _manifest(project)
    recs[2]["doc_id"] = recs[1]["doc_id"]
    _write_manifest(project, recs)
    _release_fails(project, "duplicate doc_id", "seeds/manifest.jsonl:3", "field doc_id")


def test_unknown_manifest_field_is_refused(project):
    recs = _manifest(project)
    recs[0]["publisher"] = "x"
    _write_manifest(project, recs)
    _release_fails(project, "seeds/manifest.jsonl:1", "field publisher", "unknown field")


def _add_gold(project: Path, layer: str, records: list[dict]) -> Path:
    path = project / "annotations" / "gold" / f"{layer}.jsonl"
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    path.write_text(old + "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path


def _text(project: Path) -> str:
    return (project / "seeds" / f"{DOC}.txt").read_text(encoding="utf-8")


def _entity(project: Path) -> None:
    path = project / "annotations" / "gold" / "entities.jsonl"
    ids = set()
    if path.exists():
        ids = {json.loads(x)["entity_id"] for x in path.read_text().splitlines() if x.strip()}
    if "gpe:russia-test" not in ids:
        _add_gold(project, "entities", [{"entity_id": "gpe:russia-test", "name": "Russia",
                                         "label": "GPE", "aliases": ["Russia"], "role": None,
                                         "note": None}])


def _mention(project: Path, start: int, end: int, text: str | None = None,
             label: str = "GPE") -> dict:
    raw = _text(project)
    return {"mention_id": f"m:test:{start}-{end}", "doc_id": DOC, "start": start, "end": end,
            "text": raw[start:end] if text is None else text, "label": label,
            "entity_id": "gpe:russia-test", "uncertain": False, "note": "test"}


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def test_span_end_past_text_is_refused(project):
    _entity(project)
    n = len(_text(project))
    path = _add_gold(project, "mentions", [_mention(project, n - 3, n + 5, text="abcdefgh")])
    _release_fails(project, f"annotations/gold/mentions.jsonl:{_lines(path)}", "field end",
                   "past the text")


def test_span_text_mismatch_is_refused(project):
    _entity(project)
    raw = _text(project)
    start = raw.index("Russia")
    path = _add_gold(project, "mentions", [_mention(project, start, start + 6, text="Russie")])
    _release_fails(project, f"annotations/gold/mentions.jsonl:{_lines(path)}", "field text",
                   "'Russie'")


def test_one_offset_moved_is_refused(project):
    """A correct record whose start is moved by one: text no longer matches."""
    _entity(project)
    raw = _text(project)
    start = raw.index("Russia")
    rec = _mention(project, start, start + 6)
    rec["start"] += 1
    rec["end"] += 1
    path = _add_gold(project, "mentions", [rec])
    _release_fails(project, f"annotations/gold/mentions.jsonl:{_lines(path)}",
                   "text_matches_offsets")


def test_label_outside_vocabulary_is_refused(project):
    _entity(project)
    raw = _text(project)
    start = raw.index("Russia")
    path = _add_gold(project, "mentions", [_mention(project, start, start + 6, label="COUNTRY")])
    _release_fails(project, f"annotations/gold/mentions.jsonl:{_lines(path)}", "field label",
                   "COUNTRY")


@pytest.mark.parametrize("change", ["overlap", "gap"])
def test_bad_segment_tiling_is_refused(project, change):
    path = project / "annotations" / "segments.jsonl"
    recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    i = next(i for i, r in enumerate(recs) if r["doc_id"] == DOC and r["start"] > 0)
    raw = _text(project)
    r = recs[i]
    r["start"] += -1 if change == "overlap" else 1
    r["text"] = raw[r["start"]:r["end"]]
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in recs),
                    encoding="utf-8")
    _release_fails(project, f"annotations/segments.jsonl:{i + 1}", change, "segments_tile")


def test_existing_release_with_other_content_is_refused(project):
    r = run_corpus("release", "--root", str(project))
    assert r.returncode == 0, r.stderr
    again = run_corpus("release", "--root", str(project))
    assert again.returncode == 0 and "identical" in again.stdout
    notes = project / "CHANGELOG.md"
    notes.write_text(notes.read_text() + "\n- a change\n", encoding="utf-8")
    r = run_corpus("release", "--root", str(project))
    assert r.returncode != 0
    assert "bump the version" in r.stderr and "already exists" in r.stderr
    assert not list((project / "dist").glob(".storydrift-*")), "temp dir left behind"


def test_tools_read_documents_through_the_manifest(project, tmp_path):
    """Tools outside the build (Label Studio, adjudicate, export) use the same strict loader."""
    from corpus.documents import texts_from_paths
    from corpus.errors import CorpusError

    docs = texts_from_paths([project / "seeds"])
    assert docs[DOC].encode("utf-8") == (project / "seeds" / f"{DOC}.txt").read_bytes()
    p = project / "seeds" / f"{DOC}.txt"
    p.write_bytes(p.read_bytes() + b" ")
    with pytest.raises(CorpusError) as err:
        texts_from_paths([project / "seeds"])
    assert f"seeds/{DOC}.txt" in err.value.report() and "sha256" in err.value.report()
    loose = tmp_path / "loose"
    loose.mkdir()
    (loose / "a.txt").write_bytes(b"caf\xc3")
    with pytest.raises(CorpusError) as err:
        texts_from_paths([loose])
    assert "a.txt" in err.value.report() and "invalid UTF-8" in err.value.report()


def _labels(project: Path) -> list[dict]:
    path = project / "annotations" / "gold" / "documents.jsonl"
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _write_labels(project: Path, recs: list[dict]) -> None:
    (project / "annotations" / "gold" / "documents.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")


def test_label_of_no_document_is_refused(project):
    """The labels are streamed into the shards while planning: a record whose doc_id no
    manifest lists is still named, with its line."""
    recs = _labels(project)
    recs.append(dict(recs[0], doc_id="999_not_in_any_manifest"))
    _write_labels(project, recs)
    _release_fails(project, f"annotations/gold/documents.jsonl:{len(recs)}",
                   "record 999_not_in_any_manifest", "field doc_id",
                   "labels a doc_id that no manifest lists")


def test_document_without_label_and_twice_labelled_are_refused(project):
    recs = _labels(project)
    gone = recs.pop(1)["doc_id"]
    recs.append(dict(recs[0]))
    _write_labels(project, recs)
    err = _release_fails(project, f"record {gone}", "no label record for this document",
                         f"annotations/gold/documents.jsonl:{len(recs)}",
                         f"record {recs[0]['doc_id']}", "more than one label record")
    assert "field doc_id" in err


def test_bad_label_type_is_refused(project):
    """A bad value in the last record: the records before it were already streamed into
    shard files; the error still names the record and nothing is left behind."""
    recs = _labels(project)
    recs[-1]["uncertain"] = "yes"
    _write_labels(project, recs)
    _release_fails(project, f"annotations/gold/documents.jsonl:{len(recs)}",
                   f"record {recs[-1]['doc_id']}", "field uncertain", "not true or false")


def test_one_file_listed_twice_is_refused(project):
    recs = _manifest(project)
    recs[3]["file"] = recs[1]["file"]
    recs[3]["sha256"] = recs[1]["sha256"]
    _write_manifest(project, recs)
    _release_fails(project, "seeds/manifest.jsonl:4", "field file",
                   f"is the same file as doc_id {recs[1]['doc_id']}")
