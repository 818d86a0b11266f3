"""QtEAPanel: electroacupuncture lead pairs of a session and their stimulator settings.

The practitioner joins two charted needles into a lead pair (two lists of the session's
needles, "Join selected" for two needles picked on the diagram, or a drag on the diagram
that the editor forwards to :meth:`QtEAPanel.request_pair`), then records the device,
waveform, frequency (one value, or low/high for dense-disperse), pulse width, intensity,
polarity, start time and duration.  A live countdown per pair is derived from the stored
start time and duration.

Every write is an undo command (:mod:`ui.session.ea_commands`) pushed on the editor's undo
stack; every value goes through :mod:`charting.sessions` and its validation, and the safety
gate may refuse a change (EA for a patient with an implanted device, a pair across the
chest).  A refused value stays in its box, with the message naming the field and range.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QUndoStack, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from charting import sessions
from charting.db.engine import Database
from charting.db.models import INTENSITY_DESCRIPTORS, POLARITIES, RANGES, WAVEFORMS
from charting.errors import AcuChartError, ValidationError
from charting.sessions import ChannelInfo, SessionDetail
from ui.diagram.scene import needle_text
from ui.session.ea_commands import (
    AddChannelCommand,
    ChannelRef,
    RemoveChannelCommand,
    UpdateChannelCommand,
    channel_settings,
)

PAIR_ROLE = Qt.ItemDataRole.UserRole
ERROR_STYLE = "color: #C0392B; font-weight: bold;"


def _tr(text: str) -> str:
    return QCoreApplication.translate("QtEAPanel", text)


def waveform_title(name: str) -> str:
    return {
        "continuous": _tr("Continuous"),
        "dense-disperse": _tr("Dense-disperse"),
        "intermittent": _tr("Intermittent"),
    }.get(name, name)


def descriptor_title(name: str) -> str:
    return {
        "sub-motor": _tr("Sub-motor"),
        "visible twitch": _tr("Visible twitch"),
        "to tolerance": _tr("To tolerance"),
    }.get(name, name)


def polarity_title(name: str) -> str:
    return {"a+": _tr("Lead A positive"), "b+": _tr("Lead B positive"), "symmetric": _tr("Symmetric (biphasic)")}.get(
        name, name
    )


def countdown_text(channel: ChannelInfo, now: dt.datetime | None = None) -> str:
    """The pair's timer: ``12:31 left``, ``running 4:05``, ``done at 10:45`` or ``not started``."""
    if channel.started_at is None:
        return _tr("not started")
    now = now or dt.datetime.now(dt.UTC)
    if channel.duration_min is None:
        elapsed = max(0, int((now - channel.started_at).total_seconds()))
        return _tr("running %1").replace("%1", f"{elapsed // 60}:{elapsed % 60:02d}")
    end = channel.started_at + dt.timedelta(minutes=channel.duration_min)
    left = int((end - now).total_seconds() + 0.999)
    if left <= 0:
        return _tr("done at %1").replace("%1", end.astimezone().strftime("%H:%M"))
    return _tr("%1 left").replace("%1", f"{left // 60}:{left % 60:02d}")


def running(channel: ChannelInfo, now: dt.datetime | None = None) -> bool:
    if channel.started_at is None:
        return False
    if channel.duration_min is None:
        return True
    now = now or dt.datetime.now(dt.UTC)
    return now < channel.started_at + dt.timedelta(minutes=channel.duration_min)


class QtOptionalSpinBox(QDoubleSpinBox):
    """A number that may be "not recorded" (empty, shown as —).

    The arrow keys step within the plausible range; typing accepts any number, so a value
    outside the range is kept in the box and refused by validation with a message, rather
    than silently replaced.
    """

    SENTINEL = -1_000_000.0

    def __init__(self, low: float, high: float, *, decimals: int, step: float, suffix: str, parent=None) -> None:
        super().__init__(parent)
        self.low, self.high = low, high
        self.setDecimals(decimals)
        self.setRange(self.SENTINEL, 1_000_000.0)
        self.setSingleStep(step)
        self.setSuffix(suffix)
        self.setSpecialValueText("—")
        self.setKeyboardTracking(False)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.setValue(self.SENTINEL)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        locale = QLocale(self.locale())
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        self.setLocale(locale)

    def textFromValue(self, value: float) -> str:
        # 2 Hz, 2.5 mA: no trailing zeros.
        text = self.locale().toString(value, "f", self.decimals())
        if self.decimals() > 0:
            text = text.rstrip("0").rstrip(self.locale().decimalPoint())
        return text

    def optional_value(self) -> float | None:
        return None if self.value() <= self.SENTINEL else self.value()

    def set_optional_value(self, value: float | None) -> None:
        self.setValue(self.SENTINEL if value is None else float(value))

    def _bare(self, text: str) -> str:
        text = text.strip()
        suffix = self.suffix().strip()
        if suffix and text.endswith(suffix):
            text = text[: -len(suffix)].strip()
        return text

    def validate(self, text: str, pos: int):
        if self._bare(text) in ("", "—"):
            return (QValidator.State.Acceptable, text, pos)
        return super().validate(text, pos)

    def valueFromText(self, text: str) -> float:
        if self._bare(text) in ("", "—"):
            return self.SENTINEL
        return super().valueFromText(text)

    def stepBy(self, steps: int) -> None:
        current = self.optional_value()
        if current is None:
            self.setValue(self.low if steps > 0 else self.high)
            return
        target = min(max(current + steps * self.singleStep(), self.low), self.high)
        self.setValue(target)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        return QAbstractSpinBox.StepEnabledFlag.StepUpEnabled | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled


class QtEAPanel(QWidget):
    """Electroacupuncture lead pairs and settings of one session.

    Attributes:
        detail: the session shown (a :class:`~charting.sessions.SessionDetail`).
        message: the label showing the last refusal (validation, safety block).
        last_error: the last :class:`~charting.errors.AcuChartError` shown, if any.
        message_box: the message box of the last safety block or other refusal (non-modal).

    Signals:
        sessionChanged(): emitted after the panel wrote to the session (also on undo/redo).
    """

    sessionChanged = Signal()

    def __init__(self, db: Database, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = undo_stack
        self.detail: SessionDetail | None = None
        self.last_error: AcuChartError | None = None
        self.message_box: QMessageBox | None = None
        self._refs: dict[int, ChannelRef] = {}
        self._selected_needles: list[int] = []
        self._loading = False
        self._pending: dict[str, Any] = {}  # field -> refused value still in its box
        self._marked: list[tuple[QWidget, str]] = []
        self._build()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self.setEnabled(False)

    # --- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(self.tr("Electroacupuncture"), self)
        outer.addWidget(box)
        layout = QVBoxLayout(box)

        self.pair_list = QListWidget(box)
        self.pair_list.setAccessibleName(self.tr("EA lead pairs"))
        self.pair_list.setMaximumHeight(90)
        self.pair_list.currentRowChanged.connect(self._pair_chosen)
        layout.addWidget(self.pair_list)

        join = QHBoxLayout()
        self.needle_a = QComboBox(box)
        self.needle_a.setAccessibleName(self.tr("First needle of the new pair"))
        self.needle_b = QComboBox(box)
        self.needle_b.setAccessibleName(self.tr("Second needle of the new pair"))
        for combo in (self.needle_a, self.needle_b):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(12)
        self.join_button = QPushButton(self.tr("Join"), box)
        self.join_button.setAccessibleName(self.tr("Join the two needles as a lead pair"))
        self.join_button.clicked.connect(self._join_chosen)
        self.join_selected_button = QPushButton(self.tr("Join selected"), box)
        self.join_selected_button.setAccessibleName(self.tr("Join the two needles selected on the diagram"))
        self.join_selected_button.clicked.connect(self._join_selected)
        self.remove_button = QPushButton(self.tr("Remove pair"), box)
        self.remove_button.setAccessibleName(self.tr("Remove the chosen lead pair"))
        self.remove_button.clicked.connect(self.remove_current)
        join.addWidget(QLabel(self.tr("New pair"), box))
        join.addWidget(self.needle_a, 1)
        join.addWidget(QLabel("↔", box))
        join.addWidget(self.needle_b, 1)
        join.addWidget(self.join_button)
        layout.addLayout(join)
        actions = QHBoxLayout()
        actions.addWidget(self.join_selected_button)
        actions.addStretch(1)
        actions.addWidget(self.remove_button)
        layout.addLayout(actions)

        self._row_labels: list[QLabel] = []
        self.form_box = QWidget(box)
        form = QFormLayout(self.form_box)
        form.setContentsMargins(0, 4, 0, 0)
        self.device = QComboBox(self.form_box)
        self.device.setEditable(True)
        self.device.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.device.setAccessibleName(self.tr("Stimulator device"))
        self.device.lineEdit().setPlaceholderText(self.tr("e.g. ITO ES-160"))
        self.device.lineEdit().editingFinished.connect(lambda: self._commit("device", self.device.currentText()))
        self.device.activated.connect(lambda _i: self._commit("device", self.device.currentText()))
        self._row(form, self.tr("Device"), self.device)

        self.waveform = QComboBox(self.form_box)
        self.waveform.setAccessibleName(self.tr("Waveform"))
        for name in WAVEFORMS:
            self.waveform.addItem(waveform_title(name), name)
        self.waveform.activated.connect(self._waveform_chosen)
        self._row(form, self.tr("Waveform"), self.waveform)

        low, high = RANGES["frequency_hz"]
        self.frequency = QtOptionalSpinBox(low, high, decimals=1, step=1.0, suffix=" Hz", parent=self.form_box)
        self.frequency.setAccessibleName(self.tr("Frequency in hertz"))
        self.frequency.setToolTip(self.tr("Frequency, %1–%2 Hz").replace("%1", f"{low:g}").replace("%2", f"{high:g}"))
        self.frequency_high = QtOptionalSpinBox(
            low, high, decimals=1, step=5.0, suffix=" Hz", parent=self.form_box
        )
        self.frequency_high.setAccessibleName(self.tr("High frequency in hertz (dense-disperse)"))
        self.frequency_high.setToolTip(self.tr("High frequency of the dense-disperse pair"))
        self.frequency_sep = QLabel("/", self.form_box)
        row = QHBoxLayout()
        row.addWidget(self.frequency, 1)
        row.addWidget(self.frequency_sep)
        row.addWidget(self.frequency_high, 1)
        self.frequency.valueChanged.connect(lambda _v: self._commit("frequency_hz", self.frequency.optional_value()))
        self.frequency_high.valueChanged.connect(
            lambda _v: self._commit("frequency_high_hz", self.frequency_high.optional_value())
        )
        self._row(form, self.tr("Frequency"), row)

        low, high = RANGES["pulse_width_us"]
        self.pulse_width = QtOptionalSpinBox(low, high, decimals=0, step=10.0, suffix=" µs", parent=self.form_box)
        self.pulse_width.setAccessibleName(self.tr("Pulse width in microseconds"))
        self.pulse_width.setToolTip(
            self.tr("Pulse width, %1–%2 µs").replace("%1", f"{low:g}").replace("%2", f"{high:g}")
        )
        self.pulse_width.valueChanged.connect(
            lambda _v: self._commit("pulse_width_us", self.pulse_width.optional_value())
        )
        self._row(form, self.tr("Pulse width"), self.pulse_width)

        low, high = RANGES["intensity_ma"]
        self.intensity = QtOptionalSpinBox(low, high, decimals=1, step=0.1, suffix=" mA", parent=self.form_box)
        self.intensity.setAccessibleName(self.tr("Intensity in milliamperes"))
        self.intensity.setToolTip(self.tr("Intensity, %1–%2 mA").replace("%1", f"{low:g}").replace("%2", f"{high:g}"))
        self.intensity.valueChanged.connect(lambda _v: self._commit("intensity_ma", self.intensity.optional_value()))
        self.descriptor = QComboBox(self.form_box)
        self.descriptor.setAccessibleName(self.tr("Intensity descriptor"))
        self.descriptor.addItem("—", None)
        for name in INTENSITY_DESCRIPTORS:
            self.descriptor.addItem(descriptor_title(name), name)
        self.descriptor.activated.connect(
            lambda _i: self._commit("intensity_descriptor", self.descriptor.currentData())
        )
        row = QHBoxLayout()
        row.addWidget(self.intensity, 1)
        row.addWidget(self.descriptor, 1)
        self._row(form, self.tr("Intensity"), row)

        self.intensity_note = QLineEdit(self.form_box)
        self.intensity_note.setAccessibleName(self.tr("Intensity note"))
        self.intensity_note.setPlaceholderText(self.tr("e.g. to tolerance, no muscle twitch"))
        self.intensity_note.editingFinished.connect(
            lambda: self._commit("intensity_note", self.intensity_note.text())
        )
        self._row(form, self.tr("Intensity note"), self.intensity_note)

        self.polarity = QComboBox(self.form_box)
        self.polarity.setAccessibleName(self.tr("Polarity"))
        self.polarity.addItem("—", None)
        for name in POLARITIES:
            self.polarity.addItem(polarity_title(name), name)
        self.polarity.activated.connect(lambda _i: self._commit("polarity", self.polarity.currentData()))
        self._row(form, self.tr("Polarity"), self.polarity)

        self.started = QTimeEdit(self.form_box)
        self.started.setAccessibleName(self.tr("Stimulation start time"))
        self.started.setDisplayFormat("HH:mm")
        self.started.setMinimumTime(QTime(0, 0))
        self.started.setSpecialValueText("—")
        self.started.setKeyboardTracking(False)
        self.started.editingFinished.connect(self._start_time_typed)
        self.start_button = QPushButton(self.tr("Start"), self.form_box)
        self.start_button.setAccessibleName(self.tr("Start the stimulation timer now"))
        self.start_button.clicked.connect(self.start_now)
        low, high = RANGES["duration_min"]
        self.duration = QtOptionalSpinBox(low, high, decimals=0, step=1.0, suffix=" min", parent=self.form_box)
        self.duration.setAccessibleName(self.tr("Stimulation duration in minutes"))
        self.duration.setToolTip(self.tr("Duration, %1–%2 min").replace("%1", f"{low:g}").replace("%2", f"{high:g}"))
        self.duration.valueChanged.connect(lambda _v: self._commit("duration_min", self.duration.optional_value()))
        row = QHBoxLayout()
        row.addWidget(self.started, 1)
        row.addWidget(self.start_button)
        row.addWidget(QLabel(self.tr("for"), self.form_box))
        row.addWidget(self.duration, 1)
        self._row(form, self.tr("Started"), row)

        self.countdown = QLabel(self.form_box)
        self.countdown.setAccessibleName(self.tr("Stimulation timer"))
        font = self.countdown.font()
        font.setBold(True)
        self.countdown.setFont(font)
        self._row(form, self.tr("Timer"), self.countdown)
        layout.addWidget(self.form_box)

        self.message = QLabel(box)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("EA message"))
        self.message.setStyleSheet("color: #C0392B; font-weight: bold;")
        self.message.hide()
        layout.addWidget(self.message)

        self._field_widgets: dict[str, QWidget] = {
            "device": self.device,
            "waveform": self.waveform,
            "frequency_hz": self.frequency,
            "frequency_high_hz": self.frequency_high,
            "pulse_width_us": self.pulse_width,
            "intensity_ma": self.intensity,
            "intensity_descriptor": self.descriptor,
            "intensity_note": self.intensity_note,
            "polarity": self.polarity,
            "started_at": self.started,
            "duration_min": self.duration,
        }
        self._label_of = {
            "device": 0, "waveform": 1, "frequency_hz": 2, "frequency_high_hz": 2, "pulse_width_us": 3,
            "intensity_ma": 4, "intensity_descriptor": 4, "intensity_note": 5, "polarity": 6,
            "started_at": 7, "duration_min": 7,
        }
        # ValidationError.field (as the practitioner reads it) -> the box to mark.
        self._error_fields = {
            "frequency": "frequency_hz",
            "high frequency": "frequency_high_hz",
            "pulse width": "pulse_width_us",
            "intensity": "intensity_ma",
            "EA duration": "duration_min",
            "waveform": "waveform",
            "intensity descriptor": "intensity_descriptor",
            "polarity": "polarity",
            "EA started at": "started_at",
            "device": "device",
            "intensity note": "intensity_note",
        }

    def _row(self, form: QFormLayout, text: str, field) -> None:
        label = QLabel(text, self.form_box)
        self._row_labels.append(label)
        form.addRow(label, field)

    # --- public API --------------------------------------------------------------------
    def set_session(self, detail: SessionDetail) -> None:
        """Show ``detail``'s lead pairs; keeps the chosen pair and any refused value typed."""
        same_session = self.detail is not None and self.detail.id == detail.id
        current = self.current_channel()
        self.detail = detail
        if not same_session:
            self._refs = {}
            self._pending = {}
            self._clear_message()
        self._sync_refs()
        self.setEnabled(True)
        self._fill_needles()
        self._fill_pairs(current.id if current is not None and same_session else None)
        self._fill_devices()
        read_only = detail.signed
        for widget in (self.needle_a, self.needle_b, self.join_button, self.remove_button, self.form_box):
            widget.setEnabled(not read_only)
        self._update_buttons()
        self._update_timer()

    def set_selected_needles(self, ids: list[int]) -> None:
        """The needles selected on the diagram ("Join selected" needs exactly two)."""
        self._selected_needles = list(ids)
        self._update_buttons()

    def request_pair(self, a_id: int, b_id: int) -> bool:
        """Join needles ``a_id`` and ``b_id`` (a slot for the diagram's lead-pair drag)."""
        detail = self.detail
        if detail is None:
            return False
        if detail.signed:
            self._show_error(AcuChartError(self.tr("The session is signed: lead pairs cannot be changed")))
            return False
        for channel in detail.channels:
            if {channel.needle_a_id, channel.needle_b_id} == {a_id, b_id}:
                self._show_error(
                    ValidationError(self.tr("lead pair"), self.tr("these two needles are already joined"))
                )
                return False
        settings: dict[str, Any] = {}
        if detail.channels:
            settings = channel_settings(detail.channels[-1])
            settings["started_at"] = None
        else:
            devices = sessions.known_devices(self.db)
            if devices:
                settings["device"] = devices[0]
        ref = ChannelRef()
        names = [self._needle_name(i) for i in (a_id, b_id)]
        command = AddChannelCommand(
            self.db,
            detail.id,
            a_id,
            b_id,
            settings=settings,
            ref=ref,
            text=self.tr("Join %1 and %2 (EA)").replace("%1", names[0]).replace("%2", names[1]),
            notify=self._written,
            on_error=self._show_error,
        )
        self.last_error = None
        self._pushing_ref = ref
        try:
            self.undo_stack.push(command)
        finally:
            self._pushing_ref = None
        if self.last_error is not None:
            return False
        self._clear_message()
        self._select_ref(ref)
        return True

    def remove_current(self) -> bool:
        channel = self.current_channel()
        if channel is None or self.detail is None or self.detail.signed:
            return False
        ref = self._ref(channel.id)
        command = RemoveChannelCommand(
            self.db,
            channel,
            ref,
            text=self.tr("Remove EA pair %1").replace("%1", self._pair_name(channel)),
            notify=self._written,
            on_error=self._show_error,
        )
        self.last_error = None
        self.undo_stack.push(command)
        return self.last_error is None

    def start_now(self) -> None:
        """Record that stimulation of the chosen pair starts now (the timer runs from here)."""
        self._commit("started_at", dt.datetime.now(dt.UTC).replace(microsecond=0))

    def current_channel(self) -> ChannelInfo | None:
        if self.detail is None:
            return None
        item = self.pair_list.currentItem()
        if item is None:
            return None
        channel_id = item.data(PAIR_ROLE)
        for channel in self.detail.channels:
            if channel.id == channel_id:
                return channel
        return None

    def select_channel(self, channel_id: int) -> None:
        for row in range(self.pair_list.count()):
            if self.pair_list.item(row).data(PAIR_ROLE) == channel_id:
                self.pair_list.setCurrentRow(row)
                return

    # --- filling -----------------------------------------------------------------------
    def _sync_refs(self) -> None:
        """Keep one ChannelRef per pair now in the record (commands share them)."""
        assert self.detail is not None
        live = {c.id for c in self.detail.channels}
        refs: dict[int, ChannelRef] = {}
        for channel_id in live:
            ref = self._refs.get(channel_id)
            refs[channel_id] = ref if ref is not None and ref.id == channel_id else ChannelRef(channel_id)
        self._refs = refs

    def _ref(self, channel_id: int) -> ChannelRef:
        ref = self._refs.get(channel_id)
        if ref is None:
            ref = self._refs[channel_id] = ChannelRef(channel_id)
        return ref

    def _needle_number(self, needle_id: int) -> int:
        assert self.detail is not None
        for number, needle in enumerate(self.detail.needles, start=1):
            if needle.id == needle_id:
                return number
        return 0

    def _needle_name(self, needle_id: int) -> str:
        assert self.detail is not None
        for number, needle in enumerate(self.detail.needles, start=1):
            if needle.id == needle_id:
                return needle_text(number, needle)
        return f"#{needle_id}"

    def _pair_name(self, channel: ChannelInfo) -> str:
        return f"{self._needle_name(channel.needle_a_id)} ↔ {self._needle_name(channel.needle_b_id)}"

    def _fill_needles(self) -> None:
        assert self.detail is not None
        for combo in (self.needle_a, self.needle_b):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for number, needle in enumerate(self.detail.needles, start=1):
                combo.addItem(needle_text(number, needle), needle.id)
            index = combo.findData(chosen)
            combo.setCurrentIndex(index if index >= 0 else -1)
            combo.blockSignals(False)
        if self.needle_a.currentIndex() < 0 and self.needle_a.count() >= 1:
            self.needle_a.setCurrentIndex(0)
        if self.needle_b.currentIndex() < 0 and self.needle_b.count() >= 2:
            self.needle_b.setCurrentIndex(1)

    def _pair_text(self, index: int, channel: ChannelInfo) -> str:
        parts = [self.tr("EA %1: %2").replace("%1", str(index)).replace("%2", self._pair_name(channel))]
        settings = [waveform_title(channel.waveform)]
        if channel.frequency_text:
            settings.append(f"{channel.frequency_text} Hz")
        if channel.intensity_ma is not None:
            settings.append(f"{channel.intensity_ma:g} mA")
        parts.append(", ".join(settings))
        parts.append(countdown_text(channel))
        return " — ".join(parts)

    def _fill_pairs(self, keep_id: int | None) -> None:
        assert self.detail is not None
        self.pair_list.blockSignals(True)
        self.pair_list.clear()
        for index, channel in enumerate(self.detail.channels, start=1):
            item = QListWidgetItem(self._pair_text(index, channel))
            item.setData(PAIR_ROLE, channel.id)
            self.pair_list.addItem(item)
        row = 0
        if keep_id is not None:
            for i, channel in enumerate(self.detail.channels):
                if channel.id == keep_id:
                    row = i
        self.pair_list.setCurrentRow(row if self.detail.channels else -1)
        self.pair_list.blockSignals(False)
        self._load_form()

    def _fill_devices(self) -> None:
        try:
            devices = sessions.known_devices(self.db)
        except AcuChartError:
            devices = []
        channel = self.current_channel()
        self.device.blockSignals(True)
        text = self.device.currentText() if "device" in self._pending else (channel.device if channel else "")
        self.device.clear()
        self.device.addItems(devices)
        self.device.setEditText(text)
        self.device.blockSignals(False)

    def _load_form(self) -> None:
        channel = self.current_channel()
        self.form_box.setVisible(channel is not None)
        self.remove_button.setEnabled(channel is not None and not (self.detail and self.detail.signed))
        if channel is None:
            self.countdown.clear()
            return
        self._loading = True
        try:
            pending = self._pending
            if "device" not in pending:
                self.device.setEditText(channel.device)
            self.waveform.setCurrentIndex(max(0, self.waveform.findData(channel.waveform)))
            for field, box in (
                ("frequency_hz", self.frequency),
                ("frequency_high_hz", self.frequency_high),
                ("pulse_width_us", self.pulse_width),
                ("intensity_ma", self.intensity),
                ("duration_min", self.duration),
            ):
                if field not in pending:
                    box.blockSignals(True)
                    box.set_optional_value(getattr(channel, field))
                    box.blockSignals(False)
            self.descriptor.setCurrentIndex(max(0, self.descriptor.findData(channel.intensity_descriptor)))
            if "intensity_note" not in pending:
                self.intensity_note.setText(channel.intensity_note)
            self.polarity.setCurrentIndex(max(0, self.polarity.findData(channel.polarity)))
            self.started.blockSignals(True)
            if channel.started_at is None:
                self.started.setTime(self.started.minimumTime())
            else:
                local = channel.started_at.astimezone()
                self.started.setTime(QTime(local.hour, local.minute, local.second))
            self.started.blockSignals(False)
            self.start_button.setText(self.tr("Start") if channel.started_at is None else self.tr("Restart"))
            self._show_high(channel.waveform == "dense-disperse")
        finally:
            self._loading = False
        self._update_countdown()

    def _show_high(self, flag: bool) -> None:
        self.frequency_high.setVisible(flag)
        self.frequency_sep.setVisible(flag)

    def _update_buttons(self) -> None:
        editable = self.detail is not None and not self.detail.signed
        needles = {n.id for n in self.detail.needles} if self.detail else set()
        chosen = [i for i in self._selected_needles if i in needles]
        self.join_selected_button.setEnabled(editable and len(chosen) == 2)
        self.join_button.setEnabled(editable and len(needles) >= 2)

    # --- timer -------------------------------------------------------------------------
    def _update_timer(self) -> None:
        if self.detail is not None and any(running(c) for c in self.detail.channels):
            if not self._timer.isActive():
                self._timer.start()
        else:
            self._timer.stop()
        self._update_countdown()

    def _update_countdown(self) -> None:
        channel = self.current_channel()
        self.countdown.setText(countdown_text(channel) if channel is not None else "")

    def _tick(self) -> None:
        if self.detail is None:
            self._timer.stop()
            return
        for row, channel in enumerate(self.detail.channels):
            item = self.pair_list.item(row)
            if item is not None:
                item.setText(self._pair_text(row + 1, channel))
        self._update_countdown()
        if not any(running(c) for c in self.detail.channels):
            self._timer.stop()

    # --- actions -----------------------------------------------------------------------
    def _pair_chosen(self, _row: int) -> None:
        self._pending = {}
        self._unmark()
        self._fill_devices()
        self._load_form()

    def _join_chosen(self) -> None:
        a, b = self.needle_a.currentData(), self.needle_b.currentData()
        if a is None or b is None:
            self._show_error(ValidationError(self.tr("lead pair"), self.tr("choose two needles")))
            return
        if a == b:
            self._show_error(ValidationError(self.tr("lead pair"), self.tr("needs two different needles")))
            return
        self.request_pair(a, b)

    def _join_selected(self) -> None:
        needles = {n.id for n in self.detail.needles} if self.detail else set()
        chosen = [i for i in self._selected_needles if i in needles]
        if len(chosen) != 2:
            self._show_error(
                ValidationError(self.tr("lead pair"), self.tr("select exactly two needles on the diagram"))
            )
            return
        self.request_pair(chosen[0], chosen[1])

    def _waveform_chosen(self, _index: int) -> None:
        name = self.waveform.currentData()
        self._show_high(name == "dense-disperse")
        channel = self.current_channel()
        if channel is None:
            return
        values: dict[str, Any] = {"waveform": name}
        if name != "dense-disperse" and channel.frequency_high_hz is not None:
            values["frequency_high_hz"] = None  # one frequency only outside dense-disperse
        elif name == "dense-disperse" and self.frequency_high.optional_value() is not None:
            values["frequency_high_hz"] = self.frequency_high.optional_value()
        self._commit_values(values)

    def _start_time_typed(self) -> None:
        channel = self.current_channel()
        if channel is None or self.detail is None:
            return
        time = self.started.time()
        if time == self.started.minimumTime() and self.started.text() == "—":
            self._commit("started_at", None)
            return
        base = (channel.started_at or self.detail.started_at).astimezone()
        local = base.replace(hour=time.hour(), minute=time.minute(), second=time.second(), microsecond=0)
        self._commit("started_at", local)

    def _commit(self, field: str, value: Any) -> None:
        self._commit_values({field: value})

    def _commit_values(self, values: dict[str, Any]) -> None:
        if self._loading:
            return
        channel = self.current_channel()
        if channel is None or self.detail is None or self.detail.signed:
            return
        if field_names := [k for k, v in values.items() if getattr(channel, k) != v]:
            values = {k: values[k] for k in field_names}
        else:
            for key in values:
                self._pending.pop(key, None)
            self._unmark()
            self._clear_message()
            return
        old = {k: getattr(channel, k) for k in values}
        ref = self._ref(channel.id)
        labels = {
            "device": self.tr("device"),
            "waveform": self.tr("waveform"),
            "frequency_hz": self.tr("frequency"),
            "frequency_high_hz": self.tr("high frequency"),
            "pulse_width_us": self.tr("pulse width"),
            "intensity_ma": self.tr("intensity"),
            "intensity_descriptor": self.tr("intensity descriptor"),
            "intensity_note": self.tr("intensity note"),
            "polarity": self.tr("polarity"),
            "started_at": self.tr("start time"),
            "duration_min": self.tr("duration"),
        }
        command = UpdateChannelCommand(
            self.db,
            ref,
            old,
            values,
            text=self.tr("Change EA %1").replace("%1", ", ".join(labels.get(k, k) for k in values)),
            notify=self._written,
            on_error=self._show_error,
        )
        self.last_error = None
        self.undo_stack.push(command)
        if self.last_error is None:
            for key in values:
                self._pending.pop(key, None)
            self._unmark()
            self._clear_message()
        else:
            for key in values:
                self._pending[key] = values[key]

    # --- after a write -----------------------------------------------------------------
    def _written(self, _channel: ChannelInfo | None) -> None:
        """After every successful write (do, undo, redo): reload the session and tell the editor."""
        if self.detail is None:
            return
        try:
            detail = sessions.get_session(self.db, self.detail.id)
        except AcuChartError as exc:
            self._show_error(exc)
            return
        keep = self._pushing_target()
        self.set_session(detail)
        if keep is not None:
            self.select_channel(keep)
        self.sessionChanged.emit()

    _pushing_ref: ChannelRef | None = None

    def _pushing_target(self) -> int | None:
        ref = self._pushing_ref
        return ref.id if ref is not None else None

    def _select_ref(self, ref: ChannelRef) -> None:
        if ref.id is not None:
            self.select_channel(ref.id)

    # --- messages ----------------------------------------------------------------------
    def _show_error(self, error: AcuChartError) -> None:
        """Show a refusal: in the panel, and for anything but a typing error also in a box."""
        self.last_error = error
        self.message.setText("⚠ " + str(error))
        self.message.show()
        self._unmark()
        if isinstance(error, ValidationError):
            field = self._error_fields.get(error.field)
            widget = self._field_widgets.get(field) if field else None
            if widget is not None:
                self._marked.append((widget, widget.toolTip()))
                widget.setToolTip(str(error))
                label = self._row_labels[self._label_of[field]]
                self._marked.append((label, label.toolTip()))
                label.setStyleSheet(ERROR_STYLE)
                label.setToolTip(str(error))
            return
        if self.message_box is not None:
            self.message_box.close()
            self.message_box.deleteLater()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Electroacupuncture"), str(error), parent=self)
        box.setAccessibleName(self.tr("EA refused"))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.message_box = box
        box.open()

    def _clear_message(self) -> None:
        self.message.clear()
        self.message.hide()

    def _unmark(self) -> None:
        for widget, tip in self._marked:
            widget.setStyleSheet("")
            widget.setToolTip(tip)
        self._marked = []


__all__ = ["QtEAPanel", "QtOptionalSpinBox", "countdown_text"]

