"""What the safety rules report, and the error the gate raises."""

from __future__ import annotations

import dataclasses

from charting.errors import AcuChartError

BLOCK = "block"
WARN = "warn"
SEVERITIES = (BLOCK, WARN)


@dataclasses.dataclass(frozen=True, slots=True)
class Finding:
    """One rule's verdict about one subject of a session.

    Attributes:
        rule_id: the rule's id in :data:`charting.safety.RULES`.
        severity: ``"block"`` (never allowed, cannot be overridden) or ``"warn"``.
        message: what the practitioner reads, naming the points involved.
        source: the guidance the rule rests on.
        subject: the needle's or lead pair's uuid the finding is about, or ``""``
            for the session as a whole; an acknowledgement follows this key.
        needle_ids, channel_ids: database ids of the needles and lead pairs involved.
        acknowledged_reason: the reason given when a warning was acknowledged.
        needle_keys, channel_keys: uuids of those needles and lead pairs (also set
            before the rows have ids, inside the gate).
    """

    rule_id: str
    severity: str
    message: str
    source: str
    subject: str = ""
    needle_ids: tuple[int, ...] = ()
    channel_ids: tuple[int, ...] = ()
    acknowledged_reason: str | None = None
    needle_keys: tuple[str, ...] = dataclasses.field(default=(), compare=False, repr=False)
    channel_keys: tuple[str, ...] = dataclasses.field(default=(), compare=False, repr=False)

    @property
    def blocking(self) -> bool:
        return self.severity == BLOCK

    @property
    def acknowledged(self) -> bool:
        return self.acknowledged_reason is not None


class SafetyBlocked(AcuChartError):
    """A change would create (or keep) a finding that blocks: nothing was written.

    Attributes:
        findings: the blocking findings caused by the change.
    """

    def __init__(self, findings: list[Finding] | tuple[Finding, ...]) -> None:
        self.findings = tuple(findings)
        text = "; ".join(f.message for f in self.findings) or "blocked by a safety rule"
        super().__init__(text)
