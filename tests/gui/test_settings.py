"""The program's settings file: typed options with defaults, recent databases, header layouts."""

from __future__ import annotations

from gui.settings import MAX_RECENT, Settings


def test_options_have_their_defaults_before_anything_is_saved(tmp_path) -> None:
    settings = Settings(tmp_path / "simpeg.ini")
    assert settings.language == "id"
    assert settings.recent_databases == ()
    assert settings.last_database == ""
    assert settings.window_geometry == b""
    assert settings.current_tab == 0
    assert settings.header_state("employees") == b""


def test_values_survive_a_new_settings_object_on_the_same_file(tmp_path) -> None:
    path = tmp_path / "folder" / "simpeg.ini"
    settings = Settings(path)
    settings.language = "en"
    settings.current_tab = 2
    settings.window_geometry = b"\x01\x02\x00\xff"
    settings.set_header_state("contracts", b"\x00header\x00")
    settings.add_recent_database(tmp_path / "satu.sqlite")
    settings.sync()
    assert path.is_file()

    again = Settings(path)
    assert again.language == "en"
    assert again.current_tab == 2
    assert again.window_geometry == b"\x01\x02\x00\xff"
    assert again.header_state("contracts") == b"\x00header\x00"
    # A single recent file comes back as a one-item list, not as a string split into letters.
    assert again.recent_databases == (str(tmp_path / "satu.sqlite"),)
    assert again.last_database == str(tmp_path / "satu.sqlite")


def test_recent_databases_put_the_latest_first_without_repeats_and_keep_eight(tmp_path) -> None:
    settings = Settings(tmp_path / "simpeg.ini")
    for i in range(10):
        settings.add_recent_database(f"/data/{i}.sqlite")
    settings.add_recent_database("/data/5.sqlite")
    recent = settings.recent_databases
    assert len(recent) == MAX_RECENT
    assert recent[:3] == ("/data/5.sqlite", "/data/9.sqlite", "/data/8.sqlite")
    assert recent.count("/data/5.sqlite") == 1
    settings.remove_recent_database("/data/5.sqlite")
    assert "/data/5.sqlite" not in settings.recent_databases
    assert settings.last_database == ""


def test_a_damaged_value_falls_back_to_the_default(tmp_path) -> None:
    path = tmp_path / "simpeg.ini"
    path.write_text("[window]\ntab=dua\n", encoding="utf-8")
    assert Settings(path).current_tab == 0


def test_settings_without_a_file_stay_in_memory(tmp_path) -> None:
    settings = Settings(None)
    settings.language = "en"
    settings.add_recent_database("/data/a.sqlite")
    assert settings.language == "en" and settings.recent_databases == ("/data/a.sqlite",)
    assert Settings(None).language == "id"
    assert list(tmp_path.iterdir()) == []


def test_a_roster_mapping_is_remembered_for_the_same_headers(tmp_path) -> None:
    from gui.settings import Settings

    settings = Settings(tmp_path / "simpeg.ini")
    headers = ["No", "NIP Baru", "Nama", "Sts"]
    assert settings.roster_mapping(headers) is None
    settings.remember_roster_mapping(headers, {1: "nip", 2: "name", 3: "status"}, {"kecamatan": "Pahandut"})
    settings.sync()
    again = Settings(tmp_path / "simpeg.ini")
    assert again.roster_mapping(["no", " NIP  baru", "NAMA", "sts"]) == (
        {1: "nip", 2: "name", 3: "status"}, {"kecamatan": "Pahandut"})  # case and spacing do not matter
    assert again.roster_mapping(["No", "NIP Baru", "Nama", "Status"]) is None  # other headers: guessed again


def test_files_are_saved_to_documents_then_to_the_folder_last_used(tmp_path) -> None:
    from gui.file_dialogs import documents_folder, output_folder, remember_output
    from gui.settings import Settings

    settings = Settings(None)
    assert output_folder(settings) == documents_folder()
    remember_output(settings, tmp_path / "rekap.xlsx")
    assert output_folder(settings) == tmp_path
    remember_output(settings, tmp_path / "hilang" / "rekap.xlsx")  # a folder that is not there is not kept
    assert output_folder(settings) == tmp_path
