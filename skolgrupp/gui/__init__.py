"""The desktop program: everything that imports PySide6 lives here."""
