"""Quotes and their speakers: table-driven tests through the public API only (``parse(text).to_dict()``).

Each row is a small invented wire story (a dateline, then 2-5 short paragraphs separated by blank
lines) and the quotes it holds, as (text, speaker, paragraph, kind), written by reading the story:

- text: the words between the marks, without the marks (a comma or full stop inside them is kept);
- speaker: the fullest name the story gives, without titles; pronouns and surnames resolved; None
  when the speaker is unnamed;
- paragraph: 0-based index of the paragraph where the quote opens (the dateline paragraph is 0);
- kind: "direct" for whole sentences of speech, "partial" for a fragment inside reported speech.

Scare quotes, titles of works and nicknames are not speech and give no quote.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsparse import parse
from newsparse.patterns import clean

Q = tuple[str, str | None, int, str]

ANTARA = "Jakarta (ANTARA) - "
KOMPAS = "JAKARTA, KOMPAS.com - "
REUTERS = "WASHINGTON (Reuters) - "
SYDNEY = "SYDNEY (Reuters) - "
BERNAMA = "KUALA LUMPUR, 5 Jan (Bernama) -- "

# every double quote mark wire copy prints: straight, curly, low-9, reversed, guillemets, double prime
MARKS = '"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033'


def story(dateline: str, *paragraphs: str) -> str:
    """A wire story: the dateline opens the first paragraph; paragraphs are separated by a blank line."""
    return dateline + "\n\n".join(paragraphs)


def _quotes(text: str) -> list[Q]:
    """The marked quotes (reported speech, kind "indirect", has its own rows in test_reported.py)."""
    d: dict[str, Any] = parse(text).to_dict()
    return [
        (q["text"], q["speaker"], q["paragraph"], q["kind"]) for q in d["quotes"] if q["kind"] != "indirect"
    ]


# ---------------------------------------------------------------------------------------------
# Indonesian
# ---------------------------------------------------------------------------------------------

ID_CASES = [
    # --- mark styles ---
    pytest.param(
        story(
            ANTARA,
            "Harga beras di Pasar Induk Cipinang mulai turun pekan ini.",
            '"Stok di gudang Bulog cukup untuk enam bulan," kata Budi Santoso.',
        ),
        [("Stok di gudang Bulog cukup untuk enam bulan,", "Budi Santoso", 1, "direct")],
        id="id-mark-straight",
    ),
    pytest.param(
        story(
            ANTARA,
            "Harga beras di Pasar Induk Cipinang mulai turun pekan ini.",
            "“Stok di gudang Bulog cukup untuk enam bulan,” kata Budi Santoso.",
        ),
        [("Stok di gudang Bulog cukup untuk enam bulan,", "Budi Santoso", 1, "direct")],
        id="id-mark-curly",
    ),
    pytest.param(
        story(
            KOMPAS,
            "Harga beras di Pasar Induk Cipinang mulai turun pekan ini.",
            "”Stok di gudang Bulog cukup untuk enam bulan,” kata Budi Santoso.",
        ),
        [("Stok di gudang Bulog cukup untuk enam bulan,", "Budi Santoso", 1, "direct")],
        id="id-mark-kompas",
    ),
    pytest.param(
        story(
            KOMPAS,
            "Harga beras di Pasar Induk Cipinang mulai turun pekan ini.",
            "Budi Santoso mengatakan, ”Stok di gudang Bulog cukup untuk enam bulan.”",
        ),
        [("Stok di gudang Bulog cukup untuk enam bulan.", "Budi Santoso", 1, "direct")],
        id="id-mark-kompas-cue-before",
    ),
    pytest.param(
        story(
            ANTARA,
            "Harga beras di Pasar Induk Cipinang mulai turun pekan ini.",
            "„Stok di gudang Bulog cukup untuk enam bulan,“ kata Budi Santoso.",
        ),
        [("Stok di gudang Bulog cukup untuk enam bulan,", "Budi Santoso", 1, "direct")],
        id="id-mark-low9",
    ),
    pytest.param(
        story(
            ANTARA,
            "Harga beras di Pasar Induk Cipinang mulai turun pekan ini.",
            "«Stok di gudang Bulog cukup untuk enam bulan,» kata Budi Santoso.",
        ),
        [("Stok di gudang Bulog cukup untuk enam bulan,", "Budi Santoso", 1, "direct")],
        id="id-mark-guillemets",
    ),
    # --- cue after, pronoun ---
    pytest.param(
        story(
            ANTARA,
            "Budi Santoso mengatakan pemerintah akan membuka pasar murah di 10 kecamatan.",
            '"Warga bisa membeli beras seharga Rp10.000 per kilogram," kata dia.',
        ),
        [("Warga bisa membeli beras seharga Rp10.000 per kilogram,", "Budi Santoso", 1, "direct")],
        id="id-kata-dia",
    ),
    pytest.param(
        story(
            ANTARA,
            "Budi Santoso mengatakan pemerintah akan membuka pasar murah di 10 kecamatan.",
            '"Warga bisa membeli beras seharga Rp10.000 per kilogram," katanya.',
        ),
        [("Warga bisa membeli beras seharga Rp10.000 per kilogram,", "Budi Santoso", 1, "direct")],
        id="id-katanya",
    ),
    pytest.param(
        story(
            ANTARA,
            "Budi Santoso mengatakan pemerintah akan membuka pasar murah di 10 kecamatan.",
            '"Warga bisa membeli beras seharga Rp10.000 per kilogram," ujarnya.',
        ),
        [("Warga bisa membeli beras seharga Rp10.000 per kilogram,", "Budi Santoso", 1, "direct")],
        id="id-ujarnya",
    ),
    # --- cue after, name ---
    pytest.param(
        story(
            ANTARA,
            "Budi Santoso mengatakan pemerintah akan membuka pasar murah di 10 kecamatan.",
            '"Pasar murah dibuka mulai Senin," kata Budi.',
        ),
        [("Pasar murah dibuka mulai Senin,", "Budi Santoso", 1, "direct")],
        id="id-kata-partial-name",
    ),
    # --- cue before ---
    pytest.param(
        story(
            ANTARA,
            "NATO menangguhkan semua kerja sama praktis dengan Rusia pada Selasa.",
            "Sekretaris Jenderal NATO Anders Fogh Rasmussen memimpin pertemuan para menteri luar negeri.",
            'Rasmussen mengatakan, "Kami tidak bisa menutup mata terhadap pelanggaran hukum internasional."',
        ),
        [
            (
                "Kami tidak bisa menutup mata terhadap pelanggaran hukum internasional.",
                "Anders Fogh Rasmussen",
                2,
                "direct",
            )
        ],
        id="id-cue-before-surname",
    ),
    pytest.param(
        story(
            ANTARA,
            "Musim hujan tahun ini datang lebih awal dari biasanya.",
            "Dwikorita Karnawati mengatakan curah hujan akan meningkat pada akhir tahun.",
            'Menurut dia, "Puncak musim hujan diperkirakan terjadi pada Januari."',
        ),
        [("Puncak musim hujan diperkirakan terjadi pada Januari.", "Dwikorita Karnawati", 2, "direct")],
        id="id-menurut-dia",
    ),
    # --- titled person introduced earlier, quoted later by pronoun or surname ---
    pytest.param(
        story(
            ANTARA,
            "Menteri Luar Negeri AS John Kerry mengatakan Washington siap menjatuhkan sanksi tambahan "
            "terhadap Moskow.",
            '"Kami tidak akan tinggal diam," kata dia.',
            '"Semua pilihan ada di atas meja," kata Kerry.',
        ),
        [
            ("Kami tidak akan tinggal diam,", "John Kerry", 1, "direct"),
            ("Semua pilihan ada di atas meja,", "John Kerry", 2, "direct"),
        ],
        id="id-title-kerry",
    ),
    pytest.param(
        story(
            ANTARA,
            "Menteri Luar Negeri AS John Kerry bertemu Menteri Luar Negeri Rusia Sergei Lavrov di Jenewa "
            "pada Kamis.",
            "Lavrov mengatakan Moskow tidak akan menarik pasukannya dari perbatasan.",
            '"Itu wilayah kami sendiri," katanya.',
            'Kerry mengatakan, "Dunia sedang menyaksikan."',
        ),
        [
            ("Itu wilayah kami sendiri,", "Sergei Lavrov", 2, "direct"),
            ("Dunia sedang menyaksikan.", "John Kerry", 3, "direct"),
        ],
        id="id-title-two-people",
    ),
    pytest.param(
        story(
            ANTARA,
            "Kepala Polri Jenderal Listyo Sigit Prabowo mengatakan pengamanan arus mudik dimulai pekan depan.",
            '"Semua personel sudah siap," ujarnya.',
        ),
        [("Semua personel sudah siap,", "Listyo Sigit Prabowo", 1, "direct")],
        id="id-title-rank",
    ),
    # --- partial quote inside reported speech ---
    pytest.param(
        story(
            ANTARA,
            "NATO menangguhkan semua kerja sama praktis dengan Rusia pada Selasa.",
            "Sekretaris Jenderal NATO Anders Fogh Rasmussen mengatakan aksi-aksi Rusia berarti tak ada "
            '"bisnis seperti biasa".',
        ),
        [("bisnis seperti biasa", "Anders Fogh Rasmussen", 1, "partial")],
        id="id-partial",
    ),
    pytest.param(
        story(
            ANTARA,
            "NATO menangguhkan semua kerja sama praktis dengan Rusia pada Selasa.",
            "Sekretaris Jenderal NATO Anders Fogh Rasmussen mengatakan aksi-aksi Rusia berarti tak ada "
            '"bisnis seperti biasa".',
            '"Kami akan meninjau kembali seluruh hubungan kami dengan Moskow," katanya.',
        ),
        [
            ("bisnis seperti biasa", "Anders Fogh Rasmussen", 1, "partial"),
            (
                "Kami akan meninjau kembali seluruh hubungan kami dengan Moskow,",
                "Anders Fogh Rasmussen",
                2,
                "direct",
            ),
        ],
        id="id-partial-then-direct",
    ),
    # --- a quote broken by its attribution ---
    pytest.param(
        story(
            ANTARA,
            "Budi Santoso mengatakan harga beras akan turun.",
            '"Harga akan turun," kata dia. "Tapi tidak dalam waktu dekat."',
        ),
        [
            ("Harga akan turun,", "Budi Santoso", 1, "direct"),
            ("Tapi tidak dalam waktu dekat.", "Budi Santoso", 1, "direct"),
        ],
        id="id-broken-by-cue",
    ),
    # --- a quote over several paragraphs ---
    pytest.param(
        story(
            ANTARA,
            "Listyo Sigit Prabowo mengatakan polisi menyiapkan tiga langkah pengamanan arus mudik.",
            '"Pertama, kami memperkuat patroli di jalur tol.',
            '"Kedua, kami menambah personel di pelabuhan.',
            '"Ketiga, kami membuka posko di setiap terminal," kata dia.',
        ),
        [
            (
                "Pertama, kami memperkuat patroli di jalur tol. Kedua, kami menambah personel di pelabuhan. "
                "Ketiga, kami membuka posko di setiap terminal,",
                "Listyo Sigit Prabowo",
                1,
                "direct",
            )
        ],
        id="id-multi-paragraph",
    ),
    # --- single quotes nested inside a double quote ---
    pytest.param(
        story(
            ANTARA,
            "Siti Aminah mengatakan petugas datang pada dini hari.",
            "\"Petugas bilang 'tunggu sebentar' lalu pergi begitu saja,\" kata dia.",
        ),
        [("Petugas bilang 'tunggu sebentar' lalu pergi begitu saja,", "Siti Aminah", 1, "direct")],
        id="id-nested-single",
    ),
    pytest.param(
        story(
            ANTARA,
            "Siti Aminah mengatakan petugas datang pada dini hari.",
            "“Petugas bilang ‘tunggu sebentar’ lalu pergi begitu saja,” kata dia.",
        ),
        [("Petugas bilang ‘tunggu sebentar’ lalu pergi begitu saja,", "Siti Aminah", 1, "direct")],
        id="id-nested-single-curly",
    ),
    # --- closing mark missing at the end of a paragraph ---
    pytest.param(
        story(
            ANTARA,
            "Hujan deras mengguyur Jakarta sejak Minggu malam.",
            'Isnawa Adji mengatakan, "Air naik setinggi satu meter dalam setengah jam.',
            "Warga kemudian mengungsi ke masjid terdekat.",
        ),
        [("Air naik setinggi satu meter dalam setengah jam.", "Isnawa Adji", 1, "direct")],
        id="id-unclosed",
    ),
    # --- scare quotes, titles of works and nicknames: no speech ---
    pytest.param(
        story(
            ANTARA,
            'Tim "Mutiara Hitam" menang 2-0 atas Persib Bandung di Stadion Mandala, Jayapura, Sabtu.',
            "Dua gol dicetak pada babak kedua.",
        ),
        [],
        id="id-scare-team",
    ),
    pytest.param(
        story(
            ANTARA,
            'Film "Pulau Sunyi" karya sutradara asal Makassar diputar perdana di Jakarta, Rabu.',
            "Penonton memadati studio sejak sore.",
        ),
        [],
        id="id-film-title",
    ),
    pytest.param(
        story(
            ANTARA,
            'Mantan pebulu tangkis Taufik Hidayat yang dijuluki "Pangeran Smash" hadir dalam acara itu.',
            "Ia datang bersama keluarganya.",
        ),
        [],
        id="id-nickname",
    ),
    pytest.param(
        story(
            ANTARA,
            'Warga menamai jembatan baru itu "Jembatan Cinta".',
            "Camat Dedi Kusnadi mengatakan jembatan itu dibangun dalam enam bulan.",
            '"Anak-anak kini tidak perlu menyeberang sungai," kata dia.',
        ),
        [("Anak-anak kini tidak perlu menyeberang sungai,", "Dedi Kusnadi", 2, "direct")],
        id="id-name-then-speech",
    ),
    # --- unnamed speaker ---
    pytest.param(
        story(
            ANTARA,
            "Kementerian Kesehatan belum mengumumkan jumlah korban.",
            '"Data masih kami verifikasi," kata seorang pejabat.',
        ),
        [("Data masih kami verifikasi,", None, 1, "direct")],
        id="id-unnamed-pejabat",
    ),
    pytest.param(
        story(
            ANTARA,
            "Bupati Bogor Rudy Susmanto mengatakan bantuan akan tiba pada Senin.",
            "Seorang warga mengatakan air datang tiba-tiba pada tengah malam.",
            '"Kami tidak sempat menyelamatkan barang apa pun," katanya.',
        ),
        [("Kami tidak sempat menyelamatkan barang apa pun,", None, 2, "direct")],
        id="id-unnamed-warga-katanya",
    ),
]


# ---------------------------------------------------------------------------------------------
# English
# ---------------------------------------------------------------------------------------------

EN_CASES = [
    # --- mark styles ---
    pytest.param(
        story(
            REUTERS,
            "Retail sales rose more than expected in March.",
            '"Consumers are still spending," said John Smith.',
        ),
        [("Consumers are still spending,", "John Smith", 1, "direct")],
        id="en-mark-straight",
    ),
    pytest.param(
        story(
            REUTERS,
            "Retail sales rose more than expected in March.",
            "“Consumers are still spending,” said John Smith.",
        ),
        [("Consumers are still spending,", "John Smith", 1, "direct")],
        id="en-mark-curly",
    ),
    pytest.param(
        story(
            REUTERS,
            "Retail sales rose more than expected in March.",
            "”Consumers are still spending,” said John Smith.",
        ),
        [("Consumers are still spending,", "John Smith", 1, "direct")],
        id="en-mark-kompas",
    ),
    pytest.param(
        story(
            REUTERS,
            "Retail sales rose more than expected in March.",
            "„Consumers are still spending,“ said John Smith.",
        ),
        [("Consumers are still spending,", "John Smith", 1, "direct")],
        id="en-mark-low9",
    ),
    pytest.param(
        story(
            REUTERS,
            "Retail sales rose more than expected in March.",
            "«Consumers are still spending,» said John Smith.",
        ),
        [("Consumers are still spending,", "John Smith", 1, "direct")],
        id="en-mark-guillemets",
    ),
    # --- cue after, pronoun ---
    pytest.param(
        story(
            REUTERS,
            "Jerome Powell said on Wednesday the central bank would keep interest rates on hold.",
            '"We are prepared to wait," he said.',
        ),
        [("We are prepared to wait,", "Jerome Powell", 1, "direct")],
        id="en-he-said",
    ),
    pytest.param(
        story(
            REUTERS,
            "Janet Yellen said the economy remained strong despite higher borrowing costs.",
            '"I do not expect a recession," she told reporters.',
        ),
        [("I do not expect a recession,", "Janet Yellen", 1, "direct")],
        id="en-she-told-reporters",
    ),
    # --- cue after, name ---
    pytest.param(
        story(
            REUTERS,
            "Retail sales rose more than expected in March.",
            '"Nobody saw this coming," John Smith said.',
        ),
        [("Nobody saw this coming,", "John Smith", 1, "direct")],
        id="en-name-said",
    ),
    pytest.param(
        story(
            REUTERS,
            "John Smith said the data surprised markets.",
            '"Nobody saw this coming," Smith said.',
        ),
        [("Nobody saw this coming,", "John Smith", 1, "direct")],
        id="en-surname-said",
    ),
    # --- cue before ---
    pytest.param(
        story(
            REUTERS,
            "Antony Blinken said on Tuesday Washington would send more air defence systems to Kyiv.",
            'He said: "Ukraine will not stand alone."',
        ),
        [("Ukraine will not stand alone.", "Antony Blinken", 1, "direct")],
        id="en-he-said-colon",
    ),
    pytest.param(
        story(
            REUTERS,
            "John Smith said the data surprised markets.",
            'Smith told Reuters: "The numbers were far stronger than anyone forecast."',
        ),
        [("The numbers were far stronger than anyone forecast.", "John Smith", 1, "direct")],
        id="en-surname-told-colon",
    ),
    # --- titled person introduced earlier, quoted later by pronoun or surname ---
    pytest.param(
        story(
            REUTERS,
            "Secretary of State John Kerry said on Tuesday the United States was ready to impose further "
            "sanctions on Moscow.",
            '"We will not stand by," Kerry said.',
            '"All options are on the table," he said.',
        ),
        [
            ("We will not stand by,", "John Kerry", 1, "direct"),
            ("All options are on the table,", "John Kerry", 2, "direct"),
        ],
        id="en-title-kerry",
    ),
    pytest.param(
        story(
            REUTERS,
            "Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in Geneva on Thursday.",
            "Lavrov said Moscow would not pull its troops back from the border.",
            '"This is our own territory," he said.',
            'Kerry told reporters: "The world is watching."',
        ),
        [
            ("This is our own territory,", "Sergei Lavrov", 2, "direct"),
            ("The world is watching.", "John Kerry", 3, "direct"),
        ],
        id="en-title-two-people",
    ),
    # --- partial quote inside reported speech ---
    pytest.param(
        story(
            REUTERS,
            "NATO suspended all practical cooperation with Russia on Tuesday.",
            "NATO Secretary General Anders Fogh Rasmussen said Russia's actions meant there could be no "
            '"business as usual".',
        ),
        [("business as usual", "Anders Fogh Rasmussen", 1, "partial")],
        id="en-partial",
    ),
    pytest.param(
        story(
            REUTERS,
            "Secretary of State John Kerry said the referendum in Crimea was illegal.",
            'Kerry called the vote "a sham" and said Washington would not recognise the result.',
        ),
        [("a sham", "John Kerry", 1, "partial")],
        id="en-partial-called",
    ),
    # --- a quote broken by its attribution ---
    pytest.param(
        story(
            REUTERS,
            "Jerome Powell said the central bank's plan had two parts.",
            '"Part one is done," he said. "Part two will take longer."',
        ),
        [
            ("Part one is done,", "Jerome Powell", 1, "direct"),
            ("Part two will take longer.", "Jerome Powell", 1, "direct"),
        ],
        id="en-broken-by-cue",
    ),
    # --- a quote over several paragraphs ---
    pytest.param(
        story(
            SYDNEY,
            "Prime Minister Anthony Albanese said his government had two priorities for its second term.",
            '"First, we will bring down the cost of housing.',
            '"Second, we will invest in clean energy," he said.',
        ),
        [
            (
                "First, we will bring down the cost of housing. Second, we will invest in clean energy,",
                "Anthony Albanese",
                1,
                "direct",
            )
        ],
        id="en-multi-paragraph",
    ),
    # --- single quotes nested inside a double quote ---
    pytest.param(
        story(
            REUTERS,
            "Maria Lopez, a nurse at the hospital, said a guard refused to let her in.",
            "\"He told me 'wait' and left,\" she said.",
        ),
        [("He told me 'wait' and left,", "Maria Lopez", 1, "direct")],
        id="en-nested-single",
    ),
    pytest.param(
        story(
            REUTERS,
            "Maria Lopez, a nurse at the hospital, said a guard refused to let her in.",
            "“He told me ‘wait’ and left,” she said.",
        ),
        [("He told me ‘wait’ and left,", "Maria Lopez", 1, "direct")],
        id="en-nested-single-curly",
    ),
    # --- closing mark missing at the end of a paragraph ---
    pytest.param(
        story(
            REUTERS,
            "Floodwaters rose across the city overnight.",
            'Tom Baker said: "The water rose a metre in half an hour.',
            "Residents were moved to a school gym.",
        ),
        [("The water rose a metre in half an hour.", "Tom Baker", 1, "direct")],
        id="en-unclosed",
    ),
    # --- scare quotes, titles of works and nicknames: no speech ---
    pytest.param(
        story(
            REUTERS,
            'The film "The Silent Harbour" opened to packed cinemas across the country on Friday.',
            "It took $12 million in its first weekend.",
        ),
        [],
        id="en-film-title",
    ),
    pytest.param(
        story(
            REUTERS,
            'Former Philippine President Rodrigo "Digong" Duterte arrived in The Hague on Wednesday.',
            "He was flown from Manila on a chartered jet.",
        ),
        [],
        id="en-nickname",
    ),
    pytest.param(
        story(
            REUTERS,
            'The so-called "dark fleet" of tankers has grown to more than 600 ships.',
            "Most of the vessels are more than 15 years old.",
        ),
        [],
        id="en-scare",
    ),
    pytest.param(
        story(
            REUTERS,
            'The film "The Silent Harbour" opened to packed cinemas on Friday.',
            "Director Ana Ruiz said the film took six years to make.",
            '"I never expected this," she said.',
        ),
        [("I never expected this,", "Ana Ruiz", 2, "direct")],
        id="en-title-then-speech",
    ),
    # --- unnamed speaker ---
    pytest.param(
        story(
            REUTERS,
            "The ministry has not said how many people were detained.",
            '"We are still checking the lists," said a police officer who declined to be named.',
        ),
        [("We are still checking the lists,", None, 1, "direct")],
        id="en-unnamed-officer",
    ),
    pytest.param(
        story(
            REUTERS,
            "Mayor Karen Bass said aid would arrive on Monday.",
            "One resident said the water came without warning.",
            '"We lost everything," she said.',
        ),
        [("We lost everything,", None, 2, "direct")],
        id="en-unnamed-resident-she",
    ),
]


# ---------------------------------------------------------------------------------------------
# Malay
# ---------------------------------------------------------------------------------------------

MS_CASES = [
    # --- mark styles ---
    pytest.param(
        story(
            BERNAMA,
            "Kerajaan akan memperuntukkan RM6.8 bilion bagi memperkasa pendidikan teknikal tahun ini.",
            '"Kita mahu graduan mudah mendapat pekerjaan," kata Ahmad Zahid Hamidi.',
        ),
        [("Kita mahu graduan mudah mendapat pekerjaan,", "Ahmad Zahid Hamidi", 1, "direct")],
        id="ms-mark-straight",
    ),
    pytest.param(
        story(
            BERNAMA,
            "Kerajaan akan memperuntukkan RM6.8 bilion bagi memperkasa pendidikan teknikal tahun ini.",
            "“Kita mahu graduan mudah mendapat pekerjaan,” kata Ahmad Zahid Hamidi.",
        ),
        [("Kita mahu graduan mudah mendapat pekerjaan,", "Ahmad Zahid Hamidi", 1, "direct")],
        id="ms-mark-curly",
    ),
    pytest.param(
        story(
            BERNAMA,
            "Kerajaan akan memperuntukkan RM6.8 bilion bagi memperkasa pendidikan teknikal tahun ini.",
            "”Kita mahu graduan mudah mendapat pekerjaan,” kata Ahmad Zahid Hamidi.",
        ),
        [("Kita mahu graduan mudah mendapat pekerjaan,", "Ahmad Zahid Hamidi", 1, "direct")],
        id="ms-mark-kompas",
    ),
    pytest.param(
        story(
            BERNAMA,
            "Kerajaan akan memperuntukkan RM6.8 bilion bagi memperkasa pendidikan teknikal tahun ini.",
            "„Kita mahu graduan mudah mendapat pekerjaan,“ kata Ahmad Zahid Hamidi.",
        ),
        [("Kita mahu graduan mudah mendapat pekerjaan,", "Ahmad Zahid Hamidi", 1, "direct")],
        id="ms-mark-low9",
    ),
    pytest.param(
        story(
            BERNAMA,
            "Kerajaan akan memperuntukkan RM6.8 bilion bagi memperkasa pendidikan teknikal tahun ini.",
            "«Kita mahu graduan mudah mendapat pekerjaan,» kata Ahmad Zahid Hamidi.",
        ),
        [("Kita mahu graduan mudah mendapat pekerjaan,", "Ahmad Zahid Hamidi", 1, "direct")],
        id="ms-mark-guillemets",
    ),
    # --- cue after, pronoun ---
    pytest.param(
        story(
            BERNAMA,
            "Dzulkefly Ahmad berkata kes denggi menurun sebanyak 20 peratus tahun ini.",
            '"Kita perlu terus berwaspada," kata beliau.',
        ),
        [("Kita perlu terus berwaspada,", "Dzulkefly Ahmad", 1, "direct")],
        id="ms-kata-beliau",
    ),
    pytest.param(
        story(
            BERNAMA,
            "Dzulkefly Ahmad berkata kes denggi menurun sebanyak 20 peratus tahun ini.",
            '"Kita perlu terus berwaspada," katanya.',
        ),
        [("Kita perlu terus berwaspada,", "Dzulkefly Ahmad", 1, "direct")],
        id="ms-katanya",
    ),
    # --- cue after, name ---
    pytest.param(
        story(
            BERNAMA,
            "Fadhlina Sidek berkata sesi persekolahan baharu akan bermula pada Mac.",
            '"Semua sekolah sudah bersedia," kata Fadhlina.',
        ),
        [("Semua sekolah sudah bersedia,", "Fadhlina Sidek", 1, "direct")],
        id="ms-kata-partial-name",
    ),
    # --- cue before ---
    pytest.param(
        story(
            BERNAMA,
            "Fadhlina Sidek berkata sesi persekolahan baharu akan bermula pada Mac.",
            'Menurut beliau, "Semua sekolah sudah menerima peruntukan penyelenggaraan."',
        ),
        [("Semua sekolah sudah menerima peruntukan penyelenggaraan.", "Fadhlina Sidek", 1, "direct")],
        id="ms-menurut-beliau",
    ),
    pytest.param(
        story(
            BERNAMA,
            "Sesi persekolahan baharu akan bermula pada Mac.",
            "Menteri Pendidikan Fadhlina Sidek hadir pada majlis pelancaran itu.",
            'Fadhlina berkata, "Semua sekolah sudah bersedia."',
        ),
        [("Semua sekolah sudah bersedia.", "Fadhlina Sidek", 2, "direct")],
        id="ms-cue-before-name",
    ),
    # --- titled person introduced earlier, quoted later by pronoun or surname ---
    pytest.param(
        story(
            BERNAMA,
            "Kerajaan akan memperuntukkan RM6.8 bilion bagi memperkasa pendidikan teknikal tahun ini.",
            "Timbalan Perdana Menteri Datuk Seri Dr Ahmad Zahid Hamidi berkata peruntukan itu akan "
            "digunakan untuk menaik taraf peralatan bengkel.",
            '"Kita mahu graduan mudah mendapat pekerjaan," kata beliau.',
            '"Gaji mereka juga mesti setimpal," kata Ahmad Zahid.',
        ),
        [
            ("Kita mahu graduan mudah mendapat pekerjaan,", "Ahmad Zahid Hamidi", 2, "direct"),
            ("Gaji mereka juga mesti setimpal,", "Ahmad Zahid Hamidi", 3, "direct"),
        ],
        id="ms-title-zahid",
    ),
    pytest.param(
        story(
            BERNAMA,
            "Timbalan Perdana Menteri Datuk Seri Dr Ahmad Zahid Hamidi berkata 12 kolej vokasional baharu "
            "akan dibuka.",
            "Sementara itu, Pengarah Bahagian Pendidikan Teknik Dr Noraini Abdul Latif berkata pengambilan "
            "pelajar bermula bulan depan.",
            '"Kolej ini akan memberi tumpuan kepada automotif elektrik," katanya.',
        ),
        [("Kolej ini akan memberi tumpuan kepada automotif elektrik,", "Noraini Abdul Latif", 2, "direct")],
        id="ms-title-two-people",
    ),
    # --- partial quote inside reported speech ---
    pytest.param(
        story(
            BERNAMA,
            "Kerajaan akan memantau harga barang keperluan menjelang Aidilfitri.",
            "Menteri Perdagangan Dalam Negeri Armizan Mohd Ali berkata kementerian tidak akan membenarkan "
            '"permainan harga" oleh pemborong.',
        ),
        [("permainan harga", "Armizan Mohd Ali", 1, "partial")],
        id="ms-partial",
    ),
    # --- a quote broken by its attribution ---
    pytest.param(
        story(
            BERNAMA,
            "Ahmad Zahid Hamidi berkata projek itu dibahagikan kepada dua fasa.",
            '"Fasa pertama sudah siap," katanya. "Fasa kedua akan siap tahun depan."',
        ),
        [
            ("Fasa pertama sudah siap,", "Ahmad Zahid Hamidi", 1, "direct"),
            ("Fasa kedua akan siap tahun depan.", "Ahmad Zahid Hamidi", 1, "direct"),
        ],
        id="ms-broken-by-cue",
    ),
    # --- a quote over several paragraphs ---
    pytest.param(
        story(
            BERNAMA,
            "Ahmad Zahid Hamidi berkata kerajaan mempunyai dua keutamaan bagi TVET.",
            '"Pertama, kita akan menaik taraf bengkel di semua politeknik.',
            '"Kedua, kita akan melatih semula tenaga pengajar," kata beliau.',
        ),
        [
            (
                "Pertama, kita akan menaik taraf bengkel di semua politeknik. "
                "Kedua, kita akan melatih semula tenaga pengajar,",
                "Ahmad Zahid Hamidi",
                1,
                "direct",
            )
        ],
        id="ms-multi-paragraph",
    ),
    # --- single quotes nested inside a double quote ---
    pytest.param(
        story(
            BERNAMA,
            "Siti Nurhaliza Tarudin berkata pengawal itu enggan membenarkannya masuk.",
            "\"Dia kata 'tunggu' dan terus pergi,\" kata beliau.",
        ),
        [("Dia kata 'tunggu' dan terus pergi,", "Siti Nurhaliza Tarudin", 1, "direct")],
        id="ms-nested-single",
    ),
    # --- closing mark missing at the end of a paragraph ---
    pytest.param(
        story(
            BERNAMA,
            "Hujan lebat melanda Kuala Lumpur sejak malam tadi.",
            'Khairul Shahril Idrus berkata, "Air naik setinggi satu meter dalam setengah jam.',
            "Penduduk kemudian dipindahkan ke dewan orang ramai.",
        ),
        [("Air naik setinggi satu meter dalam setengah jam.", "Khairul Shahril Idrus", 1, "direct")],
        id="ms-unclosed",
    ),
    # --- scare quotes, titles of works and nicknames: no speech ---
    pytest.param(
        story(
            BERNAMA,
            'Skuad "Harimau Malaya" menang 2-0 ke atas Laos di Stadium Nasional Bukit Jalil malam tadi.',
            "Kedua-dua gol dijaringkan pada separuh masa kedua.",
        ),
        [],
        id="ms-scare-team",
    ),
    pytest.param(
        story(
            BERNAMA,
            'Filem "Pulau Sunyi" mula ditayangkan di pawagam seluruh negara hari ini.',
            "Tiket untuk tayangan hujung minggu sudah habis dijual.",
        ),
        [],
        id="ms-film-title",
    ),
    pytest.param(
        story(
            BERNAMA,
            'Pemain sayap yang digelar "Si Kancil" itu menjaringkan dua gol dalam perlawanan tersebut.',
            "Dia kini mendahului senarai penjaring terbanyak liga.",
        ),
        [],
        id="ms-nickname",
    ),
    # --- unnamed speaker ---
    pytest.param(
        story(
            BERNAMA,
            "Kementerian Kesihatan belum mengumumkan jumlah mangsa.",
            '"Data masih disemak," kata seorang pegawai.',
        ),
        [("Data masih disemak,", None, 1, "direct")],
        id="ms-unnamed-pegawai",
    ),
    pytest.param(
        story(
            BERNAMA,
            "Menteri Besar Selangor Amirudin Shari berkata bantuan akan tiba esok.",
            "Seorang penduduk berkata air naik dengan cepat pada tengah malam.",
            '"Kami tidak sempat menyelamatkan barang," katanya.',
        ),
        [("Kami tidak sempat menyelamatkan barang,", None, 2, "direct")],
        id="ms-unnamed-penduduk-katanya",
    ),
]


@pytest.mark.parametrize(("text", "want"), ID_CASES)
def test_quotes_indonesian(text: str, want: list[Q]) -> None:
    assert _quotes(text) == want


@pytest.mark.parametrize(("text", "want"), EN_CASES)
def test_quotes_english(text: str, want: list[Q]) -> None:
    assert _quotes(text) == want


@pytest.mark.parametrize(("text", "want"), MS_CASES)
def test_quotes_malay(text: str, want: list[Q]) -> None:
    assert _quotes(text) == want


# ---------------------------------------------------------------------------------------------
# Spans: every quote's span slices back to its marks and words
# ---------------------------------------------------------------------------------------------

# cases whose quote has no closing mark: the span ends where the paragraph ends
UNCLOSED = {"id-unclosed", "en-unclosed", "ms-unclosed"}
SPAN_CASES = [
    pytest.param(p.values[0], p.id in UNCLOSED, id=p.id)
    for p in ID_CASES + EN_CASES + MS_CASES
    if p.values[1]
]


@pytest.mark.parametrize(("text", "unclosed"), SPAN_CASES)
def test_quote_spans(text: str, unclosed: bool) -> None:
    d = parse(text).to_dict()
    assert d["quotes"], "no quote found"
    for q in d["quotes"]:
        s, e = q["span"]
        if q["kind"] == "indirect":  # reported speech: the span is the content, which its text cleans
            assert clean(text[s:e]) == q["text"]
            continue
        raw = text[s:e]
        assert raw[:1] in MARKS and raw[:1] != "", f"span does not start with a mark: {raw!r}"
        if unclosed:
            para_end = d["paragraphs"][q["paragraph"]]["span"][1]
            assert raw[-1:] in MARKS or text[e:para_end].strip() == "", (
                f"span stops inside its paragraph: {raw!r}"
            )
        else:
            assert raw[-1:] in MARKS and raw[-1:] != "", f"span does not end with a mark: {raw!r}"
        first = q["text"].split()[0]
        assert first in raw, f"{first!r} not in {raw!r}"


# ---------------------------------------------------------------------------------------------
# Hostile input: must return (no timing asserts)
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ['"' * 200_000, 'a "b" ' * 50_000],
    ids=["marks-only", "many-short-quotes"],
)
def test_hostile_input_returns(text: str) -> None:
    d = parse(text).to_dict()
    assert isinstance(d["quotes"], list)


# --- British single quotation marks as the main marks ---
BRITISH = (
    "LONDON (Reuters) - The union rejected the offer on Monday.\n\n"
    "'We will not back down on this,' said Mary Jones, the union's general secretary. "
    "'Our members deserve better.'\n\n"
    "Jones said the company's \"final offer\" was an insult and the workers' patience had run out.\n\n"
    "‘It’s the ’90s all over again,’ she added.\n"
)


def test_single_marks_story() -> None:
    got = _quotes(BRITISH)
    assert got == [
        ("We will not back down on this,", "Mary Jones", 1, "direct"),
        ("Our members deserve better.", "Mary Jones", 1, "direct"),
        ("It’s the ’90s all over again,", "Mary Jones", 3, "direct"),
    ]


def test_error_apostrophes_in_a_double_mark_story_are_not_quotes() -> None:
    text = "JAKARTA (Reuters) - \"It's done,\" he said of the workers' deal, which ends in '27."
    assert [q["text"] for q in parse(text).to_dict()["quotes"]] == ["It's done,"]


# ---------------------------------------------------------------------------------------------
# Kinds of unseen copy (issue 17): marks read twice through cp1252, paragraphs run into one line,
# a lost closing mark, speech after a colon or a bare speech verb
# ---------------------------------------------------------------------------------------------

MOJI2_OPEN = "\u00c3\u00a2\u00e2\u201a\u00ac\u00c5\u201c"  # “ read as cp1252 twice
MOJI2_CLOSE = "\u00c3\u00a2\u00e2\u201a\u00ac\u00c2\u009d"  # ”
MOJI2_DASH = "\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u20ac\u009d"  # — (it holds a once-read ” of its own)

KIND_CASES = [
    pytest.param(
        "SURABAYA (ANTARA) - PT Sinar Laut Tbk membeli pabrik pengalengan di Gresik "
        f"{MOJI2_DASH} nilainya belum diumumkan.\n\n"
        f"{MOJI2_OPEN}Pembelian ini memperkuat pasokan kami di Jawa Timur,{MOJI2_CLOSE} kata Direktur "
        "Utama Hendra Wijaya.\n",
        [("Pembelian ini memperkuat pasokan kami di Jawa Timur,", "Hendra Wijaya", 1, "direct")],
        id="id-marks-read-twice",
    ),
    pytest.param(
        "SANDAKAN: Ketua Polis Daerah Sandakan, Asisten Komisioner Rahim Osman berkata, air pasang "
        'merobohkan lagi rumah di Kampung Laut. "Pada pagi tadi, kita kenal pasti 38 buah rumah roboh. '
        '"Kemudian, 684 orang berada di pusat pemindahan sementara," katanya.\n',
        [
            (
                "Pada pagi tadi, kita kenal pasti 38 buah rumah roboh. Kemudian, 684 orang berada di "
                "pusat pemindahan sementara,",
                "Rahim Osman",
                0,
                "direct",
            )
        ],
        id="ms-paragraphs-on-one-line",
    ),
    pytest.param(
        "WASHINGTON (ANTARA) - Badan Sensus Amerika Serikat membantah laporan kebocoran data warga.\n\n"
        'Direktur badan itu Laura Chen juga menyebut "kesalahan terbesar publik adalah anggapan bahwa '
        "kami menjual data warga. Harian Washington Post pada Jumat menyiarkan laporan tentang pusat "
        "data itu.\n",
        [
            (
                "kesalahan terbesar publik adalah anggapan bahwa kami menjual data warga.",
                "Laura Chen",
                1,
                "partial",
            )
        ],
        id="id-unclosed-inside-a-sentence",
    ),
    pytest.param(
        "BEIRUT (AP) - Maria Haddad was exhausted after weeks on the road.\n\n"
        'A Christian, she prayed: "Do not desert us now, not like this."\n',
        [("Do not desert us now, not like this.", "Maria Haddad", 1, "direct")],
        id="en-colon-no-cue",
    ),
    pytest.param(
        "JENEWA (ANTARA News) - Utusan Khusus PBB Stefan Lindqvist, Jumat, membantah laporan mengenai "
        'rencananya untuk mundur, dan mengatakan, "Saya tidak mundur." Ia berbicara kepada wartawan.\n',
        [("Saya tidak mundur.", "Stefan Lindqvist", 0, "direct")],
        id="id-verb-comma-short-sentence",
    ),
    pytest.param(
        "MEDAN (ANTARA) - Bank Sumut membuka kantor cabang baru di Binjai. \u00c2\u00a0\u00c2\u00a0 "
        '"Kantor ini melayani nasabah di utara kota," ujar Direktur Utama Rahmat Lubis.\n',
        [("Kantor ini melayani nasabah di utara kota,", "Rahmat Lubis", 0, "direct")],
        id="id-mojibake-spaces-before-a-quote",
    ),
    pytest.param(
        "JAKARTA (ANTARA) - Ketua Umum PBSI Bambang Sutrisno mengumumkan dua pemain baru.\n\n"
        "Pria yang juga pengusaha itu mengatakan, kedua pemain sudah menandatangani kontrak.\n\n"
        '"Jadi tinggal berlatih minggu depan," kata dia.\n',
        [("Jadi tinggal berlatih minggu depan,", "Bambang Sutrisno", 2, "direct")],
        id="id-pria-is-no-name",
    ),
    pytest.param(
        "STEPANAKERT (AP) -- Traders at the bazaar complain about the new border\nposts.\n\n"
        '"We have to pay customs on all this, on cars, on wine," complained Anna\nKowalski, a small trader.\n\n'
        '"We want our own country," she said.\n',
        [
            ("We have to pay customs on all this, on cars, on wine,", "Anna Kowalski", 1, "direct"),
            ("We want our own country,", "Anna Kowalski", 2, "direct"),
        ],
        id="en-name-broken-by-a-hard-wrap",
    ),
    pytest.param(
        "JAKARTA (ANTARA) - Ekspor minyak sawit ke Chile naik tajam tahun lalu.\n\n"
        '"Ini contoh agar kita perlu mengejarnya," ungkap Direktur Perdagangan Bilateral, Kementerian '
        "Perdagangan (Kemendag), Rina Kusuma Dewi di Jakarta, Senin.\n",
        [("Ini contoh agar kita perlu mengejarnya,", "Rina Kusuma Dewi", 1, "direct")],
        id="id-ministry-short-form-between-commas",
    ),
    pytest.param(
        "NEW YORK (ANTARA/PRNewswire) -- Helix Inc. mengumumkan akuisisi SeaBright.\n\n"
        '"Akuisisi ini memberi kami platform distribusi yang mapan," kata Bapak Marco Bellini, CEO Helix Inc.\n',
        [("Akuisisi ini memberi kami platform distribusi yang mapan,", "Marco Bellini", 1, "direct")],
        id="id-name-then-role-at-a-company",
    ),
    pytest.param(
        "BANGKOK (AP) -- Chen Meiling and her husband fled to Thailand last year.\n\n"
        "Chen and Fu said they had been followed for weeks.\n\n"
        '"Now, what can they do?" Chen asked.\n',
        [("Now, what can they do?", "Chen Meiling", 2, "direct")],
        id="en-two-people-joined",
    ),
    pytest.param(
        "SEOUL (AP) -- North Korea said Monday it had detained an American tourist, Daniel Ross, 52, in "
        "the port city of Rajin.\n\n"
        '"During questioning he admitted to crimes against the state," KCNA state media reported.\n\n'
        '"His crimes were proved by evidence," it said.\n',
        [
            ("During questioning he admitted to crimes against the state,", "KCNA", 1, "direct"),
            ("His crimes were proved by evidence,", "KCNA", 2, "direct"),
        ],
        id="en-state-media-speaks",
    ),
    pytest.param(
        "SEOUL (Yonhap) -- North Korea's main newspaper attacked the joint drill on Sunday.\n\n"
        '"The drill is an outright hostile act," the Minju Choson said in a commentary.\n\n'
        'The paper said the drill included a "stabilization maneuver" in recaptured areas.\n',
        [
            ("The drill is an outright hostile act,", "Minju Choson", 1, "direct"),
            ("stabilization maneuver", "Minju Choson", 2, "partial"),
        ],
        id="en-the-paper-is-the-paper-named",
    ),
    pytest.param(
        "JAKARTA (ANTARA) - PT Nusa Seluler Tbk dan PT Andalas Telekom memperluas kerja sama penjualan.\n\n"
        '"Kerja sama ini memperluas jaringan kami ke seluruh Indonesia," demikian disampaikan Rudy Hartanto '
        "Wibowo, Presiden Direktur Nusa Seluler.\n",
        [
            (
                "Kerja sama ini memperluas jaringan kami ke seluruh Indonesia,",
                "Rudy Hartanto Wibowo",
                1,
                "direct",
            )
        ],
        id="id-demikian-disampaikan",
    ),
]


@pytest.mark.parametrize(("text", "want"), KIND_CASES)
def test_quote_kinds_of_unseen_copy(text: str, want: list[Q]) -> None:
    assert _quotes(text) == want
