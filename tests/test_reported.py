"""Reported (indirect) speech: table-driven tests through the public API (``parse(text).to_dict()``).

Each row is a small invented story and the reported statements it holds, as (text, speaker, cue),
written by reading the story under ../shared/eval/GOLD_SCHEMA.md, "Reported (indirect) speech": the
content without the source, the cue, a leading that/bahwa/bahawa and the closing full stop.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsparse import parse
from newsparse.patterns import clean

from .test_quotes import ANTARA, BERNAMA, REUTERS, story

R = tuple[str, str | None, str]


def _reported(text: str) -> list[R]:
    return [
        (q["text"], q["speaker"], q["cue"])
        for q in parse(text).to_dict()["quotes"]
        if q["kind"] == "indirect"
    ]


CASES = [
    # --- Indonesian ---
    pytest.param(
        story(ANTARA, "Kepala Dinas Pertanian Rudi Hartono mengatakan produksi padi naik 12 persen."),
        [("produksi padi naik 12 persen", "Rudi Hartono", "mengatakan")],
        id="id-cue-first",
    ),
    pytest.param(
        story(
            ANTARA,
            "Menteri Keuangan Sri Mulyani menegaskan bahwa defisit anggaran tetap terkendali tahun ini.",
        ),
        [("defisit anggaran tetap terkendali tahun ini", "Sri Mulyani", "menegaskan")],
        id="id-bahwa",
    ),
    pytest.param(
        story(
            ANTARA,
            "Gubernur Andi Sudirman berkunjung ke pasar.",
            "Harga beras masih stabil di pasar induk, katanya.",
        ),
        [("Harga beras masih stabil di pasar induk", "Andi Sudirman", "katanya")],
        id="id-cue-last-nya",
    ),
    pytest.param(
        story(
            ANTARA,
            "Bupati Joko Santoso meninjau lokasi banjir.",
            "Menurut dia, sebanyak 300 rumah terendam air.",
        ),
        [("sebanyak 300 rumah terendam air", "Joko Santoso", "Menurut dia")],
        id="id-menurut-dia",
    ),
    pytest.param(
        story(
            ANTARA,
            "Bupati Joko Santoso meninjau lokasi banjir.",
            "Bantuan logistik, lanjut dia, sudah dikirim ke empat desa.",
        ),
        [("Bantuan logistik, lanjut dia, sudah dikirim ke empat desa", "Joko Santoso", "lanjut dia")],
        id="id-cue-inside",
    ),
    pytest.param(
        story(
            ANTARA,
            "Bupati Joko Santoso meninjau lokasi banjir.",
            "Dikatakan, warga akan dipindahkan ke gedung sekolah.",
        ),
        [("warga akan dipindahkan ke gedung sekolah", "Joko Santoso", "Dikatakan")],
        id="id-passive-opener",
    ),
    pytest.param(
        story(ANTARA, "Gubernur Andi Sudirman menyatakan pentingnya gotong royong."),
        [],
        id="id-noun-phrase-is-not-reported",
    ),
    pytest.param(
        story(ANTARA, "Gubernur Andi Sudirman meminta keterangan dari kepala dinas."),
        [],
        id="id-request-for-a-thing-is-not-reported",
    ),
    pytest.param(
        story(ANTARA, "Gubernur Andi Sudirman meminta warga agar tidak membuang sampah ke sungai."),
        [("warga agar tidak membuang sampah ke sungai", "Andi Sudirman", "meminta")],
        id="id-request-for-an-act",
    ),
    # --- English ---
    pytest.param(
        story(REUTERS, "Rice prices rose 4 percent in March, the statistics agency said on Tuesday."),
        [("Rice prices rose 4 percent in March", None, "said")],
        id="en-cue-last-unnamed",
    ),
    pytest.param(
        story(
            REUTERS, "Treasury Secretary Janet Moore said on Monday that the deficit would narrow next year."
        ),
        [("the deficit would narrow next year", "Janet Moore", "said")],
        id="en-cue-first-that",
    ),
    pytest.param(
        story(REUTERS, "According to Governor Maria Santos, the bank has no plans to raise rates."),
        [("the bank has no plans to raise rates", "Maria Santos", "According to")],
        id="en-according-to-opener",
    ),
    pytest.param(
        story(REUTERS, "The court ruled on the case in May, according to a statement from the ministry."),
        [("The court ruled on the case in May", None, "according to")],
        id="en-according-to-last",
    ),
    pytest.param(
        story(
            REUTERS,
            "Santos told reporters the peso had been stable, adding that the bank would act if needed.",
        ),
        [
            ("the peso had been stable", "Santos", "told"),
            ("the bank would act if needed", "Santos", "adding"),
        ],
        id="en-two-cues-one-sentence",
    ),
    pytest.param(
        story(
            REUTERS,
            "Governor Maria Santos spoke in Manila.",
            "Higher fuel costs, she said, were the main risk.",
        ),
        [("Higher fuel costs, she said, were the main risk", "Maria Santos", "said")],
        id="en-cue-inside",
    ),
    pytest.param(
        story(REUTERS, "The minister announced strict security measures on Friday."),
        [],
        id="en-noun-phrase-is-not-reported",
    ),
    pytest.param(
        story(REUTERS, '"We will not back down," Senator Ann Moore said.'),
        [],
        id="en-content-in-marks-is-direct",
    ),
    # --- round 2: bare clauses, objects, quote ends, the company ---
    pytest.param(
        story(
            ANTARA,
            "Wali Kota Bogor Dedi Kurniawan menegaskan seluruh pegawai akan menjalani tes urine pekan depan.",
        ),
        [("seluruh pegawai akan menjalani tes urine pekan depan", "Dedi Kurniawan", "menegaskan")],
        id="id-bare-clause-after-a-bahwa-verb",
    ),
    pytest.param(
        story(
            ANTARA,
            "Wali Kota Bogor Dedi Kurniawan menyatakan dukungannya kepada panitia festival kuliner kota tahun ini.",
        ),
        [],
        id="id-noun-phrase-after-a-bahwa-verb-is-not",
    ),
    pytest.param(
        story(
            ANTARA,
            "Wali Kota Bogor Dedi Kurniawan menyampaikan hal itu kepada wartawan setelah rapat berhasil digelar.",
        ),
        [],
        id="id-hal-itu-is-the-object",
    ),
    pytest.param(
        story(
            REUTERS,
            "Harwell Industries Inc said it will split its stock two for one.",
            "The company said the split is payable April 15 to holders of record.",
        ),
        [
            ("it will split its stock two for one", "Harwell Industries Inc", "said"),
            ("the split is payable April 15 to holders of record", "Harwell Industries Inc", "said"),
        ],
        id="en-the-company-is-the-one-that-spoke",
    ),
    pytest.param(
        story(REUTERS, "Governor Ann Moore said on Monday (March 30)."),
        [],
        id="en-a-date-is-no-content",
    ),
    # --- Malay ---
    pytest.param(
        story(
            BERNAMA, "Menteri Kesihatan Datuk Seri Dr Aminah Yusof berkata kerajaan akan menambah jururawat."
        ),
        [("kerajaan akan menambah jururawat", "Aminah Yusof", "berkata")],
        id="ms-berkata",
    ),
    pytest.param(
        story(
            BERNAMA,
            "Datuk Aminah Yusof hadir di majlis itu.",
            "Beliau memberitahu pemberita bahawa peruntukan telah diluluskan.",
        ),
        [("peruntukan telah diluluskan", "Aminah Yusof", "memberitahu")],
        id="ms-memberitahu-bahawa",
    ),
    pytest.param(
        story(
            BERNAMA,
            "Datuk Aminah Yusof hadir di majlis itu.",
            "Katanya, hospital di Sabah akan diberi keutamaan.",
        ),
        [("hospital di Sabah akan diberi keutamaan", "Aminah Yusof", "Katanya")],
        id="ms-katanya-opener",
    ),
    pytest.param(
        story(
            BERNAMA,
            "Datuk Aminah Yusof hadir di majlis itu.",
            "Menurut beliau, kadar pengambilan jururawat meningkat.",
        ),
        [("kadar pengambilan jururawat meningkat", "Aminah Yusof", "Menurut beliau")],
        id="ms-menurut-beliau",
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_reported_speech(text: str, want: list[R]) -> None:
    assert _reported(text) == want


def test_reported_content_holds_a_partial_quote_listed_twice() -> None:
    text = story(
        REUTERS, 'Finance Secretary Ramon Cruz warned that the deficit could reach "a worrying level" soon.'
    )
    quotes = [(q["text"], q["kind"]) for q in parse(text).to_dict()["quotes"]]
    assert quotes == [
        ('the deficit could reach "a worrying level" soon', "indirect"),
        ("a worrying level", "partial"),
    ]


def test_reported_span_is_the_content() -> None:
    text = story(ANTARA, "Kepala Dinas Pertanian Rudi Hartono mengatakan produksi padi naik 12 persen.")
    (q,) = [q for q in parse(text).quotes if q.kind == "indirect"]
    assert text[q.span[0] : q.span[1]] == "produksi padi naik 12 persen"
    assert clean(text[slice(*q.span)]) == q.text


def test_seed_story_reported_speech_exact(seed_text: str) -> None:
    gold = Path(__file__).parent.parent / ".." / "shared" / "corpus" / "dev" / "seed" / "seed-001.json"
    if not gold.exists():
        pytest.skip("the dev corpus is not here")
    want = [
        (q["text"], q["speaker"], q["paragraph"], q["kind"], q.get("cue"))
        for q in json.loads(gold.read_text(encoding="utf-8"))["quotes"]
    ]
    got = [
        (q["text"], q["speaker"], q["paragraph"], q["kind"], q["cue"] if q["kind"] == "indirect" else None)
        for q in parse(seed_text).to_dict()["quotes"]
    ]
    assert got == want


def test_hostile_reported_input_returns() -> None:
    text = "Jakarta (ANTARA) - " + "Dia mengatakan, kata dia, menurut dia, " * 20_000
    assert isinstance(parse(text).to_dict()["quotes"], list)


def test_a_source_and_its_day_before_a_late_cue_is_no_content() -> None:
    # "Kepala Bagian ..., Rina Marlina di Padang, Rabu, mengatakan ...": the stretch before the cue
    # is who spoke and when, not what was said (issue 17)
    text = (
        "Padang (ANTARA) - DPRD Kota Padang berbagi informasi mengenai upaya peningkatan pendapatan "
        "daerah ke anggota DPRD dari Kabupaten Langkat, Sumatera Utara.\n\n"
        "Kepala Bagian (Kabag) Humas Protokol dan Publikasi DPRD Kota Padang, Rina Marlina di Padang, "
        "Rabu, mengatakan Kota Padang juga terdampak pandemi, khususnya di bidang ekonomi.\n"
    )
    assert not [q for q in _reported(text) if q[0].startswith("Kepala Bagian")]
