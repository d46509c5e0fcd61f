"""The main window: the workspace's groups on the left, the chosen group on the right."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from skolgrupp import __version__
from skolgrupp.core import i18n
from skolgrupp.gui import jobs
from skolgrupp.gui.database import Database, NoWorkspace
from skolgrupp.gui.dialogs import notice_bar
from skolgrupp.gui.errors import show_error
from skolgrupp.gui.group_list import GROUP_ID_ROLE, GroupListModel
from skolgrupp.gui.retention import Retention
from skolgrupp.gui.search_bar import SearchBar
from skolgrupp.gui.undo import make_stack

if TYPE_CHECKING:
    from skolgrupp.gui.documents import Documents
    from skolgrupp.gui.group_editing import GroupEditing
    from skolgrupp.gui.group_overview import GroupOverviewView
    from skolgrupp.gui.group_page import GroupPage
    from skolgrupp.gui.merge_flow import MergeFlow
    from skolgrupp.gui.privacy_help import PrivacyHelp
    from skolgrupp.gui.progress import LongWork
    from skolgrupp.gui.search_view import SearchResultsView
    from skolgrupp.gui.sharing import Sharing

MAX_RECENT = 8
FIRST_PAINT_WAIT_MS = 300  # a workspace asked for before the first paint opens by then anyway
WORKSPACE_SUFFIX = ".skolgrupp"


TITLE_BAR_ALLOWANCE = 40  # pixels a window manager's title bar may take above the window


class MainWindow(QMainWindow):
    ready = Signal()  # the workspace's content is shown (for --screenshot and tests)

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.database = Database(self)
        self.path: Path | None = None
        self.read_only_reason = ""
        # What to do with an error; a script taking a screenshot replaces the dialog.
        self.report_error = lambda error: show_error(self, error)
        self.setAcceptDrops(True)
        self.setMinimumSize(720, 480)

        self.banner = QLabel(self)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setWordWrap(True)
        self.banner.setObjectName("readOnlyBanner")
        # The palette's tooltip colours: a notice that reads in light, dark and high-contrast
        # themes alike.
        self.banner.setAutoFillBackground(True)
        self.banner.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.banner.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.banner.setMargin(6)
        self.banner.hide()

        self.groups = GroupListModel(self)
        self.group_list = QListView(self)
        self.group_list.setModel(self.groups)
        self.group_list.setAccessibleName(self.tr("Groups"))
        self.group_list.setUniformItemSizes(True)
        self.group_list.selectionModel().currentChanged.connect(self._group_chosen)

        self.undo_stack = make_stack(self)
        # The group page and the search results are built once the window is on the screen
        # (or when something needs them sooner): the window shows without waiting for them.
        self._group_page: GroupPage | None = None
        self._search_results: SearchResultsView | None = None
        self._group_editing: GroupEditing | None = None
        self._documents: Documents | None = None
        self._sharing: Sharing | None = None
        self._merge_flow: MergeFlow | None = None
        self.privacy_help: PrivacyHelp | None = None  # Help › Privacy and pupil data
        # A workspace asked for before the window is first painted opens right after: loading
        # the core on the database thread would otherwise hold up the first paint.
        self._painted = False
        self._pending_open: tuple | None = None
        self.long_work: set[LongWork] = set()  # cancelled if the window closes first
        self.empty = QLabel(self.tr("This workspace has no groups yet."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget(self)
        # Blank while a workspace opens; after one is closed, it says what to do next.
        self.no_workspace = QLabel(self)
        self.no_workspace.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_workspace.setWordWrap(True)
        self.pages.addWidget(self.no_workspace)
        self.pages.addWidget(self.empty)
        self.search = SearchBar(
            self, leave=lambda: self.pages.setCurrentWidget(self._content_page())
        )
        self.search_field = self.search.field
        self.searched = self.search.searched

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.group_list)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 760])

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self._make_conflict_bar())
        self.retention = Retention(self)  # erasing pupil details, and its notice
        layout.addWidget(self.retention.notice)
        layout.addWidget(self.splitter)
        self.setCentralWidget(central)

        self._make_menus()
        self._restore_layout()
        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # no end known: it only shows that work goes on
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.busy_bar.hide()
        self.statusBar().addPermanentWidget(self.busy_bar)
        self._busy_timer = QTimer(self, singleShot=True, interval=400)
        self._busy_timer.timeout.connect(self.busy_bar.show)
        self.database.busy_changed.connect(self._busy)
        self._update_title()

    # -- pages built after the first paint -------------------------------------------------

    @property
    def group_page(self) -> GroupPage:
        if self._group_page is None:
            from skolgrupp.gui.group_page import GroupPage

            self._group_page = GroupPage(
                self.database, self.undo_stack, self.settings, lambda e: self._failed(e), self
            )
            self._group_page.ready.connect(self.ready)
            self._group_page.set_editable(not self.read_only_reason)
            self.retention.attach(self._group_page)
            self.pages.addWidget(self._group_page)
        return self._group_page

    @property
    def documents(self) -> Documents:
        if self._documents is None:
            from skolgrupp.gui.documents import Documents

            self._documents = Documents(self)
        return self._documents

    @property
    def merge_flow(self) -> MergeFlow:
        if self._merge_flow is None:
            from skolgrupp.gui.merge_flow import MergeFlow

            self._merge_flow = MergeFlow(self)
        return self._merge_flow

    @property
    def sharing(self) -> Sharing:
        if self._sharing is None:
            from skolgrupp.gui.sharing import Sharing

            self._sharing = Sharing(self)
        return self._sharing

    @property
    def overview(self) -> GroupOverviewView:
        return self.group_page.overview

    @property
    def search_results(self) -> SearchResultsView:
        if self._search_results is None:
            from skolgrupp.gui.search_view import SearchResultsView

            self._search_results = SearchResultsView(self)
            self.pages.addWidget(self._search_results)
        return self._search_results

    @property
    def group_editing(self) -> GroupEditing:
        if self._group_editing is None:
            from skolgrupp.gui.group_editing import GroupEditing

            self._group_editing = GroupEditing(self, self.reload_groups)
        return self._group_editing

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        if not self.database.running:
            return  # the window closed in the meantime
        if self._pending_open is not None:  # the database starts its work first
            self.database.open(*self._pending_open)
            self._pending_open = None
        self.group_page  # noqa: B018 - built for what comes next
        self.search_results  # noqa: B018

    # -- search -----------------------------------------------------------------------------

    def _content_page(self) -> QWidget:
        if self.path is None:
            return self.no_workspace
        return self.group_page if self.groups.rowCount() else self.empty

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.search.active:
            self.search.field.clear()
        else:
            super().keyPressEvent(event)

    # -- menus ------------------------------------------------------------------------------

    def _make_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(
            file_menu, self.tr("&New workspace…"), QKeySequence.StandardKey.New, self.new_workspace
        )
        self._action(
            file_menu, self.tr("&Open…"), QKeySequence.StandardKey.Open, self.choose_and_open
        )
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.save_copy_action = self._action(
            file_menu, self.tr("Save a &copy…"), QKeySequence.StandardKey.SaveAs, self.save_copy
        )
        self.close_action = self._action(
            file_menu,
            self.tr("C&lose workspace"),
            QKeySequence.StandardKey.Close,
            self.close_workspace,
        )
        file_menu.addSeparator()
        self.print_action = self._action(
            file_menu,
            self.tr("&Print…"),
            QKeySequence.StandardKey.Print,
            lambda: self.documents.print_document(self.documents.current_document()),
        )
        self.print_menu = file_menu.addMenu(self.tr("Print a &document"))
        self.export_menu = file_menu.addMenu(self.tr("&Export as PDF"))
        self._fill_document_menu(self.print_menu, lambda d: self.documents.print_document(d))
        self._fill_document_menu(self.export_menu, lambda d: self.documents.export(d))
        file_menu.addSeparator()
        self.share_action = self._action(
            file_menu, self.tr("S&hare group…"), None, lambda: self.sharing.share_group()
        )
        self.merge_action = self._action(
            file_menu, self.tr("&Merge from file…"), None, lambda: self.merge_flow.merge_from_file()
        )
        self.undo_merge_action = self._action(
            file_menu, self.tr("Undo last mer&ge…"), None, lambda: self.merge_flow.undo_last_merge()
        )
        self.conflicts_action = self._action(
            file_menu,
            self.tr("Changed on &two computers…"),
            None,
            lambda: self.merge_flow.resolve_conflicts(),
        )
        # What needs an open workspace: off until one is open.
        self.workspace_actions = [
            self.save_copy_action,
            self.close_action,
            self.print_action,
            self.print_menu.menuAction(),
            self.export_menu.menuAction(),
            self.share_action,
            self.conflicts_action,
        ]
        # What also changes the workspace: off for a file that cannot be written.
        self.writing_actions = [self.merge_action, self.undo_merge_action]
        for action in (*self.workspace_actions, *self.writing_actions):
            action.setEnabled(False)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        edit_menu.addActions([undo, redo])
        group_menu = self.menuBar().addMenu(self.tr("&Group"))
        self.group_menu = group_menu
        self._action(
            group_menu, self.tr("New &group…"), None, lambda: self.group_editing.new_group()
        )
        self.edit_group_action = self._action(
            group_menu, self.tr("&Edit group…"), None, lambda: self.group_editing.edit_group()
        )
        self._action(
            group_menu,
            self.tr("&People and schools…"),
            None,
            lambda: self.group_editing.people_and_schools(),
        )
        self._action(
            group_menu, self.tr("&Import people…"), None, lambda: self.group_editing.import_people()
        )
        group_menu.addSeparator()
        self.new_reflection_action = self._action(
            group_menu,
            self.tr("New &reflection…"),
            "Ctrl+Shift+R",
            lambda: self.group_page.new_reflection(),
        )
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        chosen = self.settings.value("language") or i18n.language()
        for code, name in (("sv", "Svenska"), ("en", "English")):  # each in its own language
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _=False, c=code: self._choose_language(c))
        self._action(
            settings_menu,
            self.tr("Use the open workspace as the &default"),
            None,
            self._make_default,
        )
        self.retention.add_setting(settings_menu)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.privacy_help_action = self._action(
            help_menu, self.tr("&Privacy and pupil data…"), None, self.show_privacy_help
        )
        self._action(help_menu, self.tr("&About Skolgrupp"), None, self._about)

    def _fill_document_menu(self, menu: QMenu, act: Callable[[str], None]) -> None:
        """One entry per document; those about something not chosen now are off."""
        from skolgrupp.reports.documents import DOCUMENTS

        entries = {}
        for document in DOCUMENTS:
            action = menu.addAction("")
            action.triggered.connect(lambda _=False, d=document: act(d))
            entries[document] = action

        def update() -> None:
            names = self.documents.names()
            for document, action in entries.items():
                action.setText(names[document] + "…")
                action.setEnabled(self.documents.chosen(document) is not None)

        menu.aboutToShow.connect(update)

    def _action(self, menu, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for name in self.recent_files():
            action = self.recent_menu.addAction(name.replace("&", "&&"))  # not a shortcut key
            action.triggered.connect(lambda _=False, n=name: self.open_file(Path(n)))
        self.recent_menu.setEnabled(bool(self.recent_files()))

    def _make_default(self) -> None:
        """Open this workspace when Skolgrupp starts and no other was used last."""
        if self.path is not None:
            self.settings.setValue("defaultWorkspace", str(self.path))
            self.statusBar().showMessage(
                self.tr("{name} is now the default workspace.").format(name=self.path.name), 5000
            )

    def _choose_language(self, code: str) -> None:
        self.settings.setValue("language", code)
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Language"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("Skolgrupp speaks the chosen language the next time you start it."))
        box.exec()

    def show_privacy_help(self) -> None:
        """The help page on privacy, beside the window (one, shown again when asked for)."""
        from skolgrupp.gui.privacy_help import PrivacyHelp

        if self.privacy_help is None:
            self.privacy_help = PrivacyHelp(self)
        self.privacy_help.show()
        self.privacy_help.raise_()
        self.privacy_help.activateWindow()

    def _about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Skolgrupp"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr("Skolgrupp {version}\nPlan, run and document collegial learning.").format(
                version=__version__
            )
        )
        box.exec()

    # -- opening files ----------------------------------------------------------------------

    def open_initial(self, file: Path | None, *, view: str = "overview") -> None:
        """Open ``file``, or the workspace used last, or the default workspace."""
        if file is not None:
            self.open_file(file)
            return
        for key in ("lastWorkspace", "defaultWorkspace"):
            stored = self.settings.value(key, "")
            if stored and Path(str(stored)).exists():
                self.open_file(Path(str(stored)))
                return
        self.open_with(jobs.open_default)

    def open_file(self, path: Path) -> None:
        from skolgrupp.core.sealed import is_sealed

        if path.is_file() and is_sealed(path):  # a pipe's open() would wait here
            from skolgrupp.gui.sharing import open_locked

            if not open_locked(self, path, self.sharing) and self.path is None:
                self._closed()  # nothing was open before: the window says what to do next
            return
        self.open_with(lambda: jobs.open_workspace(path))

    def open_with(self, opener) -> None:
        """Open the workspace ``opener`` gives, on the database thread."""
        self.statusBar().showMessage(self.tr("Opening…"))
        # Until it has opened, nothing may be asked of the workspace shown so far.
        for action in self.workspace_actions:
            action.setEnabled(False)
        if self.isVisible() and not self._painted:
            self._pending_open = (opener, self._opened, self._failed_to_open)
            # A window shown minimized is not painted: it opens the workspace all the same.
            QTimer.singleShot(FIRST_PAINT_WAIT_MS, self._after_first_paint)
        else:
            self.database.open(opener, self._opened, self._failed_to_open)

    def _opened(self, result: tuple[Path, str]) -> None:
        self.path, reason = result
        self.undo_stack.clear()  # its steps were about the workspace that was open before
        self.groups.set_rows([])  # and so were the groups, until this one's are read
        # A read-only or newer file is shown but not changed: nothing offers to change it.
        for action in self.group_menu.actions():
            action.setEnabled(not reason)
        self.group_page.set_editable(not reason)
        self.read_only_reason = reason
        from skolgrupp.core.placement import risky_place

        notice = reason or risky_place(self.path)
        self.banner.setText(notice)
        self.banner.setVisible(bool(notice))
        for action in self.workspace_actions:
            action.setEnabled(True)
        for action in self.writing_actions:
            action.setEnabled(not reason)
        self.search.field.setEnabled(True)
        self._remember(self.path)
        self._update_title()
        self.statusBar().clearMessage()
        self.database.call(jobs.groups, self._show_groups, self._failed)
        self.database.call(jobs.conflicts, self.show_conflict_banner, self._failed)
        if not reason:
            QTimer.singleShot(0, lambda: self.merge_flow.offer_conflict_copies())

    def _make_conflict_bar(self) -> QWidget:
        """A notice while records changed on two computers at once wait to be resolved."""
        bar, row, self.conflict_text = notice_bar(self)
        button = QPushButton(self.tr("&Choose…"), bar)
        button.setAccessibleName(self.tr("Choose which versions to keep"))
        button.clicked.connect(lambda: self.merge_flow.resolve_conflicts())
        row.addWidget(button)
        self.conflict_bar = bar
        return bar

    def show_conflict_banner(self, conflicts: list) -> None:
        self.conflict_text.setText(
            self.tr(
                "Records changed on two computers at once: {n}. Both versions are kept until "
                "you choose."
            ).format(n=len(conflicts))
        )
        self.conflict_bar.setVisible(bool(conflicts))

    def close_then(self, then: Callable[[], None]) -> None:
        """Close the workspace, and then do ``then`` (which may open it again)."""

        def closed(_result=None) -> None:
            self._closed()
            then()

        self.database.close(closed, self._failed)

    def close_workspace(self) -> None:
        """Close the open workspace; the window stays, ready to open or create another."""
        if self.path is not None:
            self.database.close(self._closed, self._failed)

    def _closed(self, _result=None) -> None:
        self.path, self.read_only_reason = None, ""
        self.undo_stack.clear()
        self.search.field.clear()
        self.search.field.setEnabled(False)
        self.groups.set_rows([])
        self.banner.hide()
        for action in (*self.workspace_actions, *self.writing_actions, *self.group_menu.actions()):
            action.setEnabled(False)
        self.conflict_bar.hide()
        self.retention.check_due()  # hides its notice
        self.no_workspace.setText(
            self.tr("No workspace is open. Open one or make a new one in the File menu.")
        )
        self.pages.setCurrentWidget(self.no_workspace)
        self._update_title()

    def reload_groups(self, select: str | None = None) -> None:
        """Read the groups again and show ``select`` (or the first)."""
        self.database.call(jobs.groups, lambda rows: self._show_groups(rows, select), self._failed)

    def _show_groups(self, rows, select: str | None = None) -> None:
        self.groups.set_rows(rows)
        if not rows:
            self.pages.setCurrentWidget(self.empty)
            self.ready.emit()
            return
        row = max(self.groups.row_of(select), 0) if select else 0
        self.group_list.selectionModel().setCurrentIndex(
            self.groups.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def _group_chosen(self, current, _previous=None) -> None:
        group_id = current.data(GROUP_ID_ROLE) if current.isValid() else None
        if not group_id:
            return
        self.group_page.show_group(group_id)
        if not self.search.active:  # a search on screen stays there
            self.pages.setCurrentWidget(self.group_page)

    def _failed(self, error: BaseException) -> None:
        self.statusBar().clearMessage()
        if not isinstance(error, NoWorkspace):  # asked of a workspace closed since: moot
            self.report_error(error)

    def _failed_to_open(self, error: BaseException) -> None:
        """The workspace shown before stays open, if there was one; if not, the window says
        what to do next."""
        if self.path is None:
            self._closed()
        else:
            for action in self.workspace_actions:
                action.setEnabled(True)
            for action in self.writing_actions:
                action.setEnabled(not self.read_only_reason)
        self._failed(error)

    def choose_and_open(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open workspace"), self._folder(), self._filter()
        )
        if name:
            self.open_file(Path(name))

    def new_workspace(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New workspace"), self._folder(), self._filter()
        )
        if name:
            path = Path(name).with_suffix(WORKSPACE_SUFFIX)
            self.open_with(lambda: jobs.create_workspace(path))

    def save_copy(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy"), self._folder(), self._filter()
        )
        if name:
            self.write_copy(Path(name))

    def write_copy(self, target: Path) -> LongWork:
        from skolgrupp.gui.progress import LongWork

        return LongWork(
            self,
            self.tr("Saving a copy as {name}…").format(name=target.name),
            lambda ws, progress: ws.save_copy(target, progress=progress),
            lambda _: self.statusBar().showMessage(
                self.tr("Saved a copy as {name}.").format(name=target.name), 5000
            ),
        )

    def _filter(self) -> str:
        return self.tr("Skolgrupp workspaces (*.skolgrupp);;All files (*)")

    def _folder(self) -> str:
        return str(self.path.parent) if self.path else str(Path.home())

    # -- drag and drop ----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = self._dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_file(path)

    @staticmethod
    def _dropped_file(event) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        local = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        return local[0] if len(local) == 1 else None

    # -- state between runs -----------------------------------------------------------------

    def recent_files(self) -> list[str]:
        value = self.settings.value("recentFiles", [])
        return [str(v) for v in (value if isinstance(value, list) else [value]) if v]

    def _remember(self, path: Path) -> None:
        name = str(path)
        recent = [name] + [r for r in self.recent_files() if r != name]
        self.settings.setValue("recentFiles", recent[:MAX_RECENT])
        self.settings.setValue("lastWorkspace", name)

    def _update_title(self) -> None:
        name = self.path.stem if self.path else ""
        title = f"{name} – Skolgrupp" if name else "Skolgrupp"
        if self.read_only_reason:
            title += " " + self.tr("[read-only]")
        self.setWindowTitle(title)

    def _busy(self, busy: bool) -> None:
        """While the database thread works, a busy cursor, and after a moment a moving bar: the
        window stays usable, and the user sees that something is going on."""
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
            self._busy_timer.start()
        else:
            self.unsetCursor()
            self._busy_timer.stop()
            self.busy_bar.hide()

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            width, height = 1100, 720
            screen = self.screen()
            if screen is not None:
                # On a small screen (a 1024×600 laptop) the window fits, title bar and all,
                # so that nothing (the status bar and its messages) falls off its bottom.
                available = screen.availableGeometry()
                width = min(width, available.width())
                height = min(height, available.height() - TITLE_BAR_ALLOWANCE)
                self.move(available.topLeft())
            self.resize(width, height)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        for work in list(self.long_work):
            work.cancel()  # the database thread then finishes at its next step
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()
        self.database.shutdown()
        if self._documents is not None:
            self._documents.remove_temporary_files()
        super().closeEvent(event)
