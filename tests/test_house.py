"""The house's own tools read their settings as a person means them."""

from __future__ import annotations

import pytest
from conftest import under_ci


@pytest.mark.parametrize(("value", "meant"), [
    ("true", True), ("1", True), ("TRUE", True), ("yes", True),
    ("false", False), ("False", False), ("0", False), ("", False), (None, False), ("no", False),
])
def test_ci_false_is_not_ci(value, meant):
    assert under_ci(value) is meant
