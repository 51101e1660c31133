"""What the benchmarks' results files say about where their figures come from."""

from __future__ import annotations

import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def git_commit() -> str:
    """The checkout's commit, marked when tracked files differ from it: other work may be in
    progress in the checkout, so the figures are then not the commit's alone."""

    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, check=False).stdout.strip()

    commit = git("rev-parse", "HEAD") or "unknown"
    changed = git("status", "--porcelain", "--untracked-files=no")
    return f"{commit} + uncommitted changes" if changed else commit
