# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_mode.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_MeetingMode(object):
    def setupUi(self, MeetingMode):
        if not MeetingMode.objectName():
            MeetingMode.setObjectName(u"MeetingMode")
        MeetingMode.resize(1100, 720)
        self.mainLayout = QVBoxLayout(MeetingMode)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(MeetingMode)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.titleLabel)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.attendanceBox = QGroupBox(MeetingMode)
        self.attendanceBox.setObjectName(u"attendanceBox")
        self.attendanceBoxLayout = QVBoxLayout(self.attendanceBox)
        self.attendanceBoxLayout.setObjectName(u"attendanceBoxLayout")
        self.attendanceList = QTreeWidget(self.attendanceBox)
        self.attendanceList.setObjectName(u"attendanceList")
        self.attendanceList.setRootIsDecorated(False)

        self.attendanceBoxLayout.addWidget(self.attendanceList)


        self.leftColumn.addWidget(self.attendanceBox)

        self.talkBox = QGroupBox(MeetingMode)
        self.talkBox.setObjectName(u"talkBox")
        self.talkBoxLayout = QVBoxLayout(self.talkBox)
        self.talkBoxLayout.setObjectName(u"talkBoxLayout")
        self.rolesLabel = QLabel(self.talkBox)
        self.rolesLabel.setObjectName(u"rolesLabel")
        self.rolesLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.talkBoxLayout.addWidget(self.rolesLabel)

        self.roundRow = QHBoxLayout()
        self.roundRow.setObjectName(u"roundRow")
        self.roundCombo = QComboBox(self.talkBox)
        self.roundCombo.setObjectName(u"roundCombo")

        self.roundRow.addWidget(self.roundCombo)

        self.roundButton = QPushButton(self.talkBox)
        self.roundButton.setObjectName(u"roundButton")

        self.roundRow.addWidget(self.roundButton)


        self.talkBoxLayout.addLayout(self.roundRow)

        self.roundLabel = QLabel(self.talkBox)
        self.roundLabel.setObjectName(u"roundLabel")
        self.roundLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.talkBoxLayout.addWidget(self.roundLabel)


        self.leftColumn.addWidget(self.talkBox)


        self.columns.addLayout(self.leftColumn)

        self.agendaBox = QGroupBox(MeetingMode)
        self.agendaBox.setObjectName(u"agendaBox")
        self.agendaBoxLayout = QVBoxLayout(self.agendaBox)
        self.agendaBoxLayout.setObjectName(u"agendaBoxLayout")
        self.agendaList = QListWidget(self.agendaBox)
        self.agendaList.setObjectName(u"agendaList")
        self.agendaList.setMaximumSize(QSize(16777215, 140))

        self.agendaBoxLayout.addWidget(self.agendaList)

        self.timerRow = QHBoxLayout()
        self.timerRow.setObjectName(u"timerRow")
        self.timerLabel = QLabel(self.agendaBox)
        self.timerLabel.setObjectName(u"timerLabel")
        self.timerLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.timerRow.addWidget(self.timerLabel)

        self.timerButton = QPushButton(self.agendaBox)
        self.timerButton.setObjectName(u"timerButton")

        self.timerRow.addWidget(self.timerButton)


        self.agendaBoxLayout.addLayout(self.timerRow)

        self.minutesEdit = QPlainTextEdit(self.agendaBox)
        self.minutesEdit.setObjectName(u"minutesEdit")

        self.agendaBoxLayout.addWidget(self.minutesEdit)


        self.columns.addWidget(self.agendaBox)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.decisionsBox = QGroupBox(MeetingMode)
        self.decisionsBox.setObjectName(u"decisionsBox")
        self.decisionsBoxLayout = QVBoxLayout(self.decisionsBox)
        self.decisionsBoxLayout.setObjectName(u"decisionsBoxLayout")
        self.decisionsList = QListWidget(self.decisionsBox)
        self.decisionsList.setObjectName(u"decisionsList")

        self.decisionsBoxLayout.addWidget(self.decisionsList)

        self.decisionRow = QHBoxLayout()
        self.decisionRow.setObjectName(u"decisionRow")
        self.decisionEdit = QLineEdit(self.decisionsBox)
        self.decisionEdit.setObjectName(u"decisionEdit")

        self.decisionRow.addWidget(self.decisionEdit)

        self.decisionButton = QPushButton(self.decisionsBox)
        self.decisionButton.setObjectName(u"decisionButton")

        self.decisionRow.addWidget(self.decisionButton)


        self.decisionsBoxLayout.addLayout(self.decisionRow)


        self.rightColumn.addWidget(self.decisionsBox)

        self.actionsBox = QGroupBox(MeetingMode)
        self.actionsBox.setObjectName(u"actionsBox")
        self.actionsBoxLayout = QVBoxLayout(self.actionsBox)
        self.actionsBoxLayout.setObjectName(u"actionsBoxLayout")
        self.actionsList = QTreeWidget(self.actionsBox)
        self.actionsList.setObjectName(u"actionsList")
        self.actionsList.setRootIsDecorated(False)

        self.actionsBoxLayout.addWidget(self.actionsList)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.actionEdit = QLineEdit(self.actionsBox)
        self.actionEdit.setObjectName(u"actionEdit")

        self.actionRow.addWidget(self.actionEdit)

        self.ownerCombo = QComboBox(self.actionsBox)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.actionRow.addWidget(self.ownerCombo)

        self.dueEdit = QDateEdit(self.actionsBox)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)

        self.actionRow.addWidget(self.dueEdit)

        self.actionButton = QPushButton(self.actionsBox)
        self.actionButton.setObjectName(u"actionButton")

        self.actionRow.addWidget(self.actionButton)


        self.actionsBoxLayout.addLayout(self.actionRow)


        self.rightColumn.addWidget(self.actionsBox)


        self.columns.addLayout(self.rightColumn)


        self.mainLayout.addLayout(self.columns)

        self.buttonBox = QDialogButtonBox(MeetingMode)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(MeetingMode)
        self.buttonBox.rejected.connect(MeetingMode.reject)

        QMetaObject.connectSlotsByName(MeetingMode)
    # setupUi

    def retranslateUi(self, MeetingMode):
        MeetingMode.setWindowTitle(QCoreApplication.translate("MeetingMode", u"Meeting mode", None))
        self.attendanceBox.setTitle(QCoreApplication.translate("MeetingMode", u"Attendance", None))
        ___qtreewidgetitem = self.attendanceList.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("MeetingMode", u"Present", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("MeetingMode", u"Name", None))
#if QT_CONFIG(accessibility)
        self.attendanceList.setAccessibleName(QCoreApplication.translate("MeetingMode", u"Attendance", None))
#endif // QT_CONFIG(accessibility)
        self.talkBox.setTitle(QCoreApplication.translate("MeetingMode", u"Talk", None))
        self.rolesLabel.setText("")
#if QT_CONFIG(accessibility)
        self.roundCombo.setAccessibleName(QCoreApplication.translate("MeetingMode", u"Talk round", None))
#endif // QT_CONFIG(accessibility)
        self.roundButton.setText(QCoreApplication.translate("MeetingMode", u"Start &round", None))
        self.roundLabel.setText("")
        self.agendaBox.setTitle(QCoreApplication.translate("MeetingMode", u"Agenda and minutes", None))
#if QT_CONFIG(accessibility)
        self.agendaList.setAccessibleName(QCoreApplication.translate("MeetingMode", u"Agenda", None))
#endif // QT_CONFIG(accessibility)
        self.timerLabel.setText("")
        self.timerButton.setText(QCoreApplication.translate("MeetingMode", u"&Start the clock", None))
#if QT_CONFIG(accessibility)
        self.minutesEdit.setAccessibleName(QCoreApplication.translate("MeetingMode", u"Minutes for the agenda item", None))
#endif // QT_CONFIG(accessibility)
        self.minutesEdit.setPlaceholderText(QCoreApplication.translate("MeetingMode", u"Minutes for this item\u2026", None))
        self.decisionsBox.setTitle(QCoreApplication.translate("MeetingMode", u"Decisions", None))
#if QT_CONFIG(accessibility)
        self.decisionsList.setAccessibleName(QCoreApplication.translate("MeetingMode", u"Decisions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.decisionEdit.setAccessibleName(QCoreApplication.translate("MeetingMode", u"New decision", None))
#endif // QT_CONFIG(accessibility)
        self.decisionEdit.setPlaceholderText(QCoreApplication.translate("MeetingMode", u"We decided\u2026", None))
        self.decisionButton.setText(QCoreApplication.translate("MeetingMode", u"Add &decision", None))
        self.actionsBox.setTitle(QCoreApplication.translate("MeetingMode", u"Action items", None))
        ___qtreewidgetitem1 = self.actionsList.headerItem()
        ___qtreewidgetitem1.setText(3, QCoreApplication.translate("MeetingMode", u"Due", None))
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("MeetingMode", u"Who", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("MeetingMode", u"Action", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("MeetingMode", u"Done", None))
#if QT_CONFIG(accessibility)
        self.actionsList.setAccessibleName(QCoreApplication.translate("MeetingMode", u"Action items", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.actionEdit.setAccessibleName(QCoreApplication.translate("MeetingMode", u"New action item", None))
#endif // QT_CONFIG(accessibility)
        self.actionEdit.setPlaceholderText(QCoreApplication.translate("MeetingMode", u"To do\u2026", None))
#if QT_CONFIG(accessibility)
        self.ownerCombo.setAccessibleName(QCoreApplication.translate("MeetingMode", u"Who", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.dueEdit.setAccessibleName(QCoreApplication.translate("MeetingMode", u"Due", None))
#endif // QT_CONFIG(accessibility)
        self.actionButton.setText(QCoreApplication.translate("MeetingMode", u"Add &action", None))
    # retranslateUi

