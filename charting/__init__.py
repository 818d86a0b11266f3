"""AcuChart domain package: plain Python, no Qt.

Holds the clinical data model, storage, use-cases, validation, safety rules,
the acupoint library and the PDF reports. The Qt user interface lives in the
sibling ``ui`` package and only ever calls into this one.
"""

__version__ = "0.1.0"
