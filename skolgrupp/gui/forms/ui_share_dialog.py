# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'share_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

from skolgrupp.gui.privacy_findings import FindingsList

class Ui_ShareDialog(object):
    def setupUi(self, ShareDialog):
        if not ShareDialog.objectName():
            ShareDialog.setObjectName(u"ShareDialog")
        ShareDialog.resize(620, 520)
        self.mainLayout = QVBoxLayout(ShareDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.intro = QLabel(ShareDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.intro)

        self.privacyHint = QLabel(ShareDialog)
        self.privacyHint.setObjectName(u"privacyHint")
        self.privacyHint.setWordWrap(True)
        self.privacyHint.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.privacyHint)

        self.findings = FindingsList(ShareDialog)
        self.findings.setObjectName(u"findings")

        self.mainLayout.addWidget(self.findings)

        self.lockBox = QCheckBox(ShareDialog)
        self.lockBox.setObjectName(u"lockBox")

        self.mainLayout.addWidget(self.lockBox)

        self.lockHint = QLabel(ShareDialog)
        self.lockHint.setObjectName(u"lockHint")
        self.lockHint.setWordWrap(True)
        self.lockHint.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.lockHint)

        self.passphraseLayout = QFormLayout()
        self.passphraseLayout.setObjectName(u"passphraseLayout")
        self.passphraseLabel = QLabel(ShareDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.passphraseLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(ShareDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.againLabel = QLabel(ShareDialog)
        self.againLabel.setObjectName(u"againLabel")

        self.passphraseLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.againLabel)

        self.againEdit = QLineEdit(ShareDialog)
        self.againEdit.setObjectName(u"againEdit")
        self.againEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.againEdit)


        self.mainLayout.addLayout(self.passphraseLayout)

        self.passphraseStatus = QLabel(ShareDialog)
        self.passphraseStatus.setObjectName(u"passphraseStatus")
        self.passphraseStatus.setWordWrap(True)
        self.passphraseStatus.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.passphraseStatus)

        self.buttons = QDialogButtonBox(ShareDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.againLabel.setBuddy(self.againEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.findings, self.lockBox)
        QWidget.setTabOrder(self.lockBox, self.passphraseEdit)
        QWidget.setTabOrder(self.passphraseEdit, self.againEdit)
        QWidget.setTabOrder(self.againEdit, self.buttons)

        self.retranslateUi(ShareDialog)
        self.buttons.accepted.connect(ShareDialog.accept)
        self.buttons.rejected.connect(ShareDialog.reject)

        QMetaObject.connectSlotsByName(ShareDialog)
    # setupUi

    def retranslateUi(self, ShareDialog):
        ShareDialog.setWindowTitle(QCoreApplication.translate("ShareDialog", u"Share group", None))
        self.lockBox.setText(QCoreApplication.translate("ShareDialog", u"&Lock the file with a passphrase", None))
        self.passphraseLabel.setText(QCoreApplication.translate("ShareDialog", u"&Passphrase:", None))
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("ShareDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
        self.againLabel.setText(QCoreApplication.translate("ShareDialog", u"&Again:", None))
#if QT_CONFIG(accessibility)
        self.againEdit.setAccessibleName(QCoreApplication.translate("ShareDialog", u"The passphrase again", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

