"""Hypothesis profiles, chosen with the ``HYPOTHESIS_PROFILE`` environment variable.

* ``default``: Hypothesis' own defaults (100 examples, 200 ms deadline), for the quick
  local ``python -m pytest``;
* ``ci``: what ``.ci/run`` uses: more examples, no deadline (a shared CI machine's timing
  says nothing about the code), and the reproduction blob printed on failure;
* ``slow``: for a long local hunt, e.g. ``HYPOTHESIS_PROFILE=slow python -m pytest -m slow``.

A test's own ``@settings`` still wins over the profile for the values it sets.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("default", settings())
settings.register_profile("ci", max_examples=300, deadline=None, print_blob=True)
settings.register_profile(
    "slow",
    max_examples=5000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
