# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reflections_view.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QGridLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QTreeView, QVBoxLayout, QWidget)

class Ui_ReflectionsView(object):
    def setupUi(self, ReflectionsView):
        if not ReflectionsView.objectName():
            ReflectionsView.setObjectName(u"ReflectionsView")
        ReflectionsView.resize(900, 600)
        self.mainLayout = QVBoxLayout(ReflectionsView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filtersLayout = QGridLayout()
        self.filtersLayout.setObjectName(u"filtersLayout")
        self.authorFilterLabel = QLabel(ReflectionsView)
        self.authorFilterLabel.setObjectName(u"authorFilterLabel")

        self.filtersLayout.addWidget(self.authorFilterLabel, 0, 0, 1, 1)

        self.authorFilter = QComboBox(ReflectionsView)
        self.authorFilter.setObjectName(u"authorFilter")
        self.authorFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.authorFilter.setMinimumContentsLength(12)

        self.filtersLayout.addWidget(self.authorFilter, 0, 1, 1, 1)

        self.sessionFilterLabel = QLabel(ReflectionsView)
        self.sessionFilterLabel.setObjectName(u"sessionFilterLabel")

        self.filtersLayout.addWidget(self.sessionFilterLabel, 0, 2, 1, 1)

        self.sessionFilter = QComboBox(ReflectionsView)
        self.sessionFilter.setObjectName(u"sessionFilter")
        self.sessionFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sessionFilter.setMinimumContentsLength(12)

        self.filtersLayout.addWidget(self.sessionFilter, 0, 3, 1, 1)

        self.goalFilterLabel = QLabel(ReflectionsView)
        self.goalFilterLabel.setObjectName(u"goalFilterLabel")

        self.filtersLayout.addWidget(self.goalFilterLabel, 0, 4, 1, 1)

        self.goalFilter = QComboBox(ReflectionsView)
        self.goalFilter.setObjectName(u"goalFilter")
        self.goalFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.goalFilter.setMinimumContentsLength(12)

        self.filtersLayout.addWidget(self.goalFilter, 0, 5, 1, 1)

        self.fromDateLabel = QLabel(ReflectionsView)
        self.fromDateLabel.setObjectName(u"fromDateLabel")

        self.filtersLayout.addWidget(self.fromDateLabel, 1, 0, 1, 1)

        self.fromDate = QDateEdit(ReflectionsView)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.filtersLayout.addWidget(self.fromDate, 1, 1, 1, 1)

        self.toDateLabel = QLabel(ReflectionsView)
        self.toDateLabel.setObjectName(u"toDateLabel")

        self.filtersLayout.addWidget(self.toDateLabel, 1, 2, 1, 1)

        self.toDate = QDateEdit(ReflectionsView)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.filtersLayout.addWidget(self.toDate, 1, 3, 1, 1)

        self.newButton = QPushButton(ReflectionsView)
        self.newButton.setObjectName(u"newButton")

        self.filtersLayout.addWidget(self.newButton, 1, 4, 1, 2)


        self.mainLayout.addLayout(self.filtersLayout)

        self.list = QTreeView(ReflectionsView)
        self.list.setObjectName(u"list")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.list)

#if QT_CONFIG(shortcut)
        self.authorFilterLabel.setBuddy(self.authorFilter)
        self.sessionFilterLabel.setBuddy(self.sessionFilter)
        self.goalFilterLabel.setBuddy(self.goalFilter)
        self.fromDateLabel.setBuddy(self.fromDate)
        self.toDateLabel.setBuddy(self.toDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.authorFilter, self.sessionFilter)
        QWidget.setTabOrder(self.sessionFilter, self.goalFilter)
        QWidget.setTabOrder(self.goalFilter, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.newButton)
        QWidget.setTabOrder(self.newButton, self.list)

        self.retranslateUi(ReflectionsView)

        QMetaObject.connectSlotsByName(ReflectionsView)
    # setupUi

    def retranslateUi(self, ReflectionsView):
        self.authorFilterLabel.setText(QCoreApplication.translate("ReflectionsView", u"&Written by", None))
#if QT_CONFIG(accessibility)
        self.authorFilter.setAccessibleName(QCoreApplication.translate("ReflectionsView", u"Written by", None))
#endif // QT_CONFIG(accessibility)
        self.sessionFilterLabel.setText(QCoreApplication.translate("ReflectionsView", u"&Session", None))
#if QT_CONFIG(accessibility)
        self.sessionFilter.setAccessibleName(QCoreApplication.translate("ReflectionsView", u"Session", None))
#endif // QT_CONFIG(accessibility)
        self.goalFilterLabel.setText(QCoreApplication.translate("ReflectionsView", u"&Goal", None))
#if QT_CONFIG(accessibility)
        self.goalFilter.setAccessibleName(QCoreApplication.translate("ReflectionsView", u"Goal", None))
#endif // QT_CONFIG(accessibility)
        self.fromDateLabel.setText(QCoreApplication.translate("ReflectionsView", u"&From", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("ReflectionsView", u"From", None))
#endif // QT_CONFIG(accessibility)
        self.toDateLabel.setText(QCoreApplication.translate("ReflectionsView", u"&To", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("ReflectionsView", u"To", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("ReflectionsView", u"&New reflection\u2026", None))
#if QT_CONFIG(accessibility)
        self.list.setAccessibleName(QCoreApplication.translate("ReflectionsView", u"Reflections", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

