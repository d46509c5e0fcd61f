# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'people_import.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_PeopleImport(object):
    def setupUi(self, PeopleImport):
        if not PeopleImport.objectName():
            PeopleImport.setObjectName(u"PeopleImport")
        PeopleImport.resize(760, 520)
        self.mainLayout = QVBoxLayout(PeopleImport)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(PeopleImport)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.rowsList = QTreeWidget(PeopleImport)
        self.rowsList.setObjectName(u"rowsList")
        self.rowsList.setRootIsDecorated(False)
        self.rowsList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.mainLayout.addWidget(self.rowsList)

        self.buttonBox = QDialogButtonBox(PeopleImport)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(PeopleImport)
        self.buttonBox.accepted.connect(PeopleImport.accept)
        self.buttonBox.rejected.connect(PeopleImport.reject)

        QMetaObject.connectSlotsByName(PeopleImport)
    # setupUi

    def retranslateUi(self, PeopleImport):
        PeopleImport.setWindowTitle(QCoreApplication.translate("PeopleImport", u"Import people", None))
        ___qtreewidgetitem = self.rowsList.headerItem()
        ___qtreewidgetitem.setText(5, QCoreApplication.translate("PeopleImport", u"Note", None))
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("PeopleImport", u"Role", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("PeopleImport", u"School", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("PeopleImport", u"E-mail", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("PeopleImport", u"Name", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("PeopleImport", u"Row", None))
#if QT_CONFIG(accessibility)
        self.rowsList.setAccessibleName(QCoreApplication.translate("PeopleImport", u"Rows of the file", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

