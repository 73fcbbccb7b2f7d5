"""The HiGHS solver, made quiet: shared by every job that solves an integer program."""

from __future__ import annotations

from typing import Any

import highspy


def quiet_highs() -> Any:
    """-> a HiGHS solver that prints nothing (reports may be written to stdout)."""
    # highspy.Highs() prints a banner on stdout before any option can be set; the core class
    # underneath it has the same methods and stays quiet.
    core = getattr(getattr(highspy, "_core", None), "_Highs", None)
    highs = core() if core is not None else highspy.Highs()  # type: ignore[no-untyped-call]
    highs.setOptionValue("output_flag", False)
    return highs
