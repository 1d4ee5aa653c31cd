"""Reported (indirect) speech in Indonesian and Malay (issue 18): invented stories in the shape of
ANTARA, Kompas and Bernama copy, each row the reported statements its story holds, as
(text, speaker, cue), read under ../shared/eval/GOLD_SCHEMA.md, "Reported (indirect) speech"."""

from __future__ import annotations

import pytest

from .test_quotes import ANTARA, BERNAMA, story
from .test_reported import R, _reported

CASES = [
    # --- Indonesian ---
    pytest.param(
        story(
            ANTARA,
            "Kepala Dinas Tanaman Pangan dan Perkebunan Rudi Hartono mengatakan harga jual tembakau "
            "cukup bagus tahun ini.",
        ),
        [("harga jual tembakau cukup bagus tahun ini", "Rudi Hartono", "mengatakan")],
        id="id-title-with-dan",  # the name run stops at "dan"; the words before it are the title
    ),
    pytest.param(
        story(
            ANTARA,
            "Kepala Dinas Perhubungan Sambodo Purnomo menutup jalan layang itu.",
            "Kendati demikian, kata Sambodo, pihaknya telah menyiapkan rute alternatif bagi pengendara.",
        ),
        [("pihaknya telah menyiapkan rute alternatif bagi pengendara", "Sambodo Purnomo", "kata")],
        id="id-cue-inside-after-connective",  # a clause after the name, not an apposition
    ),
    pytest.param(
        story(
            ANTARA,
            "Kepala Dinas Perhubungan Sambodo Purnomo menutup jalan layang itu.",
            "Jalan itu ditutup sejak pagi, kata Sambodo, Kepala Dinas Perhubungan.",
        ),
        [("Jalan itu ditutup sejak pagi", "Sambodo Purnomo", "kata")],
        id="id-cue-last-apposition",
    ),
    pytest.param(
        story(
            ANTARA,
            "Gubernur Andi Sudirman meminta masyarakat mencari informasi gempa dari sumber resmi.",
        ),
        [("masyarakat mencari informasi gempa dari sumber resmi", "Andi Sudirman", "meminta")],
        id="id-request-bare-verb",  # no "agar": the one asked, then what they are to do
    ),
    pytest.param(
        story(
            ANTARA,
            "Komisi Disiplin memeriksa rekaman pertandingan itu.",
            "Setelah melihat video dan meminta keterangan pengawas pertandingan, pihaknya juga memanggil wasit.",
        ),
        [],
        id="id-request-for-a-thing",  # "meminta keterangan": a thing asked for, whatever the subject
    ),
    pytest.param(
        story(
            ANTARA,
            "Wakil Gubernur Deddy Mizwar membuka kampanye hemat energi.",
            "Ia berpesan kepada seluruh warga untuk mematikan lampu yang tidak digunakan.",
        ),
        [("kepada seluruh warga untuk mematikan lampu yang tidak digunakan", "Deddy Mizwar", "berpesan")],
        id="id-request-berpesan",
    ),
    pytest.param(
        story(
            ANTARA,
            "Kapolres Rudi Hartono menggelar jumpa pers di Mapolres.",
            "Ia menjelaskan sebagian modus para pelaku.",
        ),
        [],
        id="id-explained-a-noun-phrase",  # "menjelaskan sebagian modus": what was explained, not a clause
    ),
    pytest.param(
        story(
            ANTARA,
            "Menteri Perdagangan Enggartiasto Lukita membuka seminar kewirausahaan.",
            "Ia menjelaskan salah satu penyebabnya yakni sistem pendidikan yang kurang mendorong mahasiswa.",
        ),
        [
            (
                "salah satu penyebabnya yakni sistem pendidikan yang kurang mendorong mahasiswa",
                "Enggartiasto Lukita",
                "menjelaskan",
            )
        ],
        id="id-explained-a-bare-clause",  # "yakni" links the clause's subject and predicate
    ),
    pytest.param(
        story(
            ANTARA,
            "Gempa bermagnitudo 5,9 mengguncang Pulau Bawean pada Jumat siang.",
            "Berdasarkan catatan BMKG, terdapat dua gempa signifikan hingga Sabtu pagi.",
        ),
        [("terdapat dua gempa signifikan hingga Sabtu pagi", "BMKG", "Berdasarkan catatan")],
        id="id-berdasarkan-catatan",  # a record someone gave, like "menurut"
    ),
    pytest.param(
        story(
            ANTARA,
            "Bupati Joko Santoso meninjau lokasi banjir.",
            "Menurut dia penyebab banjir adalah hujan deras semalam.",
        ),
        [("penyebab banjir adalah hujan deras semalam", "Joko Santoso", "Menurut dia")],
        id="id-menurut-dia-no-comma",
    ),
    pytest.param(
        story(
            ANTARA,
            "Pemilih di Pakistan mendatangi tempat pemungutan suara pada Sabtu pagi, demikian Reuters.",
        ),
        [("Pemilih di Pakistan mendatangi tempat pemungutan suara pada Sabtu pagi", "Reuters", "demikian")],
        id="id-demikian-closer",  # "..., demikian Reuters.": the source closes the sentence
    ),
    pytest.param(
        story(
            ANTARA,
            "Kepala Dinas Koperasi, UKM dan Perdagangan Kabupaten Gresik, M Najikh, Jumat mengatakan, "
            "pihaknya telah mempertemukan 20 pelaku UKM dengan investor.",
        ),
        [("pihaknya telah mempertemukan 20 pelaku UKM dengan investor", "M Najikh", "mengatakan")],
        id="id-name-between-commas-before-a-day",  # not "Kota Padang", the title's organisation
    ),
    pytest.param(
        story(
            ANTARA,
            "Soal ujian tiba terlambat di Kabupaten Bogor, kata Kepala Dinas Pendidikan Gada Sembada.",
            '"Kami diminta menunggu," kata Gada. Gada menjelaskan, tidak biasanya pengiriman soal '
            "dilakukan terpisah.",
        ),
        [
            ("Soal ujian tiba terlambat di Kabupaten Bogor", "Gada Sembada", "kata"),
            ("tidak biasanya pengiriman soal dilakukan terpisah", "Gada Sembada", "menjelaskan"),
        ],
        id="id-short-name-ends-a-sentence",  # "kata Gada." is no abbreviation like "Gen."
    ),
    pytest.param(
        story(
            ANTARA,
            "Bupati Joko Santoso meninjau lokasi banjir di Desa Sukamaju.",
            "Di bagian lain, Joko menyebut warga harus dipindahkan ke gedung sekolah, karena air masih naik. "
            '\\"Kami sudah mengirim bantuan,\\" katanya.',
        ),
        [("warga harus dipindahkan ke gedung sekolah, karena air masih naik", "Joko Santoso", "menyebut")],
        id="id-escaped-marks-end-a-sentence",  # '\\"' as scraped copy prints a mark
    ),
    pytest.param(
        story(
            ANTARA,
            "Menteri Luar Negeri Retno Marsudi mengatakan utusan itu akan memutus hubungan resmi dengan "
            "Liga Arab. Liga Arab mengangkat utusan itu pada September.",
        ),
        [("utusan itu akan memutus hubungan resmi dengan Liga Arab", "Retno Marsudi", "mengatakan")],
        id="id-short-word-ends-a-sentence",  # "Arab." is a word the story prints, not "Gen."
    ),
    pytest.param(
        story(
            ANTARA,
            "Gempa bermagnitudo 5,9 mengguncang Pulau Bawean pada Jumat siang.",
            "Tak hanya itu, sebanyak 2 ribu rumah warga juga dilaporkan rusak.",
        ),
        [("sebanyak 2 ribu rumah warga juga dilaporkan rusak", None, "dilaporkan")],
        id="id-passive-inside",  # the cue inside the content, the source unnamed
    ),
    pytest.param(
        story(
            ANTARA,
            "Warga Desa Sukamaju melaporkan dugaan penipuan itu.",
            "Pelaku kemudian dilaporkan ke polisi. Kawasan itu disebut sebagai kampung wisata.",
        ),
        [],
        id="id-passive-no-report",  # "dilaporkan ke polisi", "disebut sebagai": no speech
    ),
    pytest.param(
        story(
            ANTARA,
            "Kepala Pusat Gempa BMKG Daryono mengatakan gempa itu tidak berpotensi tsunami.",
            "Pusat Krisis Kesehatan Kementerian Kesehatan mengatakan korban gempa dalam kondisi baik.",
        ),
        [
            ("gempa itu tidak berpotensi tsunami", "Daryono", "mengatakan"),
            ("korban gempa dalam kondisi baik", "Pusat Krisis Kesehatan Kementerian Kesehatan", "mengatakan"),
        ],
        id="id-organisation-of-titles-speaks",  # a ministry's unit, not the official named before
    ),
    pytest.param(
        story(
            ANTARA,
            "Vaksinasi tahap kedua digelar di RSUD Yowari.",
            "Bupati mengungkapkan, vaksin kedua ini diikutinya sesuai dengan jadwal.",
        ),
        [("vaksin kedua ini diikutinya sesuai dengan jadwal", None, "mengungkapkan")],
        id="id-a-role-alone-is-no-organisation",  # "Bupati" is someone the story did not name here
    ),
    pytest.param(
        story(
            ANTARA,
            "Menteri Luar Negeri Retno Marsudi menggelar jumpa pers.",
            "Disebutkan pula, pemerintah sudah menghubungi keluarga para WNI.",
        ),
        [("pemerintah sudah menghubungi keluarga para WNI", "Retno Marsudi", "Disebutkan pula")],
        id="id-opener-with-pula",  # whoever was put forward last, not "pula"
    ),
    pytest.param(
        story(
            ANTARA,
            "Sutradara Nia Dinata memutar film-film lama di festival itu.",
            '"Temanya masih relevan," kata Nia, menambahkan tema anti kekerasan jarang ditemui di film baru.',
        ),
        [("tema anti kekerasan jarang ditemui di film baru", "Nia Dinata", "menambahkan")],
        id="id-cue-then-verb",  # the speaker of the closing cue goes on with a second verb
    ),
    pytest.param(
        story(
            ANTARA,
            "Menteri Luar Negeri Retno Marsudi pada Senin membantah bahwa Indonesia akan menarik duta besarnya.",
            "Kementerian Perdagangan pada Selasa mengatakan ekspor sawit naik 5 persen.",
        ),
        [
            ("Indonesia akan menarik duta besarnya", "Retno Marsudi", "membantah"),
            ("ekspor sawit naik 5 persen", "Kementerian Perdagangan", "mengatakan"),
        ],
        id="id-day-between-subject-and-verb",  # "X pada Senin mengatakan": X speaks, not "Senin"
    ),
    pytest.param(
        story(
            ANTARA,
            "Militer Israel mengeluarkan peringatan sebelum serangan dan sudah mendesak penduduk di daerah "
            "itu untuk mengungsi.",
        ),
        [("penduduk di daerah itu untuk mengungsi", "Militer Israel", "mendesak")],
        id="id-second-verb-after-dan-sudah",  # the sentence's subject asks with its second verb
    ),
    pytest.param(
        story(
            ANTARA,
            "Menko Perekonomian Darmin Nasution mengatakan Indonesia kecewa dengan aturan itu, begitu pula "
            "Malaysia.",
            "Indonesia mengklaim sudah memperbaiki berbagai kekurangan di masa lalu.",
        ),
        [
            ("Indonesia kecewa dengan aturan itu, begitu pula Malaysia", "Darmin Nasution", "mengatakan"),
            ("sudah memperbaiki berbagai kekurangan di masa lalu", "Indonesia", "mengklaim"),
        ],
        id="id-country-speaks",  # a country alone as the subject speaks for itself
    ),
    # --- Malay ---
    pytest.param(
        story(
            BERNAMA,
            "Sepasang suami isteri ditemukan maut di luar rumah mereka.",
            "Memetik laporan Daily Mail, pasangan itu ditikam ketika anak mereka sedang tidur.",
        ),
        [("pasangan itu ditikam ketika anak mereka sedang tidur", "Daily Mail", "Memetik laporan")],
        id="ms-memetik-laporan",
    ),
    pytest.param(
        story(
            BERNAMA,
            "Pesuruhjaya Polis Sabah Datuk Jauteh Dikun menafikan dakwaan itu.",
            "Tambah beliau lagi, pihaknya belum menerima sebarang laporan polis berhubung isu itu.",
        ),
        [
            (
                "pihaknya belum menerima sebarang laporan polis berhubung isu itu",
                "Jauteh Dikun",
                "Tambah beliau lagi",
            ),
        ],
        id="ms-opener-with-lagi",
    ),
    pytest.param(
        story(
            BERNAMA,
            "Ketua Pengarah Kesihatan Tan Sri Dr. Noor Hisham Abdullah memaklumkan terdapat satu kluster "
            "baharu di penjara itu.",
        ),
        [("terdapat satu kluster baharu di penjara itu", "Noor Hisham Abdullah", "memaklumkan")],
        id="ms-bare-clause-terdapat",  # "terdapat" (there is) is the clause's predicate
    ),
    pytest.param(
        story(
            BERNAMA,
            "Polis Diraja Malaysia (PDRM) menafikan rumah balu perwira negara itu dirobohkan pihak berkuasa.",
        ),
        [
            (
                "rumah balu perwira negara itu dirobohkan pihak berkuasa",
                "Polis Diraja Malaysia (PDRM)",
                "menafikan",
            )
        ],
        id="ms-organisation-with-acronym-speaks",
    ),
    pytest.param(
        story(
            BERNAMA,
            "Menteri Komunikasi Fahmi Fadzil menjawab soalan wartawan di Parlimen.",
            "Beliau berkata demikian selepas menjadi tetamu sesi temu bual eksklusif Bernama Radio.",
        ),
        [],
        id="ms-said-so-is-no-content",  # "berkata demikian": what was said is in the sentences before
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_reported_idms(text: str, want: list[R]) -> None:
    assert _reported(text) == want
