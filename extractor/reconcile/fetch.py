"""`flowfacts official fetch`: download the current MoF files into a local folder.

Every file is downloaded to a `.part` file and parsed completely before anything in the folder is
replaced, so a failed or malformed download leaves the folder as it was. A file replaced by a newer
release is kept under `vintages/` with its "Final Update" date in the name, so that several
vintages load side by side. Nothing else in the project touches the network.
"""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urljoin, urlparse

from extractor import __version__
from extractor.errors import OfficialDataError
from extractor.reconcile.mof_files import read_mof_file

MOF_BASE_URL = "https://www.mof.go.jp/policy/international_policy/reference/itn_transactions_in_securities/"
# Remote name -> local name (the snapshot's naming in corpus/official).
MOF_FILES = {
    "week.csv": "mof-week.csv", "montha1.csv": "mof-montha1.csv", "monthb2.csv": "mof-monthb2.csv",
    "monthb3.csv": "mof-monthb3.csv", "monthb4.csv": "mof-monthb4.csv",
}
MAX_BYTES = 20_000_000  # the largest file is ~0.3 MB; anything far bigger is not a MoF CSV


@dataclass(frozen=True)
class Fetched:
    url: str
    path: Path
    vintage: date
    size: int
    kept_as: Path | None  # where the replaced older release went, if any


def fetch_official(dest: str | Path, *, base_url: str = MOF_BASE_URL, timeout: float = 30.0,
                   files: dict[str, str] | None = None) -> list[Fetched]:
    """Download the MoF files into `dest`; raise `OfficialDataError` naming the URL on any failure."""
    if timeout <= 0:
        raise ValueError(f"timeout must be positive, got {timeout!r}")
    folder = Path(dest)
    folder.mkdir(parents=True, exist_ok=True)
    base = base_url if base_url.endswith("/") else base_url + "/"
    parts: list[tuple[str, Path, Path]] = []
    try:
        for remote, local in (files or MOF_FILES).items():
            url = urljoin(base, remote)
            part = folder / f"{local}.part"
            part.write_bytes(_download(url, timeout))
            parts.append((url, part, folder / local))
        parsed = [(url, part, final, _check(url, part)) for url, part, final in parts]
    except BaseException:
        for _, part, _ in parts:
            part.unlink(missing_ok=True)
        raise
    out = []
    for url, part, final, vintage in parsed:
        kept = _keep_old(final, vintage)
        size = part.stat().st_size
        part.replace(final)
        out.append(Fetched(url, final, vintage, size, kept))
    return out


def _download(url: str, timeout: float) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": f"flowfacts/{__version__}"})
    host = urlparse(url).netloc or url
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (http/https only)
            data: bytes = response.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as exc:
        raise OfficialDataError(url, f"the server answered HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError | socket.timeout):
            raise OfficialDataError(url, f"no answer from {host} within {timeout:g} s") from None
        raise OfficialDataError(
            url, f"cannot reach {host} ({exc.reason}); are you offline? The snapshot in corpus/official "
            "still works: reconcile uses it by default") from None
    except TimeoutError:
        raise OfficialDataError(url, f"no answer from {host} within {timeout:g} s") from None
    except OSError as exc:
        raise OfficialDataError(url, f"download failed ({exc})") from None
    if len(data) > MAX_BYTES:
        raise OfficialDataError(url, f"is larger than {MAX_BYTES // 1_000_000} MB; not a MoF CSV file")
    if not data:
        raise OfficialDataError(url, "the server sent an empty file")
    return data


def _check(url: str, part: Path) -> date:
    """Parse the download completely; report problems against the URL as well as the file."""
    try:
        return read_mof_file(part).vintage
    except OfficialDataError as exc:
        where = "" if exc.row is None else f" (row {exc.row}, column {exc.column})"
        raise OfficialDataError(url, f"downloaded file is not a valid MoF file{where}: {exc.problem}",
                                row=exc.row, column=exc.column) from None


def _keep_old(final: Path, vintage: date) -> Path | None:
    """Move the current file to vintages/ when the new one is a different release."""
    if not final.exists():
        return None
    try:
        old = read_mof_file(final).vintage
    except OfficialDataError:
        return None  # a damaged old copy is simply replaced
    if old == vintage:
        return None
    kept = final.parent / "vintages" / f"{final.stem}_final-update-{old.isoformat()}{final.suffix}"
    kept.parent.mkdir(exist_ok=True)
    final.replace(kept)
    return kept
