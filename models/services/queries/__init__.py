"""Read-only queries behind the tables: pages of plain rows that the database sorts, filters and counts.

One module per table (employees, formations, contracts) over the shared keyset paging in `paging`;
every name other modules used from the former single module is exported here.
"""

from models.services.queries.contracts import (
    CLOSED_CONTRACT_STATUSES,
    CONTRACT_SORTS,
    ContractAlert,
    ContractFilter,
    ContractRow,
    contract_alert,
    contract_sort_keys,
    count_contracts,
    list_contracts,
)
from models.services.queries.employees import (
    EMPLOYEE_SORTS,
    GOLONGAN_ORDER,
    EmployeeFilter,
    EmployeeRow,
    count_employees,
    employee_sort_keys,
    list_employees,
    position_bup,
    status_counts,
)
from models.services.queries.formations import (
    FORMATION_SORTS,
    RETIRING_LATER_MONTHS,
    RETIRING_SOON_MONTHS,
    FormationFilter,
    FormationRow,
    count_formations,
    formation_rows,
    formation_sort_keys,
    list_formations,
)
from models.services.queries.paging import (
    DEFAULT_LIMIT,
    MAX_CHAR,
    Cursor,
    Page,
    add_months,
    person_search,
)

__all__ = [
    "CLOSED_CONTRACT_STATUSES", "CONTRACT_SORTS", "DEFAULT_LIMIT", "EMPLOYEE_SORTS", "FORMATION_SORTS",
    "GOLONGAN_ORDER", "MAX_CHAR", "RETIRING_LATER_MONTHS", "RETIRING_SOON_MONTHS", "ContractAlert",
    "ContractFilter", "ContractRow", "Cursor", "EmployeeFilter", "EmployeeRow", "FormationFilter", "FormationRow",
    "Page", "add_months", "contract_alert", "contract_sort_keys", "count_contracts", "count_employees",
    "count_formations", "employee_sort_keys", "formation_rows", "formation_sort_keys", "list_contracts",
    "list_employees", "list_formations", "person_search", "position_bup", "status_counts",
]
