"""The typed SQLAlchemy entities: import them all here so the metadata is complete."""

from models.entities.audit import AuditEntry
from models.entities.contract import Contract, ContractNumberSequence
from models.entities.employee import EducationHistory, Employee, GradeHistory, PositionHistory
from models.entities.organization import Formation, Office, Position, Unit
from models.entities.user import User

__all__ = [
    "AuditEntry",
    "Contract",
    "ContractNumberSequence",
    "EducationHistory",
    "Employee",
    "Formation",
    "GradeHistory",
    "Office",
    "Position",
    "PositionHistory",
    "Unit",
    "User",
]
