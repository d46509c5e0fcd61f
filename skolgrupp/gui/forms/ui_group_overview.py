# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'group_overview.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGridLayout, QGroupBox,
    QHeaderView, QLabel, QSizePolicy, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_GroupOverview(object):
    def setupUi(self, GroupOverview):
        if not GroupOverview.objectName():
            GroupOverview.setObjectName(u"GroupOverview")
        GroupOverview.resize(900, 640)
        self.mainLayout = QVBoxLayout(GroupOverview)
        self.mainLayout.setObjectName(u"mainLayout")
        self.titleLabel = QLabel(GroupOverview)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.titleLabel)

        self.detailsLabel = QLabel(GroupOverview)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.detailsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.detailsLabel)

        self.boxesLayout = QGridLayout()
        self.boxesLayout.setObjectName(u"boxesLayout")
        self.membersBox = QGroupBox(GroupOverview)
        self.membersBox.setObjectName(u"membersBox")
        self.membersBoxLayout = QVBoxLayout(self.membersBox)
        self.membersBoxLayout.setObjectName(u"membersBoxLayout")
        self.membersList = QTreeWidget(self.membersBox)
        self.membersList.setObjectName(u"membersList")
        self.membersList.setRootIsDecorated(False)
        self.membersList.setUniformRowHeights(True)
        self.membersList.setAlternatingRowColors(True)
        self.membersList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.membersBoxLayout.addWidget(self.membersList)


        self.boxesLayout.addWidget(self.membersBox, 0, 0, 1, 1)

        self.upcomingBox = QGroupBox(GroupOverview)
        self.upcomingBox.setObjectName(u"upcomingBox")
        self.upcomingBoxLayout = QVBoxLayout(self.upcomingBox)
        self.upcomingBoxLayout.setObjectName(u"upcomingBoxLayout")
        self.upcomingList = QTreeWidget(self.upcomingBox)
        self.upcomingList.setObjectName(u"upcomingList")
        self.upcomingList.setRootIsDecorated(False)
        self.upcomingList.setUniformRowHeights(True)
        self.upcomingList.setAlternatingRowColors(True)
        self.upcomingList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.upcomingBoxLayout.addWidget(self.upcomingList)


        self.boxesLayout.addWidget(self.upcomingBox, 0, 1, 1, 1)

        self.actionsBox = QGroupBox(GroupOverview)
        self.actionsBox.setObjectName(u"actionsBox")
        self.actionsBoxLayout = QVBoxLayout(self.actionsBox)
        self.actionsBoxLayout.setObjectName(u"actionsBoxLayout")
        self.actionsList = QTreeWidget(self.actionsBox)
        self.actionsList.setObjectName(u"actionsList")
        self.actionsList.setRootIsDecorated(False)
        self.actionsList.setUniformRowHeights(True)
        self.actionsList.setAlternatingRowColors(True)
        self.actionsList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.actionsBoxLayout.addWidget(self.actionsList)


        self.boxesLayout.addWidget(self.actionsBox, 1, 0, 1, 1)

        self.reflectionsBox = QGroupBox(GroupOverview)
        self.reflectionsBox.setObjectName(u"reflectionsBox")
        self.reflectionsBoxLayout = QVBoxLayout(self.reflectionsBox)
        self.reflectionsBoxLayout.setObjectName(u"reflectionsBoxLayout")
        self.reflectionsList = QTreeWidget(self.reflectionsBox)
        self.reflectionsList.setObjectName(u"reflectionsList")
        self.reflectionsList.setRootIsDecorated(False)
        self.reflectionsList.setUniformRowHeights(True)
        self.reflectionsList.setAlternatingRowColors(True)
        self.reflectionsList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.reflectionsBoxLayout.addWidget(self.reflectionsList)


        self.boxesLayout.addWidget(self.reflectionsBox, 1, 1, 1, 1)

        self.commitmentsBox = QGroupBox(GroupOverview)
        self.commitmentsBox.setObjectName(u"commitmentsBox")
        self.commitmentsBoxLayout = QVBoxLayout(self.commitmentsBox)
        self.commitmentsBoxLayout.setObjectName(u"commitmentsBoxLayout")
        self.commitmentsList = QTreeWidget(self.commitmentsBox)
        self.commitmentsList.setObjectName(u"commitmentsList")
        self.commitmentsList.setRootIsDecorated(False)
        self.commitmentsList.setUniformRowHeights(True)
        self.commitmentsList.setAlternatingRowColors(True)
        self.commitmentsList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.commitmentsBoxLayout.addWidget(self.commitmentsList)


        self.boxesLayout.addWidget(self.commitmentsBox, 2, 0, 1, 1)

        self.goalsBox = QGroupBox(GroupOverview)
        self.goalsBox.setObjectName(u"goalsBox")
        self.goalsBoxLayout = QVBoxLayout(self.goalsBox)
        self.goalsBoxLayout.setObjectName(u"goalsBoxLayout")
        self.goalsList = QTreeWidget(self.goalsBox)
        self.goalsList.setObjectName(u"goalsList")
        self.goalsList.setRootIsDecorated(False)
        self.goalsList.setUniformRowHeights(True)
        self.goalsList.setAlternatingRowColors(True)
        self.goalsList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.goalsBoxLayout.addWidget(self.goalsList)


        self.boxesLayout.addWidget(self.goalsBox, 2, 1, 1, 1)


        self.mainLayout.addLayout(self.boxesLayout)


        self.retranslateUi(GroupOverview)

        QMetaObject.connectSlotsByName(GroupOverview)
    # setupUi

    def retranslateUi(self, GroupOverview):
#if QT_CONFIG(accessibility)
        GroupOverview.setAccessibleName(QCoreApplication.translate("GroupOverview", u"Group overview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("GroupOverview", u"Group", None))
#endif // QT_CONFIG(accessibility)
        self.membersBox.setTitle(QCoreApplication.translate("GroupOverview", u"Members", None))
        ___qtreewidgetitem = self.membersList.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("GroupOverview", u"Role", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("GroupOverview", u"School", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("GroupOverview", u"Name", None))
#if QT_CONFIG(accessibility)
        self.membersList.setAccessibleName(QCoreApplication.translate("GroupOverview", u"Members", None))
#endif // QT_CONFIG(accessibility)
        self.upcomingBox.setTitle(QCoreApplication.translate("GroupOverview", u"Next sessions", None))
        ___qtreewidgetitem1 = self.upcomingList.headerItem()
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("GroupOverview", u"Title", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("GroupOverview", u"Date", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("GroupOverview", u"Week", None))
#if QT_CONFIG(accessibility)
        self.upcomingList.setAccessibleName(QCoreApplication.translate("GroupOverview", u"Next sessions", None))
#endif // QT_CONFIG(accessibility)
        self.actionsBox.setTitle(QCoreApplication.translate("GroupOverview", u"Open action items", None))
        ___qtreewidgetitem2 = self.actionsList.headerItem()
        ___qtreewidgetitem2.setText(2, QCoreApplication.translate("GroupOverview", u"Who", None))
        ___qtreewidgetitem2.setText(1, QCoreApplication.translate("GroupOverview", u"Action", None))
        ___qtreewidgetitem2.setText(0, QCoreApplication.translate("GroupOverview", u"Due", None))
#if QT_CONFIG(accessibility)
        self.actionsList.setAccessibleName(QCoreApplication.translate("GroupOverview", u"Open action items", None))
#endif // QT_CONFIG(accessibility)
        self.reflectionsBox.setTitle(QCoreApplication.translate("GroupOverview", u"Recently shared reflections", None))
        ___qtreewidgetitem3 = self.reflectionsList.headerItem()
        ___qtreewidgetitem3.setText(2, QCoreApplication.translate("GroupOverview", u"Reflection", None))
        ___qtreewidgetitem3.setText(1, QCoreApplication.translate("GroupOverview", u"Author", None))
        ___qtreewidgetitem3.setText(0, QCoreApplication.translate("GroupOverview", u"Date", None))
#if QT_CONFIG(accessibility)
        self.reflectionsList.setAccessibleName(QCoreApplication.translate("GroupOverview", u"Recently shared reflections", None))
#endif // QT_CONFIG(accessibility)
        self.commitmentsBox.setTitle(QCoreApplication.translate("GroupOverview", u"Tried in class: still open", None))
        ___qtreewidgetitem4 = self.commitmentsList.headerItem()
        ___qtreewidgetitem4.setText(2, QCoreApplication.translate("GroupOverview", u"Since", None))
        ___qtreewidgetitem4.setText(1, QCoreApplication.translate("GroupOverview", u"Will try", None))
        ___qtreewidgetitem4.setText(0, QCoreApplication.translate("GroupOverview", u"Who", None))
#if QT_CONFIG(accessibility)
        self.commitmentsList.setAccessibleName(QCoreApplication.translate("GroupOverview", u"Open commitments", None))
#endif // QT_CONFIG(accessibility)
        self.goalsBox.setTitle(QCoreApplication.translate("GroupOverview", u"Goals this term", None))
        ___qtreewidgetitem5 = self.goalsList.headerItem()
        ___qtreewidgetitem5.setText(2, QCoreApplication.translate("GroupOverview", u"Reflections", None))
        ___qtreewidgetitem5.setText(1, QCoreApplication.translate("GroupOverview", u"Sessions", None))
        ___qtreewidgetitem5.setText(0, QCoreApplication.translate("GroupOverview", u"Goal", None))
#if QT_CONFIG(accessibility)
        self.goalsList.setAccessibleName(QCoreApplication.translate("GroupOverview", u"Goals this term", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

