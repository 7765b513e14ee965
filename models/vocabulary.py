"""Closed vocabularies stored in the database, with the Indonesian labels a clerk reads."""

from __future__ import annotations

from enum import StrEnum


class NipKind(StrEnum):
    """Which identifier an employee carries: a NIP (PNS, CPNS) or an NI PPPK (PPPK, PPPK Paruh Waktu)."""

    PNS = "PNS"
    PPPK = "PPPK"


class EmployeeStatus(StrEnum):
    PNS = "PNS"
    CPNS = "CPNS"
    PPPK = "PPPK"
    PPPK_PW = "PPPK_PW"

    @property
    def label(self) -> str:
        return {"PPPK_PW": "PPPK Paruh Waktu"}.get(self.value, self.value)

    @property
    def is_pppk(self) -> bool:
        return self in (EmployeeStatus.PPPK, EmployeeStatus.PPPK_PW)

    @property
    def nip_kind(self) -> NipKind:
        return NipKind.PPPK if self.is_pppk else NipKind.PNS


class Sex(StrEnum):
    MAN = "L"
    WOMAN = "P"

    @property
    def label(self) -> str:
        return "Laki-laki" if self is Sex.MAN else "Perempuan"


class Religion(StrEnum):
    ISLAM = "Islam"
    KRISTEN = "Kristen"
    KATOLIK = "Katolik"
    HINDU = "Hindu"
    BUDDHA = "Buddha"
    KONGHUCU = "Konghucu"

    @property
    def label(self) -> str:
        return self.value


class EmploymentState(StrEnum):
    ACTIVE = "active"
    RETIRED = "retired"
    ENDED = "ended"

    @property
    def label(self) -> str:
        return {"active": "Aktif", "retired": "Pensiun", "ended": "Berhenti"}[self.value]


class UnitKind(StrEnum):
    OPD = "opd"
    SEKOLAH = "sekolah"
    PUSKESMAS = "puskesmas"
    KELURAHAN = "kelurahan"
    KECAMATAN = "kecamatan"
    BIDANG = "bidang"

    @property
    def label(self) -> str:
        return {"opd": "OPD", "bidang": "Bidang/Bagian"}.get(self.value, self.value.capitalize())


class JenisJabatan(StrEnum):
    JPT = "JPT"
    ADMINISTRATOR = "administrator"
    PENGAWAS = "pengawas"
    PELAKSANA = "pelaksana"
    FUNGSIONAL = "fungsional"

    @property
    def label(self) -> str:
        return {"JPT": "JPT"}.get(self.value, self.value.capitalize())


class Jenjang(StrEnum):
    """Level of a functional position (jabatan fungsional); decides the BUP."""

    AHLI_UTAMA = "ahli_utama"
    AHLI_MADYA = "ahli_madya"
    AHLI_MUDA = "ahli_muda"
    AHLI_PERTAMA = "ahli_pertama"
    PENYELIA = "penyelia"
    MAHIR = "mahir"
    TERAMPIL = "terampil"
    PEMULA = "pemula"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").title()


class PositionGroup(StrEnum):
    GURU = "guru"
    KESEHATAN = "kesehatan"
    TEKNIS = "teknis"
    OPERASIONAL = "operasional"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class ProcurementKind(StrEnum):
    CPNS = "CPNS"
    PPPK = "PPPK"
    PPPK_PW = "PPPK_PW"

    @property
    def label(self) -> str:
        return {"PPPK_PW": "PPPK Paruh Waktu"}.get(self.value, self.value)


class ContractKind(StrEnum):
    FULL_TIME = "full_time"
    PART_TIME = "part_time"

    @property
    def label(self) -> str:
        return "PPPK Penuh Waktu" if self is ContractKind.FULL_TIME else "PPPK Paruh Waktu"


class ContractStatus(StrEnum):
    DRAFT = "draft"
    PRINTED = "printed"
    SIGNED = "signed"
    ACTIVE = "active"
    EXPIRED = "expired"
    TERMINATED = "terminated"
    RENEWED = "renewed"

    @property
    def label(self) -> str:
        return {
            "draft": "Draf",
            "printed": "Dicetak",
            "signed": "Ditandatangani",
            "active": "Berlaku",
            "expired": "Berakhir",
            "terminated": "Diputus",
            "renewed": "Diperpanjang",
        }[self.value]


class PaperSize(StrEnum):
    A4 = "A4"
    F4 = "F4"

    @property
    def label(self) -> str:
        return self.value


class Role(StrEnum):
    """What a signed-in person may do; enforced in the services (models/services/permissions.py)."""

    ADMIN = "admin"  # everything: office settings, users, restore
    OPERATOR = "operator"  # records, contracts, printing, imports
    VIEWER = "viewer"  # read, recap, export

    @property
    def label(self) -> str:
        return {"admin": "Admin", "operator": "Operator", "viewer": "Peninjau"}[self.value]
