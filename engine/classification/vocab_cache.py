"""A per-user cache of the loaded vocabulary, so a `crossguard` process does not parse and check the same YAML again.

Every `crossguard check` or `classify` loads the product vocabulary (`product_types.yaml`, the HS codes, Google's
and Shopify's category tables: 1.1 MB of YAML), and parsing and checking it took about 1.1 s of CPU per process,
a quarter of a one-product check (docs/startup.md). The checked :class:`~.vocabulary.Vocabulary` is plain data, so
it is kept here in a file and read back in a tenth of that time.

Never stale: the file's name and header carry a key made of every source file's path and bytes, the crossguard
version, the Python and marshal versions and the bytes of the loader's own code (`vocabulary.py`, `models.py`,
`normalise.py`): any edit to any of them is a different key, so a miss, and the vocabulary is loaded and checked from
its sources. An invalid vocabulary is never written (the loader raises first), so its problems are reported exactly
as without the cache, every time.

Safe: the file holds plain data only (`marshal` of dicts, tuples, frozensets, strings, numbers), rebuilt into the
vocabulary's own frozen dataclasses by name from a fixed list; nothing in it is ever called or evaluated. It is
written atomically (a temporary file in the same folder, then `os.replace`), so a reader sees a whole file or none,
and two processes writing the same key write the same vocabulary (the last `os.replace` stands). A file that is
truncated, corrupt (its SHA-256 is checked before `marshal` reads it), of another format or unreadable is ignored
and the vocabulary rebuilt; a folder that cannot be written leaves the cache off. Only the newest few files are kept.

Where: ``$CROSSGUARD_CACHE_DIR``, else ``$XDG_CACHE_HOME/crossguard``, else ``~/.cache/crossguard``.
``CROSSGUARD_CACHE=off`` (or 0, false, no) turns it off.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import fields
from pathlib import Path
from typing import Any

from .vocabulary import CategoryInfo, HsInfo, ImplicationInfo, ModifierInfo, TypeInfo, Vocabulary

ENV_CACHE = "CROSSGUARD_CACHE"
ENV_CACHE_DIR = "CROSSGUARD_CACHE_DIR"
_OFF = frozenset({"0", "false", "no", "off"})
#: The file layout; a change to how values are written bumps it (the loader's code is in the key anyway).
FORMAT = 1
MAGIC = b"crossguard vocabulary cache\n"
PREFIX, SUFFIX = "vocabulary-", ".bin"
#: Files kept in the folder (the newest by time of writing): a few checkouts or rule edits side by side.
KEEP = 4
#: The modules whose code shapes a loaded vocabulary: their source is part of the key.
LOADER_SOURCES = ("vocabulary.py", "models.py", "normalise.py")

_CLASSES: dict[str, type] = {cls.__name__: cls for cls in (Vocabulary, TypeInfo, ModifierInfo, ImplicationInfo,
                                                           HsInfo, CategoryInfo)}
_FIELDS: dict[type, tuple[str, ...]] = {cls: tuple(field.name for field in fields(cls)) for cls in _CLASSES.values()}
# Markers of an object and of a reference to one already written (the category maps share their branches): a tuple
# starting with a NUL character, which no vocabulary text holds.
_OBJECT, _REF = "\0object", "\0ref"
_PLAIN = (str, int, float, bool, type(None))


def cache_dir(env: Mapping[str, str] | None = None) -> Path | None:
    """Where the cache lives, or None when it is turned off (or no home folder is known)."""
    env = os.environ if env is None else env
    if env.get(ENV_CACHE, "").strip().lower() in _OFF:
        return None
    if env.get(ENV_CACHE_DIR):
        return Path(env[ENV_CACHE_DIR])
    xdg = env.get("XDG_CACHE_HOME", "")
    if xdg and os.path.isabs(xdg):  # the XDG spec: a relative value is ignored
        return Path(xdg) / "crossguard"
    try:
        return Path.home() / ".cache" / "crossguard"
    except RuntimeError:  # no home folder to be found
        return None


def cache_key(sources: Sequence[Path | None]) -> str:
    """The key of a vocabulary read from `sources` (the loader's arguments, None for a table not read); OSError when
    a source cannot be read (the loader then reports it)."""
    digest = hashlib.sha256()
    package = sys.modules.get("crossguard")  # the package's own __init__ runs before any module of its layers
    for part in (f"format {FORMAT}", f"crossguard {getattr(package, '__version__', '')}",
                 f"python {sys.implementation.cache_tag} marshal {marshal.version}"):
        digest.update(part.encode() + b"\0")
    here = Path(__file__).resolve().parent
    for name in LOADER_SOURCES:
        code = here / name
        digest.update(name.encode() + b"\0" + (code.read_bytes() if code.is_file() else b"") + b"\0")
    for source in sources:
        if source is None:
            digest.update(b"-\0")
            continue
        data = source.read_bytes()
        digest.update(f"{source.resolve()}\0{len(data)}\0".encode() + data)
    return digest.hexdigest()


def cached_vocabulary(sources: Sequence[Path | None], build: Callable[[], Vocabulary],
                      directory: Path | None = None) -> Vocabulary:
    """The vocabulary of `sources` from the cache, else `build()` (which raises on an invalid vocabulary, so nothing
    invalid is ever written) and written to the cache. `directory`: the cache's folder (default :func:`cache_dir`)."""
    directory = cache_dir() if directory is None else directory
    if directory is None:
        return build()
    try:
        key = cache_key(sources)
    except OSError:
        return build()  # a source that cannot be read: the loader says which, as without the cache
    path = directory / f"{PREFIX}{key[:32]}{SUFFIX}"
    vocabulary = read(path, key)
    if vocabulary is None:
        vocabulary = build()
        write(path, key, vocabulary)
    return vocabulary


def read(path: Path, key: str) -> Vocabulary | None:
    """The vocabulary the file holds for `key`, or None: no file, another key or format, damaged, unreadable."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = MAGIC + key.encode() + b"\n"
    body = data[len(head) + 32:]
    if not data.startswith(head) or data[len(head):len(head) + 32] != hashlib.sha256(body).digest():
        return None
    try:
        vocabulary = _decode(marshal.loads(body), [])
    except Exception:  # noqa: BLE001 - whatever is wrong with a cache file, the sources are read instead
        return None
    return vocabulary if isinstance(vocabulary, Vocabulary) else None


def write(path: Path, key: str, vocabulary: Vocabulary) -> bool:
    """Write the file atomically (a temporary file, then `os.replace`) and keep the newest :data:`KEEP`; False when
    it could not be written (the cache is then simply not used)."""
    try:
        body = marshal.dumps(_encode(vocabulary, {}))
    except (TypeError, ValueError):  # a value the cache cannot hold: no cache, never a wrong one
        return False
    temporary = None
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=f".{PREFIX}", suffix=".tmp", dir=path.parent)
        with os.fdopen(handle, "wb") as out:
            out.write(MAGIC + key.encode() + b"\n" + hashlib.sha256(body).digest() + body)
        os.replace(temporary, path)
        temporary = None
    except OSError:
        return False
    finally:
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass
    _prune(path.parent)
    return True


def _prune(directory: Path) -> None:
    """Remove all but the newest :data:`KEEP` cache files (another process may be removing them too)."""
    try:
        found = []
        for entry in os.scandir(directory):
            if entry.name.startswith(PREFIX) and entry.name.endswith(SUFFIX):
                try:
                    found.append((entry.stat().st_mtime, entry.path))
                except OSError:
                    continue
        for _, old in sorted(found, reverse=True)[KEEP:]:
            try:
                os.unlink(old)
            except OSError:
                pass
    except OSError:
        pass


def _encode(value: Any, memo: dict[int, int]) -> Any:
    """Plain data for marshal: a vocabulary dataclass becomes (marker, class name, its fields), once; a second
    mention of the same object (one branch under its path, its id and its Chinese path) a reference to it."""
    kind = type(value)
    names = _FIELDS.get(kind)
    if names is not None:
        index = memo.get(id(value))
        if index is not None:
            return (_REF, index)
        memo[id(value)] = len(memo)
        return (_OBJECT, kind.__name__, tuple(_encode(getattr(value, name), memo) for name in names))
    if kind is dict:
        return {_plain_key(key): _encode(item, memo) for key, item in value.items()}
    if kind is tuple:
        if value and value[0] in (_OBJECT, _REF):
            raise ValueError("a vocabulary tuple begins with the cache's marker")
        return tuple(_encode(item, memo) for item in value)
    if kind is list:
        return [_encode(item, memo) for item in value]
    if kind is frozenset:
        if not all(type(item) in _PLAIN for item in value):
            raise TypeError("a frozenset of other than plain values")
        return value
    if kind in _PLAIN:
        return value
    raise TypeError(f"the vocabulary cache cannot hold a {kind.__name__}")


def _plain_key(key: Any) -> Any:
    if type(key) in _PLAIN or (type(key) is tuple and all(type(part) in _PLAIN for part in key)):
        return key
    raise TypeError(f"the vocabulary cache cannot hold a {type(key).__name__} key")


def _decode(value: Any, objects: list[Any]) -> Any:
    """The inverse of :func:`_encode`; objects are numbered in the order they were written (depth first)."""
    kind = type(value)
    if kind is tuple:
        if value and type(value[0]) is str:
            if value[0] == _OBJECT:
                index = len(objects)
                objects.append(None)
                cls = _CLASSES[value[1]]
                if len(value[2]) != len(_FIELDS[cls]):
                    raise ValueError(f"{value[1]}: {len(value[2])} fields, not {len(_FIELDS[cls])}")
                made = cls(*[_decode(item, objects) for item in value[2]])
                objects[index] = made
                return made
            if value[0] == _REF:
                return objects[value[1]]
        return tuple([_decode(item, objects) for item in value])
    if kind is dict:
        return {key: _decode(item, objects) for key, item in value.items()}
    if kind is list:
        return [_decode(item, objects) for item in value]
    return value
