"""Optional packages: imported only when asked for, or a one-line error that names the extra to install.

pandas' ``import_optional_dependency`` and polars' ``dependencies.py`` do the same: the core never imports
pyarrow or dask, and a user without them is told what to install instead of shown a traceback. The CLI
turns ``MissingExtra`` into exit status 2 with its message.
"""

from __future__ import annotations

import importlib
from types import ModuleType


class MissingExtra(ImportError):
    """An optional package is not installed; the message is one line that says what to install."""


def import_optional(name: str, extra: str) -> ModuleType:
    """``importlib.import_module(name)``, or MissingExtra naming ``pip install 'newsparse[extra]'``."""
    try:
        return importlib.import_module(name)
    except ImportError:
        top = name.partition(".")[0]
        raise MissingExtra(f"{top} is not installed: pip install 'newsparse[{extra}]'") from None
