# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'cycles_view.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTabWidget,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from skolgrupp.gui.results_chart import ResultsChart

class Ui_CyclesView(object):
    def setupUi(self, CyclesView):
        if not CyclesView.objectName():
            CyclesView.setObjectName(u"CyclesView")
        CyclesView.resize(900, 640)
        self.mainLayout = QVBoxLayout(CyclesView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.newButton = QPushButton(CyclesView)
        self.newButton.setObjectName(u"newButton")

        self.buttonsLayout.addWidget(self.newButton)

        self.editButton = QPushButton(CyclesView)
        self.editButton.setObjectName(u"editButton")

        self.buttonsLayout.addWidget(self.editButton)

        self.lessonButton = QPushButton(CyclesView)
        self.lessonButton.setObjectName(u"lessonButton")

        self.buttonsLayout.addWidget(self.lessonButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.mainLayout.addLayout(self.buttonsLayout)

        self.splitter = QSplitter(CyclesView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.cyclesList = QTreeWidget(self.splitter)
        self.cyclesList.setObjectName(u"cyclesList")
        self.cyclesList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cyclesList.setRootIsDecorated(False)
        self.cyclesList.setUniformRowHeights(True)
        self.cyclesList.setAlternatingRowColors(True)
        self.splitter.addWidget(self.cyclesList)
        self.detailTabs = QTabWidget(self.splitter)
        self.detailTabs.setObjectName(u"detailTabs")
        self.aboutTab = QWidget()
        self.aboutTab.setObjectName(u"aboutTab")
        self.aboutLayout = QVBoxLayout(self.aboutTab)
        self.aboutLayout.setObjectName(u"aboutLayout")
        self.aboutText = QPlainTextEdit(self.aboutTab)
        self.aboutText.setObjectName(u"aboutText")
        self.aboutText.setReadOnly(True)

        self.aboutLayout.addWidget(self.aboutText)

        self.phasesList = QTreeWidget(self.aboutTab)
        self.phasesList.setObjectName(u"phasesList")
        self.phasesList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.phasesList.setRootIsDecorated(False)
        self.phasesList.setUniformRowHeights(True)
        self.phasesList.setAlternatingRowColors(True)

        self.aboutLayout.addWidget(self.phasesList)

        self.detailTabs.addTab(self.aboutTab, "")
        self.lessonsTab = QWidget()
        self.lessonsTab.setObjectName(u"lessonsTab")
        self.lessonsLayout = QVBoxLayout(self.lessonsTab)
        self.lessonsLayout.setObjectName(u"lessonsLayout")
        self.lessonButtonsLayout = QHBoxLayout()
        self.lessonButtonsLayout.setObjectName(u"lessonButtonsLayout")
        self.editLessonButton = QPushButton(self.lessonsTab)
        self.editLessonButton.setObjectName(u"editLessonButton")

        self.lessonButtonsLayout.addWidget(self.editLessonButton)

        self.observeButton = QPushButton(self.lessonsTab)
        self.observeButton.setObjectName(u"observeButton")

        self.lessonButtonsLayout.addWidget(self.observeButton)

        self.lessonButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lessonButtonsLayout.addItem(self.lessonButtonsSpacer)


        self.lessonsLayout.addLayout(self.lessonButtonsLayout)

        self.lessonsList = QTreeWidget(self.lessonsTab)
        self.lessonsList.setObjectName(u"lessonsList")
        self.lessonsList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lessonsList.setRootIsDecorated(False)
        self.lessonsList.setUniformRowHeights(True)
        self.lessonsList.setAlternatingRowColors(True)

        self.lessonsLayout.addWidget(self.lessonsList)

        self.detailTabs.addTab(self.lessonsTab, "")
        self.resultsTab = QWidget()
        self.resultsTab.setObjectName(u"resultsTab")
        self.resultsLayout = QVBoxLayout(self.resultsTab)
        self.resultsLayout.setObjectName(u"resultsLayout")
        self.resultsChart = ResultsChart(self.resultsTab)
        self.resultsChart.setObjectName(u"resultsChart")
        self.resultsChart.setMinimumSize(QSize(0, 220))

        self.resultsLayout.addWidget(self.resultsChart)

        self.resultsList = QTreeWidget(self.resultsTab)
        self.resultsList.setObjectName(u"resultsList")
        self.resultsList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.resultsList.setRootIsDecorated(False)
        self.resultsList.setUniformRowHeights(True)
        self.resultsList.setAlternatingRowColors(True)

        self.resultsLayout.addWidget(self.resultsList)

        self.detailTabs.addTab(self.resultsTab, "")
        self.discussionTab = QWidget()
        self.discussionTab.setObjectName(u"discussionTab")
        self.discussionLayout = QVBoxLayout(self.discussionTab)
        self.discussionLayout.setObjectName(u"discussionLayout")
        self.discussionTopLayout = QHBoxLayout()
        self.discussionTopLayout.setObjectName(u"discussionTopLayout")
        self.discussionLessonLabel = QLabel(self.discussionTab)
        self.discussionLessonLabel.setObjectName(u"discussionLessonLabel")

        self.discussionTopLayout.addWidget(self.discussionLessonLabel)

        self.discussionLessonCombo = QComboBox(self.discussionTab)
        self.discussionLessonCombo.setObjectName(u"discussionLessonCombo")
        self.discussionLessonCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.discussionTopLayout.addWidget(self.discussionLessonCombo)

        self.discussionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.discussionTopLayout.addItem(self.discussionSpacer)


        self.discussionLayout.addLayout(self.discussionTopLayout)

        self.comparisonList = QTreeWidget(self.discussionTab)
        self.comparisonList.setObjectName(u"comparisonList")
        self.comparisonList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comparisonList.setRootIsDecorated(False)
        self.comparisonList.setUniformRowHeights(False)
        self.comparisonList.setAlternatingRowColors(True)
        self.comparisonList.setWordWrap(True)

        self.discussionLayout.addWidget(self.comparisonList)

        self.detailTabs.addTab(self.discussionTab, "")
        self.splitter.addWidget(self.detailTabs)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.discussionLessonLabel.setBuddy(self.discussionLessonCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.lessonButton)
        QWidget.setTabOrder(self.lessonButton, self.cyclesList)
        QWidget.setTabOrder(self.cyclesList, self.detailTabs)
        QWidget.setTabOrder(self.detailTabs, self.aboutText)
        QWidget.setTabOrder(self.aboutText, self.phasesList)
        QWidget.setTabOrder(self.phasesList, self.editLessonButton)
        QWidget.setTabOrder(self.editLessonButton, self.observeButton)
        QWidget.setTabOrder(self.observeButton, self.lessonsList)
        QWidget.setTabOrder(self.lessonsList, self.resultsList)
        QWidget.setTabOrder(self.resultsList, self.discussionLessonCombo)
        QWidget.setTabOrder(self.discussionLessonCombo, self.comparisonList)

        self.retranslateUi(CyclesView)

        QMetaObject.connectSlotsByName(CyclesView)
    # setupUi

    def retranslateUi(self, CyclesView):
        self.newButton.setText(QCoreApplication.translate("CyclesView", u"&New cycle\u2026", None))
        self.editButton.setText(QCoreApplication.translate("CyclesView", u"&Change cycle\u2026", None))
        self.lessonButton.setText(QCoreApplication.translate("CyclesView", u"New &research lesson\u2026", None))
        ___qtreewidgetitem = self.cyclesList.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("CyclesView", u"Lessons", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("CyclesView", u"Now", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("CyclesView", u"Phases", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CyclesView", u"Type", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CyclesView", u"Cycle", None))
#if QT_CONFIG(accessibility)
        self.cyclesList.setAccessibleName(QCoreApplication.translate("CyclesView", u"Cycles", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailTabs.setAccessibleName(QCoreApplication.translate("CyclesView", u"The chosen cycle", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.aboutText.setAccessibleName(QCoreApplication.translate("CyclesView", u"About the cycle", None))
#endif // QT_CONFIG(accessibility)
        ___qtreewidgetitem1 = self.phasesList.headerItem()
        ___qtreewidgetitem1.setText(3, QCoreApplication.translate("CyclesView", u"Status", None))
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("CyclesView", u"To", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("CyclesView", u"From", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("CyclesView", u"Phase", None))
#if QT_CONFIG(accessibility)
        self.phasesList.setAccessibleName(QCoreApplication.translate("CyclesView", u"Phases", None))
#endif // QT_CONFIG(accessibility)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.aboutTab), QCoreApplication.translate("CyclesView", u"About the cycle", None))
        self.editLessonButton.setText(QCoreApplication.translate("CyclesView", u"Change &lesson\u2026", None))
        self.observeButton.setText(QCoreApplication.translate("CyclesView", u"&Observe\u2026", None))
        ___qtreewidgetitem2 = self.lessonsList.headerItem()
        ___qtreewidgetitem2.setText(4, QCoreApplication.translate("CyclesView", u"Observations", None))
        ___qtreewidgetitem2.setText(3, QCoreApplication.translate("CyclesView", u"Class", None))
        ___qtreewidgetitem2.setText(2, QCoreApplication.translate("CyclesView", u"Teacher", None))
        ___qtreewidgetitem2.setText(1, QCoreApplication.translate("CyclesView", u"Date", None))
        ___qtreewidgetitem2.setText(0, QCoreApplication.translate("CyclesView", u"Lesson", None))
#if QT_CONFIG(accessibility)
        self.lessonsList.setAccessibleName(QCoreApplication.translate("CyclesView", u"Research lessons", None))
#endif // QT_CONFIG(accessibility)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.lessonsTab), QCoreApplication.translate("CyclesView", u"Research lessons", None))
#if QT_CONFIG(accessibility)
        self.resultsChart.setAccessibleName(QCoreApplication.translate("CyclesView", u"Results as a chart", None))
#endif // QT_CONFIG(accessibility)
        ___qtreewidgetitem3 = self.resultsList.headerItem()
        ___qtreewidgetitem3.setText(5, QCoreApplication.translate("CyclesView", u"Delayed post-test", None))
        ___qtreewidgetitem3.setText(4, QCoreApplication.translate("CyclesView", u"Change", None))
        ___qtreewidgetitem3.setText(3, QCoreApplication.translate("CyclesView", u"Post-test", None))
        ___qtreewidgetitem3.setText(2, QCoreApplication.translate("CyclesView", u"Pre-test", None))
        ___qtreewidgetitem3.setText(1, QCoreApplication.translate("CyclesView", u"Lesson", None))
        ___qtreewidgetitem3.setText(0, QCoreApplication.translate("CyclesView", u"Case pupil or critical aspect", None))
#if QT_CONFIG(accessibility)
        self.resultsList.setAccessibleName(QCoreApplication.translate("CyclesView", u"Results as a table", None))
#endif // QT_CONFIG(accessibility)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.resultsTab), QCoreApplication.translate("CyclesView", u"Results", None))
        self.discussionLessonLabel.setText(QCoreApplication.translate("CyclesView", u"&Lesson:", None))
#if QT_CONFIG(accessibility)
        self.discussionLessonCombo.setAccessibleName(QCoreApplication.translate("CyclesView", u"Lesson", None))
#endif // QT_CONFIG(accessibility)
        ___qtreewidgetitem4 = self.comparisonList.headerItem()
        ___qtreewidgetitem4.setText(3, QCoreApplication.translate("CyclesView", u"Observed", None))
        ___qtreewidgetitem4.setText(2, QCoreApplication.translate("CyclesView", u"Predicted", None))
        ___qtreewidgetitem4.setText(1, QCoreApplication.translate("CyclesView", u"Case pupil", None))
        ___qtreewidgetitem4.setText(0, QCoreApplication.translate("CyclesView", u"Phase", None))
#if QT_CONFIG(accessibility)
        self.comparisonList.setAccessibleName(QCoreApplication.translate("CyclesView", u"Predicted and observed", None))
#endif // QT_CONFIG(accessibility)
        self.detailTabs.setTabText(self.detailTabs.indexOf(self.discussionTab), QCoreApplication.translate("CyclesView", u"Post-lesson discussion", None))
        pass
    # retranslateUi

