"""The registry: every rule the checker runs. A new rule is a module in this folder (with a
module docstring and a `RULE`) plus its name below; order here is the order `rules` lists."""

from __future__ import annotations

from importlib import import_module

from .base import Rule

MODULES = (
    "missing_disclaimer",
    "political",
    "regulated_period",
    "personal_opinion",
    "third_party_content",
    "verify_facts",
    "complaint_response",
    "recruitment",
    "spelling",
    "promo_approval",
    "child_consent",
    "safeguarding_concern",
    "private_contact",
    "personal_data",
    "logo_use",
    "unsafe_request",
    "unlawful_request",
    "copyright",
    "unofficial_channel",
    "high_profile_ask",
    "media_contact",
    "respectful_tone",
    "discriminatory_language",
    "defamation_risk",
    "confidential",
    "whistleblowing",
)

ALL: tuple[Rule, ...] = tuple(import_module(f"{__name__}.{name}").RULE for name in MODULES)
BY_ID: dict[str, Rule] = {rule.id: rule for rule in ALL}
