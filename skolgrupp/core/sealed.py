"""Shared files sealed with a passphrase.

A sealed file is a whole workspace file encrypted with AES-256-GCM (authenticated: a changed
byte or a wrong passphrase is found, never read as data), under a key derived from the
passphrase with scrypt (slow on purpose, so guessing passphrases is slow too). The header
holds what is needed to open it again and is authenticated with the contents:

    b"Skolgrupp sealed\\n"  format (1 byte)  log2(N), r, p (1 byte each)  salt (16)  nonce (12)

It does not begin like an SQLite file, so neither SQLite nor an older Skolgrupp mistakes it
for a workspace. The parameters a file asks for are bounded, so a hostile header cannot make
opening it take all the memory or time of the computer.
"""

from __future__ import annotations

import os
import stat
import unicodedata
from pathlib import Path

from skolgrupp.core.errors import InvalidData, NotAWorkspace, WorkspaceError
from skolgrupp.core.i18n import translate

MAGIC = b"Skolgrupp sealed\n"
FORMAT = 1
LOG2_N, R, P = 17, 8, 1  # scrypt: about 128 MB of memory and a third of a second here
# A file may ask for no more work than this version's own files do: a hostile header must
# not make opening it take the computer's memory or an hour.
MAX_LOG2_N, MAX_R, MAX_P = LOG2_N, R, P
SALT_BYTES, NONCE_BYTES = 16, 12
HEADER_BYTES = len(MAGIC) + 4 + SALT_BYTES + NONCE_BYTES
MIN_PASSPHRASE = 10


class NeedsPassphrase(WorkspaceError):
    """The file is sealed and no passphrase was given."""

    def __init__(self, path: Path):
        super().__init__(
            translate(
                "errors", "{name} is a shared file locked with a passphrase. Enter its passphrase."
            ).format(name=path.name),
            path,
        )


class WrongPassphrase(WorkspaceError):
    """The passphrase does not open the file (or the file was changed after it was sealed)."""

    def __init__(self, path: Path):
        super().__init__(
            translate(
                "errors",
                "The passphrase does not open {name}. Check it with whoever sent the file; "
                "if it is right, the file was changed or damaged on the way.",
            ).format(name=path.name),
            path,
        )


def is_sealed(path: Path) -> bool:
    """Whether the file is locked with a passphrase. Only an ordinary file is looked into: a
    pipe or a device could keep the read waiting forever (whoever opens it next refuses it)."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return False
        with open(path, "rb") as f:
            return f.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _key(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return Scrypt(salt=salt, length=32, n=2**log2_n, r=r, p=p).derive(secret)


def check_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too short to protect pupils' data."""
    if len(passphrase.strip()) < MIN_PASSPHRASE:
        raise InvalidData(
            translate(
                "errors", "A passphrase needs at least {n} characters; a short sentence is best."
            ).format(n=MIN_PASSPHRASE)
        )


def seal(data: bytes, passphrase: str) -> bytes:
    """``data`` encrypted under ``passphrase``, with the header that opens it again."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    check_passphrase(passphrase)
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    header = MAGIC + bytes([FORMAT, LOG2_N, R, P]) + salt + nonce
    key = _key(passphrase, salt, LOG2_N, R, P)
    return header + AESGCM(key).encrypt(nonce, data, header)


def unseal(sealed: bytes, passphrase: str, path: Path) -> bytes:
    """The workspace file inside a sealed file, or an error saying why it cannot be had."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if len(sealed) < HEADER_BYTES + 16 or not sealed.startswith(MAGIC):
        raise NotAWorkspace.for_path(path)
    at = len(MAGIC)
    version, log2_n, r, p = sealed[at : at + 4]
    if version != FORMAT:
        raise NotAWorkspace.for_path(
            path, translate("errors", "It was locked by a newer version of Skolgrupp.")
        )
    if not (10 <= log2_n <= MAX_LOG2_N and 1 <= r <= MAX_R and 1 <= p <= MAX_P):
        raise NotAWorkspace.for_path(path)
    at += 4
    salt = sealed[at : at + SALT_BYTES]
    nonce = sealed[at + SALT_BYTES : HEADER_BYTES]
    key = _key(passphrase, salt, log2_n, r, p)
    try:
        return AESGCM(key).decrypt(nonce, sealed[HEADER_BYTES:], sealed[:HEADER_BYTES])
    except InvalidTag:
        raise WrongPassphrase(path) from None
