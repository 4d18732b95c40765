#!/usr/bin/env python3
"""Write the sample workspace (a fictional Dutch bike shop's inbox) to a new file.

scripts/make_sample_workspace.py OUT.sqlite3 [--seed N] [--now UNIX_SECONDS] [--force]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cmstation.sample import build_sample_workspace  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out", type=Path, help="the workspace file to write (must not exist)")
    p.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    p.add_argument(
        "--now",
        type=int,
        default=None,
        help="end of the 30-day window, unix seconds (default: this hour)",
    )
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    args = p.parse_args(argv)
    if args.out.exists():
        if not args.force:
            print(f"{args.out} exists; pass --force to replace it", file=sys.stderr)
            return 1
        for suffix in ("", "-wal", "-shm"):
            Path(str(args.out) + suffix).unlink(missing_ok=True)
    build_sample_workspace(args.out, seed=args.seed, now=args.now)
    print(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
