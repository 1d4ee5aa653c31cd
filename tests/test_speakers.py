"""Quotes and speakers in the shapes real wire and scraped copy takes (issue #11).

The same row format as test_quotes.py: a small invented story and the quotes it holds, as
(text, speaker, paragraph, kind). Each group is one kind of thing real copy does.
"""

from __future__ import annotations

import pytest

from .test_quotes import ANTARA, BERNAMA, REUTERS, Q, _quotes, story

UPI = "WASHINGTON (UPI) -- "
PADANG = "Padang (ANTARA) - "

MARK_CASES = [
    # AP and UPI wire files print TeX-style marks: ``...''
    pytest.param(
        "\tWASHINGTON (UPI) -- The talks ended on Tuesday.\n"
        "\t``We will not give up on this fight,'' John Smith said.\n",
        [("We will not give up on this fight,", "John Smith", 1, "direct")],
        id="tex-marks",
    ),
    pytest.param(
        story(UPI, "Senator Mary Jones said the plan was ``dead on arrival'' in the Senate."),
        [("dead on arrival", "Mary Jones", 0, "partial")],
        id="tex-marks-partial",
    ),
    # a scraper ate the opening mark and escaped the closing one
    pytest.param(
        story(
            ANTARA,
            "Harga beras di pasar turun pekan ini.",
            '\\Stok di gudang cukup untuk enam bulan,\\" kata Budi Santoso.',
        ),
        [("Stok di gudang cukup untuk enam bulan,", "Budi Santoso", 1, "direct")],
        id="backslash-opener",
    ),
    pytest.param(
        story(
            ANTARA,
            "Budi Santoso berbicara pada \\Seminar Pangan Nasional di Solo, Senin.",
            '\\"Stok di gudang cukup untuk enam bulan,\\" kata dia.',
        ),
        [("Stok di gudang cukup untuk enam bulan,", "Budi Santoso", 1, "direct")],
        id="error-backslash-without-escaped-close",
    ),
    # entities encoded twice by a scraper: &amp;quot;
    pytest.param(
        story(
            PADANG,
            "Pedagang mengeluhkan penjualan yang lesu.",
            "&amp;quot;Pembeli masih sepi sekali,&amp;quot; kata Teguh (40).",
        ),
        [("Pembeli masih sepi sekali,", "Teguh", 1, "direct")],
        id="double-encoded-entity",
    ),
]


@pytest.mark.parametrize(("text", "want"), MARK_CASES)
def test_marks_of_real_copy(text: str, want: list[Q]) -> None:
    assert _quotes(text) == want


SPEAKER_CASES = [
    # a place after a title is no name: the person follows the comma
    pytest.param(
        story(
            ANTARA,
            "Polisi menangkap tiga pelaku penipuan daring pekan ini.",
            '"Pelaku sudah kami tahan," kata Kasubdit II Ditreskrimsus Polda Bengkulu, AKBP Rudi Hartono, di Bengkulu.',
            '"Kami masih mencari dua orang lagi," kata dia.',
        ),
        [
            ("Pelaku sudah kami tahan,", "Rudi Hartono", 1, "direct"),
            ("Kami masih mencari dua orang lagi,", "Rudi Hartono", 2, "direct"),
        ],
        id="id-place-after-title",
    ),
    # a long title with "dan" in it, then the name after a comma
    pytest.param(
        story(
            ANTARA,
            "Sekolah dilarang menggelar tes masuk.",
            '"Tidak boleh ada seleksi," ujar Direktur Pembinaan Sekolah Dasar dan Menengah Kemdikbud, Rina Wulandari.',
        ),
        [("Tidak boleh ada seleksi,", "Rina Wulandari", 1, "direct")],
        id="id-title-with-dan-then-name",
    ),
    # the last of several runs between commas
    pytest.param(
        story(
            BERNAMA,
            "Syarikat itu menandatangani perjanjian baharu.",
            '"Kami gembira dengan kerjasama ini," kata Presiden dan Ketua Pegawai Eksekutif, Nusantara Aero, '
            "Kamal Idris.",
        ),
        [("Kami gembira dengan kerjasama ini,", "Kamal Idris", 1, "direct")],
        id="ms-apposition-org-then-name",
    ),
    # a relative clause between the subject and the verb: the subject speaks, not the clause's title
    pytest.param(
        story(
            BERNAMA,
            "Kerajaan akan membina 200 rumah baharu di Kedah, kata Menteri Besar Datuk Seri Rashid Osman.",
            "Beliau yang juga Pengerusi Jawatankuasa Pengurusan Bencana Negeri berkata kerja akan bermula bulan depan.",
            '"Kita mesti bergerak cepat," katanya.',
        ),
        [("Kita mesti bergerak cepat,", "Rashid Osman", 2, "direct")],
        id="ms-relative-clause-and-inverted-lead",
    ),
    # a newspaper quoting someone: the person, not the paper
    pytest.param(
        story(
            REUTERS,
            "Premier Li Wenbo and Governor Ann Park spoke about farming on Monday.",
            "The newspaper quoted Li as saying that the harvest was poor.",
            '"We must grow more grain," he said.',
        ),
        [("We must grow more grain,", "Li Wenbo", 2, "direct")],
        id="en-quoted-as-saying",
    ),
    # a person named inside an unnamed description; a place inside one names no one
    pytest.param(
        story(
            ANTARA,
            "Bank sampah di Yogyakarta makin ramai.",
            "Salah satu peserta pelatihan Sri Handayani yang tergabung dalam Bank Sampah Maju Bersama "
            "mengatakan nilai jual sampah naik.",
            '"Kami senang sekali ikut pelatihan," kata dia.',
            "Seorang pengunjung dari Kota Gede yang enggan disebut namanya mengatakan ia datang tiap pekan.",
            '"Saya suka suasananya di sini," kata dia.',
        ),
        [
            ("Kami senang sekali ikut pelatihan,", "Sri Handayani", 2, "direct"),
            ("Saya suka suasananya di sini,", None, 4, "direct"),
        ],
        id="id-named-inside-description",
    ),
    # a quote with no cue, paragraphs after the person was put forward
    pytest.param(
        story(
            BERNAMA,
            "Bekalan air di tiga kampung terputus sejak Isnin.",
            "Ahli Dewan Undangan Negeri Jeram, Datuk K Ramasamy berkata, masalah itu akan selesai minggu ini.",
            "Katanya, lori tangki akan menghantar air setiap pagi.",
            '"Jabatan sudah diminta menyelesaikan masalah pam dengan segera."',
        ),
        [("Jabatan sudah diminta menyelesaikan masalah pam dengan segera.", "K Ramasamy", 3, "direct")],
        id="ms-no-cue-last-put-forward",
    ),
    # the owner in a possessive is not the speaker
    pytest.param(
        story(
            REUTERS,
            "A landslide buried two houses in the village on Sunday.",
            '"I heard a roar and then nothing," said Li Mei\'s grieving husband, Zhou Ming, from the next village.',
        ),
        [("I heard a roar and then nothing,", "Zhou Ming", 1, "direct")],
        id="en-possessive-owner",
    ),
    # any words between the quote and the cue: the last person they name
    pytest.param(
        story(
            REUTERS,
            "The agency widened its powers on Tuesday.",
            '"The task force will have broader authority," National Relief Agency head Dana Whitfield '
            "told The Capital Post.",
            '"We fined 50 traders at the market," the task force\'s enforcement coordinator, Omar Yusuf, told reporters.',
        ),
        [
            ("The task force will have broader authority,", "Dana Whitfield", 1, "direct"),
            ("We fined 50 traders at the market,", "Omar Yusuf", 2, "direct"),
        ],
        id="en-words-before-cue",
    ),
    pytest.param(
        story(
            REUTERS,
            "Noura el-Sayed, an economist at Cairo University, said the plant would help.",
            '"The challenge now is the grid," el-Sayed added.',
        ),
        [("The challenge now is the grid,", "Noura el-Sayed", 1, "direct")],
        id="en-particle-surname",
    ),
    # one person under several names: initials, a misspelt surname
    pytest.param(
        story(
            ANTARA,
            "Mantan Presiden Bima Surya Wijaya bertemu Presiden Joko Santoso di Istana.",
            "BSW menyampaikan bahwa ia telah melapor kepada Presiden Joko Santoso.",
            '"Tugas ini penting bagi bangsa," katanya.',
            '"Saya siap membantu," kata BSW yang datang bersama istrinya ke Jakarta.',
        ),
        [
            ("Tugas ini penting bagi bangsa,", "Bima Surya Wijaya", 2, "direct"),
            ("Saya siap membantu,", "Bima Surya Wijaya", 3, "direct"),
        ],
        id="id-initials",
    ),
    pytest.param(
        story(
            REUTERS,
            "Dr. Ruth Halverson of the health agency warned of resistant germs.",
            '"We are seeing much more resistance than before," Halvreson said.',
        ),
        [("We are seeing much more resistance than before,", "Ruth Halverson", 1, "direct")],
        id="en-misspelt-surname",
    ),
    # a sentence opened by a cue reports; its subject is not the speaker
    pytest.param(
        story(
            BERNAMA,
            "Pesuruhjaya Polis Sabah, Datuk Rahim Sulong, berkata rumah itu tidak dirobohkan.",
            "Katanya, Siti Aminah Yusof mempunyai seorang anak yang menjadi pegawai polis.",
            '"Golongan ini mengambil kesempatan atas isu itu," katanya.',
        ),
        [("Golongan ini mengambil kesempatan atas isu itu,", "Rahim Sulong", 2, "direct")],
        id="ms-katanya-opens-sentence",
    ),
    # a person named inside an unnamed description after the cue
    pytest.param(
        story(
            PADANG,
            "Pedagang bendera mengeluhkan penjualan yang lesu.",
            '"Penjualan tahun ini merosot separuh," kata seorang pedagang bendera Joni (40) di Pasar Raya, Rabu.',
            '"Pembeli masih sepi," ujar dia.',
        ),
        [
            ("Penjualan tahun ini merosot separuh,", "Joni", 1, "direct"),
            ("Pembeli masih sepi,", "Joni", 2, "direct"),
        ],
        id="id-named-inside-description-after-cue",
    ),
    # a clause inside someone's reported speech puts no one new forward
    pytest.param(
        story(
            ANTARA,
            '"Kasus ini melibatkan pelajar," kata Kapolres Bengkulu AKBP Rudi Hartono.',
            "Namun, ia menerangkan lagi, para pelaku meminta agar korban merahasiakan pekerjaannya.",
            '"Kami terus mengawasi kasus seperti ini," kata dia.',
        ),
        [
            ("Kasus ini melibatkan pelajar,", "Rudi Hartono", 0, "direct"),
            ("Kami terus mengawasi kasus seperti ini,", "Rudi Hartono", 2, "direct"),
        ],
        id="id-reported-clause-no-new-subject",
    ),
    # academic degrees after a name
    pytest.param(
        story(
            ANTARA,
            "Vaksinasi tahap kedua dimulai di Sentani.",
            "Bupati Jayapura, Markus Wenda, SE, M.Si telah menerima vaksin kedua pada Kamis.",
            '"Saya langsung bekerja setelah vaksin," katanya.',
        ),
        [("Saya langsung bekerja setelah vaksin,", "Markus Wenda", 2, "direct")],
        id="id-degrees-after-name",
    ),
    # a named organisation speaks, and "the ministry" points back to it
    pytest.param(
        story(
            "PUTRAJAYA 2 Mei - ",
            "Sebanyak 1,000 permohonan diterima bagi sesi baharu, kata Kementerian Pendidikan hari ini.",
            '"Calon-calon ini layak dan melepasi syarat am," kata kementerian itu dalam satu kenyataan.',
        ),
        [("Calon-calon ini layak dan melepasi syarat am,", "Kementerian Pendidikan", 1, "direct")],
        id="ms-organisation-speaks",
    ),
    # a one-word sentence subject is someone only if the story put them forward before
    pytest.param(
        story(
            BERNAMA,
            "Ahmad Kamal berkata syarikat itu akan membuka cawangan baharu.",
            "Pelanggan boleh membuat tempahan melalui aplikasi Jetlink Tempahan di laman web.",
            "Tempahan dibuka mulai esok untuk semua pelanggan.",
            '"Kami menjangka permintaan tinggi," katanya.',
        ),
        [("Kami menjangka permintaan tinggi,", "Ahmad Kamal", 3, "direct")],
        id="ms-one-word-subject-not-put-forward",
    ),
    # partial quotes after more reporting verbs, and after "has said"
    pytest.param(
        story(
            REUTERS,
            'Ambassador Omar Haddad condemned the "cowardly and criminal" attack on Friday.',
            'The Foreign Ministry has said the talks "will go on as planned."',
        ),
        [
            ("cowardly and criminal", "Omar Haddad", 0, "partial"),
            ("will go on as planned.", "Foreign Ministry", 1, "partial"),
        ],
        id="en-partial-more-verbs",
    ),
    pytest.param(
        story(
            REUTERS,
            'Forecasters have warned that the long rains, known locally as the "vuli", could come late.',
        ),
        [],
        id="en-error-term-after-long-phrase",
    ),
    # a description that points back, with a name inside it that is not the speaker's
    pytest.param(
        story(
            ANTARA,
            "Aktris Dewi Lestari menghadiri peringatan Hari Kartini di Jakarta.",
            "Dewi Lestari mengatakan perjuangan perempuan belum selesai.",
            '"Ada masalah baru yang dihadapi perempuan," ujar istri aktor Bima Sakti itu di Gedung Kesenian Jakarta.',
        ),
        [("Ada masalah baru yang dihadapi perempuan,", "Dewi Lestari", 2, "direct")],
        id="id-description-points-back",
    ),
    # the pronoun inside a cue: "kata beliau lagi"
    pytest.param(
        story(
            BERNAMA,
            "Pengarah Penjara, Azlan Hamid berkata, keadaan masih terkawal.",
            '"Saya harap kluster ini tidak merebak," kata beliau lagi.',
        ),
        [("Saya harap kluster ini tidak merebak,", "Azlan Hamid", 1, "direct")],
        id="ms-pronoun-in-cue",
    ),
    # a surname without its particle, a court that speaks, a longer definite description
    pytest.param(
        story(
            REUTERS,
            "President Karim al-Rashid was sworn in on Wednesday.",
            '"I call on everyone to lay down their arms," Rashid said.',
            'The European Court of Justice said the country had acted "against its will."',
            '"I lose customers when I cannot reply," said Dina Sari, 40, who runs a shop.',
            '"It is hard," the mother of three added.',
        ),
        [
            ("I call on everyone to lay down their arms,", "Karim al-Rashid", 1, "direct"),
            ("against its will.", "European Court of Justice", 2, "partial"),
            ("I lose customers when I cannot reply,", "Dina Sari", 3, "direct"),
            ("It is hard,", "Dina Sari", 4, "direct"),
        ],
        id="en-particle-court-definite",
    ),
    # a semicolon before the quote; the pronoun after a description is the subject
    pytest.param(
        story(
            REUTERS,
            "Director Kim Min-jun said backstage that no one could predict the result.",
            'Speaking through an interpreter he added; "It is true that the momentum is building."',
        ),
        [("It is true that the momentum is building.", "Kim Min-jun", 1, "direct")],
        id="en-semicolon-intro-pronoun",
    ),
    # a description, then the name alone between commas: the name speaks
    pytest.param(
        story(
            REUTERS,
            "Fighting went on near the border on Sunday.",
            'The militia chief in the town, Omar Haddad, said: "The roads are closed."',
        ),
        [("The roads are closed.", "Omar Haddad", 1, "direct")],
        id="en-description-then-bare-name-intro",
    ),
    pytest.param(
        story(
            REUTERS,
            "Fighting went on near the border on Sunday.",
            '"We will hold the bridge," the militia chief, Omar Haddad, said.',
        ),
        [("We will hold the bridge,", "Omar Haddad", 1, "direct")],
        id="en-description-then-bare-name-after",
    ),
    pytest.param(
        story(
            REUTERS,
            "Near the town, a Reuters photographer, Anna Klein, said she had seen two trucks.",
            '"In the first one I counted 35," she said.',
        ),
        [("In the first one I counted 35,", "Anna Klein", 1, "direct")],
        id="en-bare-name-after-description-with-agency",
    ),
    pytest.param(
        story(
            BERNAMA,
            "Bas sekolah baharu mula beroperasi hari ini.",
            'Seorang ibu di Kampung Baru, Jelebu, Siti Aminah, 45, berkata: "Saya lega anak saya selamat."',
        ),
        [("Saya lega anak saya selamat.", "Siti Aminah", 1, "direct")],
        id="ms-place-then-bare-name-nearest-the-verb",
    ),
    # "U.S." and an initial ("Robert T. Ellison") end no sentence: the speech verb before them counts
    pytest.param(
        story(
            REUTERS,
            "Foreign Minister Jane Roe said the bombings of U.S. embassies in two capitals "
            '"show that terror is an indiscriminate killer."',
        ),
        [("show that terror is an indiscriminate killer.", "Jane Roe", 0, "partial")],
        id="en-abbreviation-ends-no-sentence",
    ),
    # a name opening the sentence before a description whose closing comma is left out
    pytest.param(
        story(
            ANTARA,
            "Duta besar itu mencicipi nasi jamblang saat berkunjung, Senin. Wati, salah seorang "
            "pelayan warung menuturkan, tamunya mengambil sambal.",
            '"Beliau suka yang pedas," katanya.',
        ),
        [("Beliau suka yang pedas,", "Wati", 1, "direct")],
        id="id-name-then-description-without-closing-comma",
    ),
    pytest.param(
        story(
            ANTARA,
            "Banjir merendam tiga desa, Senin. Di Cirebon, seorang petugas mengatakan air mulai surut.",
            '"Warga sudah kembali," katanya.',
        ),
        [("Warga sudah kembali,", None, 1, "direct")],
        id="id-error-place-then-description-is-no-one",
    ),
    pytest.param(
        story(
            REUTERS,
            "A defense attorney for Lee, Mark Stone, has insisted that someone "
            '"besides my client" was behaving in a threatening manner.',
        ),
        [("besides my client", "Mark Stone", 0, "partial")],
        id="en-partial-description-then-bare-name",
    ),
    # a quote with no cue of its own: someone put forward after the last quote's sentence speaks
    pytest.param(
        story(
            ANTARA,
            '"Pasien sudah diisolasi," kata Kepala Dinas Kesehatan Rudi Hartono. Direktur RSUD Maria '
            'Lestari menambahkan tim dokter terus bekerja. "Semua pasien dalam kondisi stabil."',
        ),
        [
            ("Pasien sudah diisolasi,", "Rudi Hartono", 0, "direct"),
            ("Semua pasien dalam kondisi stabil.", "Maria Lestari", 0, "direct"),
        ],
        id="id-no-cue-someone-put-forward-since",
    ),
    pytest.param(
        story(
            REUTERS,
            '"This is far from reality," Omar Haddad of the National Council opposition group told '
            'Reuters. "It was a theatrical election."',
        ),
        [
            ("This is far from reality,", "Omar Haddad", 0, "direct"),
            ("It was a theatrical election.", "Omar Haddad", 0, "direct"),
        ],
        id="en-no-cue-the-last-speaker-goes-on",
    ),
    # a title, a comma, then the name, and a clause after it ("saat dikonfirmasi"); "Sekertaris" is a
    # common spelling of "Sekretaris"
    pytest.param(
        story(
            ANTARA,
            "Tim Satpol PP menyelamatkan seorang pengemudi ojek di Balai Kota.",
            '"Korbannya berusia 42 tahun," kata Sekretaris Satpol PP Makassar, Ikhsan saat dikonfirmasi, Selasa.',
            '"Ia sudah pulih," kata Sekertaris Dinas Sosial Makassar, Rahmat saat ditemui, Rabu.',
        ),
        [
            ("Korbannya berusia 42 tahun,", "Ikhsan", 1, "direct"),
            ("Ia sudah pulih,", "Rahmat", 2, "direct"),
        ],
        id="id-title-comma-name-then-clause",
    ),
    # "The minister" opening a sentence is the one person the story gave that role, if only one
    pytest.param(
        story(
            REUTERS,
            "Defense Minister Park Min-ho ordered a review of the army's networks, according to "
            "Rep. Kim Soo-jin of the ruling party.",
            "The minister pointed out the breach happened under the previous government.",
            '"Related measures stop short of expectations," he said.',
        ),
        [("Related measures stop short of expectations,", "Park Min-ho", 2, "direct")],
        id="en-the-minister-is-the-one-minister",
    ),
    pytest.param(
        story(
            REUTERS,
            "Defense Minister Park Min-ho met Foreign Minister Lee Jae-won on Monday.",
            "The minister pointed out the breach happened under the previous government.",
            '"Related measures stop short of expectations," he said.',
        ),
        [("Related measures stop short of expectations,", None, 2, "direct")],
        id="en-error-the-minister-of-two-is-no-one",
    ),
    # a title, a comma, the name, then the day: the day is no apposition
    pytest.param(
        story(
            ANTARA,
            "Polisi menangkap dua pelaku.",
            '"Keduanya sudah kami tahan," kata Kepala Bidang Humas Polda Metro Jaya, Kombes Ade Ary, Senin.',
        ),
        [("Keduanya sudah kami tahan,", "Ade Ary", 1, "direct")],
        id="id-title-comma-name-comma-day",
    ),
    pytest.param(
        story(
            BERNAMA,
            "Polis menahan dua lelaki.",
            '"Kedua-dua suspek direman," kata Ketua Polis Daerah, Mohd Azlan, Isnin.',
        ),
        [("Kedua-dua suspek direman,", "Mohd Azlan", 1, "direct")],
        id="ms-title-comma-name-comma-day",
    ),
    pytest.param(
        story(REUTERS, "The bill passed.", '"It is a good day," said the lawmaker, Sen. Ann Moore.'),
        [("It is a good day,", "Ann Moore", 1, "direct")],
        id="en-apposition-with-sen-is-no-day",
    ),
    # after the quote, a description with "of" in it, then the name between commas
    pytest.param(
        story(
            REUTERS,
            "The rupiah weakened on Monday.",
            '"We are in the market," the central bank\'s head of monetary management, Arif Hidayat, '
            "said in a text message.",
        ),
        [("We are in the market,", "Arif Hidayat", 1, "direct")],
        id="en-description-with-of-then-bare-name",
    ),
    # small words inside a name (lang/*.toml name_connectors)
    pytest.param(
        story(REUTERS, "The seawall collapsed.", '"We cannot keep patching it," said Mayor Ramon dela Paz.'),
        [("We cannot keep patching it,", "Ramon dela Paz", 1, "direct")],
        id="en-name-dela",
    ),
    pytest.param(
        story(BERNAMA, "Jambatan itu runtuh.", '"Kerja baik pulih bermula esok," kata Ramasamy a/l Muthu.'),
        [("Kerja baik pulih bermula esok,", "Ramasamy a/l Muthu", 1, "direct")],
        id="ms-name-a-l",
    ),
    # a group opening the sentence is no one named (lang/*.toml non_names)
    pytest.param(
        story(REUTERS, 'Analysts said the deal was "a game changer" for the region.'),
        [("a game changer", None, 0, "partial")],
        id="en-group-is-no-one",
    ),
    pytest.param(
        story(ANTARA, 'Warga menyebut banjir itu "yang terparah dalam sepuluh tahun" terakhir.'),
        [("yang terparah dalam sepuluh tahun", None, 0, "partial")],
        id="id-group-is-no-one",
    ),
    # a party and state after a US lawmaker's name is no apposition
    pytest.param(
        story(REUTERS, "The bill passed.", '"It is a good day," said Sen. Margaret Holloway, D-Ore.'),
        [("It is a good day,", "Margaret Holloway", 1, "direct")],
        id="en-party-tag",
    ),
    # ranks and village heads as titles (lang/*.toml titles); a housing estate names no one
    pytest.param(
        story(
            ANTARA, "Polisi menangkap dua pelaku.", '"Keduanya sudah kami tahan," kata Aiptu Teguh Santoso.'
        ),
        [("Keduanya sudah kami tahan,", "Teguh Santoso", 1, "direct")],
        id="id-police-rank",
    ),
    pytest.param(
        story(
            ANTARA, "Banjir merendam desa itu.", '"Air mulai surut," kata Kepala Desa Sukamaju Teguh Santoso.'
        ),
        [("Air mulai surut,", "Teguh Santoso", 1, "direct")],
        id="id-village-head",
    ),
    pytest.param(
        story(
            ANTARA,
            "Banjir merendam desa itu.",
            '"Air mulai surut," kata seorang warga Perumahan Griya Asri yang enggan disebut namanya.',
        ),
        [("Air mulai surut,", None, 1, "direct")],
        id="id-housing-estate-is-no-one",
    ),
    pytest.param(
        story(
            BERNAMA,
            "Polis menahan dua lelaki.",
            'Ketua Polis Daerah Hulu Selangor, Superintendan Mohd Azlan Sulaiman berkata, "Kedua-dua suspek direman."',
        ),
        [("Kedua-dua suspek direman.", "Mohd Azlan Sulaiman", 1, "direct")],
        id="ms-police-rank",
    ),
    # more speech verbs: a short direct quote is speech when a verb cues it
    pytest.param(
        story(REUTERS, "The vote ended late on Tuesday.", '"Finally," exclaimed Senator Jane Roe.'),
        [("Finally,", "Jane Roe", 1, "direct")],
        id="en-exclaimed",
    ),
    pytest.param(
        story(
            ANTARA,
            "Rapat berakhir pada Selasa malam.",
            '"Kami menolak usulan itu," tulis Rina Marpaung di akunnya.',
        ),
        [("Kami menolak usulan itu,", "Rina Marpaung", 1, "direct")],
        id="id-tulis",
    ),
    pytest.param(
        story(
            BERNAMA,
            "Menteri Besar Datuk Seri Hafiz Rahman merasmikan jambatan itu semalam.",
            '"Projek ini siap lebih awal," jawab beliau.',
            '"Kos projek juga rendah," kongsi Datuk Aminah Yusof.',
        ),
        [
            ("Projek ini siap lebih awal,", "Hafiz Rahman", 1, "direct"),
            ("Kos projek juga rendah,", "Aminah Yusof", 2, "direct"),
        ],
        id="ms-jawabnya",
    ),
    # the short name a person goes by, in brackets after the full one, is the same person
    pytest.param(
        story(
            ANTARA,
            "Ketua DPRD Kota Bogor Arif Wicaksono (Bowo) membuka rapat paripurna, Senin.",
            '"Anggaran ini untuk warga," kata Bowo.',
        ),
        [("Anggaran ini untuk warga,", "Arif Wicaksono", 1, "direct")],
        id="id-nickname-in-brackets",
    ),
    pytest.param(
        story(
            ANTARA,
            "Mantan Presiden Bambang Hadi Wibowo (BHW) membuka pameran batik di Solo.",
            "BHW juga meninjau stan para perajin.",
            '"Batik kita harus mendunia," katanya.',
        ),
        [("Batik kita harus mendunia,", "Bambang Hadi Wibowo", 2, "direct")],
        id="id-initials-in-brackets-then-subject",
    ),
    # an organisation's acronym in brackets is no antecedent for a pronoun
    pytest.param(
        story(
            ANTARA,
            "Komisi Perlindungan Anak Indonesia (KPAI) meminta sekolah tidak menahan ijazah.",
            "Komisioner KPAI Rina Marpaung mengatakan aduan terus bertambah.",
            "KPAI juga meminta dinas pendidikan turun tangan.",
            '"Kami menunggu langkah nyata," ujarnya.',
        ),
        [("Kami menunggu langkah nyata,", "Rina Marpaung", 3, "direct")],
        id="id-org-acronym-no-antecedent",
    ),
    # a speech verb after "untuk" (to): its subject is the sentence's, not the person just before it
    pytest.param(
        story(
            ANTARA,
            "Gubernur Lestari Wulandari membuka musyawarah daerah di Padang, Senin.",
            "Lestari juga berniat menemui Menteri Agus Pranoto untuk menyampaikan usulan itu.",
            '"Usulan ini sudah matang," katanya.',
        ),
        [("Usulan ini sudah matang,", "Lestari Wulandari", 2, "direct")],
        id="id-infinitive-verb",
    ),
    pytest.param(
        story(
            BERNAMA,
            "Menteri Besar Datuk Seri Hafiz Rahman merasmikan jambatan baharu itu semalam.",
            "Hafiz juga akan bertemu Datuk Aminah Yusof untuk menyatakan sokongan kerajaan negeri.",
            '"Kami bersedia membantu," katanya.',
        ),
        [("Kami bersedia membantu,", "Hafiz Rahman", 2, "direct")],
        id="ms-infinitive-verb",
    ),
]


@pytest.mark.parametrize(("text", "want"), SPEAKER_CASES)
def test_speakers_of_real_copy(text: str, want: list[Q]) -> None:
    assert _quotes(text) == want


AP = "ATLANTA (AP) -- "
XINHUA = "NAIROBI, March 4 (Xinhua) -- "
AFP = "OSLO, May 2, 2019 (AFP) - "

# issue 17: organisations the story names once and then describes ("the council", "the statement",
# "it") or shortens to an acronym; each group is one kind, written in the shape of another outlet
ORG_CASES = [
    # a description points back to the organisation named with its noun, not to a person
    pytest.param(
        story(
            UPI,
            "The rights group said Monday that the Supreme Council of Clerics had met on the new law.",
            "In a statement issued in the capital, the council, the country's top religious body, said it "
            "``rejects the new law outright.''",
            "The statement said the law ``cannot stand in its present form.''",
        ),
        [
            ("rejects the new law outright.", "Supreme Council of Clerics", 1, "partial"),
            ("cannot stand in its present form.", "Supreme Council of Clerics", 2, "partial"),
        ],
        id="en-the-council-in-a-statement",
    ),
    pytest.param(
        story(
            AP,
            "Harbor Line Communications, which runs the island ferries, said Monday it would cut routes.",
            "Mayor Ellen Price called the cuts unfair to the islands.",
            '"We have no choice but to reduce service this winter," the company said.',
        ),
        [("We have no choice but to reduce service this winter,", "Harbor Line Communications", 2, "direct")],
        id="en-the-company-after-a-firm",
    ),
    pytest.param(
        story(
            XINHUA,
            "A statement by the Interior Affairs Department condemned the attack on the market.",
            '"The government condemns this cowardly act and sends its condolences to the families," '
            "the statement said.",
        ),
        [
            (
                "The government condemns this cowardly act and sends its condolences to the families,",
                "Interior Affairs Department",
                1,
                "direct",
            )
        ],
        id="en-the-statement-by-a-department",
    ),
    pytest.param(
        story(
            AFP,
            "Nordic Battery Works, or NBW, filed for protection from its creditors last week.",
            '"The court in Bergen today accepted our request for protection," the company said.',
        ),
        [
            (
                "The court in Bergen today accepted our request for protection,",
                "Nordic Battery Works",
                1,
                "direct",
            )
        ],
        id="en-the-company-spelled-out",
    ),
    # an acronym the story spelled out earlier is the organisation's full name (a tail after "and" the
    # acronym may leave out)
    pytest.param(
        story(
            REUTERS,
            "The Institute for Coastal Research and Monitoring published its yearly survey on Friday.",
            '"Sea levels rose faster this decade than in any decade before it," the ICR said.',
        ),
        [
            (
                "Sea levels rose faster this decade than in any decade before it,",
                "Institute for Coastal Research and Monitoring",
                1,
                "direct",
            )
        ],
        id="en-acronym-spelled-earlier",
    ),
    # a research house whose name ends a firm's word and one more ("... Group Research"), called by
    # its acronyms later and "it" in between
    pytest.param(
        story(
            BERNAMA,
            "RHB-KBS Group Research said growth would slow to 4.5 per cent this year.",
            '"We expect exports to recover in the second half of the year," it said.',
            '"Our forecast for the ringgit is unchanged from last quarter," RHB KBS said in a note.',
            '"Inflation should stay mild through the year," it added.',
        ),
        [
            (
                "We expect exports to recover in the second half of the year,",
                "RHB-KBS Group Research",
                1,
                "direct",
            ),
            (
                "Our forecast for the ringgit is unchanged from last quarter,",
                "RHB-KBS Group Research",
                2,
                "direct",
            ),
            ("Inflation should stay mild through the year,", "RHB-KBS Group Research", 3, "direct"),
        ],
        id="en-firm-acronyms-and-it",
    ),
    # a paper named once ("Times", "Herald", "Post" end a paper's name) is what "laporan itu" (the
    # report) and "the report" point back to
    pytest.param(
        story(
            "SYDNEY: ",
            "Memetik laporan Morning Herald, dua beradik ditemui cedera di luar rumah mereka semalam.",
            "\u201cPolis menahan seorang lelaki berusia 40 tahun untuk membantu siasatan,\u201d jelas laporan itu.",
        ),
        [
            (
                "Polis menahan seorang lelaki berusia 40 tahun untuk membantu siasatan,",
                "Morning Herald",
                1,
                "direct",
            )
        ],
        id="ms-laporan-itu-a-paper",
    ),
    pytest.param(
        story(
            "LONDON (Reuters) - ",
            "The findings were first published by the Northern Post on Sunday.",
            '"Most of the damage was done in the first two hours of the storm," the report said.',
        ),
        [("Most of the damage was done in the first two hours of the storm,", "Northern Post", 1, "direct")],
        id="en-the-report-a-paper",
    ),
    # an organisation whose name ends in its kind ("Organization") after words that are titles elsewhere
    # ("Health"), then called by its acronym; a person's role at an organisation names the person
    pytest.param(
        story(
            "GENEVA (AFP) - ",
            "The World Trade Organization (WTO) warned on Monday of more attacks on ships.",
            '"Crews are at risk in every strait," the WTO said in a statement.',
            '"Shipping must slow down," Commission President Anna Vogel told lawmakers.',
        ),
        [
            ("Crews are at risk in every strait,", "World Trade Organization", 1, "direct"),
            ("Shipping must slow down,", "Anna Vogel", 2, "direct"),
        ],
        id="en-organization-acronym-and-a-role-at-one",
    ),
    # '," it said' is an organisation: the one put forward last (a firm with no title, "Nordgrain SA"),
    # never a person the story gave a title
    pytest.param(
        story(
            "GENEVA, June 3 - ",
            "Cocoa exports could fall by a tenth this year, trading company Nordgrain SA said.",
            '"Barring any new weather shocks, prices should hold at these levels," it said.',
        ),
        [
            (
                "Barring any new weather shocks, prices should hold at these levels,",
                "Nordgrain SA",
                1,
                "direct",
            )
        ],
        id="en-it-said-after-a-firm",
    ),
    pytest.param(
        story(
            "LONDON (AFP) - ",
            "Shares in the lender fell on Thursday after profits dropped.",
            '"The quarter was hard for our trading arm," Harbour chief executive J.K. Rowe said.',
            'The lender said it would cut costs. "We remain confident in our plan," it said.',
        ),
        [
            ("The quarter was hard for our trading arm,", "J.K. Rowe", 1, "direct"),
            ("We remain confident in our plan,", None, 2, "direct"),
        ],
        id="en-it-said-not-the-chief-executive",
    ),
    # a country's prefix before a spelled-out name ("the U.S. Food and Drug Administration" is the
    # FDA); a description points to a firm named after the organisation that spoke
    pytest.param(
        story(
            REUTERS,
            "The U.S. Food and Drug Administration on Friday approved the first pill for the illness.",
            '"This approval is an important step for patients," the FDA said in a statement.',
            "Shares of the drugmaker, Helix Pharma Inc, rose 5% in early trading.",
            '"Supply is ready and shipping starts next month," the company said.',
        ),
        [
            (
                "This approval is an important step for patients,",
                "U.S. Food and Drug Administration",
                1,
                "direct",
            ),
            ("Supply is ready and shipping starts next month,", "Helix Pharma Inc", 3, "direct"),
        ],
        id="en-fda-then-the-company",
    ),
    # a country or an organisation described by its first word ("the South") after its full name
    pytest.param(
        story(
            "JUBA (Reuters) - ",
            "South Sudan has stepped up its criticism of the border patrols this month.",
            "Last week, the South warned that no talks would take place unless Khartoum offered a "
            '"credible apology" for the raids.',
        ),
        [("credible apology", "South Sudan", 1, "partial")],
        id="en-the-north-after-its-full-name",
    ),
    # a day after a preposition opening the run is when, not who: "On Friday the South warned"
    pytest.param(
        story(
            "JUBA (Reuters) - ",
            "South Sudan has stepped up its criticism of the border patrols this month.",
            "On Friday the South warned that no talks would take place unless Khartoum offered a "
            '"credible apology" for the raids.',
        ),
        [("credible apology", "South Sudan", 1, "partial")],
        id="en-on-friday-the-north",
    ),
    # an organisation, then a titled person after a comma: the person speaks for it
    pytest.param(
        story(
            ANTARA,
            "Harian itu memprotes pengusiran wartawannya dari Manila pekan lalu.",
            '"Kami meminta pemerintah meninjau kembali keputusan ini," tulis Post, Direktur Pemberitaan '
            "Sari Wulandari dalam surat kepada menteri.",
        ),
        [("Kami meminta pemerintah meninjau kembali keputusan ini,", "Sari Wulandari", 1, "direct")],
        id="id-paper-then-its-editor",
    ),
    # an institution ("the court") is one named with its noun, never another organisation nearby
    pytest.param(
        story(
            "SHANGHAI (Reuters) - ",
            "A district court fined three sellers of fake handbags on Monday.",
            "A trade group last year urged the Office of the Trade Envoy (OTE) to act against the website.",
            '"The defendants sold the goods knowing they were fakes," the court said.',
        ),
        [("The defendants sold the goods knowing they were fakes,", None, 2, "direct")],
        id="en-the-court-is-no-other-organisation",
    ),
    # an organisation named in passing long before is not what "the statement" points to
    pytest.param(
        story(
            "JOHANNESBURG (Reuters) - ",
            "Shares of Apex Mining Corporation rose on Monday after the strike at its largest pit began.",
            *[
                "Heavy rain kept most of the trucks on the roads around the pit for much of the week, "
                "and the smelter stayed closed to visitors. " * 3
            ]
            * 3,
            "Jo Rand, the union's leader, said in a statement that the strike would go on.",
            '"Our members will not go back underground for these wages," the statement said.',
        ),
        [("Our members will not go back underground for these wages,", "Jo Rand", 5, "direct")],
        id="en-the-statement-not-a-firm-named-long-before",
    ),
    # "it", the subject of the speech verb of a partial quote's sentence, is the organisation that
    # spoke, not the court the sentence names
    pytest.param(
        story(
            "SEOUL (Reuters) - ",
            "A foreign tourist has been held since arriving in the port city last month.",
            '"He confessed to crimes aimed at the state," KNA state media reported.',
            '"His guilt was proved by evidence," it said, adding he would soon be brought before the '
            'High Court "to face trial".',
        ),
        [
            ("He confessed to crimes aimed at the state,", "KNA", 1, "direct"),
            ("His guilt was proved by evidence,", "KNA", 2, "direct"),
            ("to face trial", "KNA", 2, "partial"),
        ],
        id="en-it-said-adding-partial",
    ),
]

# issue 17: which of several names in a sentence speaks
NAME_CASES = [
    # after a quote that ends its sentence, "X, who ..., said" opens the next sentence: the quote goes
    # on from the speaker before it
    pytest.param(
        story(
            "KATHMANDU (Reuters) - ",
            "Guide association head Tashi Lama said the porters had been provoked.",
            '"The climbers have agreed to go on," Lama said. "Those who started the fight will apologise." '
            "Mountaineer Ann Weller, who has followed expeditions for three decades, said such fights were rare.",
        ),
        [
            ("The climbers have agreed to go on,", "Tashi Lama", 1, "direct"),
            ("Those who started the fight will apologise.", "Tashi Lama", 1, "direct"),
        ],
        id="en-who-clause-after-closed-quote",
    ),
    # a whole sentence of speech after "she <verb>:" is hers: the pronoun resolves as after a quote
    pytest.param(
        story(
            AP,
            "Flood victim Ana Ruiz, 52, lost her home and her shop in one night.",
            'Her neighbour Tom Baker said he would help rebuild. "We all will," he said.',
            'A nurse for twenty years, she prayed: "We will build it again, all of it."',
        ),
        [
            ("We all will,", "Tom Baker", 1, "direct"),
            ("We will build it again, all of it.", "Ana Ruiz", 2, "direct"),
        ],
        id="en-pronoun-then-colon",
    ),
    # copy printed in lower case, hard-wrapped: the name after a role, when the story prints its last
    # word capitalised somewhere (a sentence start)
    pytest.param(
        "PERU TO DELAY DEBT PAYMENTS - MINISTRY\n"
        "    Lima, april 2 - peru will delay payments on its foreign\n"
        "debt after the floods, finance ministry officials said.\n"
        '    "we cannot pay while exports remain suspended," finance\n'
        "minister jorge luis ramos said.\n"
        '    "our priority is reconstruction," he added.\n'
        "    Ramos did not say how long the delay would last.\n",
        [
            ("we cannot pay while exports remain suspended,", "jorge luis ramos", 1, "direct"),
            ("our priority is reconstruction,", "jorge luis ramos", 2, "direct"),
        ],
        id="en-lower-case-copy",
    ),
    pytest.param(
        "PERU TO DELAY DEBT PAYMENTS - MINISTRY\n"
        "    Lima, april 2 - peru will delay payments on its foreign\n"
        "debt after the floods, finance ministry officials said.\n"
        '    "we cannot pay while exports remain suspended," a finance\n'
        "ministry official told reporters.\n",
        [("we cannot pay while exports remain suspended,", None, 1, "direct")],
        id="error-en-lower-case-no-name",
    ),
    # a description with a relative clause that points back ("yang ... itu") names the person before
    # it, not the people inside the clause
    pytest.param(
        story(
            ANTARA,
            "Mantan pebulu tangkis nasional, Rudi Hartawan, mengatakan tim putri bisa lolos ke final.",
            '"Tunggal putri kita cukup kuat tahun ini," ujar atlet yang pernah berpasangan dengan Dewi '
            "Anggraini dan Sinta Maharani itu.",
        ),
        [("Tunggal putri kita cukup kuat tahun ini,", "Rudi Hartawan", 1, "direct")],
        id="id-yang-itu-points-back",
    ),
    pytest.param(
        story(
            BERNAMA,
            "Bekas jurulatih negara, Azman Yusof, berkata pasukan itu mampu mara ke separuh akhir.",
            '"Pemain muda kita semakin matang," kata lelaki yang pernah melatih Hafiz Hashim dan Wong Choong '
            "Hann tersebut.",
        ),
        [("Pemain muda kita semakin matang,", "Azman Yusof", 1, "direct")],
        id="ms-yang-tersebut-points-back",
    ),
]


@pytest.mark.parametrize(("text", "want"), NAME_CASES)
def test_which_name_speaks(text: str, want: list[Q]) -> None:
    assert _quotes(text) == want


@pytest.mark.parametrize(("text", "want"), ORG_CASES)
def test_organisations_that_speak(text: str, want: list[Q]) -> None:
    assert _quotes(text) == want
