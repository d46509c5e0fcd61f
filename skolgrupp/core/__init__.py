"""The Qt-free heart of Skolgrupp: the workspace file, the domain, search, JSON, demo data."""
