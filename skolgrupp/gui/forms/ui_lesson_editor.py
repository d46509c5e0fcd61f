# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lesson_editor.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_LessonEditor(object):
    def setupUi(self, LessonEditor):
        if not LessonEditor.objectName():
            LessonEditor.setObjectName(u"LessonEditor")
        LessonEditor.resize(860, 620)
        self.mainLayout = QVBoxLayout(LessonEditor)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(LessonEditor)
        self.tabs.setObjectName(u"tabs")
        self.lessonTab = QWidget()
        self.lessonTab.setObjectName(u"lessonTab")
        self.lessonLayout = QFormLayout(self.lessonTab)
        self.lessonLayout.setObjectName(u"lessonLayout")
        self.dateLabel = QLabel(self.lessonTab)
        self.dateLabel.setObjectName(u"dateLabel")

        self.lessonLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(self.lessonTab)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.lessonLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.teacherLabel = QLabel(self.lessonTab)
        self.teacherLabel.setObjectName(u"teacherLabel")

        self.lessonLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.teacherLabel)

        self.teacherCombo = QComboBox(self.lessonTab)
        self.teacherCombo.setObjectName(u"teacherCombo")

        self.lessonLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.teacherCombo)

        self.classLabel = QLabel(self.lessonTab)
        self.classLabel.setObjectName(u"classLabel")

        self.lessonLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.classLabel)

        self.classEdit = QLineEdit(self.lessonTab)
        self.classEdit.setObjectName(u"classEdit")

        self.lessonLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.classEdit)

        self.planLabel = QLabel(self.lessonTab)
        self.planLabel.setObjectName(u"planLabel")

        self.lessonLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.planLabel)

        self.planEdit = QPlainTextEdit(self.lessonTab)
        self.planEdit.setObjectName(u"planEdit")
        self.planEdit.setTabChangesFocus(True)

        self.lessonLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.planEdit)

        self.revisionLabel = QLabel(self.lessonTab)
        self.revisionLabel.setObjectName(u"revisionLabel")

        self.lessonLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.revisionLabel)

        self.revisionEdit = QPlainTextEdit(self.lessonTab)
        self.revisionEdit.setObjectName(u"revisionEdit")
        self.revisionEdit.setTabChangesFocus(True)

        self.lessonLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.revisionEdit)

        self.discussionLabel = QLabel(self.lessonTab)
        self.discussionLabel.setObjectName(u"discussionLabel")

        self.lessonLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.discussionLabel)

        self.discussionEdit = QPlainTextEdit(self.lessonTab)
        self.discussionEdit.setObjectName(u"discussionEdit")
        self.discussionEdit.setTabChangesFocus(True)

        self.lessonLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.discussionEdit)

        self.tabs.addTab(self.lessonTab, "")
        self.planTab = QWidget()
        self.planTab.setObjectName(u"planTab")
        self.planLayout = QVBoxLayout(self.planTab)
        self.planLayout.setObjectName(u"planLayout")
        self.planHint = QLabel(self.planTab)
        self.planHint.setObjectName(u"planHint")
        self.planHint.setWordWrap(True)

        self.planLayout.addWidget(self.planHint)

        self.planTable = QTableWidget(self.planTab)
        self.planTable.setObjectName(u"planTable")
        self.planTable.setAlternatingRowColors(True)
        self.planTable.setWordWrap(True)

        self.planLayout.addWidget(self.planTable)

        self.phaseButtonsLayout = QHBoxLayout()
        self.phaseButtonsLayout.setObjectName(u"phaseButtonsLayout")
        self.phaseAddButton = QPushButton(self.planTab)
        self.phaseAddButton.setObjectName(u"phaseAddButton")

        self.phaseButtonsLayout.addWidget(self.phaseAddButton)

        self.phaseRemoveButton = QPushButton(self.planTab)
        self.phaseRemoveButton.setObjectName(u"phaseRemoveButton")

        self.phaseButtonsLayout.addWidget(self.phaseRemoveButton)

        self.phaseUpButton = QPushButton(self.planTab)
        self.phaseUpButton.setObjectName(u"phaseUpButton")

        self.phaseButtonsLayout.addWidget(self.phaseUpButton)

        self.phaseDownButton = QPushButton(self.planTab)
        self.phaseDownButton.setObjectName(u"phaseDownButton")

        self.phaseButtonsLayout.addWidget(self.phaseDownButton)

        self.phaseSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.phaseButtonsLayout.addItem(self.phaseSpacer)


        self.planLayout.addLayout(self.phaseButtonsLayout)

        self.tabs.addTab(self.planTab, "")
        self.observersTab = QWidget()
        self.observersTab.setObjectName(u"observersTab")
        self.observersLayout = QVBoxLayout(self.observersTab)
        self.observersLayout.setObjectName(u"observersLayout")
        self.observersHint = QLabel(self.observersTab)
        self.observersHint.setObjectName(u"observersHint")
        self.observersHint.setWordWrap(True)

        self.observersLayout.addWidget(self.observersHint)

        self.observersTable = QTableWidget(self.observersTab)
        self.observersTable.setObjectName(u"observersTable")
        self.observersTable.setAlternatingRowColors(True)
        self.observersTable.setWordWrap(True)

        self.observersLayout.addWidget(self.observersTable)

        self.tabs.addTab(self.observersTab, "")
        self.interviewsTab = QWidget()
        self.interviewsTab.setObjectName(u"interviewsTab")
        self.interviewsLayout = QVBoxLayout(self.interviewsTab)
        self.interviewsLayout.setObjectName(u"interviewsLayout")
        self.interviewsHint = QLabel(self.interviewsTab)
        self.interviewsHint.setObjectName(u"interviewsHint")
        self.interviewsHint.setWordWrap(True)

        self.interviewsLayout.addWidget(self.interviewsHint)

        self.interviewsTable = QTableWidget(self.interviewsTab)
        self.interviewsTable.setObjectName(u"interviewsTable")
        self.interviewsTable.setAlternatingRowColors(True)
        self.interviewsTable.setWordWrap(True)

        self.interviewsLayout.addWidget(self.interviewsTable)

        self.interviewButtonsLayout = QHBoxLayout()
        self.interviewButtonsLayout.setObjectName(u"interviewButtonsLayout")
        self.interviewAddButton = QPushButton(self.interviewsTab)
        self.interviewAddButton.setObjectName(u"interviewAddButton")

        self.interviewButtonsLayout.addWidget(self.interviewAddButton)

        self.interviewRemoveButton = QPushButton(self.interviewsTab)
        self.interviewRemoveButton.setObjectName(u"interviewRemoveButton")

        self.interviewButtonsLayout.addWidget(self.interviewRemoveButton)

        self.interviewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.interviewButtonsLayout.addItem(self.interviewSpacer)


        self.interviewsLayout.addLayout(self.interviewButtonsLayout)

        self.tabs.addTab(self.interviewsTab, "")
        self.testsTab = QWidget()
        self.testsTab.setObjectName(u"testsTab")
        self.testsLayout = QVBoxLayout(self.testsTab)
        self.testsLayout.setObjectName(u"testsLayout")
        self.testTopLayout = QHBoxLayout()
        self.testTopLayout.setObjectName(u"testTopLayout")
        self.testLabel = QLabel(self.testsTab)
        self.testLabel.setObjectName(u"testLabel")

        self.testTopLayout.addWidget(self.testLabel)

        self.testCombo = QComboBox(self.testsTab)
        self.testCombo.setObjectName(u"testCombo")

        self.testTopLayout.addWidget(self.testCombo)

        self.testSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.testTopLayout.addItem(self.testSpacer)


        self.testsLayout.addLayout(self.testTopLayout)

        self.testsHint = QLabel(self.testsTab)
        self.testsHint.setObjectName(u"testsHint")
        self.testsHint.setWordWrap(True)

        self.testsLayout.addWidget(self.testsHint)

        self.scoresTable = QTableWidget(self.testsTab)
        self.scoresTable.setObjectName(u"scoresTable")
        self.scoresTable.setAlternatingRowColors(True)
        self.scoresTable.setWordWrap(True)

        self.testsLayout.addWidget(self.scoresTable)

        self.tabs.addTab(self.testsTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.buttons = QDialogButtonBox(LessonEditor)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.teacherLabel.setBuddy(self.teacherCombo)
        self.classLabel.setBuddy(self.classEdit)
        self.planLabel.setBuddy(self.planEdit)
        self.revisionLabel.setBuddy(self.revisionEdit)
        self.discussionLabel.setBuddy(self.discussionEdit)
        self.testLabel.setBuddy(self.testCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.teacherCombo)
        QWidget.setTabOrder(self.teacherCombo, self.classEdit)
        QWidget.setTabOrder(self.classEdit, self.planEdit)
        QWidget.setTabOrder(self.planEdit, self.revisionEdit)
        QWidget.setTabOrder(self.revisionEdit, self.discussionEdit)
        QWidget.setTabOrder(self.discussionEdit, self.planTable)
        QWidget.setTabOrder(self.planTable, self.phaseAddButton)
        QWidget.setTabOrder(self.phaseAddButton, self.phaseRemoveButton)
        QWidget.setTabOrder(self.phaseRemoveButton, self.phaseUpButton)
        QWidget.setTabOrder(self.phaseUpButton, self.phaseDownButton)
        QWidget.setTabOrder(self.phaseDownButton, self.observersTable)
        QWidget.setTabOrder(self.observersTable, self.interviewsTable)
        QWidget.setTabOrder(self.interviewsTable, self.interviewAddButton)
        QWidget.setTabOrder(self.interviewAddButton, self.interviewRemoveButton)
        QWidget.setTabOrder(self.interviewRemoveButton, self.testCombo)
        QWidget.setTabOrder(self.testCombo, self.scoresTable)
        QWidget.setTabOrder(self.scoresTable, self.buttons)

        self.retranslateUi(LessonEditor)
        self.buttons.accepted.connect(LessonEditor.accept)
        self.buttons.rejected.connect(LessonEditor.reject)

        QMetaObject.connectSlotsByName(LessonEditor)
    # setupUi

    def retranslateUi(self, LessonEditor):
        LessonEditor.setWindowTitle(QCoreApplication.translate("LessonEditor", u"Research lesson", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("LessonEditor", u"Parts of the research lesson", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("LessonEditor", u"&Date:", None))
        self.teacherLabel.setText(QCoreApplication.translate("LessonEditor", u"&Teacher:", None))
        self.classLabel.setText(QCoreApplication.translate("LessonEditor", u"&Class:", None))
        self.planLabel.setText(QCoreApplication.translate("LessonEditor", u"&Plan:", None))
        self.revisionLabel.setText(QCoreApplication.translate("LessonEditor", u"What was &revised, and why:", None))
        self.discussionLabel.setText(QCoreApplication.translate("LessonEditor", u"Post-lesson &discussion:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.lessonTab), QCoreApplication.translate("LessonEditor", u"The lesson", None))
        self.planHint.setText(QCoreApplication.translate("LessonEditor", u"The lesson's phases, and for each case pupil how the group predicts they will respond.", None))
#if QT_CONFIG(accessibility)
        self.planTable.setAccessibleName(QCoreApplication.translate("LessonEditor", u"Lesson phases and predictions", None))
#endif // QT_CONFIG(accessibility)
        self.phaseAddButton.setText(QCoreApplication.translate("LessonEditor", u"&Add phase", None))
        self.phaseRemoveButton.setText(QCoreApplication.translate("LessonEditor", u"&Remove phase", None))
        self.phaseUpButton.setText(QCoreApplication.translate("LessonEditor", u"Move &up", None))
        self.phaseDownButton.setText(QCoreApplication.translate("LessonEditor", u"Move do&wn", None))
        self.tabs.setTabText(self.tabs.indexOf(self.planTab), QCoreApplication.translate("LessonEditor", u"Plan and predictions", None))
        self.observersHint.setText(QCoreApplication.translate("LessonEditor", u"Tick which case pupils each observer watches.", None))
#if QT_CONFIG(accessibility)
        self.observersTable.setAccessibleName(QCoreApplication.translate("LessonEditor", u"Observers and case pupils", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.observersTab), QCoreApplication.translate("LessonEditor", u"Observers", None))
        self.interviewsHint.setText(QCoreApplication.translate("LessonEditor", u"Questions put to the case pupils after the lesson, and their answers.", None))
#if QT_CONFIG(accessibility)
        self.interviewsTable.setAccessibleName(QCoreApplication.translate("LessonEditor", u"Interviews", None))
#endif // QT_CONFIG(accessibility)
        self.interviewAddButton.setText(QCoreApplication.translate("LessonEditor", u"Add &question", None))
        self.interviewRemoveButton.setText(QCoreApplication.translate("LessonEditor", u"Remo&ve question", None))
        self.tabs.setTabText(self.tabs.indexOf(self.interviewsTab), QCoreApplication.translate("LessonEditor", u"Interviews", None))
        self.testLabel.setText(QCoreApplication.translate("LessonEditor", u"&Test:", None))
        self.testsHint.setText(QCoreApplication.translate("LessonEditor", u"Each case pupil's points per item, and how many in the class solved it.", None))
#if QT_CONFIG(accessibility)
        self.scoresTable.setAccessibleName(QCoreApplication.translate("LessonEditor", u"Test results", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.testsTab), QCoreApplication.translate("LessonEditor", u"Test results", None))
    # retranslateUi

