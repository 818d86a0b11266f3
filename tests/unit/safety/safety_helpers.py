"""Small builders of safety facts for the rule tests."""

from __future__ import annotations

import datetime as dt
import itertools

from charting.safety.facts import ChannelFact, NeedleFact, PatientFacts, SessionFacts

T0 = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
_ids = itertools.count(1)


def needle(
    code: str | None = "ST36",
    side: str = "left",
    *,
    view: str = "front",
    x: float = 0.4,
    y: float = 0.7,
    ashi: str | None = None,
    **settings,
) -> NeedleFact:
    n = next(_ids)
    return NeedleFact(key=f"n{n}", id=n, point_code=code, ashi_label=ashi, side=side, view=view, x=x, y=y, **settings)


def channel(a: NeedleFact, b: NeedleFact, **settings) -> ChannelFact:
    n = next(_ids)
    return ChannelFact(key=f"c{n}", id=n, a=a, b=b, **settings)


def facts(needles=(), channels=(), *, ended_at=None, now=None, planned=20, ea_consent=True, **flags) -> SessionFacts:
    return SessionFacts(
        needles=tuple(needles),
        channels=tuple(channels),
        patient=PatientFacts(**flags),
        started_at=T0,
        ended_at=ended_at,
        planned_retention_min=planned,
        now=now or ended_at or T0 + dt.timedelta(minutes=30),
        ea_consent=ea_consent,
    )


def rule_ids(found) -> set[str]:
    return {f.rule_id for f in found}
