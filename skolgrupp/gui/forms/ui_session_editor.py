# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpinBox, QTimeEdit,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_SessionEditor(object):
    def setupUi(self, SessionEditor):
        if not SessionEditor.objectName():
            SessionEditor.setObjectName(u"SessionEditor")
        SessionEditor.resize(700, 760)
        self.mainLayout = QVBoxLayout(SessionEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.templateComboLabel = QLabel(SessionEditor)
        self.templateComboLabel.setObjectName(u"templateComboLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.templateComboLabel)

        self.templateCombo = QComboBox(SessionEditor)
        self.templateCombo.setObjectName(u"templateCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.templateCombo)

        self.titleEditLabel = QLabel(SessionEditor)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleEditLabel)

        self.titleEdit = QLineEdit(SessionEditor)
        self.titleEdit.setObjectName(u"titleEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.dateEditLabel = QLabel(SessionEditor)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateEditLabel)

        self.dateEdit = QDateEdit(SessionEditor)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.timeEditLabel = QLabel(SessionEditor)
        self.timeEditLabel.setObjectName(u"timeEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.timeEditLabel)

        self.timeEdit = QTimeEdit(SessionEditor)
        self.timeEdit.setObjectName(u"timeEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.timeEdit)

        self.durationSpinLabel = QLabel(SessionEditor)
        self.durationSpinLabel.setObjectName(u"durationSpinLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.durationSpinLabel)

        self.durationSpin = QSpinBox(SessionEditor)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMaximum(600)
        self.durationSpin.setSingleStep(15)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.placeEditLabel = QLabel(SessionEditor)
        self.placeEditLabel.setObjectName(u"placeEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.placeEditLabel)

        self.placeEdit = QLineEdit(SessionEditor)
        self.placeEdit.setObjectName(u"placeEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.statusComboLabel = QLabel(SessionEditor)
        self.statusComboLabel.setObjectName(u"statusComboLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.statusComboLabel)

        self.statusCombo = QComboBox(SessionEditor)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.cycleComboLabel = QLabel(SessionEditor)
        self.cycleComboLabel.setObjectName(u"cycleComboLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.cycleComboLabel)

        self.cycleCombo = QComboBox(SessionEditor)
        self.cycleCombo.setObjectName(u"cycleCombo")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.cycleCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.agendaBox = QGroupBox(SessionEditor)
        self.agendaBox.setObjectName(u"agendaBox")
        self.agendaLayout = QVBoxLayout(self.agendaBox)
        self.agendaLayout.setObjectName(u"agendaLayout")
        self.agendaList = QTreeWidget(self.agendaBox)
        self.agendaList.setObjectName(u"agendaList")
        self.agendaList.setRootIsDecorated(False)
        self.agendaList.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.agendaList.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.agendaList.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)

        self.agendaLayout.addWidget(self.agendaList)

        self.agendaButtons = QHBoxLayout()
        self.agendaButtons.setObjectName(u"agendaButtons")
        self.addItemButton = QPushButton(self.agendaBox)
        self.addItemButton.setObjectName(u"addItemButton")

        self.agendaButtons.addWidget(self.addItemButton)

        self.removeItemButton = QPushButton(self.agendaBox)
        self.removeItemButton.setObjectName(u"removeItemButton")

        self.agendaButtons.addWidget(self.removeItemButton)

        self.leaderCombo = QComboBox(self.agendaBox)
        self.leaderCombo.setObjectName(u"leaderCombo")

        self.agendaButtons.addWidget(self.leaderCombo)

        self.sumLabel = QLabel(self.agendaBox)
        self.sumLabel.setObjectName(u"sumLabel")
        self.sumLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.agendaButtons.addWidget(self.sumLabel)


        self.agendaLayout.addLayout(self.agendaButtons)


        self.mainLayout.addWidget(self.agendaBox)

        self.preparationLabel = QLabel(SessionEditor)
        self.preparationLabel.setObjectName(u"preparationLabel")

        self.mainLayout.addWidget(self.preparationLabel)

        self.preparationEdit = QPlainTextEdit(SessionEditor)
        self.preparationEdit.setObjectName(u"preparationEdit")
        self.preparationEdit.setTabChangesFocus(True)
        self.preparationEdit.setMaximumSize(QSize(16777215, 90))

        self.mainLayout.addWidget(self.preparationEdit)

        self.goalsLabel = QLabel(SessionEditor)
        self.goalsLabel.setObjectName(u"goalsLabel")

        self.mainLayout.addWidget(self.goalsLabel)

        self.goalsList = QListWidget(SessionEditor)
        self.goalsList.setObjectName(u"goalsList")
        self.goalsList.setMaximumSize(QSize(16777215, 110))

        self.mainLayout.addWidget(self.goalsList)

        self.buttonBox = QDialogButtonBox(SessionEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.templateComboLabel.setBuddy(self.templateCombo)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.timeEditLabel.setBuddy(self.timeEdit)
        self.durationSpinLabel.setBuddy(self.durationSpin)
        self.placeEditLabel.setBuddy(self.placeEdit)
        self.statusComboLabel.setBuddy(self.statusCombo)
        self.cycleComboLabel.setBuddy(self.cycleCombo)
        self.preparationLabel.setBuddy(self.preparationEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.templateCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.timeEdit)
        QWidget.setTabOrder(self.timeEdit, self.durationSpin)
        QWidget.setTabOrder(self.durationSpin, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.cycleCombo)
        QWidget.setTabOrder(self.cycleCombo, self.agendaList)
        QWidget.setTabOrder(self.agendaList, self.addItemButton)
        QWidget.setTabOrder(self.addItemButton, self.removeItemButton)
        QWidget.setTabOrder(self.removeItemButton, self.leaderCombo)
        QWidget.setTabOrder(self.leaderCombo, self.preparationEdit)
        QWidget.setTabOrder(self.preparationEdit, self.goalsList)

        self.retranslateUi(SessionEditor)
        self.buttonBox.accepted.connect(SessionEditor.accept)
        self.buttonBox.rejected.connect(SessionEditor.reject)

        QMetaObject.connectSlotsByName(SessionEditor)
    # setupUi

    def retranslateUi(self, SessionEditor):
        SessionEditor.setWindowTitle(QCoreApplication.translate("SessionEditor", u"Session", None))
        self.templateComboLabel.setText(QCoreApplication.translate("SessionEditor", u"&Template", None))
#if QT_CONFIG(accessibility)
        self.templateCombo.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Template", None))
#endif // QT_CONFIG(accessibility)
        self.titleEditLabel.setText(QCoreApplication.translate("SessionEditor", u"T&itle", None))
#if QT_CONFIG(accessibility)
        self.titleEdit.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.dateEditLabel.setText(QCoreApplication.translate("SessionEditor", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.timeEditLabel.setText(QCoreApplication.translate("SessionEditor", u"&Starts", None))
#if QT_CONFIG(accessibility)
        self.timeEdit.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Starts", None))
#endif // QT_CONFIG(accessibility)
        self.durationSpinLabel.setText(QCoreApplication.translate("SessionEditor", u"&Length", None))
#if QT_CONFIG(accessibility)
        self.durationSpin.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Length", None))
#endif // QT_CONFIG(accessibility)
        self.durationSpin.setSuffix(QCoreApplication.translate("SessionEditor", u" min", None))
        self.placeEditLabel.setText(QCoreApplication.translate("SessionEditor", u"&Place", None))
#if QT_CONFIG(accessibility)
        self.placeEdit.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Place", None))
#endif // QT_CONFIG(accessibility)
        self.statusComboLabel.setText(QCoreApplication.translate("SessionEditor", u"Stat&us", None))
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.cycleComboLabel.setText(QCoreApplication.translate("SessionEditor", u"&Cycle", None))
#if QT_CONFIG(accessibility)
        self.cycleCombo.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Cycle", None))
#endif // QT_CONFIG(accessibility)
        self.agendaBox.setTitle(QCoreApplication.translate("SessionEditor", u"Agenda", None))
        ___qtreewidgetitem = self.agendaList.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("SessionEditor", u"Led by", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("SessionEditor", u"Minutes", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("SessionEditor", u"Item", None))
#if QT_CONFIG(accessibility)
        self.agendaList.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Agenda", None))
#endif // QT_CONFIG(accessibility)
        self.addItemButton.setText(QCoreApplication.translate("SessionEditor", u"&Add item", None))
        self.removeItemButton.setText(QCoreApplication.translate("SessionEditor", u"&Remove item", None))
#if QT_CONFIG(accessibility)
        self.leaderCombo.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Led by", None))
#endif // QT_CONFIG(accessibility)
        self.preparationLabel.setText(QCoreApplication.translate("SessionEditor", u"P&reparation", None))
#if QT_CONFIG(accessibility)
        self.preparationEdit.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Preparation", None))
#endif // QT_CONFIG(accessibility)
        self.goalsLabel.setText(QCoreApplication.translate("SessionEditor", u"Goals it serves", None))
#if QT_CONFIG(accessibility)
        self.goalsList.setAccessibleName(QCoreApplication.translate("SessionEditor", u"Goals it serves", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

