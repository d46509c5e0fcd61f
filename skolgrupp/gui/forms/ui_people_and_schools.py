# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'people_and_schools.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_PeopleAndSchools(object):
    def setupUi(self, PeopleAndSchools):
        if not PeopleAndSchools.objectName():
            PeopleAndSchools.setObjectName(u"PeopleAndSchools")
        PeopleAndSchools.resize(640, 560)
        self.mainLayout = QVBoxLayout(PeopleAndSchools)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(PeopleAndSchools)
        self.tabs.setObjectName(u"tabs")
        self.peopleTab = QWidget()
        self.peopleTab.setObjectName(u"peopleTab")
        self.peopleLayout = QVBoxLayout(self.peopleTab)
        self.peopleLayout.setObjectName(u"peopleLayout")
        self.peopleList = QTreeWidget(self.peopleTab)
        self.peopleList.setObjectName(u"peopleList")
        self.peopleList.setRootIsDecorated(False)
        self.peopleList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.peopleLayout.addWidget(self.peopleList)

        self.peopleForm = QFormLayout()
        self.peopleForm.setObjectName(u"peopleForm")
        self.personNameLabel = QLabel(self.peopleTab)
        self.personNameLabel.setObjectName(u"personNameLabel")

        self.peopleForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personNameLabel)

        self.personName = QLineEdit(self.peopleTab)
        self.personName.setObjectName(u"personName")

        self.peopleForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personName)

        self.personEmailLabel = QLabel(self.peopleTab)
        self.personEmailLabel.setObjectName(u"personEmailLabel")

        self.peopleForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.personEmailLabel)

        self.personEmail = QLineEdit(self.peopleTab)
        self.personEmail.setObjectName(u"personEmail")

        self.peopleForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.personEmail)

        self.personSchoolLabel = QLabel(self.peopleTab)
        self.personSchoolLabel.setObjectName(u"personSchoolLabel")

        self.peopleForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.personSchoolLabel)

        self.personSchool = QComboBox(self.peopleTab)
        self.personSchool.setObjectName(u"personSchool")

        self.peopleForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.personSchool)

        self.personRoleLabel = QLabel(self.peopleTab)
        self.personRoleLabel.setObjectName(u"personRoleLabel")

        self.peopleForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.personRoleLabel)

        self.personRole = QComboBox(self.peopleTab)
        self.personRole.setObjectName(u"personRole")

        self.peopleForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.personRole)


        self.peopleLayout.addLayout(self.peopleForm)

        self.peopleButtons = QHBoxLayout()
        self.peopleButtons.setObjectName(u"peopleButtons")
        self.peopleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.peopleButtons.addItem(self.peopleSpacer)

        self.peopleNewButton = QPushButton(self.peopleTab)
        self.peopleNewButton.setObjectName(u"peopleNewButton")

        self.peopleButtons.addWidget(self.peopleNewButton)

        self.peopleApplyButton = QPushButton(self.peopleTab)
        self.peopleApplyButton.setObjectName(u"peopleApplyButton")

        self.peopleButtons.addWidget(self.peopleApplyButton)


        self.peopleLayout.addLayout(self.peopleButtons)

        self.tabs.addTab(self.peopleTab, "")
        self.schoolsTab = QWidget()
        self.schoolsTab.setObjectName(u"schoolsTab")
        self.schoolsLayout = QVBoxLayout(self.schoolsTab)
        self.schoolsLayout.setObjectName(u"schoolsLayout")
        self.schoolsList = QTreeWidget(self.schoolsTab)
        self.schoolsList.setObjectName(u"schoolsList")
        self.schoolsList.setRootIsDecorated(False)
        self.schoolsList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.schoolsLayout.addWidget(self.schoolsList)

        self.schoolsForm = QFormLayout()
        self.schoolsForm.setObjectName(u"schoolsForm")
        self.schoolNameLabel = QLabel(self.schoolsTab)
        self.schoolNameLabel.setObjectName(u"schoolNameLabel")

        self.schoolsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.schoolNameLabel)

        self.schoolName = QLineEdit(self.schoolsTab)
        self.schoolName.setObjectName(u"schoolName")

        self.schoolsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.schoolName)

        self.schoolOwnerLabel = QLabel(self.schoolsTab)
        self.schoolOwnerLabel.setObjectName(u"schoolOwnerLabel")

        self.schoolsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.schoolOwnerLabel)

        self.schoolOwner = QComboBox(self.schoolsTab)
        self.schoolOwner.setObjectName(u"schoolOwner")

        self.schoolsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.schoolOwner)

        self.schoolStageLabel = QLabel(self.schoolsTab)
        self.schoolStageLabel.setObjectName(u"schoolStageLabel")

        self.schoolsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.schoolStageLabel)

        self.schoolStage = QComboBox(self.schoolsTab)
        self.schoolStage.setObjectName(u"schoolStage")

        self.schoolsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.schoolStage)


        self.schoolsLayout.addLayout(self.schoolsForm)

        self.schoolsButtons = QHBoxLayout()
        self.schoolsButtons.setObjectName(u"schoolsButtons")
        self.schoolsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.schoolsButtons.addItem(self.schoolsSpacer)

        self.schoolsNewButton = QPushButton(self.schoolsTab)
        self.schoolsNewButton.setObjectName(u"schoolsNewButton")

        self.schoolsButtons.addWidget(self.schoolsNewButton)

        self.schoolsApplyButton = QPushButton(self.schoolsTab)
        self.schoolsApplyButton.setObjectName(u"schoolsApplyButton")

        self.schoolsButtons.addWidget(self.schoolsApplyButton)


        self.schoolsLayout.addLayout(self.schoolsButtons)

        self.tabs.addTab(self.schoolsTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(PeopleAndSchools)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.personNameLabel.setBuddy(self.personName)
        self.personEmailLabel.setBuddy(self.personEmail)
        self.personSchoolLabel.setBuddy(self.personSchool)
        self.personRoleLabel.setBuddy(self.personRole)
        self.schoolNameLabel.setBuddy(self.schoolName)
        self.schoolOwnerLabel.setBuddy(self.schoolOwner)
        self.schoolStageLabel.setBuddy(self.schoolStage)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PeopleAndSchools)
        self.buttonBox.accepted.connect(PeopleAndSchools.accept)
        self.buttonBox.rejected.connect(PeopleAndSchools.reject)

        QMetaObject.connectSlotsByName(PeopleAndSchools)
    # setupUi

    def retranslateUi(self, PeopleAndSchools):
        PeopleAndSchools.setWindowTitle(QCoreApplication.translate("PeopleAndSchools", u"People and schools", None))
        ___qtreewidgetitem = self.peopleList.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("PeopleAndSchools", u"E-mail", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("PeopleAndSchools", u"Role", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("PeopleAndSchools", u"School", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("PeopleAndSchools", u"Name", None))
#if QT_CONFIG(accessibility)
        self.peopleList.setAccessibleName(QCoreApplication.translate("PeopleAndSchools", u"People", None))
#endif // QT_CONFIG(accessibility)
        self.personNameLabel.setText(QCoreApplication.translate("PeopleAndSchools", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.personName.setAccessibleName(QCoreApplication.translate("PeopleAndSchools", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.personEmailLabel.setText(QCoreApplication.translate("PeopleAndSchools", u"&E-mail", None))
#if QT_CONFIG(accessibility)
        self.personEmail.setAccessibleName(QCoreApplication.translate("PeopleAndSchools", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.personSchoolLabel.setText(QCoreApplication.translate("PeopleAndSchools", u"&School", None))
#if QT_CONFIG(accessibility)
        self.personSchool.setAccessibleName(QCoreApplication.translate("PeopleAndSchools", u"School", None))
#endif // QT_CONFIG(accessibility)
        self.personRoleLabel.setText(QCoreApplication.translate("PeopleAndSchools", u"&Role", None))
#if QT_CONFIG(accessibility)
        self.personRole.setAccessibleName(QCoreApplication.translate("PeopleAndSchools", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.peopleNewButton.setText(QCoreApplication.translate("PeopleAndSchools", u"&New", None))
        self.peopleApplyButton.setText(QCoreApplication.translate("PeopleAndSchools", u"&Keep these details", None))
        self.tabs.setTabText(self.tabs.indexOf(self.peopleTab), QCoreApplication.translate("PeopleAndSchools", u"People", None))
        ___qtreewidgetitem1 = self.schoolsList.headerItem()
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("PeopleAndSchools", u"School stage", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("PeopleAndSchools", u"School owner", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("PeopleAndSchools", u"Name", None))
#if QT_CONFIG(accessibility)
        self.schoolsList.setAccessibleName(QCoreApplication.translate("PeopleAndSchools", u"Schools", None))
#endif // QT_CONFIG(accessibility)
        self.schoolNameLabel.setText(QCoreApplication.translate("PeopleAndSchools", u"Na&me", None))
#if QT_CONFIG(accessibility)
        self.schoolName.setAccessibleName(QCoreApplication.translate("PeopleAndSchools", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.schoolOwnerLabel.setText(QCoreApplication.translate("PeopleAndSchools", u"School &owner", None))
#if QT_CONFIG(accessibility)
        self.schoolOwner.setAccessibleName(QCoreApplication.translate("PeopleAndSchools", u"School owner", None))
#endif // QT_CONFIG(accessibility)
        self.schoolStageLabel.setText(QCoreApplication.translate("PeopleAndSchools", u"School s&tage", None))
#if QT_CONFIG(accessibility)
        self.schoolStage.setAccessibleName(QCoreApplication.translate("PeopleAndSchools", u"School stage", None))
#endif // QT_CONFIG(accessibility)
        self.schoolsNewButton.setText(QCoreApplication.translate("PeopleAndSchools", u"&New", None))
        self.schoolsApplyButton.setText(QCoreApplication.translate("PeopleAndSchools", u"&Keep these details", None))
        self.tabs.setTabText(self.tabs.indexOf(self.schoolsTab), QCoreApplication.translate("PeopleAndSchools", u"Schools", None))
    # retranslateUi

