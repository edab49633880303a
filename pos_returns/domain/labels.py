"""Words for the common category, tag and reason codes, translated by the domain's
catalogue (`Wording.category`, `.tag`, `.reason`); a store's own names are shown as
written."""

from __future__ import annotations


def _label(context: str, message: str) -> str:
    """Marks a msgid with its context for `pybabel extract` (keyword ``_label:1c,2``)."""
    del context
    return message


# Labels for common categories and tags; a store's own names are shown as written.
CATEGORY_LABELS = {
    "apparel": _label("category", "Clothing"),
    "clothing": _label("category", "Clothing"),
    "shoes": _label("category", "Shoes"),
    "electronics": _label("category", "Electronics"),
    "home": _label("category", "Home goods"),
    "toys": _label("category", "Toys"),
    "books": _label("category", "Books"),
    "beauty": _label("category", "Beauty products"),
    "food": _label("category", "Food"),
    "grocery": _label("category", "Groceries"),
    "jewelry": _label("category", "Jewellery"),
    "jewellery": _label("category", "Jewellery"),
    "sports": _label("category", "Sports goods"),
    "garden": _label("category", "Garden goods"),
    "furniture": _label("category", "Furniture"),
    "gift-cards": _label("category", "Gift cards"),
    "underwear": _label("category", "Underwear"),
    "swimwear": _label("category", "Swimwear"),
}
REASON_LABELS = {  # the codes of services/stores.py's DEFAULT_REASONS
    "wrong-size": _label("reason", "Wrong size"),
    "defective": _label("reason", "Defective"),
    "not-as-described": _label("reason", "Not as described"),
    "changed-mind": _label("reason", "Changed mind"),
    "gift": _label("reason", "Unwanted gift"),
    "other": _label("reason", "Other"),
}
TAG_LABELS = {
    "final-sale": _label("tag", "Final-sale items"),
    "clearance": _label("tag", "Clearance items"),
    "sale": _label("tag", "Sale items"),
    "custom": _label("tag", "Made-to-order items"),
    "personalized": _label("tag", "Personalised items"),
    "hygiene": _label("tag", "Hygiene items"),
    "perishable": _label("tag", "Perishable items"),
}
