# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'conflicts_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_ConflictsDialog(object):
    def setupUi(self, ConflictsDialog):
        if not ConflictsDialog.objectName():
            ConflictsDialog.setObjectName(u"ConflictsDialog")
        ConflictsDialog.resize(820, 560)
        self.mainLayout = QVBoxLayout(ConflictsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(ConflictsDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.intro)

        self.conflictsList = QTreeWidget(ConflictsDialog)
        self.conflictsList.setObjectName(u"conflictsList")
        self.conflictsList.setRootIsDecorated(False)
        self.conflictsList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.mainLayout.addWidget(self.conflictsList)

        self.sidesLayout = QHBoxLayout()
        self.sidesLayout.setObjectName(u"sidesLayout")
        self.shownLayout = QVBoxLayout()
        self.shownLayout.setObjectName(u"shownLayout")
        self.shownLabel = QLabel(ConflictsDialog)
        self.shownLabel.setObjectName(u"shownLabel")
        self.shownLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.shownLayout.addWidget(self.shownLabel)

        self.shownText = QPlainTextEdit(ConflictsDialog)
        self.shownText.setObjectName(u"shownText")
        self.shownText.setReadOnly(True)

        self.shownLayout.addWidget(self.shownText)

        self.keepShownButton = QPushButton(ConflictsDialog)
        self.keepShownButton.setObjectName(u"keepShownButton")

        self.shownLayout.addWidget(self.keepShownButton)


        self.sidesLayout.addLayout(self.shownLayout)

        self.otherLayout = QVBoxLayout()
        self.otherLayout.setObjectName(u"otherLayout")
        self.otherLabel = QLabel(ConflictsDialog)
        self.otherLabel.setObjectName(u"otherLabel")
        self.otherLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.otherLayout.addWidget(self.otherLabel)

        self.otherText = QPlainTextEdit(ConflictsDialog)
        self.otherText.setObjectName(u"otherText")
        self.otherText.setReadOnly(True)

        self.otherLayout.addWidget(self.otherText)

        self.keepOtherButton = QPushButton(ConflictsDialog)
        self.keepOtherButton.setObjectName(u"keepOtherButton")

        self.otherLayout.addWidget(self.keepOtherButton)


        self.sidesLayout.addLayout(self.otherLayout)


        self.mainLayout.addLayout(self.sidesLayout)

        self.buttons = QDialogButtonBox(ConflictsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttons)

        QWidget.setTabOrder(self.conflictsList, self.keepShownButton)
        QWidget.setTabOrder(self.keepShownButton, self.keepOtherButton)
        QWidget.setTabOrder(self.keepOtherButton, self.buttons)

        self.retranslateUi(ConflictsDialog)
        self.buttons.accepted.connect(ConflictsDialog.accept)
        self.buttons.rejected.connect(ConflictsDialog.reject)

        QMetaObject.connectSlotsByName(ConflictsDialog)
    # setupUi

    def retranslateUi(self, ConflictsDialog):
        ConflictsDialog.setWindowTitle(QCoreApplication.translate("ConflictsDialog", u"Changed on two computers at once", None))
        ___qtreewidgetitem = self.conflictsList.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ConflictsDialog", u"Kind", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ConflictsDialog", u"Record", None))
#if QT_CONFIG(accessibility)
        self.conflictsList.setAccessibleName(QCoreApplication.translate("ConflictsDialog", u"Records changed on two computers at once", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.shownText.setAccessibleName(QCoreApplication.translate("ConflictsDialog", u"The version shown", None))
#endif // QT_CONFIG(accessibility)
        self.keepShownButton.setText(QCoreApplication.translate("ConflictsDialog", u"Keep &this version", None))
#if QT_CONFIG(accessibility)
        self.otherText.setAccessibleName(QCoreApplication.translate("ConflictsDialog", u"The other version", None))
#endif // QT_CONFIG(accessibility)
        self.keepOtherButton.setText(QCoreApplication.translate("ConflictsDialog", u"Keep the &other version", None))
    # retranslateUi

