# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cycle_editor.ui'
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
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_CycleEditor(object):
    def setupUi(self, CycleEditor):
        if not CycleEditor.objectName():
            CycleEditor.setObjectName(u"CycleEditor")
        CycleEditor.resize(760, 600)
        self.mainLayout = QVBoxLayout(CycleEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(CycleEditor)
        self.tabs.setObjectName(u"tabs")
        self.aboutTab = QWidget()
        self.aboutTab.setObjectName(u"aboutTab")
        self.aboutLayout = QFormLayout(self.aboutTab)
        self.aboutLayout.setObjectName(u"aboutLayout")
        self.titleLabel = QLabel(self.aboutTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.aboutLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.aboutTab)
        self.titleEdit.setObjectName(u"titleEdit")

        self.aboutLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.typeLabel = QLabel(self.aboutTab)
        self.typeLabel.setObjectName(u"typeLabel")

        self.aboutLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.typeLabel)

        self.typeCombo = QComboBox(self.aboutTab)
        self.typeCombo.setObjectName(u"typeCombo")

        self.aboutLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.subjectLabel = QLabel(self.aboutTab)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.aboutLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectEdit = QLineEdit(self.aboutTab)
        self.subjectEdit.setObjectName(u"subjectEdit")

        self.aboutLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.subjectEdit)

        self.gradeLabel = QLabel(self.aboutTab)
        self.gradeLabel.setObjectName(u"gradeLabel")

        self.aboutLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.gradeLabel)

        self.gradeEdit = QLineEdit(self.aboutTab)
        self.gradeEdit.setObjectName(u"gradeEdit")

        self.aboutLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.gradeEdit)

        self.questionLabel = QLabel(self.aboutTab)
        self.questionLabel.setObjectName(u"questionLabel")

        self.aboutLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.questionLabel)

        self.questionEdit = QPlainTextEdit(self.aboutTab)
        self.questionEdit.setObjectName(u"questionEdit")
        self.questionEdit.setTabChangesFocus(True)

        self.aboutLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.questionEdit)

        self.learningObjectLabel = QLabel(self.aboutTab)
        self.learningObjectLabel.setObjectName(u"learningObjectLabel")

        self.aboutLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.learningObjectLabel)

        self.learningObjectEdit = QLineEdit(self.aboutTab)
        self.learningObjectEdit.setObjectName(u"learningObjectEdit")

        self.aboutLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.learningObjectEdit)

        self.longTermGoalLabel = QLabel(self.aboutTab)
        self.longTermGoalLabel.setObjectName(u"longTermGoalLabel")

        self.aboutLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.longTermGoalLabel)

        self.longTermGoalEdit = QLineEdit(self.aboutTab)
        self.longTermGoalEdit.setObjectName(u"longTermGoalEdit")

        self.aboutLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.longTermGoalEdit)

        self.goalsLabel = QLabel(self.aboutTab)
        self.goalsLabel.setObjectName(u"goalsLabel")

        self.aboutLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.goalsLabel)

        self.goalsList = QListWidget(self.aboutTab)
        self.goalsList.setObjectName(u"goalsList")

        self.aboutLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.goalsList)

        self.tabs.addTab(self.aboutTab, "")
        self.phasesTab = QWidget()
        self.phasesTab.setObjectName(u"phasesTab")
        self.phasesLayout = QVBoxLayout(self.phasesTab)
        self.phasesLayout.setObjectName(u"phasesLayout")
        self.phasesHint = QLabel(self.phasesTab)
        self.phasesHint.setObjectName(u"phasesHint")
        self.phasesHint.setWordWrap(True)

        self.phasesLayout.addWidget(self.phasesHint)

        self.phasesList = QTreeWidget(self.phasesTab)
        self.phasesList.setObjectName(u"phasesList")
        self.phasesList.setRootIsDecorated(False)
        self.phasesList.setUniformRowHeights(True)
        self.phasesList.setAlternatingRowColors(True)
        self.phasesList.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)

        self.phasesLayout.addWidget(self.phasesList)

        self.phaseButtonsLayout = QHBoxLayout()
        self.phaseButtonsLayout.setObjectName(u"phaseButtonsLayout")
        self.phaseAddButton = QPushButton(self.phasesTab)
        self.phaseAddButton.setObjectName(u"phaseAddButton")

        self.phaseButtonsLayout.addWidget(self.phaseAddButton)

        self.phaseRemoveButton = QPushButton(self.phasesTab)
        self.phaseRemoveButton.setObjectName(u"phaseRemoveButton")

        self.phaseButtonsLayout.addWidget(self.phaseRemoveButton)

        self.phaseUpButton = QPushButton(self.phasesTab)
        self.phaseUpButton.setObjectName(u"phaseUpButton")

        self.phaseButtonsLayout.addWidget(self.phaseUpButton)

        self.phaseDownButton = QPushButton(self.phasesTab)
        self.phaseDownButton.setObjectName(u"phaseDownButton")

        self.phaseButtonsLayout.addWidget(self.phaseDownButton)

        self.phaseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.phaseButtonsLayout.addItem(self.phaseSpacer)


        self.phasesLayout.addLayout(self.phaseButtonsLayout)

        self.tabs.addTab(self.phasesTab, "")
        self.aspectsTab = QWidget()
        self.aspectsTab.setObjectName(u"aspectsTab")
        self.aspectsLayout = QVBoxLayout(self.aspectsTab)
        self.aspectsLayout.setObjectName(u"aspectsLayout")
        self.aspectsLabel = QLabel(self.aspectsTab)
        self.aspectsLabel.setObjectName(u"aspectsLabel")

        self.aspectsLayout.addWidget(self.aspectsLabel)

        self.aspectsList = QTreeWidget(self.aspectsTab)
        self.aspectsList.setObjectName(u"aspectsList")
        self.aspectsList.setRootIsDecorated(False)
        self.aspectsList.setUniformRowHeights(True)
        self.aspectsList.setAlternatingRowColors(True)
        self.aspectsList.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)

        self.aspectsLayout.addWidget(self.aspectsList)

        self.aspectButtonsLayout = QHBoxLayout()
        self.aspectButtonsLayout.setObjectName(u"aspectButtonsLayout")
        self.aspectAddButton = QPushButton(self.aspectsTab)
        self.aspectAddButton.setObjectName(u"aspectAddButton")

        self.aspectButtonsLayout.addWidget(self.aspectAddButton)

        self.aspectRemoveButton = QPushButton(self.aspectsTab)
        self.aspectRemoveButton.setObjectName(u"aspectRemoveButton")

        self.aspectButtonsLayout.addWidget(self.aspectRemoveButton)

        self.aspectSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.aspectButtonsLayout.addItem(self.aspectSpacer)


        self.aspectsLayout.addLayout(self.aspectButtonsLayout)

        self.pupilsLabel = QLabel(self.aspectsTab)
        self.pupilsLabel.setObjectName(u"pupilsLabel")

        self.aspectsLayout.addWidget(self.pupilsLabel)

        self.pupilsList = QTreeWidget(self.aspectsTab)
        self.pupilsList.setObjectName(u"pupilsList")
        self.pupilsList.setRootIsDecorated(False)
        self.pupilsList.setUniformRowHeights(True)
        self.pupilsList.setAlternatingRowColors(True)
        self.pupilsList.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)

        self.aspectsLayout.addWidget(self.pupilsList)

        self.pupilButtonsLayout = QHBoxLayout()
        self.pupilButtonsLayout.setObjectName(u"pupilButtonsLayout")
        self.pupilAddButton = QPushButton(self.aspectsTab)
        self.pupilAddButton.setObjectName(u"pupilAddButton")

        self.pupilButtonsLayout.addWidget(self.pupilAddButton)

        self.pupilRemoveButton = QPushButton(self.aspectsTab)
        self.pupilRemoveButton.setObjectName(u"pupilRemoveButton")

        self.pupilButtonsLayout.addWidget(self.pupilRemoveButton)

        self.pupilSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pupilButtonsLayout.addItem(self.pupilSpacer)


        self.aspectsLayout.addLayout(self.pupilButtonsLayout)

        self.tabs.addTab(self.aspectsTab, "")
        self.testTab = QWidget()
        self.testTab.setObjectName(u"testTab")
        self.testLayout = QVBoxLayout(self.testTab)
        self.testLayout.setObjectName(u"testLayout")
        self.itemsLabel = QLabel(self.testTab)
        self.itemsLabel.setObjectName(u"itemsLabel")
        self.itemsLabel.setWordWrap(True)

        self.testLayout.addWidget(self.itemsLabel)

        self.itemsList = QTreeWidget(self.testTab)
        self.itemsList.setObjectName(u"itemsList")
        self.itemsList.setRootIsDecorated(False)
        self.itemsList.setUniformRowHeights(True)
        self.itemsList.setAlternatingRowColors(True)
        self.itemsList.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.SelectedClicked)

        self.testLayout.addWidget(self.itemsList)

        self.itemButtonsLayout = QHBoxLayout()
        self.itemButtonsLayout.setObjectName(u"itemButtonsLayout")
        self.itemAddButton = QPushButton(self.testTab)
        self.itemAddButton.setObjectName(u"itemAddButton")

        self.itemButtonsLayout.addWidget(self.itemAddButton)

        self.itemRemoveButton = QPushButton(self.testTab)
        self.itemRemoveButton.setObjectName(u"itemRemoveButton")

        self.itemButtonsLayout.addWidget(self.itemRemoveButton)

        self.itemSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.itemButtonsLayout.addItem(self.itemSpacer)


        self.testLayout.addLayout(self.itemButtonsLayout)

        self.tabs.addTab(self.testTab, "")
        self.findingsTab = QWidget()
        self.findingsTab.setObjectName(u"findingsTab")
        self.findingsLayout = QFormLayout(self.findingsTab)
        self.findingsLayout.setObjectName(u"findingsLayout")
        self.findingsLabel = QLabel(self.findingsTab)
        self.findingsLabel.setObjectName(u"findingsLabel")

        self.findingsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.findingsLabel)

        self.findingsEdit = QPlainTextEdit(self.findingsTab)
        self.findingsEdit.setObjectName(u"findingsEdit")
        self.findingsEdit.setTabChangesFocus(True)

        self.findingsLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.findingsEdit)

        self.sharedHowLabel = QLabel(self.findingsTab)
        self.sharedHowLabel.setObjectName(u"sharedHowLabel")

        self.findingsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sharedHowLabel)

        self.sharedHowEdit = QLineEdit(self.findingsTab)
        self.sharedHowEdit.setObjectName(u"sharedHowEdit")

        self.findingsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sharedHowEdit)

        self.tabs.addTab(self.findingsTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.buttons = QDialogButtonBox(CycleEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.typeLabel.setBuddy(self.typeCombo)
        self.subjectLabel.setBuddy(self.subjectEdit)
        self.gradeLabel.setBuddy(self.gradeEdit)
        self.questionLabel.setBuddy(self.questionEdit)
        self.learningObjectLabel.setBuddy(self.learningObjectEdit)
        self.longTermGoalLabel.setBuddy(self.longTermGoalEdit)
        self.goalsLabel.setBuddy(self.goalsList)
        self.aspectsLabel.setBuddy(self.aspectsList)
        self.pupilsLabel.setBuddy(self.pupilsList)
        self.itemsLabel.setBuddy(self.itemsList)
        self.findingsLabel.setBuddy(self.findingsEdit)
        self.sharedHowLabel.setBuddy(self.sharedHowEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.subjectEdit)
        QWidget.setTabOrder(self.subjectEdit, self.gradeEdit)
        QWidget.setTabOrder(self.gradeEdit, self.questionEdit)
        QWidget.setTabOrder(self.questionEdit, self.learningObjectEdit)
        QWidget.setTabOrder(self.learningObjectEdit, self.longTermGoalEdit)
        QWidget.setTabOrder(self.longTermGoalEdit, self.goalsList)
        QWidget.setTabOrder(self.goalsList, self.phasesList)
        QWidget.setTabOrder(self.phasesList, self.phaseAddButton)
        QWidget.setTabOrder(self.phaseAddButton, self.phaseRemoveButton)
        QWidget.setTabOrder(self.phaseRemoveButton, self.phaseUpButton)
        QWidget.setTabOrder(self.phaseUpButton, self.phaseDownButton)
        QWidget.setTabOrder(self.phaseDownButton, self.aspectsList)
        QWidget.setTabOrder(self.aspectsList, self.aspectAddButton)
        QWidget.setTabOrder(self.aspectAddButton, self.aspectRemoveButton)
        QWidget.setTabOrder(self.aspectRemoveButton, self.pupilsList)
        QWidget.setTabOrder(self.pupilsList, self.pupilAddButton)
        QWidget.setTabOrder(self.pupilAddButton, self.pupilRemoveButton)
        QWidget.setTabOrder(self.pupilRemoveButton, self.itemsList)
        QWidget.setTabOrder(self.itemsList, self.itemAddButton)
        QWidget.setTabOrder(self.itemAddButton, self.itemRemoveButton)
        QWidget.setTabOrder(self.itemRemoveButton, self.findingsEdit)
        QWidget.setTabOrder(self.findingsEdit, self.sharedHowEdit)
        QWidget.setTabOrder(self.sharedHowEdit, self.buttons)

        self.retranslateUi(CycleEditor)
        self.buttons.accepted.connect(CycleEditor.accept)
        self.buttons.rejected.connect(CycleEditor.reject)

        QMetaObject.connectSlotsByName(CycleEditor)
    # setupUi

    def retranslateUi(self, CycleEditor):
        CycleEditor.setWindowTitle(QCoreApplication.translate("CycleEditor", u"Cycle", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("CycleEditor", u"Parts of the cycle", None))
#endif // QT_CONFIG(accessibility)
        self.titleLabel.setText(QCoreApplication.translate("CycleEditor", u"&Title:", None))
        self.typeLabel.setText(QCoreApplication.translate("CycleEditor", u"T&ype:", None))
        self.subjectLabel.setText(QCoreApplication.translate("CycleEditor", u"&Subject:", None))
        self.gradeLabel.setText(QCoreApplication.translate("CycleEditor", u"&Grade:", None))
        self.questionLabel.setText(QCoreApplication.translate("CycleEditor", u"Research &question:", None))
        self.learningObjectLabel.setText(QCoreApplication.translate("CycleEditor", u"Object of &learning:", None))
        self.longTermGoalLabel.setText(QCoreApplication.translate("CycleEditor", u"Long-&term goal:", None))
        self.goalsLabel.setText(QCoreApplication.translate("CycleEditor", u"G&oals:", None))
#if QT_CONFIG(accessibility)
        self.goalsList.setAccessibleName(QCoreApplication.translate("CycleEditor", u"Goals", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.aboutTab), QCoreApplication.translate("CycleEditor", u"The cycle", None))
        self.phasesHint.setText(QCoreApplication.translate("CycleEditor", u"Rename a phase by double-clicking it. Dates are written as 2026-09-14.", None))
        ___qtreewidgetitem = self.phasesList.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("CycleEditor", u"Status", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("CycleEditor", u"To", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CycleEditor", u"From", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CycleEditor", u"Phase", None))
#if QT_CONFIG(accessibility)
        self.phasesList.setAccessibleName(QCoreApplication.translate("CycleEditor", u"Phases", None))
#endif // QT_CONFIG(accessibility)
        self.phaseAddButton.setText(QCoreApplication.translate("CycleEditor", u"&Add phase", None))
        self.phaseRemoveButton.setText(QCoreApplication.translate("CycleEditor", u"&Remove phase", None))
        self.phaseUpButton.setText(QCoreApplication.translate("CycleEditor", u"Move &up", None))
        self.phaseDownButton.setText(QCoreApplication.translate("CycleEditor", u"Move do&wn", None))
        self.tabs.setTabText(self.tabs.indexOf(self.phasesTab), QCoreApplication.translate("CycleEditor", u"Phases", None))
        self.aspectsLabel.setText(QCoreApplication.translate("CycleEditor", u"&Critical aspects: what the pupils need to discern", None))
        ___qtreewidgetitem1 = self.aspectsList.headerItem()
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("CycleEditor", u"Critical aspect", None))
#if QT_CONFIG(accessibility)
        self.aspectsList.setAccessibleName(QCoreApplication.translate("CycleEditor", u"Critical aspects", None))
#endif // QT_CONFIG(accessibility)
        self.aspectAddButton.setText(QCoreApplication.translate("CycleEditor", u"Add &aspect", None))
        self.aspectRemoveButton.setText(QCoreApplication.translate("CycleEditor", u"Remove aspe&ct", None))
        self.pupilsLabel.setText(QCoreApplication.translate("CycleEditor", u"Case &pupils, by pseudonym only", None))
        ___qtreewidgetitem2 = self.pupilsList.headerItem()
        ___qtreewidgetitem2.setText(1, QCoreApplication.translate("CycleEditor", u"Typifies", None))
        ___qtreewidgetitem2.setText(0, QCoreApplication.translate("CycleEditor", u"Pseudonym", None))
#if QT_CONFIG(accessibility)
        self.pupilsList.setAccessibleName(QCoreApplication.translate("CycleEditor", u"Case pupils", None))
#endif // QT_CONFIG(accessibility)
        self.pupilAddButton.setText(QCoreApplication.translate("CycleEditor", u"Add case pup&il", None))
        self.pupilRemoveButton.setText(QCoreApplication.translate("CycleEditor", u"Remove case pupi&l", None))
        self.tabs.setTabText(self.tabs.indexOf(self.aspectsTab), QCoreApplication.translate("CycleEditor", u"Aspects and case pupils", None))
        self.itemsLabel.setText(QCoreApplication.translate("CycleEditor", u"&Items of the pre- and post-test, each tied to the critical aspect it tests", None))
        ___qtreewidgetitem3 = self.itemsList.headerItem()
        ___qtreewidgetitem3.setText(2, QCoreApplication.translate("CycleEditor", u"Points", None))
        ___qtreewidgetitem3.setText(1, QCoreApplication.translate("CycleEditor", u"Critical aspect", None))
        ___qtreewidgetitem3.setText(0, QCoreApplication.translate("CycleEditor", u"Item", None))
#if QT_CONFIG(accessibility)
        self.itemsList.setAccessibleName(QCoreApplication.translate("CycleEditor", u"Test items", None))
#endif // QT_CONFIG(accessibility)
        self.itemAddButton.setText(QCoreApplication.translate("CycleEditor", u"Add i&tem", None))
        self.itemRemoveButton.setText(QCoreApplication.translate("CycleEditor", u"Remove it&em", None))
        self.tabs.setTabText(self.tabs.indexOf(self.testTab), QCoreApplication.translate("CycleEditor", u"Test items", None))
        self.findingsLabel.setText(QCoreApplication.translate("CycleEditor", u"&Findings:", None))
        self.sharedHowLabel.setText(QCoreApplication.translate("CycleEditor", u"How they were s&hared:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.findingsTab), QCoreApplication.translate("CycleEditor", u"Findings", None))
    # retranslateUi

