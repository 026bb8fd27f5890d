"""REST API and web UI (the analyst's desk): ``create_app(db_path, token=...)`` and ``serve``."""
from .app import create_app, serve

__all__ = ["create_app", "serve"]
