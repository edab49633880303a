"""Files a person names: a receipt's PDF or picture, a test page's bytes, the poster, a
screenshot, a policy exported, a printer's spool folder.

    write_whole(Path("r.pdf"), pdf, database_files(engine.url))   # replaces r.pdf, whole
    write_new(Path("/var/spool/pos-returns"), "0192….escpos", data)  # never replaces

Both write a temporary file beside the target first, so a failure (a full disk, a killed
process) never leaves half a file under the target's name. Neither ever writes over a
database: not the one given (its WAL, shared-memory and journal files included, symlinks
resolved), nor any file that starts as a SQLite database does, nor its side files.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from pos_returns.services.errors import InvalidInput, say

SQLITE_HEADER = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")  # what SQLite keeps beside a database file
NO_HARD_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS}


class UnsafeOutput(InvalidInput):
    """The file named cannot be written: it is a database, a folder or a device."""


def database_files(url: str | URL | None) -> frozenset[Path]:
    """The files of the SQLite database at `url` (the database, its WAL, shared memory and
    rollback journal), symlinks resolved; none for PostgreSQL or an in-memory database."""
    if url is None:
        return frozenset()
    parsed = make_url(url) if isinstance(url, str) else url
    name = parsed.database
    if parsed.get_backend_name() != "sqlite" or not name or name == ":memory:":
        return frozenset()
    base = Path(name).expanduser()
    paths = [base, *(base.with_name(base.name + side) for side in SIDE_FILES)]
    return frozenset(_real(path) for path in paths)


def check_output(path: Path, protected: Iterable[Path] = ()) -> None:
    """Refuse (UnsafeOutput) a target that is a database file, a folder or a device."""
    real = _real(path)
    for kept in protected:
        if real == kept or _same_file(real, kept):
            raise UnsafeOutput(say("{path} is a database file: give another file name", path=path))
    try:
        mode = os.stat(real).st_mode
    except OSError:
        return  # nothing there yet (or unreachable: writing will say why)
    if stat.S_ISDIR(mode):
        raise UnsafeOutput(say("{path} is a folder: give a file's name in it", path=path))
    if not stat.S_ISREG(mode):
        raise UnsafeOutput(say("{path} is not a regular file: give a file's name", path=path))
    if _is_sqlite(real) or any(
        real.name.endswith(side) and _is_sqlite(real.with_name(real.name[: -len(side)]))
        for side in SIDE_FILES
    ):
        raise UnsafeOutput(say("{path} is a database file: give another file name", path=path))


def write_whole(path: Path, data: bytes, protected: Iterable[Path] = ()) -> None:
    """Write `data` to `path` whole or not at all, replacing what was there; raises
    UnsafeOutput (see `check_output`) or OSError (then nothing was changed)."""
    check_output(path, protected)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = _temporary(path.parent, path.name, data)
    try:
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def write_new(folder: Path, name: str, data: bytes) -> Path | None:
    """Write `data` to `folder/name` as a new file, whole; None (and nothing written) when
    that name exists already. Raises OSError.

    The name is taken with a hard link from a finished temporary file: the link fails when
    the name exists (as O_EXCL does), and a reader of the folder never sees half a file.
    """
    target = folder / name
    temporary = _temporary(folder, name, data)
    try:
        os.link(temporary, target)
    except FileExistsError:
        return None
    except OSError as exc:
        if exc.errno not in NO_HARD_LINKS:
            raise
        # A file system without hard links (FAT, some shares): a rename, which replaces,
        # after a look. Only another writer of the same name could slip in between, and
        # names are the print jobs', each claimed by one sender.
        if os.path.lexists(target):
            return None
        os.rename(temporary, target)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
    return target


def _temporary(folder: Path, name: str, data: bytes) -> str:
    """A new hidden file in `folder` holding `data`, on disk (mkstemp creates it with
    O_EXCL: it can never be an existing file, a database least of all)."""
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    return temporary


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path.expanduser()))


def _same_file(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False
