"""Clinical safety rules and the gate that runs them on every change.

- :data:`RULES` — the rule table (:mod:`charting.safety.rules`);
- :func:`evaluate`, :func:`unacknowledged_warnings`, :func:`acknowledge` — use-cases;
- :mod:`charting.safety.gate` — the ``before_flush`` listener that refuses
  blocked changes (:class:`SafetyBlocked`) on every path into the database.
"""

from charting.safety.findings import BLOCK, WARN, Finding, SafetyBlocked
from charting.safety.rules import RULES, RULES_BY_ID, Rule
from charting.safety.service import acknowledge, evaluate, unacknowledged_warnings

__all__ = [
    "BLOCK",
    "RULES",
    "RULES_BY_ID",
    "WARN",
    "Finding",
    "Rule",
    "SafetyBlocked",
    "acknowledge",
    "evaluate",
    "unacknowledged_warnings",
]
