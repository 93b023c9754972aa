"""User-facing errors: each names the file, the record and the field.

The CLI prints these as one line plus the report and exits non-zero; anything else
that escapes is a bug and keeps its traceback.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, located as precisely as we can."""

    file: str
    what: str
    line: int | None = None  # 1-based line of the JSONL record
    record: str | None = None  # record id (doc_id, mention_id, ...)
    field: str | None = None
    check: str | None = None  # name of the failed check

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line is not None else "")
        parts = [where]
        if self.record is not None:
            parts.append(f"record {self.record}")
        if self.field is not None:
            parts.append(f"field {self.field}")
        check = f" [{self.check}]" if self.check else ""
        return ": ".join([", ".join(parts) + check, self.what])

    def as_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v is not None}


class CorpusError(Exception):
    """Bad input. Carries every problem found, not just the first."""

    def __init__(self, message: str, problems: list[Problem] | None = None):
        super().__init__(message)
        self.message = message
        self.problems = list(problems or [])

    def report(self, limit: int = 50) -> str:
        lines = [self.message]
        for p in self.problems[:limit]:
            lines.append(f"  - {p}")
        if len(self.problems) > limit:
            lines.append(f"  ... and {len(self.problems) - limit} more problems")
        return "\n".join(lines)
