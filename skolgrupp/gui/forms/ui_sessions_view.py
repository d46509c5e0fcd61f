# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sessions_view.ui'
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

class Ui_SessionsView(object):
    def setupUi(self, SessionsView):
        if not SessionsView.objectName():
            SessionsView.setObjectName(u"SessionsView")
        SessionsView.resize(800, 560)
        self.mainLayout = QVBoxLayout(SessionsView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.newButton = QPushButton(SessionsView)
        self.newButton.setObjectName(u"newButton")

        self.buttonsLayout.addWidget(self.newButton)

        self.editButton = QPushButton(SessionsView)
        self.editButton.setObjectName(u"editButton")

        self.buttonsLayout.addWidget(self.editButton)

        self.meetingButton = QPushButton(SessionsView)
        self.meetingButton.setObjectName(u"meetingButton")

        self.buttonsLayout.addWidget(self.meetingButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.exportButton = QPushButton(SessionsView)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonsLayout.addWidget(self.exportButton)


        self.mainLayout.addLayout(self.buttonsLayout)

        self.sessionsList = QTreeWidget(SessionsView)
        self.sessionsList.setObjectName(u"sessionsList")
        self.sessionsList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sessionsList.setUniformRowHeights(True)

        self.mainLayout.addWidget(self.sessionsList)

        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.meetingButton)
        QWidget.setTabOrder(self.meetingButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.sessionsList)

        self.retranslateUi(SessionsView)

        QMetaObject.connectSlotsByName(SessionsView)
    # setupUi

    def retranslateUi(self, SessionsView):
        self.newButton.setText(QCoreApplication.translate("SessionsView", u"&New session\u2026", None))
        self.editButton.setText(QCoreApplication.translate("SessionsView", u"&Change\u2026", None))
        self.meetingButton.setText(QCoreApplication.translate("SessionsView", u"&Meeting mode\u2026", None))
        self.exportButton.setText(QCoreApplication.translate("SessionsView", u"&Export to calendar\u2026", None))
        ___qtreewidgetitem = self.sessionsList.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("SessionsView", u"Status", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("SessionsView", u"Session", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("SessionsView", u"Time", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("SessionsView", u"Week and day", None))
#if QT_CONFIG(accessibility)
        self.sessionsList.setAccessibleName(QCoreApplication.translate("SessionsView", u"Sessions by week", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

