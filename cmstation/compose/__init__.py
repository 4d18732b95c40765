"""Reply checks (engine + data-driven rules), the signature profile, drafts.

The checker's API, for the composer and ``cmstation check``::

    from cmstation.compose import CheckContext, analyse, apply_suggestion, check, score
    findings = check("We apologize for any inconvenience.", CheckContext(lang="en"))
"""

from cmstation.compose.checker import StaleFinding, analyse, apply_suggestion, check, score
from cmstation.compose.model import (
    CATEGORIES,
    CATEGORY_LABELS,
    CheckContext,
    CheckResult,
    Finding,
    Severity,
)

__all__ = [
    "CATEGORIES",
    "CATEGORY_LABELS",
    "CheckContext",
    "CheckResult",
    "Finding",
    "Severity",
    "StaleFinding",
    "analyse",
    "apply_suggestion",
    "check",
    "score",
]
