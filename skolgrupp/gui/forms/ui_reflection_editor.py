# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reflection_editor.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
    QRadioButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ReflectionEditor(object):
    def setupUi(self, ReflectionEditor):
        if not ReflectionEditor.objectName():
            ReflectionEditor.setObjectName(u"ReflectionEditor")
        ReflectionEditor.resize(640, 720)
        self.mainLayout = QVBoxLayout(ReflectionEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.groupLabel = QLabel(ReflectionEditor)
        self.groupLabel.setObjectName(u"groupLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupCombo = QComboBox(ReflectionEditor)
        self.groupCombo.setObjectName(u"groupCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.groupCombo)

        self.authorLabel = QLabel(ReflectionEditor)
        self.authorLabel.setObjectName(u"authorLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.authorLabel)

        self.authorCombo = QComboBox(ReflectionEditor)
        self.authorCombo.setObjectName(u"authorCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.authorCombo)

        self.dateLabel = QLabel(ReflectionEditor)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(ReflectionEditor)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.sessionLabel = QLabel(ReflectionEditor)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sessionLabel)

        self.sessionCombo = QComboBox(ReflectionEditor)
        self.sessionCombo.setObjectName(u"sessionCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sessionCombo)

        self.cycleLabel = QLabel(ReflectionEditor)
        self.cycleLabel.setObjectName(u"cycleLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.cycleLabel)

        self.cycleCombo = QComboBox(ReflectionEditor)
        self.cycleCombo.setObjectName(u"cycleCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.cycleCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.visibilityBox = QGroupBox(ReflectionEditor)
        self.visibilityBox.setObjectName(u"visibilityBox")
        self.visibilityLayout = QVBoxLayout(self.visibilityBox)
        self.visibilityLayout.setObjectName(u"visibilityLayout")
        self.privateRadio = QRadioButton(self.visibilityBox)
        self.privateRadio.setObjectName(u"privateRadio")
        self.privateRadio.setChecked(True)

        self.visibilityLayout.addWidget(self.privateRadio)

        self.sharedRadio = QRadioButton(self.visibilityBox)
        self.sharedRadio.setObjectName(u"sharedRadio")

        self.visibilityLayout.addWidget(self.sharedRadio)


        self.mainLayout.addWidget(self.visibilityBox)

        self.promptsBox = QGroupBox(ReflectionEditor)
        self.promptsBox.setObjectName(u"promptsBox")
        self.promptsLayout = QVBoxLayout(self.promptsBox)
        self.promptsLayout.setObjectName(u"promptsLayout")

        self.mainLayout.addWidget(self.promptsBox)

        self.textLabel = QLabel(ReflectionEditor)
        self.textLabel.setObjectName(u"textLabel")

        self.mainLayout.addWidget(self.textLabel)

        self.textEdit = QPlainTextEdit(ReflectionEditor)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setTabChangesFocus(True)

        self.mainLayout.addWidget(self.textEdit)

        self.goalsLabel = QLabel(ReflectionEditor)
        self.goalsLabel.setObjectName(u"goalsLabel")

        self.mainLayout.addWidget(self.goalsLabel)

        self.goalsList = QListWidget(ReflectionEditor)
        self.goalsList.setObjectName(u"goalsList")
        self.goalsList.setMaximumSize(QSize(16777215, 120))

        self.mainLayout.addWidget(self.goalsList)

        self.buttonBox = QDialogButtonBox(ReflectionEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.groupLabel.setBuddy(self.groupCombo)
        self.authorLabel.setBuddy(self.authorCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.cycleLabel.setBuddy(self.cycleCombo)
        self.textLabel.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.groupCombo, self.authorCombo)
        QWidget.setTabOrder(self.authorCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.sessionCombo)
        QWidget.setTabOrder(self.sessionCombo, self.cycleCombo)
        QWidget.setTabOrder(self.cycleCombo, self.privateRadio)
        QWidget.setTabOrder(self.privateRadio, self.sharedRadio)
        QWidget.setTabOrder(self.sharedRadio, self.textEdit)
        QWidget.setTabOrder(self.textEdit, self.goalsList)

        self.retranslateUi(ReflectionEditor)
        self.buttonBox.accepted.connect(ReflectionEditor.accept)
        self.buttonBox.rejected.connect(ReflectionEditor.reject)

        QMetaObject.connectSlotsByName(ReflectionEditor)
    # setupUi

    def retranslateUi(self, ReflectionEditor):
        ReflectionEditor.setWindowTitle(QCoreApplication.translate("ReflectionEditor", u"Reflection", None))
        self.groupLabel.setText(QCoreApplication.translate("ReflectionEditor", u"&Group", None))
#if QT_CONFIG(accessibility)
        self.groupCombo.setAccessibleName(QCoreApplication.translate("ReflectionEditor", u"Group", None))
#endif // QT_CONFIG(accessibility)
        self.authorLabel.setText(QCoreApplication.translate("ReflectionEditor", u"&Written by", None))
#if QT_CONFIG(accessibility)
        self.authorCombo.setAccessibleName(QCoreApplication.translate("ReflectionEditor", u"Written by", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("ReflectionEditor", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("ReflectionEditor", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.sessionLabel.setText(QCoreApplication.translate("ReflectionEditor", u"&Session", None))
#if QT_CONFIG(accessibility)
        self.sessionCombo.setAccessibleName(QCoreApplication.translate("ReflectionEditor", u"Session", None))
#endif // QT_CONFIG(accessibility)
        self.cycleLabel.setText(QCoreApplication.translate("ReflectionEditor", u"&Cycle", None))
#if QT_CONFIG(accessibility)
        self.cycleCombo.setAccessibleName(QCoreApplication.translate("ReflectionEditor", u"Cycle", None))
#endif // QT_CONFIG(accessibility)
        self.visibilityBox.setTitle(QCoreApplication.translate("ReflectionEditor", u"Who can read it", None))
        self.privateRadio.setText(QCoreApplication.translate("ReflectionEditor", u"&Private: only you, only on this computer", None))
        self.sharedRadio.setText(QCoreApplication.translate("ReflectionEditor", u"S&hared with the group", None))
        self.promptsBox.setTitle(QCoreApplication.translate("ReflectionEditor", u"Questions", None))
        self.textLabel.setText(QCoreApplication.translate("ReflectionEditor", u"&Other thoughts", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("ReflectionEditor", u"Other thoughts", None))
#endif // QT_CONFIG(accessibility)
        self.goalsLabel.setText(QCoreApplication.translate("ReflectionEditor", u"Goals it concerns", None))
#if QT_CONFIG(accessibility)
        self.goalsList.setAccessibleName(QCoreApplication.translate("ReflectionEditor", u"Goals it concerns", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

