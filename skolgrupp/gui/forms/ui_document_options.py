# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'document_options.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_DocumentOptions(object):
    def setupUi(self, DocumentOptions):
        if not DocumentOptions.objectName():
            DocumentOptions.setObjectName(u"DocumentOptions")
        self.mainLayout = QVBoxLayout(DocumentOptions)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.fromLabel = QLabel(DocumentOptions)
        self.fromLabel.setObjectName(u"fromLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromDate = QDateEdit(DocumentOptions)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)
        self.fromDate.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fromDate)

        self.toLabel = QLabel(DocumentOptions)
        self.toLabel.setObjectName(u"toLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toDate = QDateEdit(DocumentOptions)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)
        self.toDate.setDisplayFormat(u"yyyy-MM-dd")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.toDate)

        self.yearLabel = QLabel(DocumentOptions)
        self.yearLabel.setObjectName(u"yearLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearCombo = QComboBox(DocumentOptions)
        self.yearCombo.setObjectName(u"yearCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.yearCombo)

        self.ownerLabel = QLabel(DocumentOptions)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerCombo = QComboBox(DocumentOptions)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ownerCombo)

        self.observerLabel = QLabel(DocumentOptions)
        self.observerLabel.setObjectName(u"observerLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.observerLabel)

        self.observerCombo = QComboBox(DocumentOptions)
        self.observerCombo.setObjectName(u"observerCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.observerCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.hint = QLabel(DocumentOptions)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(DocumentOptions)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
        self.yearLabel.setBuddy(self.yearCombo)
        self.ownerLabel.setBuddy(self.ownerCombo)
        self.observerLabel.setBuddy(self.observerCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.yearCombo)
        QWidget.setTabOrder(self.yearCombo, self.ownerCombo)
        QWidget.setTabOrder(self.ownerCombo, self.observerCombo)
        QWidget.setTabOrder(self.observerCombo, self.buttons)

        self.retranslateUi(DocumentOptions)
        self.buttons.accepted.connect(DocumentOptions.accept)
        self.buttons.rejected.connect(DocumentOptions.reject)

        QMetaObject.connectSlotsByName(DocumentOptions)
    # setupUi

    def retranslateUi(self, DocumentOptions):
        DocumentOptions.setWindowTitle(QCoreApplication.translate("DocumentOptions", u"Document", None))
        self.fromLabel.setText(QCoreApplication.translate("DocumentOptions", u"&From:", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("DocumentOptions", u"First day", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("DocumentOptions", u"&To:", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("DocumentOptions", u"Last day", None))
#endif // QT_CONFIG(accessibility)
        self.yearLabel.setText(QCoreApplication.translate("DocumentOptions", u"School &year:", None))
#if QT_CONFIG(accessibility)
        self.yearCombo.setAccessibleName(QCoreApplication.translate("DocumentOptions", u"School year", None))
#endif // QT_CONFIG(accessibility)
        self.ownerLabel.setText(QCoreApplication.translate("DocumentOptions", u"School &owner:", None))
#if QT_CONFIG(accessibility)
        self.ownerCombo.setAccessibleName(QCoreApplication.translate("DocumentOptions", u"School owner", None))
#endif // QT_CONFIG(accessibility)
        self.observerLabel.setText(QCoreApplication.translate("DocumentOptions", u"&Observer:", None))
#if QT_CONFIG(accessibility)
        self.observerCombo.setAccessibleName(QCoreApplication.translate("DocumentOptions", u"Observer", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

