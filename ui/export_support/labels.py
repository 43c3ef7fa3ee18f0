"""The export-support area's enum and job labels (merged into :mod:`ui.labels` and :mod:`ui.jobs`; their
strings are translated in ``export_{ja,en}.ts``)."""

from __future__ import annotations

from ui.qt import QT_TRANSLATE_NOOP

ENUMS: dict[str, dict[str, str]] = {
    "ExportStage": {
        "none": QT_TRANSLATE_NOOP("ExportStage", "Not exporting yet"),
        "exploring": QT_TRANSLATE_NOOP("ExportStage", "Exploring"),
        "first_export": QT_TRANSLATE_NOOP("ExportStage", "First export"),
        "regular": QT_TRANSLATE_NOOP("ExportStage", "Regular exports"),
        "overseas_base": QT_TRANSLATE_NOOP("ExportStage", "Overseas base"),
    },
    "SupportArea": {
        "product_development": QT_TRANSLATE_NOOP("SupportArea", "Product development"),
    },
    "ExpansionKind": {
        "first_export": QT_TRANSLATE_NOOP("ExpansionKind", "First export"),
        "distributor_contract": QT_TRANSLATE_NOOP("ExpansionKind", "Distributor contract"),
        "overseas_office": QT_TRANSLATE_NOOP("ExpansionKind", "Overseas office"),
        "joint_venture": QT_TRANSLATE_NOOP("ExpansionKind", "Joint venture"),
        "ecommerce": QT_TRANSLATE_NOOP("ExpansionKind", "Cross-border e-commerce"),
        "licensing": QT_TRANSLATE_NOOP("ExpansionKind", "Licensing"),
        "partnership": QT_TRANSLATE_NOOP("ExpansionKind", "Business tie-up"),
        "other": QT_TRANSLATE_NOOP("ExpansionKind", "Other"),
    },
    "MarketPriority": {
        "1": QT_TRANSLATE_NOOP("MarketPriority", "High"),
        "2": QT_TRANSLATE_NOOP("MarketPriority", "Medium"),
        "3": QT_TRANSLATE_NOOP("MarketPriority", "Low"),
    },
    "Certification": {
        "halal": QT_TRANSLATE_NOOP("Certification", "Halal"),
        "haccp": QT_TRANSLATE_NOOP("Certification", "HACCP"),
        "hokkaido_haccp": QT_TRANSLATE_NOOP("Certification", "Hokkaido HACCP"),
        "organic": QT_TRANSLATE_NOOP("Certification", "Organic (JAS)"),
        "fssc_22000": QT_TRANSLATE_NOOP("Certification", "FSSC 22000"),
        "iso_22000": QT_TRANSLATE_NOOP("Certification", "ISO 22000"),
        "kosher": QT_TRANSLATE_NOOP("Certification", "Kosher"),
        "global_gap": QT_TRANSLATE_NOOP("Certification", "GLOBALG.A.P."),
        "msc": QT_TRANSLATE_NOOP("Certification", "MSC"),
    },
    "ExportLanguage": {
        "en": QT_TRANSLATE_NOOP("ExportLanguage", "English"),
        "zh_hans": QT_TRANSLATE_NOOP("ExportLanguage", "Chinese (Simplified)"),
        "zh_hant": QT_TRANSLATE_NOOP("ExportLanguage", "Chinese (Traditional)"),
        "ko": QT_TRANSLATE_NOOP("ExportLanguage", "Korean"),
        "th": QT_TRANSLATE_NOOP("ExportLanguage", "Thai"),
        "vi": QT_TRANSLATE_NOOP("ExportLanguage", "Vietnamese"),
        "id": QT_TRANSLATE_NOOP("ExportLanguage", "Indonesian"),
        "ms": QT_TRANSLATE_NOOP("ExportLanguage", "Malay"),
        "fr": QT_TRANSLATE_NOOP("ExportLanguage", "French"),
        "es": QT_TRANSLATE_NOOP("ExportLanguage", "Spanish"),
        "de": QT_TRANSLATE_NOOP("ExportLanguage", "German"),
        "ru": QT_TRANSLATE_NOOP("ExportLanguage", "Russian"),
        "ar": QT_TRANSLATE_NOOP("ExportLanguage", "Arabic"),
    },
    "SupportKind": {
        "subsidy": QT_TRANSLATE_NOOP("SupportKind", "Subsidy"),
        "fair_slot": QT_TRANSLATE_NOOP("SupportKind", "Fair slot"),
        "introduction": QT_TRANSLATE_NOOP("SupportKind", "Introduction"),
        "expert": QT_TRANSLATE_NOOP("SupportKind", "Expert advice"),
        "other": QT_TRANSLATE_NOOP("SupportKind", "Other"),
    },
}

JOBS: dict[str, str] = {
    "export_case": QT_TRANSLATE_NOOP("Jobs", "Loading the export case"),
    "export_introduce": QT_TRANSLATE_NOOP("Jobs", "Recording the introduction"),
    "export_overview": QT_TRANSLATE_NOOP("Jobs", "Loading export support"),
}
