"""croissant.json: Croissant 1.1 metadata with the Responsible-AI (RAI) vocabulary.

Why our own file: the Hub's generated Croissant drops the ``rai:`` fields. One
FileObject per Parquet file (with its sha256), one RecordSet per table or view, with
field types from the data model (``corpus/tables.py``), so new tables appear here
without anyone editing this module. Written as plain, sorted JSON (no timestamps),
validated by ``mlcroissant`` in the tests.
"""

from __future__ import annotations

import json

import pyarrow as pa

from corpus.annotators import Annotator, who_made
from corpus.card import citation_bibtex
from corpus.facts import PRETTY_NAME, ReleaseFacts, plural
from corpus.tables import Column

CONFORMS_TO = "http://mlcommons.org/croissant/1.1"
# The standard Croissant 1.1 JSON-LD context (as mlcroissant writes it), plus rai:.
CONTEXT = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "arrayShape": "cr:arrayShape",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "containedIn": "cr:containedIn",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isArray": "cr:isArray",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}
_TYPES = {pa.string(): "sc:Text", pa.int64(): "sc:Integer", pa.bool_(): "sc:Boolean",
          pa.float64(): "sc:Float"}


def _annotations_per_item(annotators: list[Annotator]) -> str:
    """How many passes label each item, per group of layers, from annotators.jsonl."""
    groups: dict[tuple[str, ...], int] = {}
    for a in annotators:
        if a.role == "independent pass":
            groups[a.layers] = groups.get(a.layers, 0) + 1
    judged = {la for a in annotators if a.role == "adjudicator" for la in a.layers}
    parts = []
    for layers, n in groups.items():
        then = (", then one adjudicated label" if set(layers) <= judged
                else ", not adjudicated")
        parts.append(f"{n} independent passes per item for {', '.join(layers)}{then}")
    parts += [f"one pass for {', '.join(a.layers)}" for a in annotators
              if a.role == "single pass"]
    return "; ".join(parts) + "."


def _field(config: str, col: Column, source: dict) -> dict:
    desc = col.doc + (f" (closed vocabulary: {', '.join(col.vocab)})" if col.vocab else "")
    f = {"@type": "cr:Field", "@id": f"{config}/{col.name}", "name": col.name,
         "description": desc + (" Nullable." if col.nullable else ""),
         "source": {**source, "extract": {"column": col.name}}}
    if pa.types.is_list(col.type):
        f["dataType"] = _TYPES[col.type.value_type]
        f["isArray"] = True
        f["arrayShape"] = "-1"
    else:
        f["dataType"] = _TYPES[col.type]
    return f


def _rai(facts: ReleaseFacts) -> dict:
    who = who_made(facts.annotators)
    dates = facts.dates
    tools = sorted({a.model_family for a in facts.annotators if a.kind == "ai"})
    humans = [a.annotator for a in facts.annotators if a.kind != "ai"]
    reviewed = [a.annotator for a in facts.annotators if a.human_review]
    stories = plural(facts.n_stories, "news story", "news stories")
    seeds = facts.only_seeds
    how = ("collected as plain text as they appeared on the web" if seeds else
           "read as plain text from the project's source folders (" + ", ".join(facts.sources)
           + ")")
    if humans:
        demographics = ("Not collected for the human annotators ("
                        + ", ".join(humans) + ")"
                        + (f"; the AI annotator sessions ({', '.join(tools)}) have none."
                           if tools else "."))
    else:
        demographics = ("No human annotators: every label was made by AI annotator sessions ("
                        + ", ".join(tools) + "); they have no demographics.")
    platform = ("Annotator sessions wrote JSON Lines layer files; Label Studio 1.23 (corpus "
                "labelstudio push/pull) is the platform for human review, which has not "
                "happened yet. Conflicts were decided with corpus adjudicate." if not reviewed
                else "Annotators wrote JSON Lines layer files (annotations/annotators.jsonl "
                "says how); Label Studio 1.23 (corpus labelstudio push/pull) is the platform "
                "for human review. Reviewed by a person: " + ", ".join(reviewed) + ".")
    languages = (f"English only ({', '.join(facts.languages)})" if facts.english_only
                 else f"{len(facts.primary_languages)} languages ({', '.join(facts.languages)})")
    single = "One story" if facts.n_stories == 1 else f"{facts.n_stories} stories"
    topic = facts.topic or "topic not described by the project"
    model = (["labels reflect one AI model's reading of the guidelines"] if len(tools) == 1
             and not humans else [])
    if facts.world_claims:
        model.append("claim verdicts rest partly on that model's knowledge as of the story's "
                     "date" if len(tools) == 1 and not humans else
                     "some claim verdicts rest on the annotators' knowledge of the world")
    impact = "Helps researchers trace how reporting is copied, altered and fabricated"
    if facts.machine_docs:
        impact += ("; the machine-written document's fabricated facts are kept and labelled, "
                   "not corrected, and must not be republished as news." if seeds else
                   f"; the {plural(facts.machine_docs, 'machine-written document')} are kept "
                   "as found and must not be republished as news.")
    else:
        impact += "."
    return {
        "rai:dataCollection": (
            f"{facts.n_documents} versions of {stories} {how}, kept byte-exact (sha256 per "
            "document); page furniture is kept and labelled, not removed."),
        "rai:dataCollectionType": (["Web Scraping", "Manual Human Curation"] if seeds
                                   else ["Not stated by the project"]),
        "rai:dataCollectionRawData": "The documents table holds each source file's exact text "
                                     "(UTF-8 decoded, nothing normalised).",
        "rai:dataCollectionTimeframe": dates or ["unknown"],
        "rai:dataCollectionMissingData": (
            "Outlet and date are null where neither the text nor the manifest shows them; "
            "documents.outlet_evidence says why. Quotes with no identifiable speaker have a null "
            "speaker_entity_id and a reason."),
        "rai:dataPreprocessingProtocol": "None: texts are stored exactly as received; every "
                                         "label is stand-off ([start, end) code points).",
        "rai:dataAnnotationProtocol": (
            "Labels follow annotations/GUIDELINES.md of the project repository. " + who),
        "rai:dataAnnotationPlatform": platform,
        "rai:dataAnnotationAnalysis": (
            "Inter-annotator agreement between the independent passes (span F1, Cohen's kappa, "
            "Krippendorff's alpha) and adjudication counts are in the card and stats.json; "
            "with passes by one AI model they measure that model's consistency, not human "
            "agreement."),
        "rai:annotationsPerItem": _annotations_per_item(facts.annotators),
        "rai:annotatorDemographics": demographics,
        "rai:machineAnnotationTools": [
            *(f"{t} (annotator and adjudicator sessions)" for t in tools),
            "corpus/segment.py (rule-based segmenter, for documents without gold segments)",
            "corpus preannotate (rule-based quote extractor, spaCy entity ruler): evaluated "
            "against the gold, not used to make it",
        ],
        "rai:dataUseCases": (
            "Studying quote, entity and claim drift across versions of a story; boilerplate "
            "detection; quote attribution and speaker resolution. Not for training news "
            "generators, judging outlets in general, or as human-reliability benchmarks."),
        "rai:dataBiases": "; ".join(
            [f"{single}, {facts.n_documents} documents, {languages}, {topic}", *model]) + ".",
        "rai:dataLimitations": (
            "Too small for statistical claims about outlets or news; agreement figures are not "
            "human inter-annotator reliability; pre-annotator scores are in-sample"
            + ("; no human review yet." if not reviewed else ".")),
        "rai:dataSocialImpact": impact,
        "rai:personalSensitiveInformation": (
            "Published news text about public figures in their public roles; journalists' names "
            "in bylines and contributor lines. No private individuals are annotated." if seeds
            else "Not assessed for this release: the texts may name private individuals."),
        "rai:dataReleaseMaintenancePlan": (
            "Maintained in the project repository; corrections are released as new semantic "
            "versions, a released version is never overwritten; CHANGELOG.md lists changes."),
    }


def render_croissant(facts: ReleaseFacts) -> str:
    distribution, record_sets = [], []
    for config, files in facts.files.items():
        table = facts.schema(config)
        ids = []
        for f in files:
            fid = f"file:{f.path}"
            ids.append(fid)
            distribution.append({
                "@type": "cr:FileObject", "@id": fid, "name": f.path,
                "description": f"Parquet file of the {config} config",
                "contentUrl": f.path, "contentSize": f"{f.size} B",
                "encodingFormat": "application/x-parquet", "sha256": f.sha256})
        if len(files) == 1:
            source = {"fileObject": {"@id": ids[0]}}
        else:  # shards: one FileSet over them
            sid = f"fileset:{config}"
            distribution.append({
                "@type": "cr:FileSet", "@id": sid, "name": f"{config} shards",
                "encodingFormat": "application/x-parquet",
                "includes": f"data/{config}-*.parquet"})
            source = {"fileSet": {"@id": sid}}
        desc = f"{table.doc} {facts.rows(config)} rows."
        if not facts.rows(config):  # as the card says: no datasets config for it
            desc += (" No rows in this release: its Parquet file holds the schema only, and it "
                     "is not a datasets config (datasets cannot load a split of zero rows).")
        rs = {"@type": "cr:RecordSet", "@id": config, "name": config,
              "description": desc,
              "field": [_field(config, c, source) for c in table.columns]}
        if table.id_column and table.id_column in {c.name for c in table.columns}:
            rs["key"] = {"@id": f"{config}/{table.id_column}"}
        record_sets.append(rs)
    c = facts.citation
    doc = {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": CONFORMS_TO,
        "name": PRETTY_NAME,
        "alternateName": f"{facts.name}-{facts.version}",
        "description": c.get("abstract", c["title"]).strip(),
        "version": facts.version,
        "license": ["https://creativecommons.org/licenses/by/4.0/", "TERMS.md"],
        "url": "README.md",
        "citeAs": citation_bibtex(facts),
        "creator": [{"@type": "sc:Organization", "name": a["name"]} for a in c["authors"]
                    if "name" in a],
        "inLanguage": facts.languages,
        "keywords": list(c.get("keywords", [])),
        "isAccessibleForFree": True,
        **_rai(facts),
        "distribution": distribution,
        "recordSet": record_sets,
    }
    if facts.build.get("commit"):
        doc["description"] += f" Built from source commit {facts.build['commit']}."
    if facts.build.get("commit_date"):  # the commit's date: no build timestamp
        doc["datePublished"] = facts.build["commit_date"]
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
