"""Push: the project (found by title) with the corpus config, one task per document, and the
current annotations or pre-annotations as one prediction per task, plus any further
predictions (the drift tools' proposals), each under its own ``model_version``.

Tasks are keyed by ``data.doc_id`` (also in ``meta``), so pushing twice updates in place:
no duplicate tasks, and a prediction whose results did not change is left alone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from corpus.errors import CorpusError, Problem
from corpus.labelstudio import convert
from corpus.labelstudio.client import api_call, connect
from corpus.labelstudio.config import load_config
from corpus.labelstudio.inputs import Records, by_doc, check_records


@dataclass
class Prediction:
    """One more prediction per task beside the main one (the drift tools' proposals):
    its own ``model_version``, a score per task and, optionally, per result id (Label
    Studio shows a region's ``score``)."""

    records: Records
    model_version: str
    task_scores: dict[str, float] = field(default_factory=dict)  # doc_id -> score
    region_scores: dict[str, dict[str, float]] = field(default_factory=dict)  # doc -> rid
    default_score: float = 1.0


@dataclass
class PushReport:
    project_id: int
    created_project: bool = False
    updated_config: bool = False
    created_tasks: list[str] = field(default_factory=list)
    existing_tasks: list[str] = field(default_factory=list)
    predictions_created: int = 0
    predictions_unchanged: int = 0
    predictions_deleted: int = 0
    skipped_records: int = 0  # records whose document was not pushed
    # model_version -> {"created", "unchanged", "deleted"}: each prediction on its own
    by_version: dict[str, dict[str, int]] = field(default_factory=dict)


def find_project(client: Any, url: str, title: str) -> Any | None:
    projects = [p for p in api_call(url, "listing projects", client.projects.list)
                if p.title == title]
    if len(projects) > 1:
        raise CorpusError(f"{len(projects)} Label Studio projects are titled {title!r}",
                          [Problem(url, f"project ids {[p.id for p in projects]} share the title; "
                                        "rename all but one")])
    return projects[0] if projects else None


def task_index(client: Any, url: str, project_id: int) -> dict[str, Any]:
    """doc_id -> task; two tasks for one document is an error."""
    seen: dict[str, list[Any]] = {}
    for t in api_call(url, "listing tasks", client.tasks.list, project=project_id,
                      page_size=1000):
        doc_id = (t.data or {}).get("doc_id") or (getattr(t, "meta", None) or {}).get("doc_id")
        seen.setdefault(str(doc_id), []).append(t)
    dups = {d: ts for d, ts in seen.items() if len(ts) > 1}
    if dups:
        raise CorpusError(f"{len(dups)} documents have more than one task",
                          [Problem(url, f"tasks {[t.id for t in ts]} all hold this document",
                                   record=d) for d, ts in sorted(dups.items())])
    return {d: ts[0] for d, ts in seen.items()}


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def push(url: str, title: str, docs: dict[str, str], records: Records | None,
         model_version: str, score: float, api_key: str | None = None,
         also: Sequence[Prediction] = ()) -> PushReport:
    """The project, its tasks, the main prediction (``records``) and each of ``also``,
    each prediction kept apart by its ``model_version`` (one never replaces another)."""
    config = load_config()
    records = records or {}
    check_records(records, docs)
    for extra in also:
        check_records(extra.records, docs)
    client = connect(url, api_key)
    project = find_project(client, url, title)
    if project is None:
        project = api_call(url, "creating the project", client.projects.create, title=title,
                           label_config=config,
                           description="StoryDrift annotation (corpus labelstudio push)")
        report = PushReport(project.id, created_project=True)
    else:
        report = PushReport(project.id)
        current = api_call(url, "reading the project", client.projects.get, project.id)
        if (current.label_config or "").strip() != config.strip():  # server drops the final LF
            api_call(url, "updating the labeling config", client.projects.update, project.id,
                     label_config=config)
            report.updated_config = True
    tasks = task_index(client, url, project.id)
    changed = [Problem(url, f"task {tasks[d].id} holds a different text (sha256 "
                            f"{sha256(tasks[d].data.get('text', ''))[:12]}, local "
                            f"{sha256(docs[d])[:12]}); its offsets would not fit", record=d)
               for d in sorted(docs) if d in tasks and tasks[d].data.get("text") != docs[d]]
    if changed:
        raise CorpusError(f"{len(changed)} documents changed since they were pushed", changed)
    new = [d for d in sorted(docs) if d not in tasks]
    if new:
        api_call(url, "importing tasks", client.projects.import_tasks, project.id,
                 request=[{"data": {"text": docs[d], "doc_id": d},
                           "meta": {"doc_id": d, "sha256": sha256(docs[d])}} for d in new])
        tasks = task_index(client, url, project.id)
    report.created_tasks = new
    report.existing_tasks = [d for d in sorted(docs) if d not in new]
    pushed = set(docs)
    report.skipped_records = sum(1 for layer, recs in records.items() if layer != "claim_evidence"
                                 for r in recs if r.get("doc_id") not in pushed)
    existing: dict[tuple[str, int], list[Any]] = {}
    for p in api_call(url, "listing predictions", client.predictions.list, project=project.id):
        existing.setdefault((p.model_version, p.task), []).append(p)
    sets = [Prediction(records, model_version, default_score=score), *also]
    if len({s.model_version for s in sets}) < len(sets):
        raise CorpusError("two predictions share a model_version",
                          [Problem(url, ", ".join(s.model_version for s in sets))])
    for pset in sets:
        counts = report.by_version.setdefault(pset.model_version,
                                              {"created": 0, "unchanged": 0, "deleted": 0})
        for d in sorted(docs):
            task = tasks[d]
            results = convert.records_to_results(d, docs[d], by_doc(pset.records, d))
            rscores = pset.region_scores.get(d, {})
            for res in results:  # the proposal's own confidence, shown on its region
                if res.get("type") in ("labels", "choices") and res.get("id") in rscores \
                        and (res["type"] == "labels" or res["id"].startswith("doc-")):
                    res["score"] = rscores[res["id"]]
            task_score = pset.task_scores.get(d, pset.default_score)
            olds = existing.get((pset.model_version, task.id), [])
            if len(olds) == 1 and olds[0].result == results and results \
                    and olds[0].score == task_score:
                counts["unchanged"] += 1
                continue
            for old in olds:
                api_call(url, "deleting an old prediction", client.predictions.delete, old.id)
                counts["deleted"] += 1
            if results:
                api_call(url, f"creating the {pset.model_version} prediction for {d}",
                         client.predictions.create, task=task.id, result=results,
                         model_version=pset.model_version, score=task_score)
                counts["created"] += 1
    report.predictions_created = sum(c["created"] for c in report.by_version.values())
    report.predictions_unchanged = sum(c["unchanged"] for c in report.by_version.values())
    report.predictions_deleted = sum(c["deleted"] for c in report.by_version.values())
    return report
