<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name />
    <message>
        <location filename="../../gui/table_models/exchange_offices.py" line="+19" />
        <source>exchange</source>
        <comment>Kode</comment>
        <translation>exchange</translation>
    </message>
    <message>
        <location line="+0" />
        <source>exchange</source>
        <comment>Paket terakhir (UTC)</comment>
        <translation>exchange</translation>
    </message>
    <message>
        <location line="+1" />
        <source>exchange</source>
        <comment>Nomor urut</comment>
        <translation>exchange</translation>
    </message>
    <message>
        <location line="+0" />
        <source>exchange</source>
        <comment>Paket hilang</comment>
        <translation>exchange</translation>
    </message>
    <message>
        <location line="+0" />
        <source>exchange</source>
        <comment>Baris diterima</comment>
        <translation>exchange</translation>
    </message>
    <message>
        <location line="+1" />
        <source>exchange</source>
        <comment>Konflik terbuka</comment>
        <translation>exchange</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../gui/dialogs/about.py" line="+54" />
        <source>Tentang SIMPEG Luring</source>
        <translation>About SIMPEG Luring</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../gui/dialogs/first_run/admin_page.py" line="+19" />
        <source>Akun admin</source>
        <translation>Admin account</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Akun Anda sebagai admin: mengatur instansi, menambah pengguna lain (operator, pembaca), dan memulihkan cadangan.</source>
        <translation>Your admin account: it sets up the office, adds other users (operators, viewers) and restores backups.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nama &amp;pengguna:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>huruf kecil, angka, titik</source>
        <translation>lowercase letters, digits, dots</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nama l&amp;engkap:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>nama Anda, tercatat di log audit</source>
        <translation>your name, as recorded in the audit log</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kata &amp;sandi:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>paling sedikit {n} karakter</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Ulangi kata sandi:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Simpan kata sandi ini baik-baik: tanpa admin, pengguna dan pengaturan tidak dapat diubah. Setelah lima kali salah, akun dikunci 15 menit.</source>
        <translation>Keep this password safe: without the admin, users and settings cannot be changed. After five wrong attempts, the account is locked for 15 minutes.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>kata sandi dan ulangannya tidak sama</source>
        <translation>the passwords do not match</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../gui/dialogs/audit_log.py" line="+121" />
        <source>Log audit — siapa mengubah apa</source>
        <translation>Audit log — who changed what</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Semua pengguna</source>
        <translation>All users</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Semua jenis data</source>
        <translation>All kinds of record</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Cari dalam ringkasan…</source>
        <translation>Search the summaries…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ekspor ke Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Pilih satu catatan untuk melihat isian yang berubah.</source>
        <translation>Select an entry to see the fields that changed.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+54" />
        <source>{n} catatan</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <location line="+14" />
        <source>(tidak ada isian yang berubah)</source>
        <translation>(no field changed)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Simpan log audit</source>
        <translation>Save audit log</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Menulis log audit…</source>
        <translation>Writing the audit log…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{n} catatan diekspor ke {file}</source>
        <translation>{n} entries exported to {file}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location line="-194" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Jenis data</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../gui/dialogs/backups.py" line="+46" />
        <source>Cadangan basis data</source>
        <translation>Database backups</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Salinan dibuat otomatis sekali sehari dan sebelum impor, perpanjangan massal, pembaruan skema, dan pemulihan. Yang disimpan: 10 terakhir, 7 harian, 4 mingguan, 12 bulanan. Folder: {folder}</source>
        <translation>Copies are made automatically once a day and before imports, bulk renewals, schema updates and restores. Kept: the last 10, 7 daily, 4 weekly, 12 monthly. Folder: {folder}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Cadangkan sekarang</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pulihkan yang dipilih…</source>
        <translation>Restore the selected one…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hanya admin yang boleh memulihkan cadangan.</source>
        <translation>Only an admin may restore a backup.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+21" />
        <source>{mb} MB</source>
        <translation>{mb} MB</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{n} cadangan</source>
        <translation>{n} backups</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+4" />
        <source>Mencadangkan…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Pulihkan cadangan {when} ({reason})? Data sekarang diganti isi cadangan itu; sebelumnya data sekarang disalin dulu sebagai cadangan.</source>
        <translation>Restore the backup of {when} ({reason})? The current data is replaced by that backup; it is first copied as a backup itself.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Pulihkan cadangan</source>
        <translation>Restore backup</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../gui/dialogs/change_password.py" line="+33" />
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Akun: {username} ({name})</source>
        <translation>Account: {username} ({name})</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Paling sedikit {n} karakter, tidak sama dengan nama pengguna.</source>
        <translation>At least {n} characters, not the same as the username.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kata sandi lama</source>
        <translation>Old password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ulangi kata sandi baru</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ganti</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+40" />
        <source>tidak sama dengan kata sandi baru</source>
        <translation>does not match the new password</translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message>
        <location filename="../../gui/dialogs/organization/confirm.py" line="+19" />
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ContractActions</name>
    <message>
        <location filename="../../gui/features/contract_actions.py" line="+62" />
        <location line="+2" />
        <source>Perjanjian &amp;baru…</source>
        <translation>&amp;New contract…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Perpanjang…</source>
        <translation>&amp;Renew…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Daftar perpanjangan &amp;jatuh tempo…</source>
        <translation>Renewals &amp;due…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tandai &amp;ditandatangani…</source>
        <translation>Mark &amp;signed…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Akhiri…</source>
        <translation>&amp;End…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cetak perjanjian…</source>
        <translation>&amp;Print contracts…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Periksa &amp;keaslian perjanjian…</source>
        <translation>&amp;Verify a contract…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tabel &amp;gaji dan upah…</source>
        <translation>&amp;Salary and wage tables…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Perjanjian kerja baru untuk PPPK terpilih yang belum punya perjanjian berjalan</source>
        <translation>New work contracts for the selected PPPK who have no running contract</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Perjanjian kerja</source>
        <translation>Work contracts</translation>
    </message>
    <message>
        <location line="+62" />
        <source>Perjanjian baru ({count})</source>
        <translation>New contracts ({count})</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Membuat perjanjian kerja…</source>
        <translation>Creating work contracts…</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Perpanjang {count} perjanjian</source>
        <translation>Renew {count} contracts</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Memperpanjang perjanjian kerja…</source>
        <translation>Renewing work contracts…</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Tandai ditandatangani ({count})</source>
        <translation>Mark signed ({count})</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Mencatat penandatanganan…</source>
        <translation>Recording the signing…</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Akhiri perjanjian</source>
        <translation>End contract</translation>
    </message>
</context>
<context>
    <name>ContractChoice</name>
    <message>
        <location filename="../../gui/dialogs/contract_print_selection.py" line="+36" />
        <source>Perjanjian yang dicetak</source>
        <translation>Contracts to print</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Yang dipilih pada tab ({count})</source>
        <translation>Selected on the tab ({count})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Menurut pilihan berikut:</source>
        <translation>By these choices:</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Semua unit kerja</source>
        <translation>All work units</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Semua jenis</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+3" />
        <source>hanya yang ditandatangani pada</source>
        <translation>only those signed on</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Unit kerja:</source>
        <translation>&amp;Work unit:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Jenis:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tanggal:</source>
        <translation>Date:</translation>
    </message>
</context>
<context>
    <name>ContractSource</name>
    <message>
        <location filename="../../gui/table_models/contracts.py" line="+44" />
        <source>NI PPPK</source>
        <translation>NI PPPK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sisa hari</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gaji/upah</source>
        <translation>Salary/wage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tgl. tanda tangan</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Berakhir {days} hari yang lalu</source>
        <translation>Ended {days} days ago</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Perjanjian sudah berakhir</source>
        <translation>The contract has ended</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Berakhir dalam {days} hari: usulkan perpanjangan</source>
        <translation>Ends in {days} days: propose the renewal</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Berakhir dalam {days} hari</source>
        <translation>Ends in {days} days</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Hari sampai perjanjian berakhir; negatif bila lewat</source>
        <translation>Days until the contract ends; negative when past</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gaji (PPPK penuh waktu) atau upah (PPPK paruh waktu) per bulan</source>
        <translation>Monthly salary (full-time PPPK) or wage (part-time PPPK)</translation>
    </message>
</context>
<context>
    <name>ContractTemplatesDialog</name>
    <message>
        <location filename="../../gui/dialogs/contract_templates.py" line="+28" />
        <source>Templat perjanjian kerja</source>
        <translation>Contract templates</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Ubah kata-kata perjanjian instansi ini. Isian dalam kurung kurawal, mis. {nama}, diisi dari data; isian yang tidak dikenal ditolak saat disimpan.</source>
        <translation>Adapt this office's contract wording. Fields in curly braces, e.g. {nama}, are filled from the records; unknown fields are refused when saving.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kembalikan templat bawaan</source>
        <translation>Back to the shipped template</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Templat instansi sendiri</source>
        <translation>The office's own template</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Templat bawaan program</source>
        <translation>The program's shipped template</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Templat disimpan.</source>
        <translation>Template saved.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Kembali ke templat bawaan.</source>
        <translation>Back to the shipped template.</translation>
    </message>
</context>
<context>
    <name>ContractsTab</name>
    <message>
        <location filename="../../gui/tabs/contracts_tab.py" line="+48" />
        <source>Berakhir dalam 6 bulan (penuh waktu) atau 3 bulan (paruh waktu): usulkan perpanjangan</source>
        <translation>Ends within 6 months (full-time) or 3 months (part-time): propose the renewal</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sudah berakhir</source>
        <translation>Already ended</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sisa hari kosong: sudah diperpanjang atau diputus</source>
        <translation>No days left shown: already renewed or terminated</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Cari nama, NI PPPK atau NIK…</source>
        <translation>Search name, NI PPPK or NIK…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{total} perjanjian kerja</source>
        <translation>{total} work contracts</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Belum ada perjanjian kerja.</source>
        <translation>No work contracts yet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Perjanjian kerja dibuat untuk pegawai PPPK: di tab Pegawai, pilih pegawai PPPK atau PPPK Paruh Waktu, lalu klik Perjanjian baru.</source>
        <translation>Work contracts are made for PPPK employees: on the Employees tab, select PPPK or PPPK Paruh Waktu employees, then click New contract.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Buka tab Pegawai</source>
        <translation>Open the Employees tab</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Semua jenis</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit kerja pegawai beserta unit di bawahnya; ketik sebagian nama lalu pilih</source>
        <translation>The employee's work unit and the units under it; type part of the name, then choose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berakhir dalam</source>
        <translation>Ending within</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kapan saja</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{n} bulan</source>
        <translation>{n} months</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Perjanjian yang masih berjalan dan berakhir paling lambat sekian bulan dari hari ini</source>
        <translation>Running contracts that end at the latest this many months from today</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../gui/dialogs/employee_form/fields.py" line="+43" />
        <source>hh-bb-tttt</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tanggal, hari dahulu: 12-03-1985. F4 membuka kalender.</source>
        <translation>Date, day first: 12-03-1985. F4 opens the calendar.</translation>
    </message>
</context>
<context>
    <name>EmployeeActions</name>
    <message>
        <location filename="../../gui/features/employee_actions.py" line="+51" />
        <source>&amp;Tambah pegawai</source>
        <translation>&amp;Add employee</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Ubah</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ubah data pegawai terpilih (Enter atau klik ganda)</source>
        <translation>Edit the selected employee (Enter or double-click)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Hapus</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A&amp;khiri kepegawaian…</source>
        <translation>E&amp;nd employment…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Catat pegawai terpilih pensiun atau berhenti</source>
        <translation>Record that the selected employee retired or left</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Riwayat perubahan ({n})</source>
        <translation>Change history ({n})</translation>
    </message>
    <message>
        <location line="+24" />
        <source>{names} tidak dapat dihapus karena memiliki perjanjian kerja (dokumen bernomor). Gunakan Akhiri kepegawaian untuk pegawai yang keluar.</source>
        <translation>{names} cannot be deleted because they have work contracts (numbered documents). Use End employment for employees who leave.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Hapus pegawai {name} (NIP {nip})?</source>
        <translation>Delete employee {name} (NIP {nip})?</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hapus {n} pegawai: {names}?</source>
        <translation>Delete {n} employees: {names}?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Riwayat golongan, jabatan dan pendidikannya ikut terhapus. Ctrl+Z mengembalikannya.</source>
        <translation>Their grade, position and education histories are deleted too. Ctrl+Z brings them back.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hapus pegawai</source>
        <translation>Delete employee</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hapus {n} pegawai</source>
        <translation>Delete {n} employees</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{name} sudah tidak aktif ({state}).</source>
        <translation>{name} is no longer active ({state}).</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Pencarian diganti dengan NIP {nip} agar pegawai yang baru disimpan terlihat.</source>
        <translation>The search now shows NIP {nip}, so the employee just saved can be seen.</translation>
    </message>
</context>
<context>
    <name>EmployeeCommands</name>
    <message>
        <location filename="../../gui/features/employee_commands.py" line="+111" />
        <source>Tambah pegawai {name}</source>
        <translation>Add employee {name}</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Ubah data {name}</source>
        <translation>Edit {name}</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Hapus pegawai {name}</source>
        <translation>Delete employee {name}</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Akhiri kepegawaian {name}</source>
        <translation>End employment of {name}</translation>
    </message>
</context>
<context>
    <name>EmployeeForm</name>
    <message>
        <location filename="../../gui/dialogs/employee_form/form.py" line="+84" />
        <source>Pegawai baru</source>
        <translation>New employee</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ubah data pegawai — {name}</source>
        <translation>Edit employee — {name}</translation>
    </message>
    <message>
        <location line="+36" />
        <source>{state} sejak {date} ({reason})</source>
        <translation>{state} since {date} ({reason})</translation>
    </message>
    <message>
        <location line="+44" />
        <source>'{text}' bukan tanggal; tulis hh-bb-tttt, mis. 12-03-1985</source>
        <translation>'{text}' is not a date; write dd-mm-yyyy, e.g. 12-03-1985</translation>
    </message>
    <message>
        <location line="+7" />
        <source>unit kerja</source>
        <translation>work unit</translation>
    </message>
    <message>
        <location line="+0" />
        <source>jabatan</source>
        <translation>position</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{what} '{text}' tidak ada dalam daftar; pilih dari saran yang muncul saat mengetik</source>
        <translation>{what} '{text}' is not in the list; choose from the suggestions shown while typing</translation>
    </message>
    <message>
        <location line="+13" />
        <source>tahun lulus harus angka, mis. 2008</source>
        <translation>the graduation year must be a number, e.g. 2008</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/employee_form/findings.py" line="+69" />
        <source>&lt;b&gt;{n} isian perlu diperbaiki&lt;/b&gt; (tanda ✖ merah). Peringatan ⚠ tidak menghalangi penyimpanan.</source>
        <translation>&lt;b&gt;{n} fields need fixing&lt;/b&gt; (red ✖ marks). Warnings ⚠ do not stop saving.</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/employee_form/form.py" line="+119" />
        <source>Batalkan perubahan?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Perubahan pada formulir ini belum disimpan. Tutup dan buang perubahan itu?</source>
        <translation>The changes in this form are not saved. Close and discard them?</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/employee_form/decoding.py" line="+26" />
        <source>{label}: {n} dari 18 digit</source>
        <translation>{label}: {n} of 18 digits</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Lahir {date}</source>
        <translation>Born {date}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>TMT CPNS {month}</source>
        <translation>TMT CPNS {month}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>diangkat {year}</source>
        <translation>appointed {year}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>urut {n}</source>
        <translation>sequence {n}</translation>
    </message>
    <message>
        <location line="+10" />
        <source>NIK: {n} dari 16 digit</source>
        <translation>NIK: {n} of 16 digits</translation>
    </message>
    <message>
        <location line="+6" />
        <source>lahir {date}</source>
        <translation>born {date}</translation>
    </message>
</context>
<context>
    <name>EmployeeFormView</name>
    <message>
        <location filename="../../gui/dialogs/employee_form/view.py" line="+48" />
        <source>Isian bertanda * wajib diisi. Tanggal ditulis hh-bb-tttt (F4: kalender). Enter atau Ctrl+S menyimpan, Esc membatalkan.</source>
        <translation>Fields marked * are required. Dates are written dd-mm-yyyy (F4: calendar). Enter or Ctrl+S saves, Esc cancels.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Identitas</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kepegawaian</source>
        <translation>Employment</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kontak</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+3" />
        <source>NIP / NI PPPK</source>
        <translation>NIP / NI PPPK</translation>
    </message>
    <message>
        <location line="+0" />
        <source>18 angka, boleh berspasi</source>
        <translation>18 digits, spaces allowed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location line="+0" />
        <source>16 angka</source>
        <translation>16 digits</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nama (tanpa gelar)</source>
        <translation>Name (without titles)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gelar depan</source>
        <translation>Title before the name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>mis. dr., Drs.</source>
        <translation>e.g. dr., Drs.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gelar belakang</source>
        <translation>Title after the name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mis. S.Pd., S.Kep., Ners</source>
        <translation>e.g. S.Pd., S.Kep., Ners</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Agama</source>
        <translation>Religion</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Golongan</source>
        <translation>Grade (golongan)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ketik sebagian nama jabatan</source>
        <translation>type part of the position's name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit — OPD</source>
        <translation>Unit — OPD</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ketik sebagian nama unit atau OPD</source>
        <translation>type part of the unit's or OPD's name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>TMT CPNS</source>
        <translation>TMT CPNS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>TMT PNS</source>
        <translation>TMT PNS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>TMT PPPK</source>
        <translation>TMT PPPK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>TMT golongan</source>
        <translation>TMT grade</translation>
    </message>
    <message>
        <location line="+1" />
        <source>TMT jabatan</source>
        <translation>TMT position</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Jurusan</source>
        <translation>Major</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tahun lulus</source>
        <translation>Graduation year</translation>
    </message>
    <message>
        <location line="+0" />
        <source>tttt</source>
        <translation>yyyy</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location line="+0" />
        <source>mis. 0812 3456 7890</source>
        <translation>e.g. 0812 3456 7890</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Surel</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+0" />
        <source>nama@contoh.go.id</source>
        <translation>name@example.go.id</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Riwayat golongan</source>
        <translation>Grade history</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Riwayat jabatan</source>
        <translation>Position history</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Riwayat pendidikan</source>
        <translation>Education history</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Simpan (Enter atau Ctrl+S)</source>
        <translation>Save (Enter or Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Batal (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>EmployeeSource</name>
    <message>
        <location filename="../../gui/table_models/employees.py" line="+55" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gol.</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tgl. lahir</source>
        <translation>Born</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+1" />
        <source>TMT</source>
        <translation>TMT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pensiun (BUP)</source>
        <translation>Retires (BUP)</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Golongan/ruang (PNS) atau golongan PPPK</source>
        <translation>Grade (PNS golongan/ruang) or PPPK grade</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aktif, pensiun, atau berhenti</source>
        <translation>Active, retired, or left</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Umur dalam tahun penuh pada hari ini; urutkan menurut Tgl. lahir</source>
        <translation>Age in whole years today; sort by date of birth</translation>
    </message>
    <message>
        <location line="+2" />
        <source>TMT CPNS untuk PNS dan CPNS, TMT PPPK untuk PPPK</source>
        <translation>TMT CPNS for PNS and CPNS, TMT PPPK for PPPK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tingkat pendidikan terakhir (kode SIASN)</source>
        <translation>Highest education level (SIASN code)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>TMT pensiun: tanggal 1 bulan berikutnya setelah mencapai batas usia pensiun (BUP, dalam kurung) jabatannya</source>
        <translation>Retirement TMT: the 1st of the month after reaching the retirement age (BUP, in brackets) of the position</translation>
    </message>
</context>
<context>
    <name>EmployeesTab</name>
    <message>
        <location filename="../../gui/tabs/employees_tab.py" line="+50" />
        <source>Cari nama, NIP atau NIK…</source>
        <translation>Search name, NIP or NIK…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{total} pegawai</source>
        <translation>{total} employees</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tidak ada pegawai aktif.</source>
        <translation>No active employees.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pegawai di basis data ini sudah pensiun atau berhenti. Pilih Keadaan: Semua keadaan untuk melihat mereka, atau tambahkan pegawai.</source>
        <translation>The employees in this database have retired or left. Choose State: All states to see them, or add employees.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Belum ada pegawai.</source>
        <translation>No employees yet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Impor daftar pegawai dari berkas Excel, ODS atau CSV yang sudah ada, atau tambahkan pegawai satu per satu.</source>
        <translation>Import the employee list from an existing Excel, ODS or CSV file, or add employees one by one.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Impor daftar pegawai…</source>
        <translation>Import employee list…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit kerja dan jabatan…</source>
        <translation>Work units and positions…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tambah pegawai</source>
        <translation>Add employee</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit kerja beserta unit di bawahnya; ketik sebagian nama lalu pilih</source>
        <translation>The work unit and the units under it; type part of the name, then choose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Semua kecamatan</source>
        <translation>All kecamatan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Gol.</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Semua golongan</source>
        <translation>All grades</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Semua keadaan</source>
        <translation>All states</translation>
    </message>
</context>
<context>
    <name>EndContractDialog</name>
    <message>
        <location filename="../../gui/dialogs/contract_end.py" line="+43" />
        <source>Akhiri perjanjian kerja</source>
        <translation>End work contract</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{name} ({nip}), {kind}, {start} s.d. {end}, berstatus {status}.</source>
        <translation>{name} ({nip}), {kind}, {start} to {end}, status {status}.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Berakhir (masa perjanjian habis)</source>
        <translation>Ended (the term is over)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Diputus sebelum masanya habis</source>
        <translation>Terminated before the end of the term</translation>
    </message>
    <message>
        <location line="+11" />
        <source>wajib untuk pemutusan; pilih atau tulis</source>
        <translation>required for a termination; choose or write</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Alasan:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Cara berakhir:</source>
        <translation>&amp;How it ends:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Tanggal berakhir:</source>
        <translation>&amp;End date:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Akhiri perjanjian</source>
        <translation>End contract</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EndEmploymentDialog</name>
    <message>
        <location filename="../../gui/dialogs/end_employment.py" line="+23" />
        <source>Akhiri kepegawaian — {name}</source>
        <translation>End employment — {name}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>mis. mencapai BUP; mengundurkan diri; meninggal dunia</source>
        <translation>e.g. reached the BUP; resigned; passed away</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Akhiri</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Data pegawai tetap tersimpan dengan keadaan dan tanggal ini; Ctrl+Z membatalkannya.</source>
        <translation>The employee's record stays, with this state and date; Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Pegawai</source>
        <translation>Employee</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sejak tanggal</source>
        <translation>Since</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Tanggal berakhir wajib diisi, tulis hh-bb-tttt.</source>
        <translation>The end date is required; write dd-mm-yyyy.</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../gui/features/exchange_actions.py" line="+44" />
        <source>&amp;Kirim ke Pusat…</source>
        <translation>&amp;Send to the central office…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Buat paket data (terenkripsi untuk kantor pusat) di folder atau flashdisk</source>
        <translation>Make a data package (encrypted for the central office) in a folder or on a flash drive</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Terima paket…</source>
        <translation>&amp;Receive package…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kantor &amp;daerah…</source>
        <translation>Regional &amp;offices…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Pertukaran data…</source>
        <translation>Data e&amp;xchange…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kunci kantor pusat dan kantor daerah, pendaftaran kantor, dan batas hari pengiriman</source>
        <translation>Central and district office keys, office registration, and the sending deadline</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Simpan paket ke folder atau flashdisk</source>
        <translation>Save the package to a folder or flash drive</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pilih paket data</source>
        <translation>Choose a data package</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paket SIMPEG (*.zip);;Semua berkas (*)</source>
        <translation>SIMPEG packages (*.zip);;All files (*)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pilih kunci privat kantor pusat</source>
        <translation>Choose the central office's private key</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kunci (*.pem);;Semua berkas (*)</source>
        <translation>Keys (*.pem);;All files (*)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Paket belum dapat dibuat: pasang dulu kunci publik kantor pusat (langkah 1).</source>
        <translation>No package can be made yet: first install the central office's public key (step 1).</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Paket belum dapat dibuat: isi dulu Pengaturan instansi.</source>
        <translation>No package can be made yet: first fill in the office settings.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Membuat paket data untuk kantor pusat…</source>
        <translation>Making the data package for the central office…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>lengkap</source>
        <translation>full</translation>
    </message>
    <message>
        <location line="+0" />
        <source>perubahan</source>
        <translation>changes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paket %1 nomor %2 berisi %3 baris.</source>
        <translation>Package %1 number %2 holds %3 rows.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Berkas: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kirim berkas ini ke kantor pusat (flashdisk atau surel); isinya terenkripsi.</source>
        <translation>Send this file to the central office (flash drive or email); its content is encrypted.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paket data dibuat</source>
        <translation>Data package made</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Memeriksa dan menerapkan paket…</source>
        <translation>Checking and applying the package…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Paket nomor %1 dari %2:</source>
        <translation>Package number %1 from %2:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 baru, %2 diubah, %3 tetap, %4 dihapus.</source>
        <translation>%1 new, %2 changed, %3 unchanged, %4 deleted.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Peringatan: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n konflik tidak diterapkan:</source>
        <translation>
            <numerusform>%n conflict not applied:</numerusform>
            <numerusform>%n conflicts not applied:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Paket diterima</source>
        <translation>Package received</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Tabel: %1</source>
        <translation>Table: %1</translation>
    </message>
</context>
<context>
    <name>ExchangeOfficesDialog</name>
    <message>
        <location filename="../../gui/dialogs/exchange_offices.py" line="+21" />
        <source>Kantor daerah: paket data diterima</source>
        <translation>Regional offices: data packages received</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Belum ada kantor daerah yang terdaftar. Daftarkan berkas kunci kantor (Berkas &gt; Pertukaran data &gt; Daftarkan kantor daerah) agar paketnya diterima.</source>
        <translation>No district office is registered yet. Register an office key file (File &gt; Data exchange &gt; Register a district office) so that its packages are accepted.</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n kantor terdaftar.</source>
        <translation>
            <numerusform>%n office registered.</numerusform>
            <numerusform>%n offices registered.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Konflik terbuka: %1; paket hilang: %2.</source>
        <translation>Open conflicts: %1; missing packages: %2.</translation>
    </message>
</context>
<context>
    <name>ExchangeSetupDialog</name>
    <message>
        <location filename="../../gui/dialogs/exchange_setup.py" line="+91" />
        <source>Pertukaran data dengan kantor pusat</source>
        <translation>Data exchange with the central office</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Kantor daerah mengirim paket data terenkripsi ke kantor pusat lewat flashdisk atau surel. Siapkan sekali, dengan urutan di bawah. Sebelum memercayai sebuah kunci, bacakan sidik jarinya lewat telepon dan pastikan sama di kedua kantor.</source>
        <translation>District offices send encrypted data packages to the central office on a USB stick or by e-mail. Set it up once, in the order below. Before trusting a key, read its fingerprint out over the phone and make sure it is the same at both offices.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Kantor ini (mengirim)</source>
        <translation>This office (sends)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kantor pusat (menerima)</source>
        <translation>Central office (receives)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Isi dulu Pengaturan instansi (nama kantor dan kode daerah): paket dan berkas kunci menyebut kantor pengirimnya.</source>
        <translation>First fill in the office settings (office name and region code): packages and key files name the office that sends them.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pengaturan instansi…</source>
        <translation>Office settings…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>1. Pasang kunci publik kantor pusat</source>
        <translation>1. Install the central office's public key</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pasang kunci kantor pusat…</source>
        <translation>Install the central office key…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>2. Kirim kunci kantor ini ke kantor pusat</source>
        <translation>2. Send this office's key to the central office</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Simpan berkas kunci kantor ini…</source>
        <translation>Save this office's key file…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>3. Kirim data</source>
        <translation>3. Send data</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Setelah kantor pusat mendaftarkan kunci kantor ini, kirim paket secara berkala. Paket pertama berisi semua data; berikutnya hanya perubahan.</source>
        <translation>Once the central office has registered this office's key, send packages regularly. The first package holds all data; later ones only the changes.</translation>
    </message>
    <message>
        <location line="+5" />
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tandai merah di baris status bila belum mengirim selama</source>
        <translation>Show in red in the status bar when nothing was sent for</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Kirim ke Pusat…</source>
        <translation>Send to the centre…</translation>
    </message>
    <message>
        <location line="+11" />
        <source>1. Buat kunci kantor pusat (sekali saja)</source>
        <translation>1. Make the central office keys (once only)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dua berkas dibuat: kunci privat (rahasia kantor pusat: membuka semua paket; simpan cadangannya di tempat aman) dan kunci publik (kirim ke setiap kantor daerah). Kunci yang sudah ada tidak ditimpa.</source>
        <translation>Two files are made: the private key (the central office's secret: it opens every package; keep a backup in a safe place) and the public key (send it to every district office). Existing keys are never overwritten.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Buat kunci kantor pusat…</source>
        <translation>Make the central office keys…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>2. Daftarkan kantor daerah</source>
        <translation>2. Register the district offices</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Daftarkan kunci kantor daerah…</source>
        <translation>Register a district office key…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>3. Terima paket</source>
        <translation>3. Receive packages</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paket dari kantor yang terdaftar dibuka dengan kunci privat kantor pusat dan diterapkan; konflik menunggu keputusan di daftar kantor daerah.</source>
        <translation>Packages from registered offices are opened with the central office's private key and applied; conflicts wait for a decision in the list of district offices.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Terima paket…</source>
        <translation>Receive a package…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Kantor daerah…</source>
        <translation>District offices…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Terpasang. Sidik jari: %1</source>
        <translation>Installed. Fingerprint: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Belum dipasang. Minta berkas %1 dari kantor pusat (flashdisk atau surel), lalu pasang di sini.</source>
        <translation>Not installed yet. Ask the central office for the file %1 (USB stick or e-mail), then install it here.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Sidik jari kunci kantor ini: %1</source>
        <translation>Fingerprint of this office's key: %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Kunci tanda tangan kantor ini dibuat saat berkasnya disimpan.</source>
        <translation>This office's signing key is made when its file is saved.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n kantor daerah terdaftar.</source>
        <translation>
            <numerusform>%n district office registered.</numerusform>
            <numerusform>%n district offices registered.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Setiap kantor daerah menyimpan berkas kuncinya (langkah 2 di kantornya) dan mengirimkannya ke sini.</source>
        <translation>Each district office saves its key file (step 2 at its office) and sends it here.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Hanya admin yang dapat memasang kunci dan mendaftarkan kantor.</source>
        <translation>Only an administrator can install keys and register offices.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Kunci publik kantor pusat %1. Sidik jari:
%2

Bacakan sidik jari ini ke kantor pusat lewat telepon. Pasang hanya bila sama.</source>
        <translation>Central office public key %1. Fingerprint:
%2

Read this fingerprint to the central office over the phone. Install it only if it is the same.</translation>
    </message>
    <message>
        <location line="+75" />
        <source>%1 (kode %2). Sidik jari:
%3

Bacakan sidik jari ini bersama kantor itu lewat telepon. Daftarkan hanya bila sama; paket yang ditandatangani kunci ini akan diterima.</source>
        <translation>%1 (code %2). Fingerprint:
%3

Compare this fingerprint with that office over the phone. Register it only if it is the same; packages signed with this key will be accepted.</translation>
    </message>
    <message>
        <location line="-71" />
        <source>Kunci %1 yang terpasang sekarang akan diganti; paket berikutnya hanya dapat dibuka dengan kunci baru.</source>
        <translation>The key %1 installed now will be replaced; later packages can only be opened with the new key.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pasang kunci kantor pusat?</source>
        <translation>Install the central office key?</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Kunci kantor pusat %1 dipasang; paket berikutnya dienkripsi untuknya.</source>
        <translation>Central office key %1 installed; the next packages are encrypted for it.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Berkas '%1' tidak dapat ditulis: %2.</source>
        <translation>The file '%1' cannot be written: %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Berkas kunci %1 disimpan di %2. Kirim ke kantor pusat dan bacakan sidik jarinya lewat telepon: %3</source>
        <translation>Key file %1 saved to %2. Send it to the central office and read its fingerprint over the phone: %3</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Kunci kantor pusat %1 dibuat.
Kunci privat (rahasia, simpan cadangannya): %2
Kunci publik (kirim ke setiap kantor daerah): %3
Sidik jari: %4</source>
        <translation>Central office key %1 made.
Private key (secret, keep a backup): %2
Public key (send to every district office): %3
Fingerprint: %4</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Daftarkan kantor daerah?</source>
        <translation>Register the district office?</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 terdaftar dengan kunci %2; paketnya kini diterima.</source>
        <translation>%1 registered with key %2; its packages are now accepted.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Kunci lamanya diganti.</source>
        <translation>Its old key was replaced.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Pilih kunci publik kantor pusat</source>
        <translation>Choose the central office's public key</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kunci publik (*.pem);;Semua berkas (*)</source>
        <translation>Public key (*.pem);;All files (*)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Simpan berkas kunci kantor</source>
        <translation>Save the office key file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas kunci kantor (*.json)</source>
        <translation>Office key file (*.json)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Folder untuk kunci kantor pusat</source>
        <translation>Folder for the central office keys</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pilih berkas kunci kantor daerah</source>
        <translation>Choose a district office key file</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Berkas kunci kantor (*.json);;Semua berkas (*)</source>
        <translation>Office key file (*.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Ya, sama</source>
        <translation>Yes, the same</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../gui/file_menu.py" line="+33" />
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Basis data &amp;baru…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>B&amp;uka basis data…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Buka &amp;terakhir</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Muat ulang</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Cari</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pengaturan &amp;Instansi…</source>
        <translation>&amp;Office settings…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Preferensi…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Keluar</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+33" />
        <source>{path} (tidak ditemukan)</source>
        <translation>{path} (not found)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Hapus berkas yang tidak ditemukan dari daftar</source>
        <translation>Remove the files not found from the list</translation>
    </message>
    <message>
        <location line="+4" />
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Membuka {path}…</source>
        <translation>Opening {path}…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Basis data tidak dapat dibuka</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Berkas '{path}' sudah ada. Pilih nama lain, atau bukalah dengan Buka basis data.</source>
        <translation>The file '{path}' already exists. Choose another name, or open it with Open database.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Basis data baru</source>
        <translation>New database</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../gui/dialogs/import_wizard/file_page.py" line="+44" />
        <location line="+109" />
        <source>Pilih berkas daftar pegawai</source>
        <translation>Choose the employee list file</translation>
    </message>
    <message>
        <location line="-108" />
        <source>Berkas Excel (xlsx, xls), ODS, atau CSV dengan satu baris untuk setiap pegawai. Baris judul di atas tabel tidak mengapa.</source>
        <translation>An Excel (xlsx, xls), ODS or CSV file with one row per employee. Title rows above the table are fine.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Ketik atau pilih lokasi berkas, lalu tekan Enter</source>
        <translation>Type or choose the file's location, then press Enter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Lembar yang berisi daftar pegawai:</source>
        <translation>Sheet with the employee list:</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Membuka {name}…</source>
        <translation>Opening {name}…</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Tidak ada lembar dengan kolom NIP yang dikenali. Pilih lembarnya; baris judul dan kolom dapat diatur pada langkah berikut.</source>
        <translation>No sheet has a recognisable NIP column. Choose the sheet; the header row and columns can be set in the next step.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{name}: {count} lembar.</source>
        <translation>{name}: {count} sheets.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Berkas tidak dapat dibuka</source>
        <translation>The file cannot be opened</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{name} — tanpa baris judul NIP ({rows} baris)</source>
        <translation>{name} — no NIP header row ({rows} rows)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{name} — judul kolom di baris {header}, {rows} baris</source>
        <translation>{name} — column headers in row {header}, {rows} rows</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Lembar kerja (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv);;Semua berkas (*)</source>
        <translation>Spreadsheets (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../gui/widgets/filter_bar.py" line="+33" />
        <source>Hapus filter</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kembalikan semua filter ke bawaan</source>
        <translation>Reset every filter to its default</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../gui/dialogs/sign_in.py" line="+80" />
        <source>Buat akun admin</source>
        <translation>Create the admin account</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Basis data ini belum punya pengguna. Buat akun admin: admin mengatur instansi, menambah pengguna lain, dan memulihkan cadangan.</source>
        <translation>This database has no users yet. Create the admin account: the admin sets up the office, adds other users and restores backups.</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kata sandi (min. 8 karakter)</source>
        <translation>Password (at least 8 characters)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ulangi kata sandi</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Buat dan masuk</source>
        <translation>Create and sign in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Kata sandi dan ulangannya tidak sama.</source>
        <translation>The password and its repetition differ.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../gui/dialogs/first_run/wizard.py" line="+52" />
        <source>Penyiapan awal — SIMPEG Luring</source>
        <translation>Initial setup — SIMPEG Luring</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Simpan dan mulai</source>
        <translation>&amp;Save and start</translation>
    </message>
</context>
<context>
    <name>FormButtons</name>
    <message>
        <location filename="../../gui/dialogs/organization/field_rows.py" line="+110" />
        <source>&amp;Simpan perubahan</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Hapus…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ba&amp;ru</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kosongkan formulir untuk menambah yang baru</source>
        <translation>Clear the form to add a new one</translation>
    </message>
</context>
<context>
    <name>FormationSource</name>
    <message>
        <location filename="../../gui/table_models/formations.py" line="+65" />
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+1" />
        <source>OPD</source>
        <translation>OPD</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pengadaan</source>
        <translation>Procurement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kebutuhan</source>
        <translation>Needed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Terisi</source>
        <translation>In post</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kurang</source>
        <translation>Short</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pensiun 1 th</source>
        <translation>Retiring 1 yr</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pensiun 5 th</source>
        <translation>Retiring 5 yrs</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Pegawai yang menjabat dan mencapai TMT pensiun (BUP jabatan) paling lambat {date}, termasuk yang sudah melewatinya</source>
        <translation>Staff in post who reach their retirement TMT (the position's BUP) by {date} at the latest, including those already past it</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Jenis pengadaan: CPNS, PPPK, atau PPPK Paruh Waktu</source>
        <translation>Kind of procurement: CPNS, PPPK, or PPPK Paruh Waktu</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kebutuhan menurut analisis beban kerja (ABK); klik dua kali atau tekan F2 untuk mengubah</source>
        <translation>Needs from the workload analysis (ABK); double-click or press F2 to change</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Formasi yang disetujui untuk pengadaan tahun itu</source>
        <translation>Formations approved for that year's procurement</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Bezetting: pegawai aktif di unit ini dengan jabatan ini, apa pun status kepegawaiannya</source>
        <translation>Bezetting: active staff in this unit with this position, whatever their employment status</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Kebutuhan dikurangi yang menjabat, paling kecil 0</source>
        <translation>Needed minus in post, at least 0</translation>
    </message>
    <message>
        <location line="+6" />
        <source>{n} pegawai aktif di {unit} dengan jabatan {position}</source>
        <translation>{n} active staff in {unit} as {position}</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Kebutuhan {needed} dikurangi yang menjabat {in_post}, paling kecil 0</source>
        <translation>Needed {needed} minus in post {in_post}, at least 0</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Kekurangan {n} pegawai</source>
        <translation>Short of {n} staff</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Kebutuhan menurut ABK; klik dua kali atau tekan F2 untuk mengubah</source>
        <translation>Needs from the ABK; double-click or press F2 to change</translation>
    </message>
    <message>
        <location line="+5" />
        <source>{n} dari {in_post} yang menjabat mencapai TMT pensiun paling lambat {date}</source>
        <translation>{n} of the {in_post} in post reach their retirement TMT by {date}</translation>
    </message>
</context>
<context>
    <name>FormationsTab</name>
    <message>
        <location filename="../../gui/tabs/formations_tab.py" line="+104" />
        <source>⚠ Kurang: yang menjabat lebih sedikit dari kebutuhan</source>
        <translation>⚠ Short: fewer in post than needed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ada yang mencapai batas usia pensiun dalam 1 tahun</source>
        <translation>Someone reaches the retirement age within 1 year</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kebutuhan dapat diubah: klik dua kali atau F2; Ctrl+Z mengurungkan</source>
        <translation>Needs can be edited: double-click or F2; Ctrl+Z undoes</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Cari unit kerja atau jabatan…</source>
        <translation>Search work unit or position…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{total} formasi</source>
        <translation>{total} formations</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Belum ada formasi.</source>
        <translation>No formations yet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Formasi (kebutuhan pegawai per unit kerja, jabatan dan tahun) belum tercatat di basis data ini. Setelah tercatat, yang menjabat, kekosongan dan pensiun dihitung dari data pegawai, dan Kebutuhan dapat diubah di sini.</source>
        <translation>No formations (staff needed per work unit, position and year) are recorded in this database yet. Once they are, staff in post, vacancies and retirements are counted from the employee records, and Needed can be edited here.</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Ubah kebutuhan {position} di {unit} ({year}): {old} → {new}</source>
        <translation>Change needs of {position} in {unit} ({year}): {old} → {new}</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Semua tahun</source>
        <translation>All years</translation>
    </message>
    <message>
        <location line="+1" />
        <source>OPD/unit</source>
        <translation>OPD/unit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>OPD atau unit kerja beserta unit di bawahnya; ketik sebagian nama lalu pilih</source>
        <translation>The OPD or work unit and the units under it; type part of the name, then choose</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Semua kecamatan</source>
        <translation>All kecamatan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pengadaan</source>
        <translation>Procurement</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Semua pengadaan</source>
        <translation>All procurements</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hanya yang kurang</source>
        <translation>Only shortages</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hanya formasi yang terisi lebih sedikit dari kebutuhannya</source>
        <translation>Only formations with fewer staff in post than needed</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <location filename="../../gui/dialogs/employee_form/history_tables.py" line="+60" />
        <source>Golongan</source>
        <translation>Grade (golongan)</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+10" />
        <source>TMT</source>
        <translation>TMT</translation>
    </message>
    <message>
        <location line="-9" />
        <location line="+10" />
        <source>Nomor SK</source>
        <translation>Decree number</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Tanggal SK</source>
        <translation>Decree date</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jurusan</source>
        <translation>Major</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Institusi</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tahun lulus</source>
        <translation>Graduation year</translation>
    </message>
    <message>
        <location line="+23" />
        <source>hh-bb-tttt</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location line="+51" />
        <source>Tambah baris</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hapus baris</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Tambah baris (Insert di tabel)</source>
        <translation>Add row (Insert in the table)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hapus baris terpilih (Ctrl+Delete di tabel)</source>
        <translation>Remove the selected rows (Ctrl+Delete in the table)</translation>
    </message>
    <message>
        <location line="+94" />
        <source>baris {row}: {title} '{text}' bukan tanggal (tulis hh-bb-tttt)</source>
        <translation>row {row}: {title} '{text}' is not a date (write dd-mm-yyyy)</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../gui/dialogs/import_wizard/import_page.py" line="+65" />
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Baris yang diterima disimpan sekaligus; bila dibatalkan atau gagal, basis data tetap seperti semula.</source>
        <translation>The accepted rows are saved all at once; if cancelled or failed, the database stays as it was.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Batalkan impor</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Pegawai baru:</source>
        <translation>New employees:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Diubah:</source>
        <translation>Changed:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tetap (tidak berubah):</source>
        <translation>Unchanged:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ditolak:</source>
        <translation>Rejected:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unit kerja baru:</source>
        <translation>New work units:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Jabatan baru:</source>
        <translation>New positions:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kecamatan baru:</source>
        <translation>New kecamatan:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Tidak ada unit kerja, jabatan, atau kecamatan baru.</source>
        <translation>No new work units, positions or kecamatan.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Simpan laporan…</source>
        <translation>&amp;Save report…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Baris yang ditolak beserta alasannya, unit dan jabatan baru, dan ringkasan, dalam satu berkas Excel</source>
        <translation>The rejected rows with their reasons, new units and positions, and a summary, in one Excel file</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Mengimpor {name}…</source>
        <translation>Importing {name}…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Impor dibatalkan; tidak ada perubahan yang disimpan.</source>
        <translation>Import cancelled; no changes were saved.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Impor selesai: {counts}.</source>
        <translation>Import finished: {counts}.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Impor gagal; tidak ada perubahan yang disimpan. {error}</source>
        <translation>Import failed; no changes were saved. {error}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Impor gagal</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Unit kerja baru</source>
        <translation>New work units</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jabatan baru</source>
        <translation>New positions</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kecamatan baru</source>
        <translation>New kecamatan</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Menyimpan laporan…</source>
        <translation>Saving the report…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Laporan disimpan: {path}</source>
        <translation>Report saved: {path}</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Laporan tidak dapat disimpan</source>
        <translation>The report cannot be saved</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Simpan laporan impor</source>
        <translation>Save import report</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../gui/dialogs/import_wizard/wizard.py" line="+26" />
        <source>Impor daftar pegawai (Excel)</source>
        <translation>Import employee list (Excel)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../gui/dialogs/import_wizard/preview_page.py" line="+46" />
        <source>Baru {imported} · Diubah {updated} · Tetap {unchanged} · Ditolak {rejected}</source>
        <translation>New {imported} · Changed {updated} · Unchanged {unchanged} · Rejected {rejected}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="+57" />
        <source>SIMPEG Luring — {name}</source>
        <translation>SIMPEG Luring — {name}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Formasi</source>
        <translation>Formations</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Perjanjian Kerja</source>
        <translation>Work Contracts</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Buka tab Pegawai</source>
        <translation>Open the Employees tab</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Selesai: {what}.</source>
        <translation>Done: {what}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Diurungkan: {what}. Ctrl+Y mengulanginya.</source>
        <translation>Undone: {what}. Ctrl+Y redoes it.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Pegawai aktif: {total} ({parts})</source>
        <translation>Active employees: {total} ({parts})</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Belum pernah dikirim ke pusat; {waiting} baris menunggu</source>
        <translation>Never sent to the central office; {waiting} rows waiting</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kirim ke pusat: paket {sequence}, hari ini; {waiting} perubahan menunggu</source>
        <translation>Sent to the centre: package {sequence}, today; {waiting} changes waiting</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Kirim ke pusat: paket {sequence}, {days} hari lalu; {waiting} perubahan menunggu</source>
        <translation>Sent to the centre: package {sequence}, {days} days ago; {waiting} changes waiting</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Paket data dikirim ke kantor pusat lewat Berkas &gt; Kirim ke Pusat; diberi warna merah bila lebih dari {days} hari.</source>
        <translation>Data packages go to the central office with Berkas &gt; Kirim ke Pusat; shown in red after more than {days} days.</translation>
    </message>
    <message>
        <location line="-100" />
        <source>&amp;Sunting</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Urungkan</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Ulangi</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Perjanjian Kerja</source>
        <translation>&amp;Contracts</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Laporan</source>
        <translation>Re&amp;ports</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ba&amp;ntuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Tentang SIMPEG Luring</source>
        <translation>&amp;About SIMPEG Luring</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../gui/dialogs/import_wizard/mapping_page.py" line="+49" />
        <source>Baris judul dan kolom</source>
        <translation>Header row and columns</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Periksa baris judul kolom dan isian yang diisi setiap kolom. Tebakan dapat diubah; kolom yang tidak diperlukan biarkan "— abaikan —".</source>
        <translation>Check the header row and the field each column fills. The guesses can be changed; leave columns that are not needed at "— ignore —".</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Nomor baris Excel yang berisi judul kolom</source>
        <translation>The Excel row number holding the column headers</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Judul di berkas</source>
        <translation>Header in the file</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Contoh isi</source>
        <translation>Sample values</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Diisikan ke</source>
        <translation>Fills</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Pemetaan kolom ini dipakai lagi dari impor sebelumnya dengan judul kolom yang sama; periksa bila perlu.</source>
        <translation>This column mapping is reused from an earlier import with the same column headings; check it if needed.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>— tidak ada —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location line="+5" />
        <source>mis. PPPK, atau 01-10-2025</source>
        <translation>e.g. PPPK, or 01-10-2025</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Satu &amp;nilai untuk semua baris:</source>
        <translation>One &amp;value for every row:</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Baris judul kolom:</source>
        <translation>&amp;Header row:</translation>
    </message>
    <message>
        <location line="+91" />
        <source>— abaikan —</source>
        <translation>— ignore —</translation>
    </message>
</context>
<context>
    <name>MarkSignedDialog</name>
    <message>
        <location filename="../../gui/dialogs/contract_sign.py" line="+17" />
        <location line="+17" />
        <source>Tandai ditandatangani</source>
        <translation>Mark signed</translation>
    </message>
    <message>
        <location line="-16" />
        <source>{count} perjanjian kerja yang sudah dicetak dicatat telah ditandatangani kedua pihak.</source>
        <translation>{count} printed work contracts are recorded as signed by both parties.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>kota tempat penandatanganan</source>
        <translation>city where it is signed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Tanggal penandatanganan:</source>
        <translation>Signing &amp;date:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Te&amp;mpat:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NewContractsDialog</name>
    <message>
        <location filename="../../gui/dialogs/contract_new.py" line="+66" />
        <source>Perjanjian kerja baru</source>
        <translation>New work contract</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>NI PPPK</source>
        <translation>NI PPPK</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gaji/upah per bulan (Rp)</source>
        <translation>Monthly salary/wage (Rp)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Jam/minggu</source>
        <translation>Hours/week</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Usulan syarat perjanjian menurut aturan (masa 5 tahun untuk PPPK, 1 tahun untuk PPPK Paruh Waktu, paling lama sampai akhir bulan BUP). Periksa dan ubah bila perlu; perjanjian dibuat sebagai draf dan diberi nomor saat pertama dicetak.</source>
        <translation>Terms proposed by the rules (5 years for PPPK, 1 year for PPPK Paruh Waktu, at most until the end of the BUP month). Check and change them if needed; contracts are created as drafts and numbered when first printed.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tidak ada pegawai terpilih yang dapat dibuatkan perjanjian baru.</source>
        <translation>None of the selected employees can get a new contract.</translation>
    </message>
    <message>
        <location line="+22" />
        <source>{name} ({nip}): {reason}</source>
        <translation>{name} ({nip}): {reason}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tidak dibuatkan ({count}):</source>
        <translation>Not created ({count}):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Buat {count} perjanjian</source>
        <translation>Create {count} contracts</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+31" />
        <source>wajib diisi</source>
        <translation>required</translation>
    </message>
    <message>
        <location line="+7" />
        <source> jam</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Jam kerja seminggu; 37,5 berarti 37 jam 30 menit</source>
        <translation>Working time a week; 37.5 means 37 hours 30 minutes</translation>
    </message>
    <message>
        <location line="+15" />
        <source>gaji/upah: {source}</source>
        <translation>salary/wage: {source}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>berakhir pada akhir bulan BUP ({date})</source>
        <translation>ends at the end of the BUP month ({date})</translation>
    </message>
    <message>
        <location line="+3" />
        <source>PERIKSA: {warning}</source>
        <translation>CHECK: {warning}</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Baris {row} ({name}): gaji/upah belum diisi atau bukan angka.</source>
        <translation>Row {row} ({name}): the salary/wage is empty or not a number.</translation>
    </message>
</context>
<context>
    <name>NewUserForm</name>
    <message>
        <location filename="../../gui/dialogs/users.py" line="+36" />
        <source>Pengguna baru</source>
        <translation>New user</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kata sandi awal</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>NumberingPage</name>
    <message>
        <location filename="../../gui/dialogs/first_run/numbering_page.py" line="+29" />
        <source>Nomor perjanjian kerja</source>
        <translation>Work contract numbers</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pola nomor surat perjanjian kerja sesuai tata naskah kantor Anda. Nomor urut diberikan otomatis saat perjanjian pertama kali dicetak.</source>
        <translation>The number pattern of work contract letters, following your office's document rules. The sequence number is assigned automatically when a contract is first printed.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Pola nomor &amp;PPPK:</source>
        <translation>&amp;PPPK number pattern:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pola nomor PPPK Paruh &amp;Waktu (boleh kosong):</source>
        <translation>PPPK Paruh &amp;Waktu number pattern (optional):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>kosongkan bila sama dengan pola PPPK</source>
        <translation>leave empty to use the PPPK pattern</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sisipkan:</source>
        <translation>Insert:</translation>
    </message>
    <message>
        <location line="+12" />
        <source>{seq} nomor urut (wajib), {year} tahun, {month} bulan 01–12, {roman_month} bulan dalam angka Romawi I–XII. Contoh pola lain: 800.1.2.5/{seq}/PPPK-PW/BKPSDM/{year}.</source>
        <translation>{seq} sequence number (required), {year} year, {month} month 01–12, {roman_month} month in Roman numerals I–XII. Another example pattern: 800.1.2.5/{seq}/PPPK-PW/BKPSDM/{year}.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Ukuran kertas perjanjian:</source>
        <translation>Contract paper si&amp;ze:</translation>
    </message>
    <message>
        <location line="+41" />
        <location line="+5" />
        <source>Nomor pertama: {number}</source>
        <translation>First number: {number}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Memakai pola PPPK.</source>
        <translation>Uses the PPPK pattern.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../gui/dialogs/first_run/office_page.py" line="+37" />
        <source>Instansi</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pilih kabupaten atau kota Anda. Nama instansi diisi otomatis dan boleh diubah.</source>
        <translation>Choose your regency or city. The office name is filled in automatically and can be changed.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>ketik sebagian nama, mis. palangka atau kapuas</source>
        <translation>type part of the name, e.g. palangka or kapuas</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Cari kabupaten/kota:</source>
        <translation>&amp;Search regency/city:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>— pilih provinsi —</source>
        <translation>— choose a province —</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Provinsi:</source>
        <translation>&amp;Province:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Kabupaten/k&amp;ota:</source>
        <translation>Regency/&amp;city:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Nama instansi:</source>
        <translation>&amp;Office name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota …</source>
        <translation>Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Alamat:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>jalan dan nomor, boleh dikosongkan</source>
        <translation>street and number; optional</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+58" />
        <source>— pilih kabupaten/kota —</source>
        <translation>— choose a regency/city —</translation>
    </message>
    <message>
        <location line="+0" />
        <source>pilih provinsi dulu</source>
        <translation>choose a province first</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Kecamatan ikut dari daftar Kemendagri setelah kabupaten/kota dipilih.</source>
        <translation>The kecamatan follow from the Kemendagri list once a regency/city is chosen.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>{count} kecamatan di {regency}, ikut dari daftar Kemendagri.</source>
        <translation>{count} kecamatan in {regency}, from the Kemendagri list.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>pilih kabupaten/kota dari daftar</source>
        <translation>choose a regency/city from the list</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsDialog</name>
    <message>
        <location filename="../../gui/dialogs/office_settings.py" line="+67" />
        <source>Pengaturan Instansi</source>
        <translation>Office Settings</translation>
    </message>
    <message>
        <location line="+28" />
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+49" />
        <source>Instansi</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Nama instansi:</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota …</source>
        <translation>Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Kode wilayah:</source>
        <translation>&amp;Region code:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kabupaten/&amp;kota:</source>
        <translation>Regency/&amp;city:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kota Palangka Raya</source>
        <translation>Kota Palangka Raya</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Alamat:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nama &amp;PPK:</source>
        <translation>&amp;PPK name:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>nama lengkap dengan gelar</source>
        <translation>full name with titles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NI&amp;P PPK:</source>
        <translation>PPK NI&amp;P:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Jabatan PPK:</source>
        <translation>PPK &amp;title:</translation>
    </message>
    <message>
        <location line="-5" />
        <source>Pejabat Pembina Kepegawaian (PPK)</source>
        <translation>Staffing authority (PPK)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>kosongkan: kepala daerah tidak ber-NIP</source>
        <translation>leave empty: a regional head has no NIP</translation>
    </message>
    <message>
        <location line="+2" />
        <source>mis. Wali Kota Palangka Raya</source>
        <translation>e.g. Wali Kota Palangka Raya</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kota pena&amp;ndatanganan:</source>
        <translation>Signing ci&amp;ty:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Palangka Raya</source>
        <translation>Palangka Raya</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Penandatangan atas nama PPK (kosongkan bila PPK menandatangani sendiri)</source>
        <translation>Signing on behalf of the PPK (leave empty when the PPK signs in person)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Na&amp;ma:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>mis. Sekretaris Daerah atau Kepala BKPSDM</source>
        <translation>e.g. the Regional Secretary or the head of the BKPSDM</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>18 angka</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jabatan:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>mis. Kepala BKPSDM Kota Palangka Raya</source>
        <translation>e.g. Kepala BKPSDM Kota Palangka Raya</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Dasar pelimpahan:</source>
        <translation>&amp;Delegated by:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mis. Keputusan Wali Kota … Nomor … tentang Pelimpahan Kewenangan …</source>
        <translation>e.g. Keputusan Wali Kota … Nomor … tentang Pelimpahan Kewenangan …</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Masa dan nomor perjanjian</source>
        <translation>Contract term and number</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Masa PPPK Paruh &amp;Waktu, bawaan:</source>
        <translation>Part-time PPPK term, &amp;default:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>… paling singkat:</source>
        <translation>… shortest:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>… paling lama:</source>
        <translation>… longest:</translation>
    </message>
    <message>
        <location line="+4" />
        <source> bulan</source>
        <translation> months</translation>
    </message>
    <message>
        <location line="+7" />
        <source>tanggal pertama dicetak</source>
        <translation>the day it is first printed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tanggal mulai perjanjian</source>
        <translation>the contract's start date</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Bulan dan tahun nomor perjanjian yang belum punya tanggal penandatanganan; bila tanggal penandatanganan diisi, itulah yang dipakai.</source>
        <translation>Month and year in the number of a contract that has no signing date yet; once the signing date is set, that is used.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Bulan/tahun n&amp;omor dari:</source>
        <translation>Number's m&amp;onth/year from:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Perjanjian kerja</source>
        <translation>Work contracts</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Pola nomor P&amp;PPK:</source>
        <translation>PPPK n&amp;umber pattern:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pola nomor PPPK Paruh &amp;Waktu:</source>
        <translation>PPPK Paruh &amp;Waktu number pattern:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>kosongkan bila sama dengan pola PPPK</source>
        <translation>leave empty to use the PPPK pattern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Penanda: {seq} nomor urut, {year} tahun, {month} bulan (01–12), {roman_month} bulan dalam angka Romawi (I–XII).</source>
        <translation>Placeholders: {seq} sequence number, {year} year, {month} month (01–12), {roman_month} month in Roman numerals (I–XII).</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Ukuran kertas:</source>
        <translation>Paper si&amp;ze:</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Pilih &amp;gambar…</source>
        <translation>Choose &amp;image…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Hapus logo</source>
        <translation>Re&amp;move logo</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <location line="+35" />
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Memakai pola PPPK.</source>
        <translation>Uses the PPPK pattern.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Contoh: {number}</source>
        <translation>Example: {number}</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Berkas '{name}' bukan gambar yang dapat dibaca.</source>
        <translation>The file '{name}' is not a readable image.</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Ubah pengaturan instansi</source>
        <translation>Change office settings</translation>
    </message>
</context>
<context>
    <name>OrganizationActions</name>
    <message>
        <location filename="../../gui/features/organization_actions.py" line="+34" />
        <source>Unit &amp;kerja dan jabatan…</source>
        <translation>Work &amp;units and positions…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lihat dan tambah unit kerja (OPD, sekolah, puskesmas, kelurahan) dan jabatan</source>
        <translation>View and add work units (OPD, schools, puskesmas, kelurahan) and positions</translation>
    </message>
</context>
<context>
    <name>OrganizationCommands</name>
    <message>
        <location filename="../../gui/dialogs/organization/commands.py" line="+156" />
        <source>Tambah unit {name}</source>
        <translation>Add unit {name}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ubah unit {name}</source>
        <translation>Change unit {name}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hapus unit {name}</source>
        <translation>Delete unit {name}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tambah jabatan {name}</source>
        <translation>Add position {name}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ubah jabatan {name}</source>
        <translation>Change position {name}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hapus jabatan {name}</source>
        <translation>Delete position {name}</translation>
    </message>
</context>
<context>
    <name>OrganizationDialog</name>
    <message>
        <location filename="../../gui/dialogs/organization/dialog.py" line="+34" />
        <source>Unit kerja dan jabatan</source>
        <translation>Work units and positions</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pegawai ditempatkan pada unit kerja dan memangku jabatan yang tercatat di sini. Impor daftar pegawai juga menambahkannya dengan sendirinya.</source>
        <translation>Employees are placed in the work units and hold the positions recorded here. Importing a roster also adds them by itself.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Unit kerja</source>
        <translation>Work &amp;units</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Jabatan</source>
        <translation>&amp;Positions</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ulangi</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>PayTablesDialog</name>
    <message>
        <location filename="../../gui/dialogs/pay_tables.py" line="+38" />
        <source>Tabel gaji dan upah</source>
        <translation>Salary and wage tables</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kelompok jabatan</source>
        <translation>Position group</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Upah sebulan</source>
        <translation>Monthly wage</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Impor dari Excel…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Tulis ke Excel untuk diisi…</source>
        <translation>&amp;Write to Excel to fill in…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;Gaji pokok PPPK&lt;/b&gt; ({source})</source>
        <translation>&lt;b&gt;PPPK basic salary&lt;/b&gt; ({source})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&lt;b&gt;Upah PPPK Paruh Waktu&lt;/b&gt; (menurut unit kerja, atau kelompok jabatan)</source>
        <translation>&lt;b&gt;Part-time PPPK wage&lt;/b&gt; (by work unit, or by position group)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{count} sel diisi instansi (golongan {golongan}); golongan lain memakai gaji terendah untuk masa kerja 0 tahun dan rentang terendah–tertinggi untuk memeriksa.</source>
        <translation>{count} cells entered by the office (golongan {golongan}); other golongan use the lowest salary for 0 years of service and the lowest–highest range for checks.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Belum ada sel yang diisi instansi: perjanjian baru diusulkan gaji terendah golongannya untuk masa kerja 0 tahun, dan gaji yang diketik diperiksa terhadap rentang terendah–tertinggi. Tulis ke Excel, isi lembar 'Gaji PPPK' dari lampiran Perpres, lalu impor.</source>
        <translation>No cells entered by the office yet: new contracts are offered the lowest salary of their golongan for 0 years of service, and a typed salary is checked against the lowest–highest range. Write to Excel, fill the 'Gaji PPPK' sheet from the Perpres annex, then import.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Tabel tidak diimpor</source>
        <translation>Tables not imported</translation>
    </message>
    <message>
        <location line="+4" />
        <source>gaji pokok PPPK: {count} sel</source>
        <translation>PPPK basic salary: {count} cells</translation>
    </message>
    <message>
        <location line="+2" />
        <source>upah PPPK Paruh Waktu: {count} baris</source>
        <translation>part-time PPPK wage: {count} rows</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Disimpan dari {name}: {parts}.</source>
        <translation>Saved from {name}: {parts}.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Ditulis ke {path}.</source>
        <translation>Written to {path}.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Impor tabel gaji dan upah</source>
        <translation>Import salary and wage tables</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+6" />
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Tulis tabel gaji dan upah</source>
        <translation>Write salary and wage tables</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../gui/dialogs/contract_preview.py" line="+23" />
        <source>Tekan Pratinjau untuk melihat perjanjian pertama sebelum mencetak.</source>
        <translation>Press Preview to see the first contracts before printing.</translation>
    </message>
</context>
<context>
    <name>PositionsPage</name>
    <message>
        <location filename="../../gui/dialogs/organization/positions_page.py" line="+69" />
        <source>Cari jabatan…</source>
        <translation>Search positions…</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Jenjang</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1" />
        <source>BUP</source>
        <translation>Retirement age</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pemangku aktif</source>
        <translation>Active holders</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Belum ada jabatan. Tambahkan jabatan yang dipangku pegawai, mis. Guru Ahli Pertama atau Pengadministrasi Perkantoran.</source>
        <translation>No positions yet. Add the positions employees hold, e.g. Guru Ahli Pertama or Pengadministrasi Perkantoran.</translation>
    </message>
    <message>
        <location line="+20" />
        <location line="+186" />
        <source>Tambah jabatan</source>
        <translation>Add position</translation>
    </message>
    <message>
        <location line="-181" />
        <source>&amp;Nama jabatan:</source>
        <translation>Position &amp;name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mis. Guru Ahli Pertama</source>
        <translation>e.g. Guru Ahli Pertama</translation>
    </message>
    <message>
        <location line="+1" />
        <source>J&amp;enis jabatan:</source>
        <translation>Position &amp;kind:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Kelompok:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Jenjan&amp;g:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>— pilih jenjang —</source>
        <translation>— choose a level —</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;BUP:</source>
        <translation>&amp;Retirement age:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>— menurut jenjang —</source>
        <translation>— by level —</translation>
    </message>
    <message>
        <location line="+1" />
        <source> tahun</source>
        <translation>years</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batas usia pensiun. Biarkan bawaannya kecuali jabatan ini diatur lain oleh undang-undangnya.</source>
        <translation>Retirement age (BUP). Keep the default unless the law for this position sets another.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Peran Anda hanya dapat melihat; jabatan ditambahkan dan diubah oleh operator atau admin.</source>
        <translation>Your role can only view; positions are added and changed by an operator or an admin.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Tambah jabatan</source>
        <translation>&amp;Add position</translation>
    </message>
    <message>
        <location line="+146" />
        <source>Ubah jabatan</source>
        <translation>Change position</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Perubahan jabatan {name} disimpan.</source>
        <translation>Changes to position {name} saved.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Hapus jabatan {name}? Jabatan yang masih dipangku pegawai, tercatat di formasi atau riwayat jabatan tidak dapat dihapus. Dapat diurungkan dengan Ctrl+Z.</source>
        <translation>Delete position {name}? A position still held by employees, recorded in formations or in position histories cannot be deleted. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hapus jabatan</source>
        <translation>Delete position</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Jabatan {name} dihapus. Urungkan dengan Ctrl+Z bila keliru.</source>
        <translation>Position {name} deleted. Undo with Ctrl+Z if that was a mistake.</translation>
    </message>
    <message>
        <location line="-145" />
        <source>{bup} (khusus)</source>
        <translation>{bup} (own)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Diisi khusus untuk jabatan ini; bawaannya berbeda.</source>
        <translation>Set for this position only; the default differs.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Wajib untuk jabatan fungsional: BUP bergantung padanya.</source>
        <translation>Required for functional positions: the retirement age depends on it.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hanya untuk jabatan fungsional.</source>
        <translation>Only for functional positions.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Bawaan mengikuti jenjang: pilih jenjangnya dulu.</source>
        <translation>The default follows the level: choose the level first.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Bawaan untuk pilihan ini {default} tahun; diisi lain khusus untuk jabatan ini.</source>
        <translation>The default for this choice is {default} years; set differently for this position only.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Bawaan untuk pilihan ini: {default} tahun (PP 11/2017; guru menurut UU 14/2005).</source>
        <translation>Default for this choice: {default} years (PP 11/2017; teachers by UU 14/2005).</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Jabatan {name} ditambahkan (BUP {bup} tahun).</source>
        <translation>Position {name} added (retirement age {bup}).</translation>
    </message>
</context>
<context>
    <name>PpkPage</name>
    <message>
        <location filename="../../gui/dialogs/first_run/ppk_page.py" line="+27" />
        <source>Pejabat Pembina Kepegawaian (PPK)</source>
        <translation>Pejabat Pembina Kepegawaian (PPK)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pihak kesatu yang menandatangani perjanjian kerja: Bupati/Wali Kota, atau pejabat yang menandatangani atas nama PPK.</source>
        <translation>The first party who signs the work contracts: the Bupati/Wali Kota, or an official signing on the PPK's behalf.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Nama:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>nama lengkap dengan gelar</source>
        <translation>full name with titles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NI&amp;P:</source>
        <translation>NI&amp;P:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>18 angka; kosongkan bila PPK bukan PNS</source>
        <translation>18 digits; leave empty when the PPK is not a PNS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Jabatan:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+0" />
        <source>mis. Wali Kota … atau Sekretaris Daerah …</source>
        <translation>e.g. Wali Kota … or Sekretaris Daerah …</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kota pena&amp;ndatanganan:</source>
        <translation>Signing &amp;city:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tempat perjanjian ditandatangani</source>
        <translation>where the contracts are signed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nama dan NIP boleh dikosongkan sekarang dan diisi nanti lewat Berkas &gt; Pengaturan Instansi, sebelum perjanjian pertama dicetak.</source>
        <translation>Name and NIP may be left empty now and filled in later under File &gt; Office settings, before the first contract is printed.</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Isi ibu kota {regency} (mis. Kuala Kapuas untuk Kabupaten Kapuas): daftar Kemendagri tidak memuatnya.</source>
        <translation>Enter the capital of {regency} (e.g. Kuala Kapuas for Kabupaten Kapuas): the Kemendagri list does not include it.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../gui/dialogs/preferences.py" line="+20" />
        <source>Preferensi</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Jendela dibuka ulang dalam bahasa yang dipilih; riwayat urungkan (Ctrl+Z) dikosongkan.</source>
        <translation>The window reopens in the chosen language; the undo history (Ctrl+Z) is cleared.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Bahasa:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Batal</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../gui/dialogs/import_wizard/preview_page.py" line="+30" />
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hasil setiap baris bila berkas diimpor. Belum ada yang disimpan; baris yang ditolak tidak diimpor dan dapat diperbaiki lalu diimpor lagi.</source>
        <translation>What each row would become if the file is imported. Nothing is saved yet; rejected rows are not imported and can be fixed and imported again.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Hanya yang bermasalah</source>
        <translation>Only rows with problems</translation>
    </message>
    <message>
        <location line="+19" />
        <source>&amp;Buat unit kerja, jabatan, dan kecamatan yang belum dikenal</source>
        <translation>&amp;Create the units, jabatan and kecamatan not known yet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tanpa centang, baris dengan unit kerja atau jabatan yang belum ada ditolak dan nama terdekat yang sudah ada ditampilkan: biasanya salah ketik. Centang bila nama-nama itu memang baru.</source>
        <translation>Unticked, rows with a work unit or position that does not exist yet are rejected and the nearest existing name is shown: usually a typing slip. Tick it when the names really are new.</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Membaca dan memeriksa baris…</source>
        <translation>Reading and checking rows…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Membaca baris…</source>
        <translation>Reading rows…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Memeriksa baris…</source>
        <translation>Checking rows…</translation>
    </message>
    <message>
        <location line="+56" />
        <source>Tidak ada baris data di bawah baris judul.</source>
        <translation>There are no data rows below the header row.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tidak ada baris yang akan ditambahkan atau diubah.</source>
        <translation>No rows would be added or changed.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{rows} baris diperiksa. Tekan Impor untuk menyimpan baris yang diterima.</source>
        <translation>{rows} rows checked. Press Import to save the accepted rows.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Pratinjau gagal</source>
        <translation>Preview failed</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Pratinjau dibatalkan.</source>
        <translation>Preview cancelled.</translation>
    </message>
</context>
<context>
    <name>PrintContractsDialog</name>
    <message>
        <location filename="../../gui/dialogs/contract_print.py" line="+58" />
        <source>Cetak perjanjian kerja</source>
        <translation>Print work contracts</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Berkas</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Juga satu PDF per orang, dalam folder per unit kerja</source>
        <translation>Also one PDF per person, in a folder per work unit</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Daftar hadir penandatanganan (PDF)</source>
        <translation>Signing attendance list (PDF)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Daftar yang dicetak (Excel)</source>
        <translation>List of the printed contracts (Excel)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>PDF gabungan (urut unit kerja, lalu nama):</source>
        <translation>Merged PDF (by work unit, then name):</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%v dari %m perjanjian</source>
        <translation>%v of %m contracts</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Buka berkas</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Pratinjau</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Cetak</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+73" />
        <source>{count} perjanjian akan dicetak. Yang belum bernomor diberi nomor menurut pola instansi saat dicetak.</source>
        <translation>{count} contracts will be printed. Those without a number are numbered by the office's pattern when printed.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Simpan PDF gabungan</source>
        <translation>Save merged PDF</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Menyiapkan pratinjau…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Pratinjau {contracts} perjanjian pertama ({pages} halaman), dengan nomor yang akan diberikan; kode QR dibubuhkan saat dicetak.</source>
        <translation>Preview of the first {contracts} contracts ({pages} pages), with the numbers they will get; the QR code is added when printed.</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Menyiapkan nomor dan kunci segel…</source>
        <translation>Preparing numbers and the seal key…</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Membatalkan; menghentikan proses dan menghapus berkas…</source>
        <translation>Cancelling; stopping the workers and removing files…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Mencetak {done} dari {total} perjanjian…</source>
        <translation>Printing {done} of {total} contracts…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Selesai: {contracts} perjanjian, {pages} halaman, dalam {seconds} detik; {numbered} baru diberi nomor.</source>
        <translation>Done: {contracts} contracts, {pages} pages, in {seconds} seconds; {numbered} newly numbered.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>{count} berkas per orang.</source>
        <translation>{count} files per person.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Daftar hadir: {pages} halaman.</source>
        <translation>Attendance list: {pages} pages.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Perhatian: {count} perjanjian yang sudah ditandatangani dicetak sesuai naskah saat ditandatangani, padahal data pegawainya sudah berubah sejak itu.</source>
        <translation>Note: {count} signed contracts were printed as they were signed, although their employees' records have changed since.</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Gagal: {error}</source>
        <translation>Failed: {error}</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Dibatalkan. Tidak ada berkas yang tertinggal dan tidak ada perjanjian yang diberi nomor atau ditandai dicetak.</source>
        <translation>Cancelled. No files were left behind and no contract was numbered or marked printed.</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../../gui/table_models/exchange_offices.py" line="-2" />
        <source>exchange</source>
        <comment>Kantor</comment>
        <translation>exchange</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../../gui/session.py" line="+66" />
        <source>Basis data rusak</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pulihkan cadangan terbaru yang utuh ({when})? Berkas yang rusak disalin dulu ke folder cadangan.</source>
        <translation>Restore the newest sound backup ({when})? The damaged file is first copied to the backup folder.</translation>
    </message>
    <message>
        <location filename="../../gui/launch.py" line="+155" />
        <source>Basis data tidak dapat dibuka</source>
        <translation>The database cannot be opened</translation>
    </message>
</context>
<context>
    <name>RecordHistoryTable</name>
    <message>
        <location filename="../../gui/widgets/record_history.py" line="+16" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Perubahan</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../gui/dialogs/organization/record_page.py" line="+41" />
        <source>Tidak ada yang berubah.</source>
        <translation>Nothing changed.</translation>
    </message>
</context>
<context>
    <name>RenewContractsDialog</name>
    <message>
        <location filename="../../gui/dialogs/contract_renew.py" line="+42" />
        <source>Perpanjang perjanjian kerja</source>
        <translation>Renew work contracts</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Setiap perpanjangan menjadi perjanjian baru berstatus draf, tertaut pada perjanjian lamanya, dengan masa baku (5 tahun PPPK, 1 tahun PPPK Paruh Waktu) dan paling lama sampai akhir bulan BUP. Gaji/upah dan jam kerja mengikuti perjanjian lama.</source>
        <translation>Each renewal becomes a new draft contract, linked to the old one, with the standard term (5 years PPPK, 1 year PPPK Paruh Waktu) and at most until the end of the BUP month. Salary/wage and working hours follow the old contract.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Semua mulai pada tanggal:</source>
        <translation>All start on:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>(tanpa centang: sehari sesudah perjanjian lama berakhir)</source>
        <translation>(unchecked: the day after the old contract ends)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>NI PPPK</source>
        <translation>NI PPPK</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Berakhir</source>
        <translation>Ends</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Mulai baru</source>
        <translation>New start</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Selesai baru</source>
        <translation>New end</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Bulan</source>
        <translation>Months</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Perpanjang</source>
        <translation>Renew</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+25" />
        <source>dibatasi akhir bulan BUP</source>
        <translation>capped at the end of the BUP month</translation>
    </message>
    <message>
        <location line="+15" />
        <source>{ok} perjanjian akan diperpanjang.</source>
        <translation>{ok} contracts will be renewed.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{blocked} tidak dapat diperpanjang (lihat keterangan) dan dilewati.</source>
        <translation>{blocked} cannot be renewed (see the notes) and are skipped.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Perpanjang {count} perjanjian</source>
        <translation>Renew {count} contracts</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../gui/features/report_actions.py" line="+39" />
        <source>&amp;Impor daftar pegawai (Excel)…</source>
        <translation>&amp;Import employee list (Excel)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Rekap pegawai (Excel)…</source>
        <translation>Employee &amp;recap (Excel)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Ekspor format SIASN (Excel)…</source>
        <translation>&amp;Export in SIASN layout (Excel)…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Impor Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Impor daftar pegawai dari berkas Excel, ODS, atau CSV</source>
        <translation>Import the employee list from an Excel, ODS or CSV file</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Membuat rekap pegawai…</source>
        <translation>Building the employee recap…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Rekap pegawai</source>
        <translation>Employee recap</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Rekap pegawai aktif: {employees} pegawai, {sheets} lembar.</source>
        <translation>Recap of active employees: {employees} employees, {sheets} sheets.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Mengekspor data pegawai format SIASN…</source>
        <translation>Exporting employees in the SIASN layout…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ekspor SIASN</source>
        <translation>SIASN export</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{employees} pegawai diekspor dalam susunan kolom SIASN.</source>
        <translation>{employees} employees exported in SIASN's column layout.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+14" />
        <source>{title} gagal</source>
        <translation>{title} failed</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{title} dibatalkan; tidak ada berkas yang dibuat.</source>
        <translation>{title} cancelled; no file was made.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Disimpan di {path}</source>
        <translation>Saved in {path}</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Buka &amp;berkas</source>
        <translation>Open &amp;file</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Buka &amp;folder</source>
        <translation>Open f&amp;older</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Simpan rekap pegawai</source>
        <translation>Save employee recap</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Simpan ekspor SIASN</source>
        <translation>Save SIASN export</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Buku kerja Excel (*.xlsx);;CSV titik koma (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;Semicolon CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>RosterPreviewModel</name>
    <message>
        <location filename="../../gui/table_models/roster_preview.py" line="+29" />
        <source>baru</source>
        <translation>new</translation>
    </message>
    <message>
        <location line="+0" />
        <source>diubah</source>
        <translation>changed</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tetap</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location line="+12" />
        <source>berubah: {fields}</source>
        <translation>changed: {fields}</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+0" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Masalah / catatan</source>
        <translation>Problems / notes</translation>
    </message>
</context>
<context>
    <name>SafetyActions</name>
    <message>
        <location filename="../../gui/features/safety_actions.py" line="+29" />
        <source>&amp;Cadangan basis data…</source>
        <translation>Database &amp;backups…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pen&amp;gguna…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Log &amp;audit…</source>
        <translation>&amp;Audit log…</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Templat perjanjian…</source>
        <translation>Contract &amp;templates…</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <location filename="../../gui/features/session_actions.py" line="+42" />
        <source>Ganti kata &amp;sandi saya…</source>
        <translation>Change my pass&amp;word…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Keluar a&amp;kun</source>
        <translation>Sign o&amp;ut</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tutup sesi ini dan masuk sebagai pengguna lain</source>
        <translation>End this session and sign in as another user</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Masuk sebagai: {username} ({role})</source>
        <translation>Signed in as: {username} ({role})</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Kata sandi Anda sudah diganti.</source>
        <translation>Your password has been changed.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../gui/dialogs/sign_in.py" line="-80" />
        <source>Masuk — SIMPEG Luring</source>
        <translation>Sign in — SIMPEG Luring</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Masuk</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../gui/dialogs/first_run/start_page.py" line="+25" />
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pilih cara mulai. Pengaturan di bawah disimpan saat Anda menekan Simpan dan mulai.</source>
        <translation>Choose how to start. The settings below are saved when you press Save and start.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Mulai dengan &amp;data kosong</source>
        <translation>Start with an &amp;empty database</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tambahkan unit kerja dan pegawai sendiri, satu per satu atau lewat impor nanti.</source>
        <translation>Add work units and employees yourself, one by one or by importing later.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Impor daftar pegawai dari Excel sekarang</source>
        <translation>&amp;Import the employee list from Excel now</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Setelah ini jendela impor terbuka: pilih berkas .xlsx/.xls/.ods/.csv berkolom NIP dan nama.</source>
        <translation>The import window opens next: choose an .xlsx/.xls/.ods/.csv file with NIP and name columns.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Lihat dulu dengan data &amp;contoh</source>
        <translation>Look around first with sample &amp;data</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Membuka basis data contoh terpisah berisi pegawai rekaan, dengan akun admin yang sama. Basis data Anda tetap menyimpan pengaturan ini; buka lagi lewat Berkas &gt; Buka basis data.</source>
        <translation>Opens a separate sample database of fictitious employees, with the same admin account. Your own database keeps these settings; open it again with File &gt; Open database.</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Yang akan disimpan</source>
        <translation>What will be saved</translation>
    </message>
    <message>
        <location line="+29" />
        <source>(belum diisi)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>, NIP {nip}</source>
        <translation>, NIP {nip}</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Instansi</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+0" />
        <source>{regency} ({code}), {count} kecamatan</source>
        <translation>{regency} ({code}), {count} kecamatan</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PPK</source>
        <translation>PPK</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Jabatan PPK</source>
        <translation>PPK title</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kota penandatanganan</source>
        <translation>Signing city</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomor PPPK pertama</source>
        <translation>First PPPK number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomor PPPK Paruh Waktu</source>
        <translation>PPPK Paruh Waktu number</translation>
    </message>
    <message>
        <location line="+1" />
        <source>memakai pola PPPK</source>
        <translation>uses the PPPK pattern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kertas</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
</context>
<context>
    <name>TableTab</name>
    <message>
        <location filename="../../gui/tabs/table_tab.py" line="+113" />
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Cari…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>{total} baris</source>
        <translation>{total} rows</translation>
    </message>
    <message>
        <location line="+68" />
        <source>Belum ada data.</source>
        <translation>No data yet.</translation>
    </message>
    <message>
        <location line="+126" />
        <source>Tidak ada yang cocok dengan pencarian atau filter.</source>
        <translation>Nothing matches the search or filters.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ubah kata pencarian atau pilihan filter, atau hapus semuanya untuk melihat semua baris.</source>
        <translation>Change the search words or filters, or clear them all to see every row.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hapus pencarian dan filter</source>
        <translation>Clear search and filters</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <location filename="../../gui/widgets/unit_picker.py" line="+29" />
        <source>Semua unit kerja</source>
        <translation>All work units</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Pilih unit kerja dari daftar yang muncul saat mengetik</source>
        <translation>Choose a work unit from the list shown while typing</translation>
    </message>
</context>
<context>
    <name>UnitTree</name>
    <message>
        <location filename="../../gui/dialogs/organization/unit_tree.py" line="+33" />
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Pegawai aktif</source>
        <translation>Active employees</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../../gui/dialogs/organization/units_page.py" line="+66" />
        <source>Cari unit kerja…</source>
        <translation>Search work units…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Belum ada unit kerja. Mulailah dengan OPD-nya (mis. Dinas Pendidikan), lalu tambahkan sekolah, puskesmas atau kelurahan di bawahnya.</source>
        <translation>No work units yet. Start with the OPD (e.g. Dinas Pendidikan), then add the schools, puskesmas or kelurahan beneath it.</translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+158" />
        <source>Tambah unit kerja</source>
        <translation>Add work unit</translation>
    </message>
    <message>
        <location line="-153" />
        <source>&amp;Nama unit:</source>
        <translation>Unit &amp;name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>mis. SD Negeri 1 Pahandut</source>
        <translation>e.g. SD Negeri 1 Pahandut</translation>
    </message>
    <message>
        <location line="+1" />
        <source>J&amp;enis:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Unit &amp;induk:</source>
        <translation>&amp;Parent unit:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Kecamatan:</source>
        <translation>Ke&amp;camatan:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Peran Anda hanya dapat melihat; unit kerja ditambahkan dan diubah oleh operator atau admin.</source>
        <translation>Your role can only view; work units are added and changed by an operator or an admin.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Tambah unit</source>
        <translation>&amp;Add unit</translation>
    </message>
    <message>
        <location line="+47" />
        <source>— tidak ada (unit teratas) —</source>
        <translation>— none (top unit) —</translation>
    </message>
    <message>
        <location line="+11" />
        <source>— tidak diisi —</source>
        <translation>— not set —</translation>
    </message>
    <message>
        <location line="+44" />
        <source>{kind} {name} ditambahkan di bawah {parent}.</source>
        <translation>{kind} {name} added under {parent}.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>{kind} {name} ditambahkan.</source>
        <translation>{kind} {name} added.</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Ubah unit kerja</source>
        <translation>Change work unit</translation>
    </message>
    <message>
        <location line="+26" />
        <source>Perubahan unit {name} disimpan.</source>
        <translation>Changes to unit {name} saved.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Hapus unit kerja</source>
        <translation>Delete work unit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hapus {kind} {name}? Unit yang masih dipakai pegawai, unit lain atau formasi tidak dapat dihapus. Dapat diurungkan dengan Ctrl+Z.</source>
        <translation>Delete {kind} {name}? A unit still used by employees, other units or formations cannot be deleted. Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>{kind} {name} dihapus. Urungkan dengan Ctrl+Z bila keliru.</source>
        <translation>{kind} {name} deleted. Undo with Ctrl+Z if that was a mistake.</translation>
    </message>
    <message>
        <location line="+29" />
        <source>OPD berada di puncak: tanpa unit induk.</source>
        <translation>An OPD is at the top: no parent unit.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sekolah dan puskesmas di bawah dinasnya; kelurahan di bawah kecamatannya.</source>
        <translation>Schools and puskesmas go under their dinas; kelurahan under their kecamatan.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../gui/dialogs/users.py" line="+10" />
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Admin: pengaturan, pengguna, pemulihan cadangan · Operator: data, cetak, impor · Peninjau: melihat, rekap, ekspor</source>
        <translation>Admin: settings, users, restoring backups · Operator: records, printing, imports · Viewer: reading, recaps, exports</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Tambah…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Ubah peran</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+84" />
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location line="-60" />
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Pengguna {name} ditambahkan.</source>
        <translation>User {name} added.</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Peran {name} sekarang {role}.</source>
        <translation>{name}'s role is now {role}.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Kata sandi {name} diganti.</source>
        <translation>{name}'s password was changed.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Keadaan {name} diubah.</source>
        <translation>{name}'s state was changed.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Aktifkan</source>
        <translation>Activate</translation>
    </message>
</context>
<context>
    <name>VerifyContractDialog</name>
    <message>
        <location filename="../../gui/dialogs/contract_verify.py" line="+41" />
        <source>Periksa keaslian perjanjian kerja</source>
        <translation>Verify a work contract</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pindai kode QR pada perjanjian dengan pemindai (atau aplikasi pemindai) lalu tempel isinya di sini. Pemeriksaan berjalan tanpa internet dengan kunci instansi.</source>
        <translation>Scan the QR code on the contract with a scanner (or a scanner app) and paste its content here. The check runs offline with the office's key.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Tempel isi kode QR di sini…</source>
        <translation>Paste the QR code's content here…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Periksa</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Nomor:</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NI PPPK:</source>
        <translation>NI PPPK:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nama:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Masa perjanjian:</source>
        <translation>Term:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status sekarang:</source>
        <translation>Current status:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Tempel isi kode QR dahulu.</source>
        <translation>Paste the QR code's content first.</translation>
    </message>
    <message>
        <location line="+17" />
        <source>TIDAK SAH: {reason}</source>
        <translation>NOT VALID: {reason}</translation>
    </message>
    <message>
        <location line="+2" />
        <source>SAH, tetapi berbeda dengan data sekarang</source>
        <translation>VALID, but different from the current records</translation>
    </message>
    <message>
        <location line="+2" />
        <source>SAH: kertas ini dikeluarkan oleh instansi ini</source>
        <translation>VALID: this paper was issued by this office</translation>
    </message>
    <message>
        <location line="+4" />
        <source>(tidak terjamin) </source>
        <translation>(not guaranteed)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>{start} s.d. {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <location line="+5" />
        <source>tidak ada di basis data ini</source>
        <translation>not in this database</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../gui/dialogs/first_run/welcome_page.py" line="+15" />
        <source>Selamat datang di SIMPEG Luring</source>
        <translation>Welcome to SIMPEG Luring</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sebelum mulai, siapkan instansi Anda. Ini cukup sekali dan memakan waktu sekitar dua menit.</source>
        <translation>Before you start, set up your office. This is needed only once and takes about two minutes.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Instansi</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+0" />
        <source>pilih kabupaten/kota Anda dari daftar Kemendagri; kecamatannya ikut serta.</source>
        <translation>choose your regency/city from the Kemendagri list; its kecamatan come with it.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Pejabat Pembina Kepegawaian</source>
        <translation>Pejabat Pembina Kepegawaian</translation>
    </message>
    <message>
        <location line="+0" />
        <source>siapa yang menandatangani perjanjian kerja.</source>
        <translation>who signs the work contracts.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nomor perjanjian kerja</source>
        <translation>Work contract numbers</translation>
    </message>
    <message>
        <location line="+0" />
        <source>pola nomor surat yang dipakai kantor Anda.</source>
        <translation>the letter number pattern your office uses.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Akun admin</source>
        <translation>Admin account</translation>
    </message>
    <message>
        <location line="+0" />
        <source>akun Anda untuk masuk dan menambah pengguna lain.</source>
        <translation>your account for signing in and adding other users.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0" />
        <source>dengan data kosong, dengan impor daftar pegawai dari Excel, atau melihat data contoh dulu.</source>
        <translation>with an empty database, by importing the employee list from Excel, or by looking at sample data first.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Anda akan mengisi:</source>
        <translation>You will fill in:</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Semua data tersimpan hanya di komputer ini, dalam berkas:
{location}

Program ini bekerja tanpa internet. Semua isian dapat diubah nanti lewat Berkas &gt; Pengaturan Instansi.</source>
        <translation>All data is stored only on this computer, in the file:
{location}

The program works without internet. Everything you enter can be changed later under File &gt; Office settings.</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <location filename="../../gui/dialogs/about.py" line="-31" />
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location line="+1" />
        <source>{total} tercatat, {active} aktif ({parts})</source>
        <translation>{total} recorded, {active} active ({parts})</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Formasi</source>
        <translation>Formations</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Perjanjian kerja</source>
        <translation>Work contracts</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Dibangun dengan</source>
        <translation>Built with</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Kepegawaian BKPSDM tanpa internet: pegawai, formasi, dan perjanjian kerja PPPK.</source>
        <translation>BKPSDM personnel records without internet: employees, formations and PPPK work contracts.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Huruf Liberation Serif yang disertakan untuk mencetak perjanjian kerja berlisensi SIL Open Font License 1.1 (lihat resources/fonts/LICENSE-LiberationSerif.txt). Program ini berlisensi MIT.</source>
        <translation>The bundled Liberation Serif fonts used to print work contracts are licensed under the SIL Open Font License 1.1 (see resources/fonts/LICENSE-LiberationSerif.txt). This program is licensed under the MIT licence.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../gui/errors.py" line="+20" />
        <source>Terjadi kesalahan yang tidak terduga: {error}</source>
        <translation>An unexpected error occurred: {error}</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Tidak dapat dilanjutkan</source>
        <translation>Cannot continue</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <location filename="../../gui/table_models/exchange_offices.py" line="+44" />
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
</context>
<context>
    <name>file_dialogs</name>
    <message>
        <location filename="../../gui/file_dialogs.py" line="+20" />
        <source>Basis data SIMPEG (*.sqlite *.db);;Semua berkas (*)</source>
        <translation>SIMPEG databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Buka basis data</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Basis data baru</source>
        <translation>New database</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Pilih logo</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gambar (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
</context>
<context>
    <name>nip_hint</name>
    <message>
        <location filename="../../gui/widgets/nip_hint.py" line="+25" />
        <source>laki-laki</source>
        <translation>male</translation>
    </message>
    <message>
        <location line="+0" />
        <source>perempuan</source>
        <translation>female</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lahir {born}, TMT CPNS {tmt}, {sex}, nomor urut {seq}.</source>
        <translation>Born {born}, TMT CPNS {tmt}, {sex}, sequence {seq}.</translation>
    </message>
</context>
</TS>
