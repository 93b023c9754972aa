"""The gate: one pandera model per release table, plus the cross-table checks.

A table that passes its model is well-formed on its own; ``schemas.cross`` then checks
what no single table can: ids resolve, spans sit inside their documents and carry
exactly the text they point at, segments tile every document.
"""

from schemas.alignments import (
    AlignmentsModel,
    DerivationProposalsModel,
    QuoteProposalsModel,
    VersionPairsModel,
)
from schemas.claim_evidence import ClaimEvidenceModel
from schemas.claims import ClaimsModel
from schemas.documents import DocumentsModel
from schemas.entities import EntitiesModel
from schemas.mentions import MentionsModel
from schemas.quotes import QuotesModel
from schemas.segments import SegmentsModel
from schemas.sources import SourcesModel

MODELS = {
    "documents": DocumentsModel,
    "sources": SourcesModel,
    "segments": SegmentsModel,
    "entities": EntitiesModel,
    "mentions": MentionsModel,
    "quotes": QuotesModel,
    "claims": ClaimsModel,
    "claim_evidence": ClaimEvidenceModel,
    "alignments": AlignmentsModel,
    "version_pairs": VersionPairsModel,
    "derivation_proposals": DerivationProposalsModel,
    "quote_proposals": QuoteProposalsModel,
}
