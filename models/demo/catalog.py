"""What a demo city office is made of: OPDs, unit templates, jabatan, names, schools of study.

Plain data only; `organization.py` and `people.py` turn it into rows. The jabatan names follow the
2024 PermenPANRB naming for pelaksana (Penata Layanan Operasional, Pengadministrasi Perkantoran,
Operator Layanan Operasional, Pengelola Umum Operasional) and the usual functional jabatan.
"""

from __future__ import annotations

from dataclasses import dataclass

# ---- jabatan ----

PNS, CPNS, PPPK, PPPK_PW = "PNS", "CPNS", "PPPK", "PPPK_PW"


@dataclass(frozen=True)
class Schooling:
    """One way to be qualified for a jabatan: SIASN level code, major, titles."""

    level: str
    major: str
    gelar_depan: str | None = None
    gelar_belakang: str | None = None


@dataclass(frozen=True)
class PositionSpec:
    name: str
    jenis: str
    jenjang: str | None
    group: str
    statuses: dict[str, int]  # status -> weight
    schooling: tuple[Schooling, ...]
    women: float = 0.5  # share of women
    min_age: int = 23
    procurement: str = PPPK  # kind of procurement its formasi is for


S1_PGSD = Schooling("40", "Pendidikan Guru Sekolah Dasar", None, "S.Pd.")
S1_PAI = Schooling("40", "Pendidikan Agama Islam", None, "S.Pd.I.")
S1_PAK = Schooling("40", "Pendidikan Agama Kristen", None, "S.Pd.K.")
S1_PJOK = Schooling("40", "Pendidikan Jasmani", None, "S.Pd.")
S1_MATH = Schooling("40", "Pendidikan Matematika", None, "S.Pd.")
S1_BIND = Schooling("40", "Pendidikan Bahasa Indonesia", None, "S.Pd.")
S1_ENG = Schooling("40", "Pendidikan Bahasa Inggris", None, "S.Pd.")
S1_IPA = Schooling("40", "Pendidikan Biologi", None, "S.Pd.")
S1_BK = Schooling("40", "Bimbingan dan Konseling", None, "S.Pd.")
S2_EDU = Schooling("45", "Manajemen Pendidikan", None, "S.Pd., M.Pd.")
D3_NURSE = Schooling("30", "Keperawatan", None, "A.Md.Kep.")
NERS = Schooling("40", "Ilmu Keperawatan", None, "S.Kep., Ners")
D3_MIDWIFE = Schooling("30", "Kebidanan", None, "A.Md.Keb.")
D4_MIDWIFE = Schooling("35", "Kebidanan", None, "S.Tr.Keb.")
DOCTOR = Schooling("40", "Pendidikan Dokter", "dr.", None)
DENTIST = Schooling("40", "Pendidikan Dokter Gigi", "drg.", None)
PHARMACIST = Schooling("40", "Farmasi", "apt.", "S.Farm.")
D3_PHARMA = Schooling("30", "Farmasi", None, "A.Md.Farm.")
D3_LAB = Schooling("30", "Teknologi Laboratorium Medis", None, "A.Md.AK.")
D3_NUTRITION = Schooling("30", "Gizi", None, "A.Md.Gz.")
D3_SANITATION = Schooling("30", "Kesehatan Lingkungan", None, "A.Md.KL.")
D3_RECORDS = Schooling("30", "Rekam Medis dan Informasi Kesehatan", None, "A.Md.RMIK.")
S1_ADMIN = Schooling("40", "Ilmu Administrasi Negara", None, "S.Sos.")
S1_LAW = Schooling("40", "Ilmu Hukum", None, "S.H.")
S1_ECON = Schooling("40", "Akuntansi", None, "S.E.")
S1_MGMT = Schooling("40", "Manajemen", None, "S.E.")
S1_IT = Schooling("40", "Teknik Informatika", None, "S.Kom.")
S1_CIVIL = Schooling("40", "Teknik Sipil", None, "S.T.")
S2_ADMIN = Schooling("45", "Ilmu Administrasi", None, "S.Sos., M.Si.")
S2_MGMT = Schooling("45", "Magister Manajemen", None, "S.E., M.M.")
D3_ADMIN = Schooling("30", "Administrasi Perkantoran", None, "A.Md.")
D3_IT = Schooling("30", "Manajemen Informatika", None, "A.Md.Kom.")
D3_ARCHIVE = Schooling("30", "Kearsipan", None, "A.Md.")
SLTA = Schooling("15", "IPS")
SLTA_IPA = Schooling("15", "IPA")
SMK = Schooling("15", "Otomatisasi dan Tata Kelola Perkantoran")
SLTP = Schooling("10", "Umum")

GURU_MIX = {PNS: 28, CPNS: 6, PPPK: 50, PPPK_PW: 16}
HEALTH_MIX = {PNS: 34, CPNS: 8, PPPK: 30, PPPK_PW: 28}
TECH_MIX = {PNS: 44, CPNS: 8, PPPK: 14, PPPK_PW: 34}
SUPPORT_MIX = {PNS: 12, PPPK: 5, PPPK_PW: 83}
SENIOR = {PNS: 1}
# The office-wide mix the demo aims for, as in the 2025 reports; the mixes above are re-weighted to it.
STATUS_TARGET = {PNS: 45, CPNS: 5, PPPK: 25, PPPK_PW: 25}

POSITIONS: tuple[PositionSpec, ...] = (
    # structural: PNS only
    PositionSpec("Kepala Dinas", "JPT", None, "teknis", SENIOR, (S2_ADMIN, S2_MGMT), 0.3, 45, CPNS),
    PositionSpec("Sekretaris Dinas", "administrator", None, "teknis", SENIOR, (S2_ADMIN, S1_ADMIN), 0.4, 40, CPNS),
    PositionSpec("Kepala Bidang", "administrator", None, "teknis", SENIOR, (S1_ADMIN, S2_MGMT, S1_ECON), 0.4, 38,
                 CPNS),
    PositionSpec("Kepala Subbagian", "pengawas", None, "teknis", SENIOR, (S1_ADMIN, S1_LAW, S1_ECON), 0.5, 32, CPNS),
    PositionSpec("Camat", "administrator", None, "teknis", SENIOR, (S2_ADMIN, S1_ADMIN), 0.3, 40, CPNS),
    PositionSpec("Sekretaris Kecamatan", "administrator", None, "teknis", SENIOR, (S1_ADMIN, S1_LAW), 0.4, 38, CPNS),
    PositionSpec("Kepala Seksi", "pengawas", None, "teknis", SENIOR, (S1_ADMIN, S1_LAW, S1_ECON), 0.5, 32, CPNS),
    PositionSpec("Lurah", "pengawas", None, "teknis", SENIOR, (S1_ADMIN, S1_LAW), 0.4, 32, CPNS),
    PositionSpec("Sekretaris Kelurahan", "pengawas", None, "teknis", SENIOR, (S1_ADMIN, D3_ADMIN), 0.5, 30, CPNS),
    # functional, technical
    PositionSpec("Analis Kebijakan Ahli Muda", "fungsional", "ahli_muda", "teknis", SENIOR, (S1_ADMIN, S2_ADMIN),
                 0.5, 32, CPNS),
    PositionSpec("Analis Kebijakan Ahli Pertama", "fungsional", "ahli_pertama", "teknis", TECH_MIX,
                 (S1_ADMIN, S1_LAW, S1_ECON), 0.55, 23, CPNS),
    PositionSpec("Pranata Komputer Ahli Pertama", "fungsional", "ahli_pertama", "teknis", TECH_MIX, (S1_IT,),
                 0.35, 23, PPPK),
    PositionSpec("Arsiparis Terampil", "fungsional", "terampil", "teknis", TECH_MIX, (D3_ARCHIVE, D3_ADMIN), 0.6,
                 21, PPPK),
    PositionSpec("Teknik Jalan dan Jembatan Ahli Pertama", "fungsional", "ahli_pertama", "teknis", TECH_MIX,
                 (S1_CIVIL,), 0.2, 23, CPNS),
    # pelaksana
    PositionSpec("Penata Layanan Operasional", "pelaksana", None, "teknis", TECH_MIX,
                 (S1_ADMIN, S1_ECON, S1_MGMT, S1_LAW, D3_ADMIN), 0.55, 22, PPPK),
    PositionSpec("Pengadministrasi Perkantoran", "pelaksana", None, "teknis", TECH_MIX, (SLTA, SMK, D3_ADMIN),
                 0.55, 19, PPPK_PW),
    PositionSpec("Operator Layanan Operasional", "pelaksana", None, "operasional", SUPPORT_MIX,
                 (SLTA, SMK, SLTA_IPA, D3_IT), 0.45, 19, PPPK_PW),
    PositionSpec("Pengelola Umum Operasional", "pelaksana", None, "operasional", SUPPORT_MIX, (SLTA, SLTP, SMK),
                 0.3, 19, PPPK_PW),
    # teachers (BUP 60 by law)
    PositionSpec("Guru Kelas Ahli Pertama", "fungsional", "ahli_pertama", "guru", GURU_MIX, (S1_PGSD,), 0.7, 23),
    PositionSpec("Guru Kelas Ahli Muda", "fungsional", "ahli_muda", "guru", SENIOR, (S1_PGSD, S2_EDU), 0.7, 32),
    PositionSpec("Guru Pendidikan Agama Ahli Pertama", "fungsional", "ahli_pertama", "guru", GURU_MIX,
                 (S1_PAI, S1_PAK), 0.55, 23),
    PositionSpec("Guru PJOK Ahli Pertama", "fungsional", "ahli_pertama", "guru", GURU_MIX, (S1_PJOK,), 0.3, 23),
    PositionSpec("Guru Mata Pelajaran Ahli Pertama", "fungsional", "ahli_pertama", "guru", GURU_MIX,
                 (S1_MATH, S1_BIND, S1_ENG, S1_IPA), 0.65, 23),
    PositionSpec("Guru Mata Pelajaran Ahli Muda", "fungsional", "ahli_muda", "guru", SENIOR,
                 (S1_MATH, S1_BIND, S1_ENG, S1_IPA, S2_EDU), 0.65, 32),
    PositionSpec("Guru Mata Pelajaran Ahli Madya", "fungsional", "ahli_madya", "guru", SENIOR, (S2_EDU, S1_MATH),
                 0.6, 42),
    PositionSpec("Guru Bimbingan dan Konseling Ahli Pertama", "fungsional", "ahli_pertama", "guru", GURU_MIX,
                 (S1_BK,), 0.75, 23),
    # health
    PositionSpec("Dokter Ahli Pertama", "fungsional", "ahli_pertama", "kesehatan", HEALTH_MIX, (DOCTOR,), 0.6, 25,
                 CPNS),
    PositionSpec("Dokter Gigi Ahli Pertama", "fungsional", "ahli_pertama", "kesehatan", HEALTH_MIX, (DENTIST,),
                 0.7, 25, CPNS),
    PositionSpec("Perawat Terampil", "fungsional", "terampil", "kesehatan", HEALTH_MIX, (D3_NURSE,), 0.7, 21),
    PositionSpec("Perawat Ahli Pertama", "fungsional", "ahli_pertama", "kesehatan", HEALTH_MIX, (NERS,), 0.7, 23),
    PositionSpec("Bidan Terampil", "fungsional", "terampil", "kesehatan", HEALTH_MIX, (D3_MIDWIFE,), 1.0, 21),
    PositionSpec("Bidan Ahli Pertama", "fungsional", "ahli_pertama", "kesehatan", HEALTH_MIX, (D4_MIDWIFE,), 1.0,
                 22),
    PositionSpec("Apoteker Ahli Pertama", "fungsional", "ahli_pertama", "kesehatan", HEALTH_MIX, (PHARMACIST,),
                 0.7, 24),
    PositionSpec("Asisten Penata Kefarmasian Terampil", "fungsional", "terampil", "kesehatan", HEALTH_MIX,
                 (D3_PHARMA,), 0.7, 21),
    PositionSpec("Pranata Laboratorium Kesehatan Terampil", "fungsional", "terampil", "kesehatan", HEALTH_MIX,
                 (D3_LAB,), 0.6, 21),
    PositionSpec("Nutrisionis Terampil", "fungsional", "terampil", "kesehatan", HEALTH_MIX, (D3_NUTRITION,), 0.8,
                 21),
    PositionSpec("Sanitarian Terampil", "fungsional", "terampil", "kesehatan", HEALTH_MIX, (D3_SANITATION,), 0.5,
                 21),
    PositionSpec("Perekam Medis Terampil", "fungsional", "terampil", "kesehatan", HEALTH_MIX, (D3_RECORDS,), 0.6,
                 21),
)
POSITION_BY_NAME = {p.name: p for p in POSITIONS}

# ---- unit templates: jabatan -> how many the unit needs ----

OPD_STAFF = {
    "Kepala Dinas": 1, "Sekretaris Dinas": 1, "Kepala Bidang": 3, "Kepala Subbagian": 3,
    "Analis Kebijakan Ahli Muda": 2, "Analis Kebijakan Ahli Pertama": 3, "Pranata Komputer Ahli Pertama": 2,
    "Arsiparis Terampil": 1, "Penata Layanan Operasional": 8, "Pengadministrasi Perkantoran": 6,
    "Operator Layanan Operasional": 6, "Pengelola Umum Operasional": 4,
}
KECAMATAN_STAFF = {
    "Camat": 1, "Sekretaris Kecamatan": 1, "Kepala Seksi": 4, "Analis Kebijakan Ahli Pertama": 2,
    "Penata Layanan Operasional": 4, "Pengadministrasi Perkantoran": 3, "Operator Layanan Operasional": 4,
    "Pengelola Umum Operasional": 2,
}
KELURAHAN_STAFF = {
    "Lurah": 1, "Sekretaris Kelurahan": 1, "Penata Layanan Operasional": 2, "Pengadministrasi Perkantoran": 2,
    "Operator Layanan Operasional": 2,
}
SD_STAFF = {
    "Guru Kelas Ahli Pertama": 4, "Guru Kelas Ahli Muda": 2, "Guru Pendidikan Agama Ahli Pertama": 1,
    "Guru PJOK Ahli Pertama": 1, "Operator Layanan Operasional": 1, "Pengelola Umum Operasional": 1,
}
SMP_STAFF = {
    "Guru Mata Pelajaran Ahli Pertama": 9, "Guru Mata Pelajaran Ahli Muda": 5, "Guru Mata Pelajaran Ahli Madya": 2,
    "Guru Pendidikan Agama Ahli Pertama": 2, "Guru PJOK Ahli Pertama": 1,
    "Guru Bimbingan dan Konseling Ahli Pertama": 1, "Pengadministrasi Perkantoran": 1,
    "Operator Layanan Operasional": 1, "Pengelola Umum Operasional": 1,
}
PUSKESMAS_STAFF = {
    "Dokter Ahli Pertama": 2, "Dokter Gigi Ahli Pertama": 1, "Perawat Terampil": 5, "Perawat Ahli Pertama": 3,
    "Bidan Terampil": 5, "Bidan Ahli Pertama": 1, "Apoteker Ahli Pertama": 1,
    "Asisten Penata Kefarmasian Terampil": 1, "Pranata Laboratorium Kesehatan Terampil": 1,
    "Nutrisionis Terampil": 1, "Sanitarian Terampil": 1, "Perekam Medis Terampil": 1,
    "Pengadministrasi Perkantoran": 1, "Operator Layanan Operasional": 2, "Pengelola Umum Operasional": 1,
}
DINAS_PU_EXTRA = {"Teknik Jalan dan Jembatan Ahli Pertama": 6}

OPD_NAMES = (
    "Sekretariat Daerah", "Sekretariat DPRD", "Inspektorat", "Dinas Pendidikan", "Dinas Kesehatan",
    "Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas Perumahan Rakyat dan Kawasan Permukiman",
    "Satuan Polisi Pamong Praja", "Dinas Sosial", "Dinas Kependudukan dan Pencatatan Sipil",
    "Dinas Perhubungan", "Dinas Komunikasi, Informatika, Statistik dan Persandian", "Dinas Lingkungan Hidup",
    "Dinas Pertanian dan Ketahanan Pangan", "Dinas Perdagangan, Koperasi, Usaha Kecil dan Menengah",
    "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Dinas Kebudayaan dan Pariwisata",
    "Dinas Pemuda dan Olahraga", "Badan Perencanaan Pembangunan Daerah",
    "Badan Pengelolaan Keuangan dan Aset Daerah", "Badan Pendapatan Daerah",
    "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Badan Penanggulangan Bencana Daerah",
)
EDUCATION_OPD = "Dinas Pendidikan"
HEALTH_OPD = "Dinas Kesehatan"
PUBLIC_WORKS_OPD = "Dinas Pekerjaan Umum dan Penataan Ruang"
# Share of the employees that work in schools, in puskesmas; the rest are in offices.
SCHOOL_SHARE = 0.48
PUSKESMAS_SHARE = 0.2
SMP_PER_SD = 0.22

# Population share and whether the kecamatan is far from the centre (short-staffed), per city.
KECAMATAN_PROFILE: dict[str, dict[str, tuple[float, bool]]] = {
    "62.71": {
        "Jekan Raya": (0.46, False), "Pahandut": (0.30, False), "Sabangau": (0.12, False),
        "Bukit Batu": (0.07, True), "Rakumpit": (0.05, True),
    },
}
NAME_FIXES = {"Palangkaraya": "Palangka Raya"}

# ---- people ----

MEN_MUSLIM = (
    "Ahmad", "Muhammad", "Rahmat", "Syahrial", "Arif", "Fajar", "Rizky", "Hidayat", "Abdul", "Fauzan",
    "Ilham", "Zainal", "Saiful", "Hasan", "Yusuf", "Irfan", "Nur", "Taufik", "Khairul", "Akhmad",
)
MEN_CHRISTIAN = (
    "Yohanes", "Fransiskus", "Andreas", "Antonius", "Petrus", "Stefanus", "Markus", "Yosua", "Kristian",
    "Natanael", "Daniel", "Samuel", "Paulus", "Benediktus", "Gabriel",
)
MEN_ANY = (
    "Agus", "Budi", "Dedi", "Eko", "Hendra", "Irwan", "Joko", "Dodi", "Wahyu", "Yudi", "Bambang", "Hari",
    "Iwan", "Dimas", "Teguh", "Rudi", "Yanto", "Sugianto", "Nanang", "Tambun", "Bilang", "Liano", "Rangka",
    "Sahari", "Dwi", "Adi", "Gunawan", "Heri", "Edy", "Fery",
)
WOMEN_MUSLIM = (
    "Siti", "Nur", "Nurul", "Fitri", "Anisa", "Halimah", "Aisyah", "Rahmawati", "Khadijah", "Zahra",
    "Nurhayati", "Fatimah", "Rabiatul", "Mardiana", "Husna",
)
WOMEN_CHRISTIAN = (
    "Maria", "Theresia", "Elisabet", "Natalia", "Yuliana", "Agustina", "Magdalena", "Kristina", "Veronika",
    "Margaretha", "Priskila", "Debora", "Yohana",
)
WOMEN_ANY = (
    "Dewi", "Sri", "Rina", "Wulan", "Lestari", "Indah", "Ratna", "Yanti", "Novita", "Evi", "Desi", "Herlina",
    "Kartika", "Ayu", "Putri", "Mega", "Tiara", "Intan", "Lilis", "Dian", "Eka", "Nina", "Rosa", "Santi",
    "Sinta", "Wida", "Yeni", "Reni", "Melati", "Linda",
)
MEN_LAST = (
    "Saputra", "Santoso", "Wijaya", "Hidayat", "Pratama", "Kurniawan", "Setiawan", "Nugroho", "Rahman",
    "Hakim", "Sinaga", "Pasaribu", "Tingang", "Nahan", "Dohong", "Lambung", "Kanon", "Noor", "Arsyad",
    "Firmansyah", "Ramadhan", "Susilo", "Prasetyo", "Hutapea", "Simanjuntak", "Djaya", "Ilun", "Toendan",
    "Jaya", "Effendi",
)
WOMEN_LAST = (
    "Sari", "Lestari", "Wati", "Astuti", "Handayani", "Rahayu", "Susanti", "Purnamasari", "Anggraini",
    "Oktaviani", "Aini", "Noor", "Sinaga", "Hutapea", "Tingang", "Damayanti", "Wulandari", "Pertiwi",
    "Safitri", "Maharani", "Yuliani", "Kusuma", "Ningsih", "Fitriani", "Utami",
)
RELIGION_MIX = {"Islam": 68, "Kristen": 22, "Katolik": 5, "Hindu": 4, "Buddha": 1}
BIRTH_PLACES = (
    ("Palangka Raya", 40), ("Kuala Kapuas", 8), ("Sampit", 7), ("Banjarmasin", 7), ("Pangkalan Bun", 4),
    ("Muara Teweh", 4), ("Buntok", 4), ("Kasongan", 4), ("Pulang Pisau", 4), ("Tamiang Layang", 3),
    ("Kuala Kurun", 3), ("Yogyakarta", 2), ("Surabaya", 2), ("Malang", 2), ("Martapura", 2), ("Jakarta", 2),
    ("Medan", 1), ("Kupang", 1),
)
STREETS = (
    "Jl. Tjilik Riwut", "Jl. G. Obos", "Jl. RTA Milono", "Jl. Yos Sudarso", "Jl. Diponegoro", "Jl. Ahmad Yani",
    "Jl. Rajawali", "Jl. Beliang", "Jl. Temanggung Tilung", "Jl. Mahir Mahar", "Jl. Adonis Samad",
    "Jl. Seth Adji", "Jl. Kinibalu", "Jl. Menteng", "Jl. Sisingamangaraja", "Jl. Galaxy", "Jl. Bukit Keminting",
    "Jl. Krakatau", "Jl. Hiu Putih", "Jl. Piranha", "Jl. Cristopel Mihing", "Jl. Tangkasiang", "Jl. Kecubung",
    "Jl. Mendawai", "Jl. Sulawesi",
)
UNIVERSITIES = {
    "40": ("Universitas Palangka Raya", "Universitas Muhammadiyah Palangkaraya", "IAIN Palangka Raya",
           "Universitas Lambung Mangkurat", "Universitas Kristen Palangka Raya", "Universitas Negeri Yogyakarta"),
    "45": ("Universitas Palangka Raya", "Universitas Lambung Mangkurat", "Universitas Gadjah Mada",
           "Universitas Brawijaya"),
    "35": ("Poltekkes Kemenkes Palangka Raya", "Poltekkes Kemenkes Banjarmasin"),
    "30": ("Poltekkes Kemenkes Palangka Raya", "Politeknik Negeri Banjarmasin", "Akademi Keperawatan Eka Harap",
           "AMIK Palangka Raya"),
    "15": ("SMA Negeri 1 Palangka Raya", "SMA Negeri 2 Palangka Raya", "SMK Negeri 1 Palangka Raya",
           "SMA Negeri 1 Kuala Kapuas", "MAN Kota Palangka Raya"),
    "10": ("SMP Negeri 1 Palangka Raya", "SMP Negeri 3 Palangka Raya", "MTs Negeri Palangka Raya"),
}
# Age at graduation, by level.
GRADUATION_AGE = {"10": 15, "15": 18, "30": 21, "35": 22, "40": 23, "45": 28}

# ---- pay ----

# The demo office's PPPK Paruh Waktu upah by jabatan group (its part_time_wage table): at least the last
# honorarium (KepmenPANRB 16/2025).
PW_WAGE_BY_GROUP = {"guru": 2_500_000, "kesehatan": 3_000_000, "teknis": 2_200_000, "operasional": 1_800_000}
# Most offices contract PPPK Paruh Waktu for 20 jam a week; a few for more.
PW_WEEKLY_HOURS = (20, 24, 25, 30)
PW_WEEKLY_HOURS_WEIGHTS = (85, 5, 5, 5)
