"""The typed SQLAlchemy entities: import them all here so the metadata is complete."""

from models.entities.audit import AuditEntry
from models.entities.contract import (
    Contract,
    ContractNumberSequence,
    ContractTemplateVersion,
    PartTimeWage,
    PayScaleCell,
)
from models.entities.employee import EducationHistory, Employee, GradeHistory, PositionHistory
from models.entities.exchange import (
    ExchangeAlias,
    ExchangeConflict,
    ExchangeOffice,
    ExchangeReceived,
    ExchangeSent,
    ExchangeSetting,
)
from models.entities.organization import Formation, Office, Position, Unit
from models.entities.user import User

__all__ = [
    "AuditEntry",
    "Contract",
    "ContractNumberSequence",
    "ContractTemplateVersion",
    "EducationHistory",
    "Employee",
    "ExchangeAlias",
    "ExchangeConflict",
    "ExchangeOffice",
    "ExchangeReceived",
    "ExchangeSent",
    "ExchangeSetting",
    "Formation",
    "GradeHistory",
    "Office",
    "PartTimeWage",
    "PayScaleCell",
    "Position",
    "PositionHistory",
    "Unit",
    "User",
]
