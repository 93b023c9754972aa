"""Pull: a full JSON export snapshot, every result checked, valid records written per annotator.

JSON-MIN drops relations and ``as_json`` returns predictions as ids, so the export is a
snapshot with full serialization. The server checks nothing, so each result is checked
here against the labeling config (``LabelInterface``) and the task's text; an invalid
result is refused and named (task, annotation, result id, what is wrong) while every valid
record is still written, and the command then exits non-zero.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus import tables
from corpus.errors import CorpusError, Problem
from corpus.jsonl import write_jsonl
from corpus.labelstudio import convert
from corpus.labelstudio.client import api_call, connect
from corpus.labelstudio.config import interface, load_config
from corpus.labelstudio.push import find_project
from corpus.registry import REGISTRY

EXPORT_TIMEOUT_S = 120
Records = dict[str, list[dict[str, Any]]]


def export_snapshot(client: Any, url: str, project_id: int) -> bytes:
    """The FULL JSON export (annotations with their users, predictions as objects)."""
    options = {"annotations__completed_by": {"only_id": False}, "predictions": {"only_id": False}}
    snap = api_call(url, "creating an export snapshot", client.projects.exports.create,
                    project_id, title="storydrift pull", serialization_options=options)
    deadline = time.monotonic() + EXPORT_TIMEOUT_S
    while True:
        status = str(api_call(url, "polling the export", client.projects.exports.get,
                              project_id, snap.id).status)
        if status == "completed":
            break
        if status == "failed" or time.monotonic() > deadline:
            raise CorpusError(f"Label Studio at {url}: export snapshot {snap.id} {status}")
        time.sleep(0.2)
    data = b"".join(api_call(url, "downloading the export", client.projects.exports.download,
                             project_id, snap.id, export_type="JSON"))
    api_call(url, "deleting the export snapshot", client.projects.exports.delete,
             project_id, snap.id)
    return data


def parse_export(data: bytes | str, where: str = "export") -> list[dict]:
    """The export's tasks; malformed JSON or shape is one clear error."""
    try:
        tasks = json.loads(data)
    except (ValueError, UnicodeDecodeError) as e:
        raise CorpusError(f"{where}: not valid JSON ({e})", [Problem(where, "not valid JSON")]) \
            from None
    if not isinstance(tasks, list):
        raise CorpusError(f"{where}: expected a JSON list of tasks",
                          [Problem(where, f"top level is {type(tasks).__name__}")])
    problems = []
    for i, t in enumerate(tasks):
        if not isinstance(t, dict) or not isinstance(t.get("data"), dict):
            problems.append(Problem(where, "task is not an object with data", record=f"#{i}"))
        elif not isinstance(t["data"].get("text"), str) or not isinstance(
                t["data"].get("doc_id"), str):
            problems.append(Problem(where, "data needs text and doc_id strings",
                                    record=f"task {t.get('id', '#' + str(i))}"))
        elif not all(isinstance(a, dict) for a in t.get("annotations") or []) or not all(
                isinstance(p, dict) for p in t.get("predictions") or []):
            problems.append(Problem(where, "annotations and predictions must be objects",
                                    record=f"task {t.get('id')}"))
    if problems:
        raise CorpusError(f"{where}: {len(problems)} malformed tasks", problems)
    return tasks


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "unknown"


def annotator_of(ann: dict) -> tuple[str, str]:
    """(stable user key, readable slug) from ``completed_by`` (object or id)."""
    user = ann.get("completed_by")
    if isinstance(user, dict):
        email = user.get("email") or ""
        name = email.split("@")[0] or user.get("username") or f"user-{user.get('id')}"
        return f"user:{user.get('id')}", slug(name)
    return f"user:{user}", f"user-{user}"


@dataclass
class PullReport:
    written: dict[str, dict[str, int]] = field(default_factory=dict)  # annotator -> layer -> n
    problems: list[Problem] = field(default_factory=list)
    skipped_cancelled: int = 0


def _where(task: dict, source: str, rid: str | None) -> dict:
    return {"file": f"task {task.get('id')} (doc {task['data']['doc_id']})", "record": source,
            "field": f"result {rid}" if rid is not None else None, "check": "labelstudio"}


def collect(tasks: list[dict], li: Any, local_docs: dict[str, str] | None = None,
            with_predictions: bool = False) -> tuple[dict[str, Records], PullReport]:
    """Records per annotator slug, with provenance, and every problem found."""
    report = PullReport()
    by_doc: dict[str, list[dict]] = {}
    for t in tasks:
        by_doc.setdefault(t["data"]["doc_id"], []).append(t)
    texts = {d: ts[0]["data"]["text"] for d, ts in by_doc.items() if len(ts) == 1}
    if local_docs:
        texts = {**local_docs, **{d: t for d, t in texts.items() if d not in local_docs}}
    slugs = _unique_slugs(tasks)  # user key -> folder name, stable across pulls
    out: dict[str, Records] = {}
    for doc_id, ts in sorted(by_doc.items()):
        if len(ts) > 1:
            ids = ", ".join(str(x.get("id")) for x in ts)
            for t in ts:
                report.problems.append(Problem(**_where(t, "task", None), what=(
                    f"document {doc_id} has {len(ts)} tasks ({ids}); delete the duplicates: "
                    "none of them is pulled")))
            continue
        task = ts[0]
        text = task["data"]["text"]
        if local_docs is not None and local_docs.get(doc_id) != text:
            why = "not in the corpus sources" if doc_id not in local_docs else \
                "its text differs from the corpus source file"
            report.problems.append(Problem(**_where(task, "task", None),
                                           what=f"document {why}; nothing pulled from this task"))
            continue
        for source, status, key, name, when, ann in _sources(task, with_predictions, report):
            slugs.setdefault(key, name)
            pulled = convert.results_to_records(doc_id, text, ann.get("result") or [], li)
            for r in pulled.refused:
                report.problems.append(Problem(**_where(task, source, r.result_id), what=r.what))
            _check_evidence(pulled, texts, task, source, report)
            recs = out.setdefault(slugs[key], {layer: [] for layer in convert.LAYERS})
            for layer, items in pulled.records.items():
                for rec, rid in items:
                    rec["provenance"] = {
                        "annotator": slugs[key], "ls_task_id": task.get("id"),
                        "ls_annotation_id": ann.get("id"), "ls_result_id": rid,
                        "created_at": when[0], "updated_at": when[1], "status": status}
                    recs[layer].append(rec)
    return out, report


def _unique_slugs(tasks: list[dict]) -> dict[str, str]:
    """Folder names for all annotators, disambiguated in user-id order (``ann``, ``ann-2``)."""
    users = {}
    for t in tasks:
        for ann in t.get("annotations") or []:
            key, name = annotator_of(ann)
            users[key] = f"user-{name}" if name.startswith("model-") else name  # not a model
    out: dict[str, str] = {}
    for key in sorted(users, key=lambda k: (len(k), k)):
        name, n = users[key], 1
        while name in out.values():
            n += 1
            name = f"{users[key]}-{n}"
        out[key] = name
    return out


def _sources(task: dict, with_predictions: bool, report: PullReport):
    """(label, status, user key, slug, (created, updated), annotation) per usable annotation;
    an annotator's older annotations on the same task are refused as superseded."""
    latest: dict[str, dict] = {}
    for ann in task.get("annotations") or []:
        if ann.get("was_cancelled"):
            report.skipped_cancelled += 1
            continue
        key, _ = annotator_of(ann)
        old = latest.get(key)
        if old is None or (ann.get("updated_at") or "", ann.get("id") or 0) > (
                old.get("updated_at") or "", old.get("id") or 0):
            if old is not None:
                _superseded(task, old, ann, report)
            latest[key] = ann
        else:
            _superseded(task, ann, old, report)
    for key, ann in latest.items():
        status = "adjudicated" if ann.get("ground_truth") else "annotation"
        yield (f"annotation {ann.get('id')}", status, key, annotator_of(ann)[1],
               (ann.get("created_at"), ann.get("updated_at")), ann)
    if with_predictions:
        for p in task.get("predictions") or []:
            mv = str(p.get("model_version") or "unknown")
            yield (f"prediction {p.get('id')}", "prediction", f"model:{mv}", slug(f"model-{mv}"),
                   (p.get("created_at"), p.get("updated_at")), p)


def _superseded(task: dict, old: dict, new: dict, report: PullReport) -> None:
    report.problems.append(Problem(**_where(task, f"annotation {old.get('id')}", None), what=(
        f"superseded by annotation {new.get('id')} of the same annotator; not pulled "
        "(delete one of them)")))


def _check_evidence(pulled: convert.Pulled, texts: dict[str, str], task: dict, source: str,
                    report: PullReport) -> None:
    """Evidence spans point into other documents: check them there; refuse the claim if bad."""
    bad: dict[str, str] = {}
    for ev, rid in pulled.records["claim_evidence"]:
        other = texts.get(ev.get("doc_id"))
        s, e = ev.get("start"), ev.get("end")
        if other is None:
            bad[rid] = f"evidence document {ev.get('doc_id')!r} is not in the project or corpus"
        elif type(s) is not int or type(e) is not int or not 0 <= s < e <= len(other):
            bad[rid] = f"evidence offsets {s}-{e} outside {ev.get('doc_id')}"
        elif ev.get("text") is not None and ev["text"] != other[s:e]:
            bad[rid] = f"evidence text {ev['text'][:40]!r} is not {ev['doc_id']}[{s}:{e}]"
        elif ev.get("stance") not in tables.CLAIM_EVIDENCE.column("stance").vocab:
            bad[rid] = f"evidence stance {ev.get('stance')!r} is not supports/refutes"
        else:
            ev["text"] = other[s:e]
    for rid, what in bad.items():
        report.problems.append(Problem(**_where(task, source, rid), what=what))
    for layer in ("claims", "claim_evidence"):
        pulled.records[layer] = [(r, rid) for r, rid in pulled.records[layer] if rid not in bad]


CATALOGUE_STATUS = "catalogue"  # provenance.status of rows pull copies from the catalogue


def write_passes(out_dir: Path, per_annotator: dict[str, Records],
                 catalogue: Path | None = None) -> dict[str, dict[str, int]]:
    """<out>/<annotator>/<layer>.jsonl for every layer (empty files too: the current state).

    With ``catalogue`` (the project's gold folder) each folder is made self-contained, so
    ``corpus validate --layers`` takes it as it is: the catalogue rows (entities, sources)
    its records point at are copied beside them, unless the folder has such a file of its
    own (an annotator's catalogue is never replaced), and the layers with no record are
    declared in ``empty_layers.json``."""
    written = {}
    for name, recs in sorted(per_annotator.items()):
        written[name] = {}
        for layer in convert.LAYERS:
            write_jsonl(out_dir / name / f"{layer}.jsonl", recs.get(layer, []),
                        REGISTRY[layer].table)
            written[name][layer] = len(recs.get(layer, []))
        if catalogue is not None:
            written[name].update(_self_contained(out_dir / name, recs, catalogue))
    return written


def _referenced(recs: Records) -> dict[str, set[str]]:
    """Catalogue layer -> the ids the pulled records point at (through the registry's
    foreign keys into layers Label Studio does not carry)."""
    out: dict[str, set[str]] = {}
    for layer in convert.LAYERS:
        for fk in REGISTRY[layer].foreign_keys:
            for target, col in fk.targets:
                if target in convert.LAYERS or REGISTRY[target].id_column != col:
                    continue
                ids = out.setdefault(target, set())
                for r in recs.get(layer, []):
                    v = r.get(fk.column)
                    ids.update(x for x in (v if isinstance(v, list) else [v])
                               if isinstance(x, str))
    return out


def _self_contained(folder: Path, recs: Records, catalogue: Path) -> dict[str, int]:
    from corpus.jsonl import read_jsonl
    from corpus.layers import FOLDER_EMPTY_LAYERS

    written = {}
    for layer, ids in sorted(_referenced(recs).items()):
        la = REGISTRY[layer]
        path, source = folder / la.file, catalogue / la.file
        if path.exists() and any(r.get("provenance", {}).get("status") != CATALOGUE_STATUS
                                 for r in read_jsonl(path)):
            continue  # the annotator's own catalogue
        rows = [{**{k: v for k, v in r.items() if k != "provenance"},
                 "provenance": {"status": CATALOGUE_STATUS,
                                "copied_from": f"{catalogue.name}/{la.file}"}}
                for r in (read_jsonl(source) if source.is_file() else [])
                if r.get(la.id_column) in ids]
        if rows:
            write_jsonl(path, rows, la.table)
        else:
            path.unlink(missing_ok=True)
        written[layer] = len(rows)
    empty = sorted(la.name for la in REGISTRY.folder_layers()
                   if not (folder / la.file).is_file()
                   or not (folder / la.file).read_bytes().strip())
    (folder / FOLDER_EMPTY_LAYERS).write_text(json.dumps(empty) + "\n", encoding="utf-8")
    return written


def pull(url: str, title: str, out_dir: Path, local_docs: dict[str, str] | None = None,
         with_predictions: bool = False, api_key: str | None = None,
         catalogue: Path | None = None) -> PullReport:
    """Export, check and write; raises CorpusError listing the refusals after writing.

    ``catalogue``: the gold folder whose entities and sources the pulled records point
    at (see :func:`write_passes`); the CLI passes the project's."""
    li = interface(load_config())
    client = connect(url, api_key)
    project = find_project(client, url, title)
    if project is None:
        raise CorpusError(f"Label Studio at {url}: no project titled {title!r}",
                          [Problem(url, "push it first: corpus labelstudio push")])
    tasks = parse_export(export_snapshot(client, url, project.id), f"export of {title!r}")
    per_annotator, report = collect(tasks, li, local_docs, with_predictions)
    report.written = write_passes(out_dir, per_annotator, catalogue)
    return report


def raise_for(report: PullReport) -> None:
    if report.problems:
        raise CorpusError(f"{len(report.problems)} results refused (every valid one was written)",
                          report.problems)
