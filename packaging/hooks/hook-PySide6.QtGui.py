# PySide6.QtGui as PyInstaller collects it, less the Qt plugins Skolgrupp does not use (see
# bundle_info.KEEP_PLUGINS): the GTK theme would bring GTK, Cairo and Pango along, OpenGL
# integrations the OpenGL library. Filtered here, before PyInstaller looks for what the
# plugins need, so that what only they need stays out too.
import sys
from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bundle_info import qt_plugin_wanted  # noqa: E402

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [entry for entry in binaries if qt_plugin_wanted(entry[0])]
datas = [entry for entry in datas if qt_plugin_wanted(entry[0])]
