"""One service per record type: validation, writes through a unit of work, the change log, the search row."""

from __future__ import annotations


def _service_classes() -> tuple[type, ...]:
    from sapporo_mice.services.activities import ActivityService, AttachmentService, TaskService
    from sapporo_mice.services.export_support import (
        CompanyProfileService,
        ConsultationService,
        ExpansionCaseService,
        SupportGivenService,
        SupportNeedService,
        TargetMarketService,
    )
    from sapporo_mice.services.fairs import FairService, ParticipationService
    from sapporo_mice.services.kpi import IndicatorService, IndicatorValueService
    from sapporo_mice.services.leads import LeadService
    from sapporo_mice.services.mice import BidService, MeetingSeriesService
    from sapporo_mice.services.organizations import OrganizationService
    from sapporo_mice.services.people import ContactService
    from sapporo_mice.services.shared_settings import SharedSettingService
    from sapporo_mice.services.talent import MatchService, OpeningService, StudentService
    from sapporo_mice.services.network import SERVICES as NETWORK_SERVICES

    return (
        OrganizationService, ContactService, LeadService, ActivityService, TaskService, AttachmentService,
        MeetingSeriesService, BidService, FairService, ParticipationService, CompanyProfileService,
        TargetMarketService, SupportNeedService, ConsultationService, ExpansionCaseService, StudentService,
        OpeningService, MatchService, IndicatorService, IndicatorValueService, SupportGivenService,
        SharedSettingService, *NETWORK_SERVICES,
    )


def __getattr__(name: str):
    # Built on first use: the service modules import this package (``services.fields``) themselves.
    if name == "SERVICE_CLASSES":
        value = globals()["SERVICE_CLASSES"] = _service_classes()
        return value
    raise AttributeError(name)
