# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'commitments_panel.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_CommitmentsPanel(object):
    def setupUi(self, CommitmentsPanel):
        if not CommitmentsPanel.objectName():
            CommitmentsPanel.setObjectName(u"CommitmentsPanel")
        self.mainLayout = QVBoxLayout(CommitmentsPanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.followUpLabel = QLabel(CommitmentsPanel)
        self.followUpLabel.setObjectName(u"followUpLabel")

        self.mainLayout.addWidget(self.followUpLabel)

        self.followUpList = QTreeWidget(CommitmentsPanel)
        self.followUpList.setObjectName(u"followUpList")
        self.followUpList.setRootIsDecorated(False)
        self.followUpList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.mainLayout.addWidget(self.followUpList)

        self.reportRow = QHBoxLayout()
        self.reportRow.setObjectName(u"reportRow")
        self.reportEdit = QLineEdit(CommitmentsPanel)
        self.reportEdit.setObjectName(u"reportEdit")

        self.reportRow.addWidget(self.reportEdit)

        self.reportButton = QPushButton(CommitmentsPanel)
        self.reportButton.setObjectName(u"reportButton")

        self.reportRow.addWidget(self.reportButton)


        self.mainLayout.addLayout(self.reportRow)

        self.newRow = QHBoxLayout()
        self.newRow.setObjectName(u"newRow")
        self.personCombo = QComboBox(CommitmentsPanel)
        self.personCombo.setObjectName(u"personCombo")

        self.newRow.addWidget(self.personCombo)

        self.newEdit = QLineEdit(CommitmentsPanel)
        self.newEdit.setObjectName(u"newEdit")

        self.newRow.addWidget(self.newEdit)

        self.newButton = QPushButton(CommitmentsPanel)
        self.newButton.setObjectName(u"newButton")

        self.newRow.addWidget(self.newButton)


        self.mainLayout.addLayout(self.newRow)

#if QT_CONFIG(shortcut)
        self.followUpLabel.setBuddy(self.followUpList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CommitmentsPanel)

        QMetaObject.connectSlotsByName(CommitmentsPanel)
    # setupUi

    def retranslateUi(self, CommitmentsPanel):
        CommitmentsPanel.setTitle(QCoreApplication.translate("CommitmentsPanel", u"This I will try", None))
        self.followUpLabel.setText(QCoreApplication.translate("CommitmentsPanel", u"Open from earlier sessions: how did it go?", None))
        ___qtreewidgetitem = self.followUpList.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CommitmentsPanel", u"Would try", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CommitmentsPanel", u"Who", None))
#if QT_CONFIG(accessibility)
        self.followUpList.setAccessibleName(QCoreApplication.translate("CommitmentsPanel", u"Open commitments", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reportEdit.setAccessibleName(QCoreApplication.translate("CommitmentsPanel", u"How it went", None))
#endif // QT_CONFIG(accessibility)
        self.reportEdit.setPlaceholderText(QCoreApplication.translate("CommitmentsPanel", u"How it went\u2026", None))
        self.reportButton.setText(QCoreApplication.translate("CommitmentsPanel", u"&Reported", None))
#if QT_CONFIG(accessibility)
        self.personCombo.setAccessibleName(QCoreApplication.translate("CommitmentsPanel", u"Who will try it", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.newEdit.setAccessibleName(QCoreApplication.translate("CommitmentsPanel", u"What they will try", None))
#endif // QT_CONFIG(accessibility)
        self.newEdit.setPlaceholderText(QCoreApplication.translate("CommitmentsPanel", u"In my class I will try\u2026", None))
        self.newButton.setText(QCoreApplication.translate("CommitmentsPanel", u"&Will try", None))
    # retranslateUi

