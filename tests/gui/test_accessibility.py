"""A screen reader can name every control a user works with, in every form and the window."""

import importlib
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

ROOT = Path(__file__).parents[2]
FORMS = sorted((ROOT / "ui").glob("*.ui"))
CONTROLS = (
    QAbstractItemView,
    QAbstractSpinBox,
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def unnamed_controls(top: QWidget) -> list[str]:
    """The controls under ``top`` that a screen reader would announce without a name. Qt's
    own parts (a header, the list inside a combo box, a field's clear button) are left out."""
    unnamed = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QHeaderView):
            continue
        parent = widget.parentWidget()
        if widget.objectName().startswith("qt_") or isinstance(parent, QLineEdit):
            continue
        if parent is not None and parent.metaObject().className() == "QComboBoxPrivateContainer":
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if not interface.text(QAccessible.Text.Name).strip():
            unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    return unnamed


@pytest.mark.parametrize("form", FORMS, ids=lambda p: p.stem)
def test_every_control_of_a_form_has_a_name(qapp, form):
    module = importlib.import_module(f"skolgrupp.gui.forms.ui_{form.stem}")
    (ui_class,) = [v for k, v in vars(module).items() if k.startswith("Ui_")]
    root = re.search(r'<widget class="(\w+)"', form.read_text(encoding="utf-8")).group(1)
    top = {"QDialog": QDialog, "QGroupBox": QGroupBox}.get(root, QWidget)()
    ui_class().setupUi(top)
    assert unnamed_controls(top) == []
    top.deleteLater()


def test_every_control_of_the_window_has_a_name(window):
    window.group_page, window.search_results  # noqa: B018 - both built
    assert unnamed_controls(window) == []
    window.group_list.setAccessibleName("")  # and the test notices a control without one
    assert [name.split()[0] for name in unnamed_controls(window)] == ["QListView"]
