# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'group_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_GroupEditor(object):
    def setupUi(self, GroupEditor):
        if not GroupEditor.objectName():
            GroupEditor.setObjectName(u"GroupEditor")
        GroupEditor.resize(620, 640)
        self.mainLayout = QVBoxLayout(GroupEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(GroupEditor)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(GroupEditor)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.subjectLabel = QLabel(GroupEditor)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectCombo = QComboBox(GroupEditor)
        self.subjectCombo.setObjectName(u"subjectCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.subjectCombo)

        self.termLabel = QLabel(GroupEditor)
        self.termLabel.setObjectName(u"termLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.termLabel)

        self.termEdit = QLineEdit(GroupEditor)
        self.termEdit.setObjectName(u"termEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.termEdit)

        self.descriptionLabel = QLabel(GroupEditor)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(GroupEditor)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.membersBox = QGroupBox(GroupEditor)
        self.membersBox.setObjectName(u"membersBox")
        self.membersLayout = QVBoxLayout(self.membersBox)
        self.membersLayout.setObjectName(u"membersLayout")
        self.membersList = QTreeWidget(self.membersBox)
        self.membersList.setObjectName(u"membersList")
        self.membersList.setRootIsDecorated(False)
        self.membersList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.membersLayout.addWidget(self.membersList)

        self.addLayout = QHBoxLayout()
        self.addLayout.setObjectName(u"addLayout")
        self.personCombo = QComboBox(self.membersBox)
        self.personCombo.setObjectName(u"personCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.personCombo.sizePolicy().hasHeightForWidth())
        self.personCombo.setSizePolicy(sizePolicy)

        self.addLayout.addWidget(self.personCombo)

        self.memberDate = QDateEdit(self.membersBox)
        self.memberDate.setObjectName(u"memberDate")
        self.memberDate.setCalendarPopup(True)

        self.addLayout.addWidget(self.memberDate)

        self.leaderCheck = QCheckBox(self.membersBox)
        self.leaderCheck.setObjectName(u"leaderCheck")

        self.addLayout.addWidget(self.leaderCheck)

        self.addButton = QPushButton(self.membersBox)
        self.addButton.setObjectName(u"addButton")

        self.addLayout.addWidget(self.addButton)

        self.leftButton = QPushButton(self.membersBox)
        self.leftButton.setObjectName(u"leftButton")

        self.addLayout.addWidget(self.leftButton)


        self.membersLayout.addLayout(self.addLayout)


        self.mainLayout.addWidget(self.membersBox)

        self.buttonBox = QDialogButtonBox(GroupEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.subjectLabel.setBuddy(self.subjectCombo)
        self.termLabel.setBuddy(self.termEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.subjectCombo)
        QWidget.setTabOrder(self.subjectCombo, self.termEdit)
        QWidget.setTabOrder(self.termEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.membersList)
        QWidget.setTabOrder(self.membersList, self.personCombo)
        QWidget.setTabOrder(self.personCombo, self.memberDate)
        QWidget.setTabOrder(self.memberDate, self.leaderCheck)
        QWidget.setTabOrder(self.leaderCheck, self.addButton)
        QWidget.setTabOrder(self.addButton, self.leftButton)

        self.retranslateUi(GroupEditor)
        self.buttonBox.accepted.connect(GroupEditor.accept)
        self.buttonBox.rejected.connect(GroupEditor.reject)

        QMetaObject.connectSlotsByName(GroupEditor)
    # setupUi

    def retranslateUi(self, GroupEditor):
        GroupEditor.setWindowTitle(QCoreApplication.translate("GroupEditor", u"Group", None))
        self.nameLabel.setText(QCoreApplication.translate("GroupEditor", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("GroupEditor", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.subjectLabel.setText(QCoreApplication.translate("GroupEditor", u"Subject &area", None))
#if QT_CONFIG(accessibility)
        self.subjectCombo.setAccessibleName(QCoreApplication.translate("GroupEditor", u"Subject area", None))
#endif // QT_CONFIG(accessibility)
        self.termLabel.setText(QCoreApplication.translate("GroupEditor", u"&Term", None))
#if QT_CONFIG(accessibility)
        self.termEdit.setAccessibleName(QCoreApplication.translate("GroupEditor", u"Term", None))
#endif // QT_CONFIG(accessibility)
        self.termEdit.setPlaceholderText(QCoreApplication.translate("GroupEditor", u"ht2026", None))
        self.descriptionLabel.setText(QCoreApplication.translate("GroupEditor", u"&Description", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("GroupEditor", u"Description", None))
#endif // QT_CONFIG(accessibility)
        self.membersBox.setTitle(QCoreApplication.translate("GroupEditor", u"Members", None))
        ___qtreewidgetitem = self.membersList.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("GroupEditor", u"Left", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("GroupEditor", u"Joined", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("GroupEditor", u"Role", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("GroupEditor", u"Name", None))
#if QT_CONFIG(accessibility)
        self.membersList.setAccessibleName(QCoreApplication.translate("GroupEditor", u"Members", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.personCombo.setAccessibleName(QCoreApplication.translate("GroupEditor", u"Person to add", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.memberDate.setAccessibleName(QCoreApplication.translate("GroupEditor", u"Date of joining or leaving", None))
#endif // QT_CONFIG(accessibility)
        self.leaderCheck.setText(QCoreApplication.translate("GroupEditor", u"as &group leader", None))
        self.addButton.setText(QCoreApplication.translate("GroupEditor", u"&Add", None))
        self.leftButton.setText(QCoreApplication.translate("GroupEditor", u"&Left", None))
    # retranslateUi

