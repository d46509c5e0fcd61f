# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'privacy_findings.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QLabel, QSizePolicy, QVBoxLayout, QWidget)

from skolgrupp.gui.privacy_findings import FindingsList

class Ui_PrivacyFindings(object):
    def setupUi(self, PrivacyFindings):
        if not PrivacyFindings.objectName():
            PrivacyFindings.setObjectName(u"PrivacyFindings")
        PrivacyFindings.resize(620, 380)
        self.mainLayout = QVBoxLayout(PrivacyFindings)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hint = QLabel(PrivacyFindings)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.hint)

        self.findings = FindingsList(PrivacyFindings)
        self.findings.setObjectName(u"findings")

        self.mainLayout.addWidget(self.findings)

        self.buttons = QDialogButtonBox(PrivacyFindings)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel)

        self.mainLayout.addWidget(self.buttons)

        QWidget.setTabOrder(self.findings, self.buttons)

        self.retranslateUi(PrivacyFindings)
        self.buttons.rejected.connect(PrivacyFindings.reject)

        QMetaObject.connectSlotsByName(PrivacyFindings)
    # setupUi

    def retranslateUi(self, PrivacyFindings):
        PrivacyFindings.setWindowTitle(QCoreApplication.translate("PrivacyFindings", u"Text that may be about pupils", None))
    # retranslateUi

