"""Labels of the network's enum values and list columns (merged into :mod:`ui.labels`; translated in the
network catalogues). Each enum has its own translation context, its class name."""

from __future__ import annotations

from ui.qt import QT_TRANSLATE_NOOP

AREA_TITLE = QT_TRANSLATE_NOOP("Area", "Sister cities & networks")

ENUMS: dict[str, dict[str, str]] = {
    "RelationshipKind": {
        "sister": QT_TRANSLATE_NOOP("RelationshipKind", "Sister city"),
        "friendship": QT_TRANSLATE_NOOP("RelationshipKind", "Friendship city"),
        "partnership": QT_TRANSLATE_NOOP("RelationshipKind", "Partner city"),
        "network_member": QT_TRANSLATE_NOOP("RelationshipKind", "Fellow network member"),
    },
    "NetworkKind": {
        "city_association": QT_TRANSLATE_NOOP("NetworkKind", "Association of cities"),
        "un_network": QT_TRANSLATE_NOOP("NetworkKind", "UN network"),
        "international_body": QT_TRANSLATE_NOOP("NetworkKind", "International body"),
        "other": QT_TRANSLATE_NOOP("NetworkKind", "Other"),
    },
    "NetworkRole": {
        "member": QT_TRANSLATE_NOOP("NetworkRole", "Member"),
        "secretariat": QT_TRANSLATE_NOOP("NetworkRole", "Secretariat"),
        "chair": QT_TRANSLATE_NOOP("NetworkRole", "Chair"),
        "vice_chair": QT_TRANSLATE_NOOP("NetworkRole", "Vice chair"),
        "board_member": QT_TRANSLATE_NOOP("NetworkRole", "Board member"),
        "observer": QT_TRANSLATE_NOOP("NetworkRole", "Observer"),
    },
    "ExchangeKind": {
        "official_visit": QT_TRANSLATE_NOOP("ExchangeKind", "Official visit"),
        "student_exchange": QT_TRANSLATE_NOOP("ExchangeKind", "Student and youth exchange"),
        "cultural": QT_TRANSLATE_NOOP("ExchangeKind", "Cultural exchange"),
        "economic": QT_TRANSLATE_NOOP("ExchangeKind", "Economic exchange"),
        "technical_cooperation": QT_TRANSLATE_NOOP("ExchangeKind", "Technical cooperation"),
        "training_participants": QT_TRANSLATE_NOOP("ExchangeKind", "Training participants"),
    },
    "VisitStatus": {
        "planned": QT_TRANSLATE_NOOP("VisitStatus", "Planned"),
        "confirmed": QT_TRANSLATE_NOOP("VisitStatus", "Confirmed"),
        "done": QT_TRANSLATE_NOOP("VisitStatus", "Done"),
        "cancelled": QT_TRANSLATE_NOOP("VisitStatus", "Cancelled"),
    },
    "ParticipantSide": {
        "guest": QT_TRANSLATE_NOOP("ParticipantSide", "Guest"),
        "host": QT_TRANSLATE_NOOP("ParticipantSide", "Host (city)"),
        "interpreter": QT_TRANSLATE_NOOP("ParticipantSide", "Interpreter"),
    },
    "GiftDirection": {
        "given": QT_TRANSLATE_NOOP("GiftDirection", "Given"),
        "received": QT_TRANSLATE_NOOP("GiftDirection", "Received"),
    },
}

COLUMNS = {
    "name_en": QT_TRANSLATE_NOOP("Column", "Name (English)"),
    "relationship": QT_TRANSLATE_NOOP("Column", "Relationship"),
    "since_year": QT_TRANSLATE_NOOP("Column", "Since"),
    "counterpart": QT_TRANSLATE_NOOP("Column", "Counterpart office"),
    "acronym": QT_TRANSLATE_NOOP("Column", "Acronym"),
    "sapporo_role": QT_TRANSLATE_NOOP("Column", "Sapporo's role"),
    "sapporo_since_year": QT_TRANSLATE_NOOP("Column", "Sapporo a member since"),
    "sapporo_designation": QT_TRANSLATE_NOOP("Column", "Designation"),
    "partner_city": QT_TRANSLATE_NOOP("Column", "Partner city"),
    "sapporo_participants": QT_TRANSLATE_NOOP("Column", "From Sapporo"),
    "partner_participants": QT_TRANSLATE_NOOP("Column", "From the partner"),
    "arrives_on": QT_TRANSLATE_NOOP("Column", "Arrives"),
    "departs_on": QT_TRANSLATE_NOOP("Column", "Departs"),
}
