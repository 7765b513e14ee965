"""Domain exceptions with messages a clerk can act on (Bahasa Indonesia)."""

from __future__ import annotations

from dataclasses import dataclass


class DomainError(Exception):
    """Base of every failure a service reports to a person."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DatabaseRefused(DomainError):
    """The file or server is not a database this program may open; nothing was written."""


class NotFound(DomainError):
    pass


class ConcurrentEdit(DomainError):
    """Someone else saved the record after it was read; nothing was overwritten."""


class Cancelled(DomainError):
    """The clerk cancelled a long job; what it had half done was undone or removed."""


@dataclass(frozen=True)
class FieldProblem:
    field: str
    message: str


FIELD_LABELS = {
    "nip": "NIP",
    "nik": "NIK",
    "name": "Nama",
    "gelar_depan": "Gelar depan",
    "gelar_belakang": "Gelar belakang",
    "birth_place": "Tempat lahir",
    "birth_date": "Tanggal lahir",
    "sex": "Jenis kelamin",
    "religion": "Agama",
    "status": "Status kepegawaian",
    "golongan": "Golongan",
    "position_id": "Jabatan",
    "unit_id": "Unit kerja",
    "education_level": "Tingkat pendidikan",
    "education_major": "Jurusan",
    "education_year": "Tahun lulus",
    "tmt_cpns": "TMT CPNS",
    "tmt_pns": "TMT PNS",
    "tmt_pppk": "TMT PPPK",
    "tmt_golongan": "TMT golongan",
    "tmt_jabatan": "TMT jabatan",
    "email": "Surel",
    "address": "Alamat",
    "grade_history": "Riwayat golongan",
    "position_history": "Riwayat jabatan",
    "education_history": "Riwayat pendidikan",
    "employment_state": "Keadaan",
    "position_name": "Jabatan",
    "unit_name": "Unit kerja",
    "full_name": "Nama lengkap",
    "username": "Nama pengguna",
    "password": "Kata sandi",
    "old_password": "Kata sandi lama",
    "role": "Peran",
    "active": "Aktif",
    "phone": "Nomor HP",
    "year": "Tahun",
    "needed": "Kebutuhan",
    "approved": "Formasi disetujui",
    "procurement_kind": "Jenis pengadaan",
    "start_date": "Tanggal mulai",
    "end_date": "Tanggal selesai",
    "salary": "Gaji/upah",
    "weekly_minutes": "Jam kerja per minggu",
    "kind": "Jenis perjanjian",
    "contract": "Perjanjian kerja",
    "contract_status": "Status perjanjian",
    "number": "Nomor perjanjian",
    "signing_date": "Tanggal penandatanganan",
    "signing_place": "Tempat penandatanganan",
    "end_reason": "Alasan berakhir",
    "ended_on": "Tanggal berakhir",
    "renews_id": "Perjanjian yang diperpanjang",
    "contract_number_pattern": "Pola nomor perjanjian",
    "contract_number_pattern_pw": "Pola nomor perjanjian PPPK Paruh Waktu",
    "template": "Templat perjanjian",
}


def field_label(field: str) -> str:
    return FIELD_LABELS.get(field, field)


class ValidationFailed(DomainError):
    """Input was refused; `problems` says which field and why. `warnings` did not block."""

    def __init__(self, problems: list[FieldProblem], warnings: list[FieldProblem] | None = None) -> None:
        self.problems = list(problems)
        self.warnings = list(warnings or [])
        lines = [f"{field_label(p.field)}: {p.message}" for p in self.problems]
        super().__init__("Data belum dapat disimpan:\n" + "\n".join(f"- {line}" for line in lines))
