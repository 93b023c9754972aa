"""The gate: run every pandera model and cross-table check, and report.

Failures are mapped back to the annotation file, JSONL line, record id and field,
and the report is bounded (counts per check plus the first problems), because a
million bad rows must still give a readable message.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandera.pandas as pa
import polars as pl

from corpus.errors import CorpusError, Problem
from corpus.registry import REGISTRY, Registry
from schemas.cross import CHECKS, run_cross_checks

MAX_PROBLEMS = 200


@dataclass
class GateReport:
    rows: dict[str, int]
    failures: dict[str, int]  # check name -> failing rows
    problems: list[Problem] = field(default_factory=list)  # bounded sample

    @property
    def passed(self) -> bool:
        return not any(self.failures.values())

    def as_dict(self) -> dict:
        return {
            "passed": self.passed,
            "tables": {k: {"rows": v} for k, v in sorted(self.rows.items())},
            "checks": [{"check": k, "failures": v} for k, v in sorted(self.failures.items())],
            "failures_total": sum(self.failures.values()),
            "problems": [p.as_dict() for p in self.problems],
        }

    def raise_if_failed(self) -> None:
        if not self.passed:
            total = sum(self.failures.values())
            failing = ", ".join(f"{k} ({v})" for k, v in sorted(self.failures.items()) if v)
            raise CorpusError(f"validation failed: {total} problems; checks failing: {failing}",
                              self.problems)


def _locate(frame: pl.DataFrame, table: str, row: int | None,
            registry: Registry = REGISTRY) -> tuple[str, int | None, str | None]:
    if row is None or row < 0 or row >= frame.height:
        return f"<{table}>", None, None
    rec = frame.row(row, named=True)
    id_col = registry[table].id_column if table in registry else None
    rid = rec.get(id_col) if id_col else None
    if rid is None and "doc_id" in rec:
        rid = rec["doc_id"]
    if rec.get("_prow") is not None:  # a Parquet row (corpus verify), not a JSONL line
        rid = f"{rid} (row {rec['_prow']})" if rid is not None else f"row {rec['_prow']}"
    return rec.get("_file") or f"<{table}>", rec.get("_line"), rid


def _pandera_failures(name: str, frame: pl.DataFrame,
                      registry: Registry = REGISTRY) -> tuple[int, list[Problem]]:
    model = registry[name].schema_model()
    df = frame.to_pandas(use_pyarrow_extension_array=False)
    try:
        model.validate(df, lazy=True)
    except pa.errors.SchemaErrors as err:
        # A check on the whole record (end_after_start, ...) comes back once per column,
        # internal _file/_line included: one bad record is one problem, without a field.
        fc = err.failure_cases
        fc = fc[~fc["column"].astype(str).str.startswith("_")]
        per = fc.groupby(["index", "check"], dropna=False, sort=False)["column"].transform(
            "nunique") if len(fc) else fc["column"]
        whole = per > 1
        fc = fc.assign(column=fc["column"].where(~whole, None),
                       failure_case=fc["failure_case"].where(~whole, None))
        fc = fc.drop_duplicates(subset=["index", "check", "column"])
        problems = []
        for rec in fc.head(MAX_PROBLEMS).to_dict("records"):
            idx = rec.get("index")
            row = int(idx) if idx is not None and idx == idx else None
            file, line, rid = _locate(frame, name, row, registry)
            column = rec.get("column")
            check = str(rec.get("check"))
            what = (f"failed {check} (value {rec.get('failure_case')!r})"
                    if isinstance(column, str) else f"failed {check} (a check of the record)")
            problems.append(Problem(file, what, line, rid,
                                    column if isinstance(column, str) else None,
                                    f"{name}:{check}"))
        return len(fc), problems
    return 0, []


def run_gate(frames: dict[str, pl.DataFrame], registry: Registry = REGISTRY,
             tables: tuple[str, ...] | None = None,
             checks: tuple[str, ...] | None = None) -> GateReport:
    """Validate the registered tables; never raises for bad data, returns the report.

    ``tables`` (pandera models) and ``checks`` (cross checks) restrict the run to a part
    of the gate: the build runs the per-document part on each shard and the rest as a
    reduction, then merges the reports (:func:`merge_reports`); by default all of it runs.
    """
    frames = {k: v.with_row_index("_row") if "_row" not in v.columns else v
              for k, v in frames.items()}
    names = tables if tables is not None else tuple(la.name for la in registry)
    report = GateReport(rows={k: frames[k].height for k in names}, failures={})
    for name in names:
        n, problems = _pandera_failures(name, frames[name].drop("_row"), registry)
        report.failures[f"schema:{name}"] = n
        report.problems.extend(problems)
    chosen = checks if checks is not None else tuple(CHECKS)
    cross = run_cross_checks(frames, registry, chosen)
    for check in chosen:
        report.failures.setdefault(f"cross:{check}", 0)
    for (owner, check, table), group in cross.group_by(["group", "check", "table"],
                                                       maintain_order=True):
        report.failures[f"cross:{owner}"] += group.height
        for rec in group.head(MAX_PROBLEMS).iter_rows(named=True):
            file, line, rid = _locate(frames[table], table, rec["row"], registry)
            report.problems.append(Problem(file, rec["what"], line, rid, rec["field"],
                                           f"{table}:{check}"))
    report.problems = _bounded(report.problems)
    return report


def _bounded(problems: list[Problem]) -> list[Problem]:
    problems = sorted(problems, key=lambda p: (p.file, p.line or 0, p.field or ""))
    return problems[:MAX_PROBLEMS]


def merge_reports(reports: list[GateReport], rows: dict[str, int] | None = None) -> GateReport:
    """One report from the shards' and the reductions' parts: failure counts add up, the
    problem sample stays bounded and ordered; ``rows`` (table -> rows) if given wins."""
    out = GateReport(rows={}, failures={})
    for r in reports:
        for k, v in r.rows.items():
            out.rows[k] = out.rows.get(k, 0) + v
        for k, v in r.failures.items():
            out.failures[k] = out.failures.get(k, 0) + v
        out.problems.extend(r.problems)
    if rows is not None:
        out.rows = dict(rows)
    out.problems = _bounded(out.problems)
    return out
