# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'merge_dialog.ui'
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
    QDialog, QDialogButtonBox, QHeaderView, QLabel,
    QSizePolicy, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_MergeDialog(object):
    def setupUi(self, MergeDialog):
        if not MergeDialog.objectName():
            MergeDialog.setObjectName(u"MergeDialog")
        MergeDialog.resize(680, 460)
        self.mainLayout = QVBoxLayout(MergeDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summary = QLabel(MergeDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.summary)

        self.changesList = QTreeWidget(MergeDialog)
        self.changesList.setObjectName(u"changesList")
        self.changesList.setRootIsDecorated(False)
        self.changesList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.mainLayout.addWidget(self.changesList)

        self.futureLabel = QLabel(MergeDialog)
        self.futureLabel.setObjectName(u"futureLabel")
        self.futureLabel.setWordWrap(True)
        self.futureLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.futureLabel)

        self.deleteBox = QCheckBox(MergeDialog)
        self.deleteBox.setObjectName(u"deleteBox")

        self.mainLayout.addWidget(self.deleteBox)

        self.hint = QLabel(MergeDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(MergeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttons)

        QWidget.setTabOrder(self.changesList, self.deleteBox)
        QWidget.setTabOrder(self.deleteBox, self.buttons)

        self.retranslateUi(MergeDialog)
        self.buttons.accepted.connect(MergeDialog.accept)
        self.buttons.rejected.connect(MergeDialog.reject)

        QMetaObject.connectSlotsByName(MergeDialog)
    # setupUi

    def retranslateUi(self, MergeDialog):
        MergeDialog.setWindowTitle(QCoreApplication.translate("MergeDialog", u"Merge from file", None))
        ___qtreewidgetitem = self.changesList.headerItem()
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("MergeDialog", u"Changed on both sides", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("MergeDialog", u"Brought back", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("MergeDialog", u"Deleted", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("MergeDialog", u"Changed", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("MergeDialog", u"New", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("MergeDialog", u"Records", None))
#if QT_CONFIG(accessibility)
        self.changesList.setAccessibleName(QCoreApplication.translate("MergeDialog", u"What would change", None))
#endif // QT_CONFIG(accessibility)
        self.deleteBox.setText(QCoreApplication.translate("MergeDialog", u"&Delete them here too", None))
    # retranslateUi

