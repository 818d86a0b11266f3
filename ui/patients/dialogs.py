"""New / edit dialogs for patients and their cases (courses of treatment).

The dialogs call the use-cases themselves (``create_patient``, ``update_patient``,
``create_case``, ``update_case``) and stay open on a ValidationError: the message,
which names the field and the allowed range, is shown above the form, the
offending field gets the focus, and everything typed stays where it was.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from charting.db.engine import Database
from charting.db.models import ACUPUNCTURE_STYLES, INDIVIDUALISATION, SEXES
from charting.errors import AcuChartError, ValidationError
from charting.patients import (
    FLAG_LABELS,
    CaseInfo,
    PatientDetail,
    create_case,
    create_patient,
    update_case,
    update_patient,
)

#: Common ICD-10 (WHO 2019 edition) codes for the complaints acupuncturists chart most;
#: the combo stays editable for any other code.
COMMON_ICD10 = (
    ("M54.3", "Sciatica"),
    ("M54.4", "Lumbago with sciatica"),
    ("M54.5", "Low back pain"),
    ("M51.1", "Lumbar and other intervertebral disc disorders with radiculopathy"),
    ("M54.1", "Radiculopathy"),
    ("M54.2", "Cervicalgia"),
    ("M54.6", "Pain in thoracic spine"),
    ("M79.1", "Myalgia"),
    ("M17.9", "Gonarthrosis, unspecified"),
    ("M75.1", "Rotator cuff syndrome"),
    ("G43.9", "Migraine, unspecified"),
    ("G44.2", "Tension-type headache"),
)


def _text(widget: Any) -> str:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return widget.text()


class _FormDialog(QDialog):
    """Shared machinery: an error banner and focusing the field a message names.

    Attributes:
        error_label: the banner showing the last refusal (hidden when none).
        fields: field label as the domain names it → the widget that edits it.
    """

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QWidget] = {}
        self.error_label = QLabel(self)
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Error"))
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet(
            "QLabel#error { background-color: #b3261e; color: #ffffff; padding: 0.4em; border-radius: 4px; }"
        )
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _add(self, form: QFormLayout, label: str, field_key: str, widget: QWidget) -> QWidget:
        form.addRow(label, widget)
        widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.fields[field_key] = widget
        return widget

    def show_error(self, exc: AcuChartError) -> None:
        self.error_label.setText(str(exc))
        self.error_label.show()
        if isinstance(exc, ValidationError):
            widget = self.fields.get(exc.field.lower())
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                if isinstance(widget, QLineEdit):
                    widget.selectAll()

    def save(self) -> bool:  # pragma: no cover - overridden
        raise NotImplementedError

    def accept(self) -> None:
        try:
            ok = self.save()
        except AcuChartError as exc:
            self.show_error(exc)
            return
        if ok:
            super().accept()


class QtPatientDialog(_FormDialog):
    """Create or edit a patient, with every safety flag and the pregnancy weeks.

    Attributes:
        result_patient: the saved :class:`PatientDetail` after Save.
    """

    def __init__(self, db: Database, patient: PatientDetail | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.patient = patient
        self.result_patient: PatientDetail | None = None
        self.setWindowTitle(self.tr("New patient") if patient is None else self.tr("Edit patient"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        form = QFormLayout()
        layout.addLayout(form)
        self.chart_number = self._add(form, self.tr("&Chart number:"), "chart number", QLineEdit(self))
        self.chart_number.setPlaceholderText(self.tr("assigned automatically"))
        self.family_name = self._add(form, self.tr("&Family name:"), "family name", QLineEdit(self))
        self.given_name = self._add(form, self.tr("&Given name:"), "given name", QLineEdit(self))
        self.date_of_birth = self._add(form, self.tr("&Date of birth:"), "date of birth", QLineEdit(self))
        self.date_of_birth.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.sex = self._add(form, self.tr("&Sex:"), "sex", QComboBox(self))
        for value in SEXES:
            self.sex.addItem(self.tr(value), value)
        self.sex.setCurrentIndex(self.sex.findData("unknown"))
        self.phone = self._add(form, self.tr("&Phone:"), "phone", QLineEdit(self))
        self.email = self._add(form, self.tr("&Email:"), "email", QLineEdit(self))
        self.address = self._add(form, self.tr("&Address:"), "address", QPlainTextEdit(self))
        self.address.setTabChangesFocus(True)
        self.address.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)

        flags_box = QGroupBox(self.tr("Safety flags"), self)
        flags_form = QFormLayout(flags_box)
        self.flag_boxes: dict[str, QCheckBox] = {}
        for attr, label in FLAG_LABELS.items():
            box = QCheckBox(self.tr(label), flags_box)
            box.setAccessibleName(self.tr(label))
            self.flag_boxes[attr] = box
            flags_form.addRow(box)
            if attr == "flag_pregnant":
                self.pregnancy_weeks = QLineEdit(flags_box)
                self.pregnancy_weeks.setPlaceholderText(self.tr("0–45"))
                self.pregnancy_weeks.setAccessibleName(self.tr("Pregnancy weeks"))
                flags_form.addRow(self.tr("Pregnancy &weeks:"), self.pregnancy_weeks)
                self.fields["pregnancy weeks"] = self.pregnancy_weeks
                box.toggled.connect(self.pregnancy_weeks.setEnabled)
                self.pregnancy_weeks.setEnabled(False)
        self.other_flags = QLineEdit(flags_box)
        self.other_flags.setAccessibleName(self.tr("Other safety notes"))
        self.other_flags.setPlaceholderText(self.tr("e.g. warfarin, lymphoedema left arm"))
        flags_form.addRow(self.tr("&Other:"), self.other_flags)
        self.fields["other flags"] = self.other_flags
        layout.addWidget(flags_box)
        layout.addWidget(self.buttons)
        if patient is not None:
            self._load(patient)
        self.family_name.setFocus()

    def _load(self, p: PatientDetail) -> None:
        self.chart_number.setText(p.chart_number)
        self.family_name.setText(p.family_name)
        self.given_name.setText(p.given_name)
        self.date_of_birth.setText(p.date_of_birth.isoformat() if p.date_of_birth else "")
        self.sex.setCurrentIndex(max(0, self.sex.findData(p.sex)))
        self.phone.setText(p.phone)
        self.email.setText(p.email)
        self.address.setPlainText(p.address)
        for attr, box in self.flag_boxes.items():
            box.setChecked(bool(getattr(p, attr)))
        self.pregnancy_weeks.setText("" if p.pregnancy_weeks is None else str(p.pregnancy_weeks))
        self.other_flags.setText(p.other_flags)

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "chart_number": self.chart_number.text(),
            "family_name": self.family_name.text(),
            "given_name": self.given_name.text(),
            "date_of_birth": self.date_of_birth.text(),
            "sex": self.sex.currentData(),
            "phone": self.phone.text(),
            "email": self.email.text(),
            "address": self.address.toPlainText(),
            "other_flags": self.other_flags.text(),
        }
        for attr, box in self.flag_boxes.items():
            values[attr] = box.isChecked()
        values["pregnancy_weeks"] = self.pregnancy_weeks.text() if values["flag_pregnant"] else None
        return values

    def save(self) -> bool:
        values = self.values()
        if self.patient is None:
            self.result_patient = create_patient(self.db, **values)
        else:
            if not values["chart_number"].strip():
                raise ValidationError("chart number", "is required")
            self.result_patient = update_patient(
                self.db, self.patient.id, expected_version=self.patient.version, **values
            )
        return True


class QtCaseDialog(_FormDialog):
    """Create or edit a course of treatment: complaint, ICD-10 diagnosis, STRICTA plan.

    Attributes:
        result_case: the saved :class:`CaseInfo` after Save.
    """

    def __init__(
        self, db: Database, patient_id: int, case: CaseInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.patient_id = patient_id
        self.case = case
        self.result_case: CaseInfo | None = None
        self.setWindowTitle(self.tr("New case") if case is None else self.tr("Edit case"))
        self.setAccessibleName(self.windowTitle())
        outer = QVBoxLayout(self)
        outer.addWidget(self.error_label)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget(scroll)
        form = QFormLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        self.chief_complaint = self._add(form, self.tr("Chief &complaint:"), "chief complaint", QLineEdit(body))
        self.icd10_code = self._add(form, self.tr("&ICD-10 code:"), "icd-10 code", QComboBox(body))
        self.icd10_code.setEditable(True)
        self.icd10_code.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.icd10_code.addItem("", "")
        for code, text in COMMON_ICD10:
            self.icd10_code.addItem(f"{code}  {text}", code)
        self.icd10_code.activated.connect(self._code_chosen)
        self.diagnosis_text = self._add(form, self.tr("&Diagnosis:"), "diagnosis text", QLineEdit(body))
        self.tcm_pattern = self._add(form, self.tr("&TCM pattern:"), "tcm pattern", QLineEdit(body))
        self.onset_date = self._add(form, self.tr("&Onset date:"), "onset date", QLineEdit(body))
        self.start_date = self._add(form, self.tr("&Start date:"), "start date", QLineEdit(body))
        self.end_date = self._add(form, self.tr("&End date:"), "end date", QLineEdit(body))
        for widget in (self.onset_date, self.start_date, self.end_date):
            widget.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.fields["start_date"] = self.start_date
        self.fields["end_date"] = self.end_date
        self.fields["onset_date"] = self.onset_date
        self.goal = self._add(form, self.tr("&Goal:"), "goal", QLineEdit(body))
        self.acupuncture_style = self._add(form, self.tr("Acupuncture st&yle:"), "acupuncture style", QComboBox(body))
        self.acupuncture_style.addItem(self.tr("not recorded"), None)
        for value in ACUPUNCTURE_STYLES:
            self.acupuncture_style.addItem(value, value)
        self.rationale = self._add(form, self.tr("&Rationale:"), "rationale", QPlainTextEdit(body))
        self.rationale_references = self._add(
            form, self.tr("Re&ferences:"), "rationale references", QPlainTextEdit(body)
        )
        for widget in (self.rationale, self.rationale_references):
            widget.setTabChangesFocus(True)
            widget.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        self.individualisation = self._add(
            form, self.tr("Individualisatio&n:"), "individualisation", QComboBox(body)
        )
        self.individualisation.addItem(self.tr("not recorded"), None)
        for value in INDIVIDUALISATION:
            self.individualisation.addItem(value, value)
        self.planned_sessions = self._add(form, self.tr("&Planned sessions:"), "planned sessions", QLineEdit(body))
        self.planned_sessions.setPlaceholderText("1–200")
        self.sessions_per_week = self._add(
            form, self.tr("Sessions per &week:"), "sessions per week", QLineEdit(body)
        )
        self.sessions_per_week.setPlaceholderText("0.1–14")
        self.session_minutes = self._add(form, self.tr("Session &minutes:"), "session length", QLineEdit(body))
        self.session_minutes.setPlaceholderText("1–240")
        self.fields["session minutes"] = self.session_minutes
        outer.addWidget(self.buttons)
        self.resize(self.sizeHint().width() + 120, min(720, self.sizeHint().height() + 320))
        if case is not None:
            self._load(case)
        else:
            self.start_date.setText(dt.date.today().isoformat())
        self.chief_complaint.setFocus()

    def _code_chosen(self, index: int) -> None:
        code = self.icd10_code.itemData(index)
        if not code:
            return
        self.icd10_code.setEditText(code)
        if not self.diagnosis_text.text().strip():
            self.diagnosis_text.setText(dict(COMMON_ICD10)[code])

    def _load(self, c: CaseInfo) -> None:
        self.chief_complaint.setText(c.chief_complaint)
        self.icd10_code.setEditText(c.icd10_code)
        self.diagnosis_text.setText(c.diagnosis_text)
        self.tcm_pattern.setText(c.tcm_pattern)
        self.onset_date.setText(c.onset_date.isoformat() if c.onset_date else "")
        self.start_date.setText(c.start_date.isoformat())
        self.end_date.setText(c.end_date.isoformat() if c.end_date else "")
        self.goal.setText(c.goal)
        self.acupuncture_style.setCurrentIndex(max(0, self.acupuncture_style.findData(c.acupuncture_style)))
        self.rationale.setPlainText(c.rationale)
        self.rationale_references.setPlainText(c.rationale_references)
        self.individualisation.setCurrentIndex(max(0, self.individualisation.findData(c.individualisation)))
        self.planned_sessions.setText("" if c.planned_sessions is None else str(c.planned_sessions))
        self.sessions_per_week.setText("" if c.sessions_per_week is None else f"{c.sessions_per_week:g}")
        self.session_minutes.setText("" if c.session_minutes is None else str(c.session_minutes))

    def code(self) -> str:
        text = self.icd10_code.currentText().strip()
        return text.split()[0] if text else ""

    def values(self) -> dict[str, Any]:
        return {
            "chief_complaint": self.chief_complaint.text(),
            "icd10_code": self.code(),
            "diagnosis_text": self.diagnosis_text.text(),
            "tcm_pattern": self.tcm_pattern.text(),
            "onset_date": self.onset_date.text(),
            "start_date": self.start_date.text() or dt.date.today().isoformat(),
            "end_date": self.end_date.text(),
            "goal": self.goal.text(),
            "acupuncture_style": self.acupuncture_style.currentData(),
            "rationale": self.rationale.toPlainText(),
            "rationale_references": self.rationale_references.toPlainText(),
            "individualisation": self.individualisation.currentData(),
            "planned_sessions": self.planned_sessions.text(),
            "sessions_per_week": self.sessions_per_week.text(),
            "session_minutes": self.session_minutes.text(),
        }

    def save(self) -> bool:
        values = self.values()
        if self.case is None:
            self.result_case = create_case(self.db, self.patient_id, **values)
        else:
            self.result_case = update_case(self.db, self.case.id, **values)
        return True
