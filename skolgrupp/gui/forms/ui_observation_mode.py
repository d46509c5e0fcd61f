# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'observation_mode.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QHBoxLayout, QLabel, QSizePolicy,
    QSpacerItem, QTabWidget, QVBoxLayout, QWidget)

class Ui_ObservationMode(object):
    def setupUi(self, ObservationMode):
        if not ObservationMode.objectName():
            ObservationMode.setObjectName(u"ObservationMode")
        ObservationMode.resize(720, 640)
        self.mainLayout = QVBoxLayout(ObservationMode)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.observerLabel = QLabel(ObservationMode)
        self.observerLabel.setObjectName(u"observerLabel")

        self.topLayout.addWidget(self.observerLabel)

        self.observerCombo = QComboBox(ObservationMode)
        self.observerCombo.setObjectName(u"observerCombo")
        self.observerCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.topLayout.addWidget(self.observerCombo)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topLayout.addItem(self.topSpacer)


        self.mainLayout.addLayout(self.topLayout)

        self.hint = QLabel(ObservationMode)
        self.hint.setObjectName(u"hint")
        self.hint.setWordWrap(True)

        self.mainLayout.addWidget(self.hint)

        self.pupilTabs = QTabWidget(ObservationMode)
        self.pupilTabs.setObjectName(u"pupilTabs")

        self.mainLayout.addWidget(self.pupilTabs)

        self.buttons = QDialogButtonBox(ObservationMode)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.observerLabel.setBuddy(self.observerCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.observerCombo, self.pupilTabs)
        QWidget.setTabOrder(self.pupilTabs, self.buttons)

        self.retranslateUi(ObservationMode)
        self.buttons.accepted.connect(ObservationMode.accept)
        self.buttons.rejected.connect(ObservationMode.reject)

        QMetaObject.connectSlotsByName(ObservationMode)
    # setupUi

    def retranslateUi(self, ObservationMode):
        ObservationMode.setWindowTitle(QCoreApplication.translate("ObservationMode", u"Observe", None))
        self.observerLabel.setText(QCoreApplication.translate("ObservationMode", u"&Observer:", None))
        self.hint.setText(QCoreApplication.translate("ObservationMode", u"Write what each case pupil does, phase by phase. Tab goes to the next phase, Ctrl+Page Down to the next case pupil.", None))
#if QT_CONFIG(accessibility)
        self.pupilTabs.setAccessibleName(QCoreApplication.translate("ObservationMode", u"Case pupils", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

