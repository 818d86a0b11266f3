"""QtSafetyPanel: the safety rules' findings for the open session.

Blocks are listed first, in red with a stop icon (they can never be
overridden: the gate has already refused the change that would create one,
so a block here comes from a patient flag set later, and the offending lead
pair must be removed).  Warnings are amber; a warning acknowledged with a
reason is greyed and shows the reason.  "Acknowledge…" asks for a reason and
stores it for every selected warning.  The panel is read-only for a signed
session.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from charting import safety
from charting.db.engine import Database
from charting.errors import AcuChartError
from charting.safety import Finding
from charting.sessions import SessionDetail

FINDING_ROLE = Qt.ItemDataRole.UserRole
#: An open session is re-evaluated this often, so retention warnings appear while needles are in.
REFRESH_MS = 30_000
BLOCK_COLOUR = QColor("#b3261e")
BLOCK_BACKGROUND = QColor("#fdecea")
WARN_COLOUR = QColor("#7a4f00")
WARN_BACKGROUND = QColor("#fff4d6")
DONE_COLOUR = QColor("#6b6b6b")


class QtSafetyPanel(QWidget):
    """The findings of :func:`charting.safety.evaluate` for one session.

    Attributes:
        findings: the findings shown, blocks first.
        detail: the session shown.

    Signals:
        sessionChanged(): emitted after the panel stored an acknowledgement.
    """

    sessionChanged = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.detail: SessionDetail | None = None
        self.findings: list[Finding] = []
        self.setAccessibleName(self.tr("Safety"))

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Safety summary"))

        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Safety findings"))
        self.list.setAccessibleDescription(
            self.tr("Blocks first, then warnings; select warnings and press Acknowledge to give a reason")
        )
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(False)
        self.list.setSpacing(2)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda _item: self.acknowledge_selected())

        self.acknowledge_button = QPushButton(self.tr("&Acknowledge…"), self)
        self.acknowledge_button.setAccessibleName(self.tr("Acknowledge selected warnings"))
        self.acknowledge_button.setToolTip(self.tr("Give a reason for going ahead despite the selected warnings"))
        self.acknowledge_button.clicked.connect(self.acknowledge_selected)

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {BLOCK_COLOUR.name()};")
        self.error.setAccessibleName(self.tr("Safety error"))
        self.error.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.acknowledge_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._update_buttons()
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._tick)

    # --- showing ---------------------------------------------------------------------

    def set_session(self, detail: SessionDetail) -> None:
        """Evaluate the rules for ``detail`` and list the findings."""
        self.detail = detail
        self.refresh()
        if detail.ended_at is None and not detail.signed:
            self.timer.start()
        else:
            self.timer.stop()

    def _tick(self) -> None:
        """Re-evaluate an open session, keeping the selection (retention runs on the clock)."""
        selected = {(f.rule_id, f.subject) for f in self._selected_findings()}
        self.refresh()
        for i in range(self.list.count()):
            finding = self.list.item(i).data(FINDING_ROLE)
            if (finding.rule_id, finding.subject) in selected:
                self.list.item(i).setSelected(True)

    def refresh(self) -> None:
        if self.detail is None:
            return
        try:
            self.findings = safety.evaluate(self.db, self.detail.id)
        except AcuChartError as exc:
            self.findings = []
            self._show_error(str(exc))
        else:
            self.error.hide()
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        style = self.style()
        stop = style.standardIcon(QStyle.StandardPixmap.SP_BrowserStop)
        warn = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        done = style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        for finding in self.findings:
            rule = safety.RULES_BY_ID.get(finding.rule_id)
            title = rule.title if rule is not None else finding.rule_id
            if finding.severity == safety.BLOCK:
                text = self.tr("BLOCK — %1: %2").replace("%1", title).replace("%2", finding.message)
                icon, colour, background = stop, BLOCK_COLOUR, BLOCK_BACKGROUND
            elif finding.acknowledged_reason is not None:
                text = (
                    self.tr("Acknowledged — %1: %2\nReason: %3")
                    .replace("%1", title)
                    .replace("%2", finding.message)
                    .replace("%3", finding.acknowledged_reason)
                )
                icon, colour, background = done, DONE_COLOUR, None
            else:
                text = self.tr("Warning — %1: %2").replace("%1", title).replace("%2", finding.message)
                icon, colour, background = warn, WARN_COLOUR, WARN_BACKGROUND
            item = QListWidgetItem(icon, text)
            item.setData(FINDING_ROLE, finding)
            item.setForeground(QBrush(colour))
            if background is not None:
                item.setBackground(QBrush(background))
            if finding.severity == safety.BLOCK:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            item.setToolTip(self.tr("Source: %1").replace("%1", finding.source))
            self.list.addItem(item)
        blocks = sum(1 for f in self.findings if f.severity == safety.BLOCK)
        warnings = [f for f in self.findings if f.severity != safety.BLOCK]
        open_warnings = sum(1 for f in warnings if f.acknowledged_reason is None)
        if not self.findings:
            self.summary.setText(self.tr("No safety findings for this session."))
        else:
            self.summary.setText(
                self.tr("%1 block(s), %2 warning(s), %3 not yet acknowledged")
                .replace("%1", str(blocks))
                .replace("%2", str(len(warnings)))
                .replace("%3", str(open_warnings))
            )
        if self.read_only:
            self.summary.setText(self.summary.text() + " " + self.tr("(signed: read-only)"))
        self._update_buttons()

    @property
    def read_only(self) -> bool:
        return self.detail is None or self.detail.signed

    def _selected_findings(self) -> list[Finding]:
        return [f for f in (item.data(FINDING_ROLE) for item in self.list.selectedItems()) if f is not None]

    def _selected_warnings(self) -> list[Finding]:
        return [f for f in self._selected_findings() if f.severity != safety.BLOCK]

    def _update_buttons(self) -> None:
        self.acknowledge_button.setEnabled(not self.read_only and bool(self._selected_warnings()))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # --- acknowledging -----------------------------------------------------------------

    def ask_reason(self, findings: list[Finding]) -> str | None:
        """Ask the practitioner for the reason; ``None`` when cancelled."""
        listed = "\n".join(f"• {f.message}" for f in findings[:5])
        if len(findings) > 5:
            listed += "\n" + self.tr("… and %1 more").replace("%1", str(len(findings) - 5))
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Acknowledge safety warning"),
            self.tr("Why is it right to go ahead?\n\n%1\n\nReason (stored, audited and printed):").replace(
                "%1", listed
            ),
            "",
        )
        return text if ok else None

    def acknowledge_selected(self) -> bool:
        """Ask for a reason and store it for every selected unacknowledged warning."""
        if self.read_only or self.detail is None:
            return False
        findings = self._selected_warnings()
        if not findings:
            return False
        reason = self.ask_reason(findings)
        if reason is None:
            return False
        if not reason.strip():
            self._show_error(self.tr("reason: is required to acknowledge a safety warning"))
            return False
        try:
            for finding in findings:
                safety.acknowledge(self.db, self.detail.id, finding.rule_id, finding.subject, reason)
        except AcuChartError as exc:
            self._show_error(str(exc))
            self.refresh()
            return False
        self.refresh()
        self.sessionChanged.emit()
        return True
