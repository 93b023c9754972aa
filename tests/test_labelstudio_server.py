"""Label Studio bridge against a REAL server (label-studio 1.23 from .venv-labelstudio).

One server per session on 127.0.0.1 at a free port with a temporary data dir; the first
start runs migrations (~40 s). Annotations are made through label-studio-sdk the way the
editor stores them, then pulled, pushed back and pulled again.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from corpus.errors import CorpusError
from corpus.labelstudio import serve
from corpus.labelstudio.cli import app
from corpus.labelstudio.client import connect
from corpus.labelstudio.inputs import load_documents, load_records
from corpus.labelstudio.pull import pull
from corpus.labelstudio.push import push

pytestmark = [pytest.mark.labelstudio,
              pytest.mark.filterwarnings("ignore:The `parse_obj` method is deprecated")]

ROOT = Path(__file__).resolve().parents[1]
SEED = "000_6c756e0b388ccfc7"
SYNTH = "synthetic_unicode"
# emoji (astral), a ZWJ family, combining marks, CRLF and NBSP around every span we label
SYNTH_TEXT = ("👩\u200d👩\u200d👧 Zoe\u0301 Dupont 😀 said\u00a0on Tuesday:\r\n"
              "“Cafe\u0301 prices rose 5%,” she added.\r\nMerz is chancellor 🇩🇪.")
USER, PASSWORD = "admin@example.com", "storydrift-test-pass"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """A fresh server; yields (url, legacy token); stopped (its process group) at the end."""
    binary = Path(os.environ.get(serve.BIN_ENV) or serve.default_bin())
    if not binary.exists():
        pytest.fail(f"Label Studio server not found at {binary}: run `make test` (installs it "
                    f"into .venv-labelstudio) or set {serve.BIN_ENV}", pytrace=False)
    data = tmp_path_factory.mktemp("labelstudio")
    port, token = _free_port(), secrets.token_hex(20)
    env = serve.server_env(data / "data", {
        "LABEL_STUDIO_USERNAME": USER, "LABEL_STUDIO_PASSWORD": PASSWORD,
        "LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN": "true", "LABEL_STUDIO_USER_TOKEN": token})
    log = (data / "server.log").open("wb")
    proc = subprocess.Popen(serve.command(port, binary), env=env, stdout=log,
                            stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 240
        while True:
            try:
                if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                tail = (data / "server.log").read_text(errors="replace")[-3000:]
                pytest.fail(f"Label Studio did not start:\n{tail}", pytrace=False)
            time.sleep(0.5)
        yield url, token
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()


@pytest.fixture(scope="session")
def docs(tmp_path_factory) -> dict[str, str]:
    """The five seeds (read directly; doc_id = stem) plus a synthetic Unicode document."""
    d = tmp_path_factory.mktemp("docs")
    (d / f"{SYNTH}.txt").write_bytes(SYNTH_TEXT.encode("utf-8"))  # keeps CRLF
    return load_documents([ROOT / "seeds", d / f"{SYNTH}.txt"])


def _span(text: str, s: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = text.index(s, i + 1)
    return i, i + len(s)


def _region(rid: str, control: str, label: str, text: str, span: tuple[int, int]) -> dict:
    s, e = span
    return {"id": rid, "from_name": control, "to_name": "text", "type": "labels",
            "origin": "manual",
            "value": {"start": s, "end": e, "text": text[s:e], "labels": [label]}}


def _per(rid: str, control: str, kind: str, text: str, span: tuple[int, int], v) -> dict:
    s, e = span
    value = ({"start": s, "end": e, "text": [v]} if kind == "textarea"
             else {"start": s, "end": e, "text": text[s:e], "choices": [v]})
    return {"id": rid, "from_name": control, "to_name": "text", "type": kind,
            "origin": "manual", "value": value}


def _doc(control: str, kind: str, v) -> dict:
    value = {"text": [v]} if kind == "textarea" else {"choices": [v]}
    return {"id": f"D{control[:6]}", "from_name": control, "to_name": "text", "type": kind,
            "origin": "manual", "value": value}


def _rel(a: str, z: str, label: str) -> dict:
    return {"type": "relation", "from_id": a, "to_id": z, "direction": "right",
            "labels": [label]}


def human_results(text: str, speaker: str, cue: str, quote: str, claim: str,
                  quote2: str | None = None) -> list[dict]:
    """What the editor saves for: a mention, a quote (content + speaker + cue, relations,
    kind), a claim with status and note, and the document choices."""
    sp, cu, qu, cl = (_span(text, x) for x in (speaker, cue, quote, claim))
    out = [
        _region("Mx1", "mention", "PERSON", text, sp),
        _per("Mx1", "entity_id", "textarea", text, sp, "per:speaker"),
        _region("Qc1", "quote", "QuoteContent", text, qu),
        _per("Qc1", "quote_kind", "choices", text, qu, "direct"),
        _per("Qc1", "entity_id", "textarea", text, qu, "per:speaker"),
        _region("Qs1", "quote", "QuoteSource", text, sp),
        _region("Qk1", "quote", "QuoteCue", text, cu),
        _rel("Qc1", "Qs1", "source"), _rel("Qc1", "Qk1", "cue"),
        _region("Cl1", "claim", "Claim", text, cl),
        _per("Cl1", "claim_status", "choices", text, cl, "refuted"),
        _per("Cl1", "rationale", "textarea", text, cl, "Friedrich Merz is chancellor."),
        _per("Cl1", "uncertain", "choices", text, cl, "uncertain"),
        _doc("derivation", "choices", "copy"), _doc("authorship", "choices", "human"),
        _doc("derived_from", "textarea", "src:abc-news"),
    ]
    if quote2:
        q2 = _span(text, quote2)
        out += [_region("Qc2", "quote", "QuoteContent", text, q2),
                _per("Qc2", "quote_kind", "choices", text, q2, "direct"),
                _rel("Qc2", "Qs1", "source"), _rel("Qc1", "Qc2", "continues")]
    return out


def _tasks(client, project_id: int) -> dict[str, int]:
    return {t.data["doc_id"]: t.id for t in client.tasks.list(project=project_id)}


def _files(d: Path) -> dict[str, str]:
    return {str(p.relative_to(d)): p.read_text(encoding="utf-8")
            for p in sorted(d.rglob("*.jsonl"))}


def test_round_trip_is_exact_lossless_and_idempotent(server, docs, tmp_path):
    url, token = server
    r = push(url, "roundtrip", docs, {}, "storydrift-test", 1.0, api_key=token)
    assert r.created_project and len(r.created_tasks) == len(docs) == 6
    client = connect(url, token)
    tasks = _tasks(client, r.project_id)
    seed = docs[SEED]
    client.annotations.create(tasks[SEED], result=human_results(
        seed, "Maria Zakharova", "said",
        "Russia does not intend to discuss unacceptable foreign intervention in Ukraine in any "
        "form whatsoever,", "Moscow has repeatedly rebuffed proposals",
        quote2="Western war instigators view Ukraine as a testing ground for their military "
               "developments,"))
    client.annotations.create(tasks[SYNTH], result=human_results(
        SYNTH_TEXT, "Zoe\u0301 Dupont", "added", "Cafe\u0301 prices rose 5%,",
        "Merz is chancellor 🇩🇪."))

    out = tmp_path / "passes"
    report = pull(url, "roundtrip", out, docs, api_key=token)
    assert report.problems == []
    recs = load_records(out / "admin")
    for layer, recs_ in recs.items():  # every span is exact, in code points
        for rec in recs_:
            if "start" in rec and layer != "claim_evidence":
                assert docs[rec["doc_id"]][rec["start"]:rec["end"]] == rec["text"]
    synth_m = [m for m in recs["mentions"] if m["doc_id"] == SYNTH]
    assert [(m["start"], m["end"], m["text"]) for m in synth_m] == [(6, 17, "Zoe\u0301 Dupont")]
    q = {x["text"]: x for x in recs["quotes"]}
    sq = q["Cafe\u0301 prices rose 5%,"]
    assert (sq["start"], sq["end"]) == _span(SYNTH_TEXT, "Cafe\u0301 prices rose 5%,")
    assert (sq["speaker_start"], sq["speaker_text"]) == (6, "Zoe\u0301 Dupont")
    assert (sq["cue_text"], sq["kind"], sq["speaker_entity_id"]) == ("added", "direct",
                                                                     "per:speaker")
    parts = [x for x in recs["quotes"] if x["doc_id"] == SEED]
    assert len(parts) == 2 and parts[0]["group_id"] == parts[1]["group_id"] is not None
    assert all(p["speaker_text"] == "Maria Zakharova" for p in parts)
    claim = next(c for c in recs["claims"] if c["doc_id"] == SYNTH)
    assert claim["text"] == "Merz is chancellor 🇩🇪." and claim["status"] == "refuted"
    assert claim["uncertain"] is True and claim["rationale"] == "Friedrich Merz is chancellor."
    doc = {d["doc_id"]: d for d in recs["documents"]}[SYNTH]
    assert (doc["derivation"], doc["authorship"], doc["derived_from"]) == (
        "copy", "human", ["src:abc-news"])
    prov = sq["provenance"]
    assert prov["annotator"] == "admin" and prov["status"] == "annotation"
    assert prov["ls_task_id"] == tasks[SYNTH] and prov["ls_result_id"] == "Qc1"
    first = _files(out)

    # push the pulled records back as predictions, twice: no new task, nothing churns
    again = push(url, "roundtrip", docs, recs, "storydrift-admin", 1.0, api_key=token)
    assert again.created_tasks == [] and again.predictions_created == 2
    third = push(url, "roundtrip", docs, recs, "storydrift-admin", 1.0, api_key=token)
    assert third.predictions_unchanged == 2 and third.predictions_created == 0
    assert len(_tasks(client, r.project_id)) == 6

    report = pull(url, "roundtrip", out, docs, with_predictions=True, api_key=token)
    assert report.problems == []
    assert {k: v for k, v in _files(out).items() if k.startswith("admin/")} == first
    # the predictions made from the records give back the same records: lossless
    back = load_records(out / "model-storydrift-admin")
    strip = lambda rs: [{k: v for k, v in r.items() if k not in ("provenance", "_line")}  # noqa: E731
                        for r in rs]
    for layer in recs:
        assert strip(back[layer]) == strip(recs[layer]), layer
    assert back["quotes"][0]["provenance"]["status"] == "prediction"


def test_server_stores_code_point_offsets_untouched(server, tmp_path, monkeypatch):
    """The measurement behind offsets.LABEL_STUDIO_UNIT: what goes in comes out, and the
    editor of this server version counts code points ([...text] in domManager.ts)."""
    url, token = server
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", token)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / f"{SYNTH}.txt").write_bytes(SYNTH_TEXT.encode("utf-8"))
    (tmp_path / "none").mkdir()
    cli = ["push", "--url", url, "--project", "offsets", "--docs", str(tmp_path / "docs"),
           "--annotations", str(tmp_path / "none")]
    res = CliRunner().invoke(app, cli)
    assert res.exit_code == 0 and "1 tasks created" in res.output and token not in res.output
    assert "0 tasks created, 1 already there" in CliRunner().invoke(app, cli).output
    client = connect(url, token)
    project = next(p for p in client.projects.list() if p.title == "offsets")
    tid = _tasks(client, project.id)[SYNTH]
    spans = [_span(SYNTH_TEXT, "Dupont"), _span(SYNTH_TEXT, "5%"), _span(SYNTH_TEXT, "🇩🇪")]
    res = [_region(f"R{i}", "mention", "PERSON", SYNTH_TEXT, sp) for i, sp in enumerate(spans)]
    ann = client.annotations.create(tid, result=res)
    got = client.annotations.get(ann.id).result
    assert [(x["value"]["start"], x["value"]["end"]) for x in got] == spans
    assert client.tasks.get(str(tid)).data["text"] == SYNTH_TEXT  # CRLF, NBSP kept
    binary = Path(os.environ.get(serve.BIN_ENV) or serve.default_bin())  # as the fixture
    maps = list((binary.parents[1] / "lib").glob(
        "python3*/site-packages/web/dist/apps/labelstudio/*.js.map"))
    for m in maps:
        data = json.loads(m.read_text(encoding="utf-8"))
        for name, src in zip(data["sources"], data.get("sourcesContent") or [], strict=False):
            if name.endswith("RichText/domManager.ts"):
                assert "let content = [...text];" in src  # code points, not UTF-16 units
                return
    pytest.fail("editor source map with RichText/domManager.ts not found in the server venv")


def _personal_access_token(url: str) -> str:
    with httpx.Client(base_url=url) as s:
        s.get("/user/login/")
        s.post("/user/login/", data={"email": USER, "password": PASSWORD,
                                     "csrfmiddlewaretoken": s.cookies.get("csrftoken")},
               headers={"Referer": f"{url}/user/login/"})
        r = s.post("/api/token/", headers={"X-CSRFToken": s.cookies.get("csrftoken"),
                                           "Referer": f"{url}/"})
        r.raise_for_status()
        return r.json()["token"]


def test_invalid_results_refused_by_name_valid_ones_written(server, docs, tmp_path, monkeypatch):
    url, _ = server
    pat = _personal_access_token(url)  # the personal-access-token path (a JWT the SDK refreshes)
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", pat)
    r = push(url, "invalid", {SYNTH: SYNTH_TEXT}, {}, "x", 1.0)
    client = connect(url, pat)
    tid = _tasks(client, r.project_id)[SYNTH]
    t = SYNTH_TEXT
    good = _span(t, "Dupont")
    bad_label = _region("BadLabel", "mention", "CITY", t, good)
    bad_from = _region("BadFrom", "entities", "PERSON", t, good)
    past_end = _region("PastEnd", "mention", "PERSON", t, (len(t) - 2, len(t) + 5))
    wrong_text = _region("WrongText", "mention", "PERSON", t, good)
    wrong_text["value"]["text"] = "Dupond"
    client.annotations.create(tid, result=[
        _region("Good1", "mention", "PERSON", t, good), bad_label, bad_from, past_end,
        wrong_text, _rel("Good1", "Ghost9", "source")])
    out = tmp_path / "passes"
    res = CliRunner().invoke(app, ["pull", "--url", url, "--project", "invalid",
                                   "--docs", str(tmp_path / "none.txt"), "--out", str(out)])
    assert res.exit_code != 0  # --docs points nowhere: a clear error, nothing written
    docs_dir = tmp_path / "docs"
    docs_dir.mkdir()
    (docs_dir / f"{SYNTH}.txt").write_bytes(t.encode("utf-8"))
    res = CliRunner().invoke(app, ["pull", "--url", url, "--project", "invalid",
                                   "--docs", str(docs_dir), "--out", str(out)])
    assert res.exit_code == 1 and isinstance(res.exception, CorpusError)
    report = res.exception.report()
    for rid, what in [("BadLabel", "CITY"), ("BadFrom", "entities"), ("PastEnd", "outside"),
                      ("WrongText", "Dupond"), ("Good1->Ghost9", "Ghost9")]:
        line = next(x for x in report.splitlines() if rid in x)
        assert f"task {tid}" in line and "annotation" in line and what in line, line
    written = load_records(out / "admin")["mentions"]
    assert [(m["start"], m["end"], m["text"]) for m in written] == [(*good, "Dupont")]
    assert pat not in report and pat not in res.output


def test_two_tasks_for_one_document(server, docs, tmp_path):
    url, token = server
    two = {SYNTH: SYNTH_TEXT, SEED: docs[SEED]}
    r = push(url, "dups", two, {}, "x", 1.0, api_key=token)
    client = connect(url, token)
    tasks = _tasks(client, r.project_id)
    client.annotations.create(tasks[SEED], result=[
        _region("S1", "mention", "PERSON", docs[SEED], _span(docs[SEED], "Maria Zakharova"))])
    client.projects.import_tasks(r.project_id,
                                 request=[{"data": {"text": SYNTH_TEXT, "doc_id": SYNTH}}])
    with pytest.raises(CorpusError, match="more than one task"):
        push(url, "dups", two, {}, "x", 1.0, api_key=token)
    report = pull(url, "dups", tmp_path, two, api_key=token)
    assert len(report.problems) == 2 and all("2 tasks" in p.what for p in report.problems)
    assert load_records(tmp_path / "admin")["mentions"][0]["text"] == "Maria Zakharova"


def test_unreachable_server_and_wrong_token(server, monkeypatch):
    url, _ = server
    with pytest.raises(CorpusError, match="unreachable"):
        connect(f"http://127.0.0.1:{_free_port()}", "whatever")
    secret = "wrong-" + secrets.token_hex(16)
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", secret)
    res = CliRunner().invoke(app, ["push", "--url", url, "--project", "p", "--docs",
                                   str(ROOT / "seeds"), "--annotations", str(ROOT / "seeds")])
    assert res.exit_code != 0 and isinstance(res.exception, CorpusError)
    msg = res.exception.report()
    assert "refused" in msg and secret not in msg and secret not in res.output
    fake_jwt = "eyJhbGciOiJIUzI1NiJ9.eyJ0b2tlbl90eXBlIjoicmVmcmVzaCJ9.c2ln"
    with pytest.raises(CorpusError) as e:
        connect(url, fake_jwt)
    assert fake_jwt not in e.value.report()
    monkeypatch.delenv("LABEL_STUDIO_API_KEY")
    with pytest.raises(CorpusError, match="LABEL_STUDIO_API_KEY is not set"):
        connect(url)


def test_cli_help() -> None:
    for cmd in ("serve", "push", "pull"):
        res = CliRunner().invoke(app, [cmd, "--help"])
        assert res.exit_code == 0 and "--" in res.output


def test_gold_annotations_survive_the_server_byte_for_byte(server, docs, tmp_path):
    """The real gold layers (if present) pushed as a prediction come back identical."""
    from corpus import tables
    from corpus.jsonl import dumps_jsonl
    from corpus.labelstudio.inputs import check_records

    url, token = server
    gold = load_records(ROOT / "annotations" / "gold")
    if not gold:
        pytest.skip("annotations/gold has no layer files yet")
    seeds = {d: t for d, t in docs.items() if d != SYNTH}
    try:
        check_records(gold, seeds)
    except CorpusError as e:
        pytest.skip(f"annotations/gold does not fit the seeds (the gate's job): {e.message}")
    push(url, "gold", seeds, gold, "storydrift-gold", 1.0, api_key=token)
    report = pull(url, "gold", tmp_path, seeds, with_predictions=True, api_key=token)
    assert report.problems == []
    back = load_records(tmp_path / "model-storydrift-gold")

    def canon(recs, layer):
        rows = [{k: v for k, v in r.items() if k not in ("provenance", "_line")} for r in recs]
        return dumps_jsonl(rows, tables.TABLES[layer])

    for layer, recs in gold.items():
        assert canon(back[layer], layer) == canon(recs, layer), layer


def test_10_one_bad_result_never_costs_the_good_ones(server, tmp_path, monkeypatch):
    """Issue 10 (13, 8): an entity_id textarea with "text": [] and a relation whose from_id
    is a list are refused by name through the real pull; the valid mention is written."""
    url, token = server
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", token)
    r = push(url, "hostile", {SYNTH: SYNTH_TEXT}, {}, "x", 1.0)
    client = connect(url, token)
    tid = _tasks(client, r.project_id)[SYNTH]
    t = SYNTH_TEXT
    good, other = _span(t, "Dupont"), _span(t, "Merz")
    empty_entity = _per("Mx2", "entity_id", "textarea", t, other, "x")
    empty_entity["value"]["text"] = []
    bad_rel = {"type": "relation", "from_id": ["Good1"], "to_id": "Mx2", "labels": ["source"]}
    client.annotations.create(tid, result=[
        _region("Good1", "mention", "PERSON", t, good),
        _per("Good1", "entity_id", "textarea", t, good, "per:zoe-dupont"),
        _region("Mx2", "mention", "PERSON", t, other), empty_entity, bad_rel])
    docs_dir = tmp_path / "docs"
    docs_dir.mkdir()
    (docs_dir / f"{SYNTH}.txt").write_bytes(t.encode("utf-8"))
    out = tmp_path / "passes"
    res = CliRunner().invoke(app, ["pull", "--url", url, "--project", "hostile",
                                   "--docs", str(docs_dir), "--out", str(out)])
    assert res.exit_code == 1 and isinstance(res.exception, CorpusError), res.output
    report = res.exception.report()
    for rid, what in [("Mx2", "entity_id text must be a non-empty"), ("relation", "from_id")]:
        line = next(x for x in report.splitlines() if rid in x and what in x)
        assert f"task {tid}" in line, line
    written = load_records(out / "admin")["mentions"]
    got = {(m["start"], m["end"]): m["entity_id"] for m in written}
    assert got[good] == "per:zoe-dupont"
    assert other in got and got[other] is None  # the region is valid; its empty id refused


def test_drift_proposals_reviewed_in_label_studio_come_back_as_valid_layers(server, tmp_path,
                                                                           monkeypatch):
    """Issue 8 item 6: one push of the seeds sends the drift tools' proposals as their own
    prediction (beside gold, which they never replace); a reviewer accepts four tasks as
    proposed and edits one; one pull writes a pass that the gate takes as it is."""
    import hashlib
    import subprocess
    import sys

    from corpus import __version__
    from corpus.build import build_frames
    from corpus.drift.corpus_drift import analyse_corpus
    from corpus.labelstudio.config import interface
    from corpus.labelstudio.from_results import results_to_records
    from corpus.labelstudio.records import decode_attrs, encode_attrs
    from corpus.project import load_project

    url, token = server
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", token)
    gold_dir = ROOT / "annotations" / "gold"
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in gold_dir.iterdir()}
    res = CliRunner().invoke(app, ["push", "--url", url, "--project", "drift",
                                   "--docs", str(ROOT / "seeds")])
    assert res.exit_code == 0, res.output
    drift_mv = f"storydrift-align-{__version__}"
    assert f"predictions ({drift_mv}): 5 created" in res.output
    assert "predictions (storydrift-gold): 5 created" in res.output

    # the server holds both predictions per task; the drift one has the tools' values
    client = connect(url, token)
    project = next(p for p in client.projects.list() if p.title == "drift")
    tasks = _tasks(client, project.id)
    texts = {d: client.tasks.get(str(t)).data["text"] for d, t in tasks.items()}
    preds: dict[tuple[str, int], object] = {}
    for p in client.predictions.list(project=project.id):
        preds[(p.model_version, p.task)] = p
    assert {mv for mv, _ in preds} == {"storydrift-gold", drift_mv}
    ref = analyse_corpus(build_frames(load_project(ROOT)))  # the build's own drift run
    (story, want), = ref.items()
    want_q = {q.quote_id: q for q in want.quotes}
    gold_docs = {r["doc_id"]: r for r in load_records(gold_dir)["documents"]}
    gold_q = {r["quote_id"]: r for r in load_records(gold_dir)["quotes"]}
    ui = interface()
    proposed: dict[str, dict] = {}
    for doc, tid in sorted(tasks.items()):
        p = preds[(drift_mv, tid)]
        assert 0 < p.score <= 1
        deriv = next(r for r in p.result if r.get("from_name") == "derivation")
        prop = want.proposals[doc]
        assert deriv["value"]["choices"] == [prop.derivation] and deriv["score"] == prop.score
        back = results_to_records(doc, texts[doc], p.result, ui)
        assert back.refused == []
        [d] = [r for r, _ in back.records["documents"]]
        assert d["derived_from"] == list(prop.derived_from) and prop.reason in d["derivation_note"]
        assert d["authorship"] == gold_docs[doc]["authorship"]  # not proposed: as gold has it
        quotes = {r["quote_id"]: r for r, _ in back.records["quotes"]}
        assert set(quotes) == {q for q, r in gold_q.items() if r["doc_id"] == doc}
        for qid, r in quotes.items():
            w = want_q[qid]
            assert r["cluster_id"] == w.cluster
            assert r["variant"] == (w.variant or ("verbatim" if w.cluster else None))
            assert {k: r[k] for k in ("start", "end", "kind", "speaker_entity_id")} == {
                k: gold_q[qid][k] for k in ("start", "end", "kind", "speaker_entity_id")}
        assert {r["label"] for r, _ in back.records["alignments"]} <= {"verbatim", "rewritten",
                                                                      "new"}
        proposed[doc] = {"derivation": prop.derivation, "quotes": quotes}
        # gold's prediction still carries gold: the proposals are beside it, not over it
        g = preds[("storydrift-gold", tid)]
        gd = next(r for r in g.result if r.get("from_name") == "derivation")
        assert gd["value"]["choices"] == [gold_docs[doc]["derivation"]]
    hints = {d: r for d in tasks for r, _ in results_to_records(
        d, texts[d], preds[(drift_mv, tasks[d])].result, ui).records["documents"]}
    assert "fabricated participant?" in (hints["004_e0d22e94f5972fb0"]["note"] or "")
    assert "Olaf Scholz" in hints["004_e0d22e94f5972fb0"]["note"]

    # the reviewer: four tasks accepted as proposed, one edited (its parent, one variant)
    edited = "004_e0d22e94f5972fb0"
    for doc, tid in sorted(tasks.items()):
        result = [dict(r) for r in preds[(drift_mv, tid)].result]
        if doc == edited:
            result = [r for r in result if r.get("from_name") != "derived_from"]
            result.append(_doc("derived_from", "textarea", "src:abc-news-2025-09-04-original"))
            qid = changed_q = next(q for q, r in sorted(proposed[doc]["quotes"].items())
                                   if r["variant"] not in (None, "verbatim"))
            new_variant = ("altered" if proposed[doc]["quotes"][qid]["variant"] == "paraphrased"
                           else "paraphrased")
            rid = region_id_of(qid)
            attrs = next(r for r in result if r.get("id") == rid
                         and r.get("from_name") == "attrs")
            pairs, _ = decode_attrs(attrs["value"]["text"][0])
            pairs = [(k, new_variant if k == "variant" else
                      "reviewer: reworded, not altered" if k == "variant_note" else v)
                     for k, v in pairs]
            attrs["value"] = {**attrs["value"], "text": [encode_attrs(pairs)]}
        client.annotations.create(tid, result=result)
    out = tmp_path / "passes"
    res = CliRunner().invoke(app, ["pull", "--url", url, "--project", "drift",
                                   "--docs", str(ROOT / "seeds"), "--out", str(out)])
    assert res.exit_code == 0, res.output

    pulled = load_records(out / "admin")
    docs_ = {r["doc_id"]: r for r in pulled["documents"]}
    assert {d: r["derivation"] for d, r in docs_.items()} == {
        d: v["derivation"] for d, v in proposed.items()}
    assert docs_[edited]["derived_from"] == ["src:abc-news-2025-09-04-original"]
    for doc in tasks:
        for qid, want_r in proposed[doc]["quotes"].items():
            got = next(r for r in pulled["quotes"] if r["quote_id"] == qid)
            if doc == edited and qid == changed_q:
                assert (got["variant"], got["variant_note"]) == (
                    new_variant, "reviewer: reworded, not altered")
            else:
                assert (got["cluster_id"], got["variant"]) == (want_r["cluster_id"],
                                                               want_r["variant"])
            assert got["provenance"]["status"] == "annotation"
    assert json.loads((out / "admin" / "empty_layers.json").read_text()) == [
        "claim_evidence", "claims", "mentions"]
    sources = [json.loads(x) for x in (out / "admin" / "sources.jsonl").read_text().splitlines()]
    assert [s["source_id"] for s in sources] == ["src:abc-news-2025-09-04-original"]
    assert sources[0]["provenance"]["status"] == "catalogue"
    check = subprocess.run([sys.executable, "-m", "corpus", "validate", "--root", str(ROOT),
                            "--layers", str(out / "admin")], capture_output=True, text=True,
                           timeout=600)
    assert check.returncode == 0, check.stderr
    assert "quotes 123" in check.stdout and "documents 5" in check.stdout
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in gold_dir.iterdir()}
    assert after == before  # proposals never overwrite gold


def region_id_of(quote_id: str) -> str:
    from corpus.labelstudio.records import region_id

    return region_id("q", quote_id)
