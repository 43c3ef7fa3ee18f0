"""The demo's sync conflicts: one of each kind a person meets in the Sync view after a fair week
(a company renamed differently at the office and on a laptop, a field where the newer edit won, a
contact deleted on a laptop but edited at the office). Deterministic per seed, like the rest of the demo."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from sapporo_mice.changelog import encode_value
from sapporo_mice.models import Conflict, Contact, LocalState, Organization
from sapporo_mice.sync import LAST_SYNC_KEY

LAPTOP_DEVICE = "01900000-0000-7000-8000-00000000fa1e"
LAPTOP_USER = "鈴木 一郎"


def add_conflicts(unit: Any, new_id: Any, at: dt.datetime) -> int:
    session = unit.session
    orgs = list(session.scalars(select(Organization).where(Organization.deleted_at.is_(None))
                                .order_by(Organization.id).limit(1)))
    # The field conflict's company has an industry: the office's value, which the newer edit kept.
    orgs += list(session.scalars(select(Organization).where(Organization.deleted_at.is_(None),
                                                            Organization.industry.is_not(None),
                                                            Organization.id.notin_([o.id for o in orgs]))
                                 .order_by(Organization.id).limit(1)))
    contact = session.scalar(select(Contact).where(Contact.deleted_at.is_(None)).order_by(Contact.id).limit(1))
    made = []
    if orgs:
        name = orgs[0].name
        # Both sides changed it since the laptop last synced (a conflict, as the engine makes one): the office
        # dropped the "provisional" mark, the laptop named the branch met at the fair.
        made.append(Conflict(kind="identity", table_name="organizations", row_id=orgs[0].id, field="name",
                             base_value=encode_value(f"{name}（仮登録）"), office_value=encode_value(name),
                             incoming_value=encode_value(f"{name}（札幌支店）"), resolved=False))
    if len(orgs) > 1:
        made.append(Conflict(kind="field", table_name="organizations", row_id=orgs[1].id, field="industry",
                             base_value=None, office_value=encode_value(orgs[1].industry),  # both filled it
                             incoming_value=encode_value("食品輸出"), winner="office", resolved=True,
                             resolved_at=at, resolved_by="sync"))
    if contact is not None:
        made.append(Conflict(kind="delete_edited", table_name="contacts", row_id=contact.id, field=None,
                             office_value="edited", incoming_value="deleted", winner="office", resolved=False))
    if made:  # the sync they came from: the Sync view said 最終同期: 未同期 above them
        session.add(LocalState(key=LAST_SYNC_KEY, value=at.isoformat()))
    for n, conflict in enumerate(made):
        conflict.id = new_id(at + dt.timedelta(seconds=n))
        conflict.incoming_device, conflict.incoming_user = LAPTOP_DEVICE, LAPTOP_USER
        conflict.incoming_hlc = f"{int(at.timestamp() * 1000):015d}:00000:{LAPTOP_DEVICE}"
        conflict.created_at = at
        session.add(conflict)
    return len(made)
