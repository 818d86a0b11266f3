"""Exchange: patients and their records as a versioned JSON document.

``export_patient(db, patient_id) -> dict`` and ``import_document(db, doc) ->
ImportResult``; the format is described in ``docs/exchange-format.md`` and
specified by ``resources/schema/acuchart-export-v1.schema.json``.
"""

from __future__ import annotations

from charting.exchange.exporting import export_patient, export_patients
from charting.exchange.importing import ImportResult, import_document, load_schema, read_document

__all__ = ["ImportResult", "export_patient", "export_patients", "import_document", "load_schema", "read_document"]
