"""Language detection: English by its common words; Malay or Indonesian by the words only one of
them uses, with the dateline agency as a prior."""

from __future__ import annotations

import pytest

from newsparse import parse
from newsparse.lang import CODES, agencies, raw_tables
from newsparse.language import detect_language

# Malay whose words are mostly shared with Indonesian: a few Malay words and the agency decide
BERNAMA_SHARED = (
    "Boeing dan Malaysia Airlines menandatangani perjanjian untuk membeli 16 pesawat di Washington "
    "pada Selasa, kata syarikat itu dalam kenyataan. Pesawat pertama akan tiba tahun depan."
)


@pytest.mark.parametrize(
    ("text", "agency", "expected"),
    [
        # Malay
        pytest.param(BERNAMA_SHARED, "Bernama", "ms", id="ms-bernama-shared-words"),
        pytest.param(BERNAMA_SHARED, None, "ms", id="ms-words-alone"),
        pytest.param(
            "Beliau berkata kerajaan akan memastikan bekalan air mencukupi selepas kejadian itu, "
            "iaitu sebelum musim kemarau bermula.",
            None,
            "ms",
            id="ms-function-words",
        ),
        pytest.param(
            "Polis menahan seorang lelaki berusia 34 tahun kerana disyaki terlibat dalam kes itu, "
            "manakala mangsa dihantar ke hospital.",
            "Harian Metro",
            "ms",
            id="ms-harian-metro",
        ),
        # a Bernama story with Indonesian words only: the words win over the prior
        pytest.param(
            "Pemerintah mengatakan bahwa harga beras bisa turun setelah panen karena pasokan naik, "
            "ujar pejabat itu pada Senin. Kenaikan itu sekitar lima persen.",
            "Bernama",
            "id",
            id="id-words-beat-a-malay-prior",
        ),
        # Indonesian
        pytest.param(
            "Pemerintah mengatakan bahwa harga beras bisa turun setelah panen karena pasokan naik.",
            None,
            "id",
            id="id-function-words",
        ),
        pytest.param(
            "Duta Besar RI mengatakan para pekerja ditahan karena tidak memiliki dokumen, dan pemulangan "
            "dilakukan setelah kerajaan Malaysia memberi izin. Beliau sudah bertemu pihak imigrasi "
            "daripada awal bulan, ujar Budi pada Senin.",
            "ANTARA",
            "id",
            id="id-with-malay-words",
        ),
        pytest.param(
            "Kerajaan Arab Saudi dan Kerajaan Yordania membahas kerja sama ekonomi di Riyadh, kata menteri itu.",
            "ANTARA",
            "id",
            id="id-kerajaan-as-kingdom",
        ),
        pytest.param(
            "Jabatan itu dipegang pejabat yang sama selama lima tahun dan dia akan tetap di sana.",
            None,
            "id",
            id="id-jabatan-pejabat-are-indonesian",
        ),
        # English, whatever the agency
        pytest.param(
            "The minister said the government would review the plan, and that it was not final.",
            "Bernama",
            "en",
            id="en-from-bernama",
        ),
        pytest.param(
            "THE MINISTER SAID THE GOVERNMENT WOULD REVIEW THE PLAN AND THAT IT WAS NOT FINAL.",
            None,
            "en",
            id="en-in-capitals",
        ),
        # too little to tell
        pytest.param("Jakarta hujan", "ANTARA", None, id="too-short"),
        pytest.param("Lorem ipsum dolor sit amet consectetur", "Bernama", None, id="no-known-words"),
    ],
)
def test_detect_language(text: str, agency: str | None, expected: str | None) -> None:
    assert detect_language(text, agency) == expected


def test_punctuation_does_not_hide_a_word() -> None:
    # "kerajaan," "(beliau)" and a curly-quoted "berkata" are the words themselves
    text = "Menurut kerajaan, (beliau) \u201cberkata\u201d perkara itu tiada kaitan; selepas itu, tiada lagi."
    assert detect_language(text) == "ms"


def test_parse_uses_the_dateline_agency() -> None:
    story = parse(f"KUALA LUMPUR, 13 Sept (Bernama) -- {BERNAMA_SHARED}\n\nPesawat itu baru.\n")
    assert story.header is not None and story.header.agency_id == "bernama"
    assert story.language == "ms"
    assert parse(f"KUALA LUMPUR, 13 Sept (Bernama) -- {BERNAMA_SHARED}", language="id").language == "id"


def test_every_language_file_has_a_language_table() -> None:
    for code in CODES:
        assert isinstance(raw_tables(code)["language"]["distinctive"], list)
    malay = set(raw_tables("ms")["language"]["distinctive"])
    indonesian = set(raw_tables("id")["language"]["distinctive"])
    assert {"beliau", "kerajaan", "daripada", "sahaja"} <= malay
    assert {"pemerintah", "karena", "bisa", "saja"} <= indonesian
    assert not malay & indonesian  # a word in both lists would tell nothing
    for words in (malay, indonesian):
        assert all(w == w.lower() for w in words)  # matched against lower-cased text


def test_agency_priors_are_data() -> None:
    priors = agencies()["languages"]
    assert "bernama" in priors["ms"] and "antara" in priors["id"]
