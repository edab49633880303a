"""Printer profiles: python-escpos's capability database, read as what a receipt needs."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pos_returns.printing._escpos import CAPABILITIES

DEFAULT_PROFILE = "TM-T88V"
SUGGESTED = ("TM-T88V", "TM-T20II", "TM-T20II-42col", "TM-T88IV", "POS-5890", "default", "simple")


class UnknownProfile(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(
            f"unknown printer profile {name!r}: use one of {', '.join(SUGGESTED)} "
            f"(or any python-escpos profile: {', '.join(sorted(CAPABILITIES['profiles']))})"
        )


@dataclass(frozen=True, slots=True)
class Profile:
    """What one printer model can do. Widths are in printer dots."""

    name: str
    columns: int  # font A
    small_columns: int  # font B (the policy's fine print), or `columns` when there is none
    dots: int
    dpi: int
    hardware_barcodes: bool
    native_qr: bool
    cutter: bool
    drawer: bool
    code_pages: frozenset[str]

    @property
    def char_dots(self) -> float:
        return self.dots / self.columns


@cache
def profile(name: str = DEFAULT_PROFILE) -> Profile:
    data = CAPABILITIES["profiles"].get(name)
    if data is None:
        raise UnknownProfile(name)
    fonts = data.get("fonts", {})
    columns = int(fonts.get("0", {}).get("columns", 42))
    small = int(fonts.get("1", {}).get("columns", columns))
    media = data.get("media", {})
    dpi = media.get("dpi")
    dpi = dpi if isinstance(dpi, int) else 180
    dots = media.get("width", {}).get("pixels")
    # Unknown media: assume the usual 80 mm head (42 columns of 12 dots, 48 of 12 on 576).
    dots = dots if isinstance(dots, int) else (576 if columns >= 48 else 512)
    features = data.get("features", {})
    return Profile(
        name=name,
        columns=columns,
        small_columns=small,
        dots=dots,
        dpi=dpi,
        hardware_barcodes=bool(features.get("barcodeB")),
        native_qr=bool(features.get("qrCode")),
        cutter=bool(features.get("paperFullCut") or features.get("paperPartCut")),
        drawer=bool(features.get("pulseStandard")),
        code_pages=frozenset(v for v in data.get("codePages", {}).values() if v != "Unknown"),
    )
