"""What an operation changed, so views refresh only what they show (Anki's ``OpChanges``)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Changes:
    """Record ids touched by an operation, by record type (``"contact"``, ``"lead"`` …)."""

    touched: dict[str, set[str]] = field(default_factory=dict)

    def add(self, record_type: str, *record_ids: str) -> "Changes":
        self.touched.setdefault(record_type, set()).update(record_ids)
        return self

    def merge(self, other: "Changes") -> "Changes":
        for record_type, ids in other.touched.items():
            self.add(record_type, *ids)
        return self

    def affects(self, *record_types: str) -> bool:
        return any(t in self.touched for t in record_types)

    @property
    def record_types(self) -> set[str]:
        return set(self.touched)

    def __bool__(self) -> bool:
        return bool(self.touched)
