"""Starting the Label Studio server: its own venv, bound to 127.0.0.1, quiet and offline.

The server lives in ``.venv-labelstudio`` (as a database server would: 1 GB of pinned
Django dependencies that must not leak into the corpus venv); the Makefile installs it.
Every ``label-studio`` command needs ``LABEL_STUDIO_BASE_DATA_DIR`` or it writes into
the home directory, and ``--internal-host`` is the bind address (``--host`` is not).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from corpus.errors import CorpusError, Problem
from corpus.project import load_project

BIN_ENV = "STORYDRIFT_LABEL_STUDIO_BIN"


def default_bin(root: Path | None = None) -> Path:
    """The server the Makefile installs into the project's .venv-labelstudio."""
    return load_project(root).root / ".venv-labelstudio" / "bin" / "label-studio"


def default_data_dir(root: Path | None = None) -> Path:
    return load_project(root).root / ".labelstudio"

QUIET_ENV = {
    "SENTRY_DSN": "", "FRONTEND_SENTRY_DSN": "", "COLLECT_ANALYTICS": "false",
    "LATEST_VERSION_CHECK": "false",
}
TOKEN_HELP = """\
To use push and pull, export an API key:
  1. open {url} and sign up or log in (or set LABEL_STUDIO_USERNAME/LABEL_STUDIO_PASSWORD
     before the first start to create the first user);
  2. Account & Settings -> Personal Access Token -> Create (or copy the legacy token if
     the organisation allows legacy tokens);
  3. export LABEL_STUDIO_API_KEY=<the token>
Then: corpus labelstudio push --url {url} --project StoryDrift"""


def label_studio_bin() -> Path:
    """The server executable, or a clear error saying how to install it."""
    path = Path(os.environ.get(BIN_ENV) or default_bin())
    if not path.exists():
        raise CorpusError(
            f"Label Studio server not found at {path}",
            [Problem(str(path), f"install it with `make test` (it fills .venv-labelstudio) or set "
                                f"{BIN_ENV} to a label-studio executable")])
    return path


def server_env(data_dir: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {**os.environ, **QUIET_ENV, "LABEL_STUDIO_BASE_DATA_DIR": str(data_dir)}
    env.pop("LABEL_STUDIO_API_KEY", None)  # the server has no use for the client's key
    return {**env, **(extra or {})}


def command(port: int, binary: Path | None = None) -> list[str]:
    return [str(binary or label_studio_bin()), "start", "--internal-host", "127.0.0.1",
            "--port", str(port), "--no-browser"]


def serve(port: int = 8080, data_dir: Path | None = None) -> int:
    """Run the server in the foreground until Ctrl-C; returns its exit code."""
    binary = label_studio_bin()
    data_dir = data_dir or default_data_dir()
    data_dir.mkdir(parents=True, exist_ok=True)
    url = f"http://127.0.0.1:{port}"
    print(f"Label Studio: {url} (data in {data_dir}); the first start takes about 40 s.")
    print(TOKEN_HELP.format(url=url), flush=True)
    try:
        return subprocess.call(command(port, binary), env=server_env(data_dir))
    except KeyboardInterrupt:
        return 0
