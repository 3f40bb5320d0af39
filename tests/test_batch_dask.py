"""screen_dask on a LocalCluster gives exactly the single-process results."""

from __future__ import annotations

import pandas as pd
import pytest

from sanctions_screen import Screener
from sanctions_screen.batch import screen_dask, screen_frame

from .test_batch import SEEDS

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")


def _sorted(frame: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    out = frame.astype(object).where(frame.notna(), None)
    return out.sort_values(by, kind="stable").reset_index(drop=True)


@pytest.mark.slow
def test_dask_equals_single_process() -> None:
    frame = pd.read_csv(SEEDS, dtype=str, keep_default_na=False)
    single = screen_frame(frame, screener=Screener.from_sources(["un", "eu", "ofac"]))
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster),
    ):
        result = screen_dask(dd.from_pandas(frame, npartitions=4), sources=["un", "eu", "ofac"])
        hits, rows = dd.compute(result.hits, result.rows)
    by = ["key", "score", "reference", "listed_name"]
    pd.testing.assert_frame_equal(_sorted(hits, by), _sorted(single.hits, by))
    pd.testing.assert_frame_equal(_sorted(rows, ["key"]), _sorted(single.rows, ["key"]))
