"""Settings, first page: the programme's name, its address and its logo (for printed
documents)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.screens.passphrase_fields import MessageLabel

# A logo only needs to look sharp on an A4 letterhead; a larger picture is scaled down so
# that it does not weigh on the programme file.
MAX_LOGO_PIXELS = 1200
_MEDIA_TYPES = {"png": "image/png", "jpeg": "image/jpeg", "jpg": "image/jpeg"}


class ProgrammeSettingsPage(QWidget):
    """Name, address and logo, kept here until the dialog's OK."""

    def __init__(
        self,
        context: AppContext,
        name: str,
        address: str,
        logo: bytes | None,
        logo_media_type: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.logo: bytes | None = logo
        self.logo_media_type = logo_media_type

        self.name = QLineEdit(name)
        self.name_error = MessageLabel()
        self.address = QPlainTextEdit(address)
        self.address.setTabChangesFocus(True)
        self.address.setPlaceholderText(
            self.tr("Street and number\nPostcode and municipality\nPhone or e-mail")
        )
        self.address.setFixedHeight(self.address.fontMetrics().lineSpacing() * 5 + 12)
        self.preview = QLabel()
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedSize(280, 110)
        self.choose_logo = QPushButton(self.tr("C&hoose an image…"))
        self.remove_logo = QPushButton(self.tr("Re&move the logo"))
        self.logo_error = MessageLabel()
        self.choose_logo.clicked.connect(self._choose_logo)
        self.remove_logo.clicked.connect(self._remove_logo)

        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo)
        logo_buttons.addWidget(self.remove_logo)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Programme &name:"), self.name)
        form.addRow("", self.name_error)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow("", self._note(self.tr("Printed on letters, agreements and certificates.")))
        form.addRow(self.tr("Logo:"), logo_row)
        form.addRow("", self.logo_error)
        form.addRow(
            "", self._note(self.tr("A PNG or JPEG image, printed at the top of documents."))
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self._show_logo()

    @staticmethod
    def _note(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setEnabled(False)  # drawn greyed: an explanation, not a field
        return label

    def programme_name(self) -> str:
        """The name as typed, without surrounding spaces."""
        return self.name.text().strip()

    def address_text(self) -> str:
        """The address, lines without trailing spaces."""
        lines = [line.rstrip() for line in self.address.toPlainText().strip().splitlines()]
        return "\n".join(lines)

    def check(self) -> bool:
        """Show what must change before saving; True when nothing must."""
        if not self.programme_name():
            self.name_error.show_message(
                self.tr("Give the programme a name, for example the association and the city.")
            )
            self.name.setFocus()
            return False
        self.name_error.show_message("")
        return True

    def _choose_logo(self) -> None:
        path = self._context.dialogs.open_file(
            self, self.tr("Choose the programme's logo"), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path is None:
            return
        try:
            data = path.read_bytes()
        except OSError:
            self.logo_error.show_message(
                self.tr("Duo could not read {file}. Is it still there?").format(file=path.name)
            )
            return
        image = QImage.fromData(data)
        media_type = _MEDIA_TYPES.get(path.suffix.lower().lstrip("."), "")
        if image.isNull() or not media_type:
            self.logo_error.show_message(
                self.tr("{file} is not a PNG or JPEG image that Duo can read.").format(
                    file=path.name
                )
            )
            return
        if max(image.width(), image.height()) > MAX_LOGO_PIXELS:
            data = _scaled_png(image)
            media_type = "image/png"
        self.logo, self.logo_media_type = data, media_type
        self.logo_error.show_message("")
        self._show_logo()

    def _remove_logo(self) -> None:
        self.logo, self.logo_media_type = None, ""
        self._show_logo()
        self.choose_logo.setFocus()

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self.logo and pixmap.loadFromData(self.logo):
            self.preview.setPixmap(
                pixmap.scaled(
                    self.preview.size().shrunkBy(self.preview.contentsMargins()),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.preview.setAccessibleName(self.tr("The logo"))
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo"))
            self.preview.setAccessibleName(self.tr("No logo"))
        self.remove_logo.setEnabled(self.logo is not None)


def _scaled_png(image: QImage) -> bytes:
    scaled = image.scaled(
        MAX_LOGO_PIXELS,
        MAX_LOGO_PIXELS,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    scaled.save(buffer, "PNG")
    buffer.close()
    return data.data()
