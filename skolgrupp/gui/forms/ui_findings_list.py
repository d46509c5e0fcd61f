# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'findings_list.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QPushButton, QSizePolicy, QSpacerItem, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_FindingsList(object):
    def setupUi(self, FindingsList):
        if not FindingsList.objectName():
            FindingsList.setObjectName(u"FindingsList")
        FindingsList.resize(560, 220)
        self.mainLayout = QVBoxLayout(FindingsList)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.list = QTreeWidget(FindingsList)
        self.list.setObjectName(u"list")
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.mainLayout.addWidget(self.list)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.showButton = QPushButton(FindingsList)
        self.showButton.setObjectName(u"showButton")
        self.showButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.showButton)

        self.acknowledgeButton = QPushButton(FindingsList)
        self.acknowledgeButton.setObjectName(u"acknowledgeButton")
        self.acknowledgeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.acknowledgeButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.mainLayout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.list, self.showButton)
        QWidget.setTabOrder(self.showButton, self.acknowledgeButton)

        self.retranslateUi(FindingsList)

        QMetaObject.connectSlotsByName(FindingsList)
    # setupUi

    def retranslateUi(self, FindingsList):
        ___qtreewidgetitem = self.list.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("FindingsList", u"Text", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("FindingsList", u"Looks like", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("FindingsList", u"Where", None))
#if QT_CONFIG(accessibility)
        self.list.setAccessibleName(QCoreApplication.translate("FindingsList", u"Text that may be about pupils", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.showButton.setToolTip(QCoreApplication.translate("FindingsList", u"Close this and go to where the text is written, to change it", None))
#endif // QT_CONFIG(tooltip)
        self.showButton.setText(QCoreApplication.translate("FindingsList", u"Sh&ow", None))
#if QT_CONFIG(tooltip)
        self.acknowledgeButton.setToolTip(QCoreApplication.translate("FindingsList", u"The check stays quiet about this text here from now on", None))
#endif // QT_CONFIG(tooltip)
        self.acknowledgeButton.setText(QCoreApplication.translate("FindingsList", u"It is &not a pupil", None))
        pass
    # retranslateUi

