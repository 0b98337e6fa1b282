"""coffeechat: run a job seeker's informational interviews end to end."""

from typing import Any


def __getattr__(name: str) -> Any:
    # The version is the package's metadata (pyproject.toml), read only when asked for.
    if name == "__version__":
        from importlib.metadata import version

        return version("coffeechat")
    raise AttributeError(name)
