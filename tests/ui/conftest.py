"""UI tests run on catalogues compiled from the ``.ts`` as they are now.

The app's start only builds a missing ``.qm`` (``ui/i18n.py``): it no longer compares times. The tests
build the stale ones once per session, so a changed ``.ts`` is what they see.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session", autouse=True)
def fresh_catalogues(tmp_path_factory):
    from ui import i18n

    with pytest.MonkeyPatch.context() as patch:  # a read-only checkout builds into a scratch data dir
        patch.setenv("SAPPORO_MICE_HOME", str(tmp_path_factory.mktemp("catalogues")))
        i18n.build_catalogues()
