"""`official fetch` against a local HTTP server serving the shipped files (never the real network)."""

from __future__ import annotations

import pytest

from extractor.errors import OfficialDataError
from extractor.reconcile import load_official
from extractor.reconcile.fetch import MOF_FILES, fetch_official


def test_fetch_downloads_and_checks_every_file(mof_server, official_dir, tmp_path):
    fetched = fetch_official(tmp_path / "official", base_url=mof_server, timeout=5)
    assert [f.path.name for f in fetched] == list(MOF_FILES.values())
    assert [f.vintage.isoformat() for f in fetched] == ["2026-09-17", "2026-09-08", "2026-08-10", "2026-08-10", "2026-08-10"]
    for f in fetched:
        assert f.path.read_bytes() == (official_dir / f.path.name).read_bytes()
        assert f.url == mof_server + {v: k for k, v in MOF_FILES.items()}[f.path.name]
    assert sorted(p.name for p in (tmp_path / "official").iterdir()) == sorted(MOF_FILES.values())
    assert len(load_official(tmp_path / "official").files) == 5


def test_fetch_keeps_the_replaced_release_as_a_vintage(mof_server, mof_site, official_dir, tmp_path):
    dest = tmp_path / "official"
    dest.mkdir()
    (dest / "mof-week.csv").write_bytes((official_dir / "vintages" / "mof-week_final-update-2026-08-14.csv").read_bytes())
    fetched = fetch_official(dest, base_url=mof_server, timeout=5)
    assert fetched[0].kept_as == dest / "vintages" / "mof-week_final-update-2026-08-14.csv"
    assert [v.isoformat() for v in load_official(dest).vintages("mof_weekly")] == ["2026-08-14", "2026-09-17"]


@pytest.mark.parametrize(("server", "message"), [
    ("refused_url", "are you offline?"),
    ("silent_server", "within 0.5 s"),
])
def test_fetch_offline_or_silent(request, tmp_path, server, message):
    url = request.getfixturevalue(server)
    with pytest.raises(OfficialDataError) as caught:
        fetch_official(tmp_path / "official", base_url=url, timeout=0.5)
    assert str(caught.value).startswith(f"{url}week.csv: ")
    assert message in str(caught.value)
    assert list((tmp_path / "official").iterdir()) == []


def test_fetch_http_error(mof_server, tmp_path):
    with pytest.raises(OfficialDataError, match="the server answered HTTP 404"):
        fetch_official(tmp_path / "official", base_url=mof_server + "nothing-here/", timeout=5)


def test_fetch_rejects_a_bad_download_and_keeps_the_folder(mof_server, mof_site, official_dir, tmp_path):
    dest = tmp_path / "official"
    dest.mkdir()
    (dest / "mof-week.csv").write_bytes((official_dir / "mof-week.csv").read_bytes())
    raw = (mof_site / "monthb3.csv").read_bytes()
    (mof_site / "monthb3.csv").write_bytes(raw[: len(raw) // 2])  # truncated on the server
    with pytest.raises(OfficialDataError) as caught:
        fetch_official(dest, base_url=mof_server, timeout=5)
    assert str(caught.value).startswith(f"{mof_server}monthb3.csv, row ")
    assert "downloaded file is not a valid MoF file" in str(caught.value)
    assert sorted(p.name for p in dest.iterdir()) == ["mof-week.csv"]  # nothing replaced, no .part left


def test_fetch_rejects_a_non_positive_timeout(tmp_path):
    with pytest.raises(ValueError, match="timeout must be positive"):
        fetch_official(tmp_path, timeout=0)
