import type { Translation } from '../../define';
import { unIndicatorMethodology } from '../un-indicators';
import type en from '../en/methodology';

/** Indonesian: see ../en/methodology.ts. */
export default {
	'methodology.title': 'Metodologi',
	'methodology.description':
		'Definisi indikator Survei E-Government PBB, kelompok tingkat dan kelas penilaian EGDI, cara menilai kemajuan menuju target, catatan penting, dan sumber.',
	'methodology.eyebrow': 'Referensi',
	'methodology.lede':
		'Apa yang diukur oleh indikator, bagaimana dasbor ini mengelompokkan negara dan menilai kemajuan menuju target, hal yang perlu diperhatikan saat membandingkan edisi, dan dari mana data berasal.',
	'methodology.toc': 'Di halaman ini',
	'methodology.section.indicators': 'Indikator',
	'methodology.section.levels': 'Kelompok tingkat dan kelas penilaian',
	'methodology.section.progress': 'Kemajuan menuju target',
	'methodology.section.caveats': 'Catatan penting',
	'methodology.section.sources': 'Sumber dan sitasi',
	'methodology.dividedBy': 'dibagi dengan',
	'methodology.levels.text':
		'Survei mengelompokkan negara ke dalam empat **kelompok tingkat** menurut EGDI: {veryHigh} (0,75 sampai 1), {high} (0,50 sampai di bawah 0,75), {middle} (0,25 sampai di bawah 0,50), dan {low} (di bawah 0,25). Sejak edisi 2020, negara-negara dalam setiap kelompok dibagi menjadi empat **kelas penilaian**: kuartil kelompok menurut urutan peringkat, dinamai dari yang tertinggi (VH, V3, V2, V1 di {veryHigh}, dan seterusnya). Dengan 57 negara {veryHigh} pada 2020, kuartil teratas, VH, berisi 14 negara pertama; negara di batas kuartil berbagi kelas dengan negara yang nilainya sama. Jadi kelas adalah sekumpulan negara, bukan rentang nilai: batasnya adalah EGDI negara-negara di dalamnya dan bergeser setiap edisi.',
	'methodology.classes.caption':
		'Kelas penilaian edisi {year}, dari yang tertinggi: jumlah negara di setiap kelas, serta EGDI terendah dan tertinggi di antaranya.',
	'methodology.classes.group': 'Kelompok tingkat',
	'methodology.classes.class': 'Kelas',
	'methodology.levels.correction':
		'Koreksi: versi dasbor ini sebelumnya, mengikuti ringkasan produknya, menggambar kelas sebagai empat pita dengan lebar sama di atas rentang setiap kelompok. Itu keliru. Kuartil negara menghasilkan kembali daftar yang diterbitkan Survei — 14 negara di VH pada 2020 dan 15 pada 2022 — sedangkan pita dengan lebar sama memberi 5 dan 9.',
	'methodology.levels.next':
		'**Jarak ke kelas berikutnya** diukur ke negara terendah di kelas itu pada edisi yang sama: itulah EGDI yang harus dilampaui suatu negara untuk masuk ke kelas tersebut. Edisi sebelum 2020 tidak memiliki kelas penilaian, dan dasbor tidak menampilkannya untuk edisi tersebut; kelompok tingkat berlaku untuk setiap edisi.',
	'methodology.levels.exception':
		'Jika daftar yang diterbitkan berbeda dari aturannya, dasbor mengikuti daftar yang diterbitkan dan menyimpan kelas menurut aturan di sampingnya (kelas penilaian menurut aturan di API dan unduhan). {year}: Survei mencantumkan satu negara lebih sedikit di {rule} daripada yang diberikan aturan kuartil; negara terakhir menurut aturan adalah {country} (EGDI {value}), yang karenanya ditampilkan dasbor di {published}.',
	'methodology.classes.count': 'Negara',
	'methodology.classes.lowest': 'EGDI terendah',
	'methodology.classes.highest': 'EGDI tertinggi',
	'methodology.sources.groups.title': 'Kelompok negara',
	'methodology.sources.groups.text':
		'Survei melaporkan negara kurang berkembang (LDC), negara berkembang terkurung daratan (LLDC), dan negara berkembang pulau kecil (SIDS) di samping kawasan. Daftarnya berubah: suatu negara lulus dari LDC, atau dimasukkan. Dasbor menyimpan setiap keanggotaan beserta tanggalnya dan, pada setiap edisi, menghitung anggota pada hari edisi itu, yang diambil sebagai 1 Juli tahunnya (edisi-edisi terbit antara Januari dan September, dan tidak ada keanggotaan yang berubah di antara suatu edisi dan hari itu). Jadi Bhutan, yang keluar dari LDC pada 13 Desember 2023, adalah LDC pada 2022 dan bukan pada 2024, dan São Tomé dan Príncipe (13 Desember 2024) masih LDC pada 2024.',
	'methodology.sources.groups.item': '{name} ({code}): {members} anggota pada edisi {year}.',
	'methodology.sources.groups.changes': 'Perubahan sejak 2003:',
	'methodology.sources.groups.in': '{name} masuk ({date})',
	'methodology.sources.groups.out': '{name} keluar ({date})',
	'methodology.sources.groups.file':
		'Setiap keanggotaan, beserta sumber dan catatannya, ada dalam berkas {file} pada kumpulan data (di [halaman unduhan]). SIDS adalah 38 Negara Anggota PBB dalam daftar UN-OHRLLS; 20 anggota lainnya dan anggota asosiasi komisi regional tidak termasuk dalam Survei. Kelulusan yang telah dijadwalkan (Bangladesh, Laos, dan Nepal pada 2026, Kepulauan Solomon pada 2027, Kamboja dan Senegal pada 2029) dicatat dalam berkas itu, dan diberi tanggal di sana setelah berlaku.',
	'methodology.sources.reuse.downloads':
		'Setiap indikator per edisi dan seluruh kumpulan data tersedia di [halaman unduhan], sebagai CSV dengan berkas metadata (definisi, sumber, lisensi, sitasi, versi data).',
	'methodology.un.title': 'Indikator Survei E-Government PBB',
	'methodology.un.intro':
		'Survei menerbitkan lima indeks untuk setiap Negara Anggota PBB, semuanya pada skala 0–1 dengan nilai lebih tinggi lebih baik, serta sebuah peringkat; sumber keenamnya adalah UN DESA (lihat [sumber]). Setiap definisi diawali deskripsi singkat yang disimpan bersama indikator, yang juga dikembalikan oleh [API] (dalam bahasa Inggris).',
	'methodology.def.measures': 'Mengukur',
	'methodology.def.built': 'Cara penyusunan',
	'methodology.def.range': 'Rentang',
	'methodology.def.source': 'Sumber',
	'methodology.def.noRange': 'tanpa rentang tetap',
	'methodology.def.upTo': 'hingga {max}',
	'methodology.def.from': 'mulai {min}',
	'methodology.def.between': '{min} sampai {max}',
	'methodology.def.higher': 'makin tinggi makin baik',
	'methodology.def.lower': 'makin rendah makin baik',
	'methodology.def.rangeLine': '{range}{unit}; {direction}',
	...unIndicatorMethodology('id'),
	'methodology.def.rank.measures':
		'Posisi suatu negara di antara Negara Anggota PBB menurut EGDI dalam satu edisi.',
	'methodology.def.rank.built':
		'Sebagaimana diterbitkan PBB: 1 adalah EGDI tertinggi, dan negara dengan EGDI yang sama berbagi peringkat. Dasbor menyimpannya bersama nilai EGDI. Negara yang tidak dinilai dalam suatu edisi tidak memiliki peringkat di sini (berkas PBB memberi mereka peringkat terakhir yang sama), sehingga jumlah negara yang diperingkat berbeda-beda per edisi. Setiap indeks lain (EPI, OSI, TII, HCI, dan indikator nasional) diperingkat oleh dasbor dengan aturan yang sama — peringkat kompetisi standar atas nilai sebagaimana diterbitkan: nilai yang sama berbagi peringkat dan peringkat berikutnya dilewati (pada 2020 Estonia, Republik Korea, dan Amerika Serikat berbagi peringkat EPI pertama, dan berikutnya peringkat ke-4) — ditampilkan di samping peringkat yang diterbitkan.',
	'methodology.def.rank.range':
		'1 sampai jumlah negara yang diperingkat (193 jika semuanya diperingkat); makin rendah makin baik',
	'methodology.rank.abbr': 'Peringkat',
	'methodology.rank.abbrTitle': 'Peringkat {egdi}',
	'methodology.national.title': 'KPI nasional',
	'methodology.national.intro':
		'Indikator yang ditetapkan oleh analis instalasi ini untuk memantau kebijakan nasional di samping indeks PBB. Definisinya merupakan rumusan analis sendiri.',
	'methodology.national.none':
		'Belum ada. Analis dapat menetapkan indikator nasional (kode, nama, satuan, rentang, dan apakah nilai lebih tinggi atau lebih rendah yang lebih baik) serta mengunggah nilai tahunan; definisinya kemudian akan muncul di sini.',
	'methodology.progress.intro':
		'Target dinilai dengan metode yang digunakan platform pelaporan SDG nasional: metode yang diterapkan Eurostat dalam laporan pemantauan SDG-nya, sebagaimana diadaptasi oleh Statistics Canada untuk platform Open SDG. Metode ini membandingkan pertumbuhan yang teramati sejak tahun dasar dengan pertumbuhan yang dibutuhkan target, keduanya sebagai laju pertumbuhan tahunan majemuk (CAGR), sehingga target yang masih bertahun-tahun lagi dinilai dari lajunya, bukan dari jarak yang masih harus ditempuh.',
	'methodology.progress.formulas': 'Rumus kemajuan',
	'methodology.progress.where.cagrO':
		'laju pertumbuhan teramati, dari tahun dasar hingga nilai terbaru',
	'methodology.progress.where.cagrR':
		'laju pertumbuhan yang dibutuhkan, dari tahun dasar hingga target',
	'methodology.progress.where.baseline': 'nilai pada edisi dasar, dan tahunnya',
	'methodology.progress.where.latest': 'nilai terbaru, dan tahun edisinya',
	'methodology.progress.where.target': 'nilai target, dan tahun target',
	'methodology.progress.where.direction':
		'+1 jika makin tinggi makin baik, −1 jika makin rendah makin baik (seperti peringkat)',
	'methodology.progress.where.projection':
		'proyeksi: nilai dasar yang tumbuh pada laju teramati hingga tahun target',
	'methodology.progress.direction':
		'Untuk target ke arah yang diinginkan, {R} cukup {cagrO} ÷ {cagrR}. Mengalikan dengan {d} dan membagi dengan besaran {cagrR} membalik tandanya jika makin rendah makin baik, sehingga angka peringkat yang turun dihitung sebagai kemajuan dan menjauh dari target selalu menghasilkan {R} negatif.',
	'methodology.progress.projection':
		'Satu laju menentukan status sekaligus proyeksi yang digambar. Target **sesuai jalur** tepat ketika proyeksinya {proj} memenuhi target; untuk pertumbuhan dari nilai dasar yang sama selama tahun yang sama, itu berarti {R} ≥ 1. Open SDG menyebut target sesuai jalur mulai {R} ≥ {openSdg}; dasbor ini tidak, karena target yang tumbuh 5 % terlalu lambat akan digambar tidak mencapai target padahal disebut sesuai jalur. Status di bawah sesuai jalur menilai seberapa jauh proyeksi tertinggal.',
	'methodology.status.caption': 'Status kemajuan, diperiksa dari atas ke bawah',
	'methodology.status.status': 'Status',
	'methodology.status.when': 'Kondisi',
	'methodology.status.achieved.reading': 'sudah tercapai',
	'methodology.status.achieved.when': 'nilai terbaru memenuhi target',
	'methodology.status.onTrack.reading': 'dengan laju yang teramati, target tercapai tepat waktu',
	'methodology.status.acceleration.reading': 'bergerak ke arah yang benar, tetapi terlalu lambat',
	'methodology.status.limited.reading': 'sedikit pergerakan menuju target',
	'methodology.status.deterioration.reading': 'menjauh dari target',
	'methodology.status.unable.reading':
		'diperlukan nilai dasar dan setidaknya satu nilai sesudahnya',
	'methodology.status.unable.when': 'kurang dari dua titik data',
	'methodology.progress.rules': 'Aturan yang diterapkan',
	'methodology.progress.rule.zero':
		'Nilai nol diganti dengan {small} sebelum perhitungan: laju pertumbuhan dibagi dengan {y0}, dan normalisasi min–maks memberi negara terendah dalam suatu edisi nilai 0 yang sebenarnya.',
	'methodology.progress.rule.skipped':
		'Edisi ketika negara tersebut tidak dinilai dilewati, tidak pernah dihitung sebagai 0; nilai terbaru adalah nilai edisi terbaru yang dinilai.',
	'methodology.progress.rule.levels':
		'Target kelompok tingkat adalah target nilai pada batas bawah kelompok tersebut ({floors}); target peringkat dinilai pada peringkat, dengan {d} = −1.',
	'methodology.progress.rule.chart':
		'Grafik setiap target menampilkan nilai aktual; bertitik, jalur yang dibutuhkan, tumbuh {cagrR} dari nilai dasar ke target; dan putus-putus, proyeksi, tumbuh {cagrO} dari nilai dasar, digambar dari nilai terakhir hingga tahun target. Nilai proyeksi pada kartu target adalah ujung garis putus-putus itu, {proj}, dan status ditentukan olehnya. Tidak ada tren lain yang digambar.',
	'methodology.progress.rule.achieved':
		'Target yang nilai terakhirnya memenuhinya dianggap tercapai hanya jika, pada laju teramati, nilainya masih memenuhi target pada tahun target (atau tahun target sudah lewat); target yang terpenuhi sekarang tetapi akan turun di bawahnya pada saat itu ditandai memburuk.',
	'methodology.progress.rule.planner':
		'Perencana (“Apa yang diperlukan”) yang ditautkan dari setiap target adalah perkiraan tersendiri: staf menetapkan laju untuk setiap komponen EGDI, dan peringkat diperkirakan terhadap setiap negara lain yang diproyeksikan pada tren garis lurus (kuadrat terkecil) EGDI-nya sendiri selama sepuluh tahun terakhir. Karena EGDI bersifat relatif, peringkat dan kelas yang dihasilkannya adalah perkiraan, bukan ramalan.',
	'methodology.progress.rule.relative':
		'Karena EGDI bersifat relatif (lihat [catatan penting]), target skor ditampilkan bersama peringkat dan kelas penilaian yang dimaksudkannya, serta jarak ke batas kelas berikutnya.',
	'methodology.progress.example': 'Contoh perhitungan',
	'methodology.progress.example.text':
		'Dengan angka ilustrasi: sebuah indeks bernilai {y0} pada edisi {t0} dan {yt} pada {t}, dengan target {yT} pada {T}.',
	'methodology.progress.example.perYear': '{formula} = **{value}** per tahun',
	'methodology.progress.example.ratio':
		'{R} = {observed} ÷ {required} = **{ratio}**: antara {low} dan {high}, sehingga **{status}**.',
	'methodology.progress.example.projection':
		'Proyeksi: {formula} = **{value}** pada {year}, di bawah target {target}, sesuai statusnya.',
	'methodology.caveat.relative.title': 'EGDI bersifat relatif',
	'methodology.caveat.relative.text':
		'Setiap komponen dinormalisasi terhadap Negara Anggota lain dalam edisi yang sama, dan kuesioner serta indikatornya direvisi setiap kali. Karena itu, skor EGDI adalah posisi dalam satu edisi, bukan pembacaan pada skala tetap: negara yang memperbaiki layanannya tetap dapat melihat skornya turun jika negara lain membaik lebih cepat. Bacalah perubahan skor bersama perubahan **peringkat** dan **kelas penilaian**, dan utamakan keduanya saat membandingkan edisi yang berjauhan.',
	'methodology.caveat.methods.title': 'Metode berubah antaredisi',
	'methodology.caveat.methods.tii':
		'**TII**: kumpulan indikator ITU telah berubah beberapa kali (sambungan telepon tetap dan komputer pribadi dihapus, pita lebar seluler ditambahkan), dan ITU merevisi serinya sendiri.',
	'methodology.caveat.methods.hci':
		'**HCI**: harapan lama sekolah dan rata-rata lama sekolah ditambahkan ke angka melek huruf dewasa dan angka partisipasi kasar pada 2014, dengan bobot baru.',
	'methodology.caveat.methods.osi':
		'**OSI dan EPI**: Kuesioner Layanan Daring, termasuk pertanyaan e-partisipasinya, direvisi untuk setiap edisi, sehingga skor mentah yang sama bermakna berbeda pada tahun yang berbeda.',
	'methodology.caveat.methods.classes':
		'**Kelas penilaian** diperkenalkan pada 2020: dasbor tidak menampilkannya untuk edisi sebelumnya. Kelompok tingkat, rentang EGDI yang tetap, berlaku untuk setiap edisi.',
	'methodology.caveat.methods.mean':
		'Dalam berkas, EGDI sama dengan rata-rata tiga komponen yang diterbitkan dengan selisih paling banyak 0,0001 sejak 2014; sebelumnya selisihnya mencapai sekitar 0,014, karena pembulatan dan komponen yang tidak ada dalam sumber (lihat di bawah).',
	'methodology.caveat.gaps.title': 'Nilai yang tidak dinilai dan nol yang sebenarnya',
	'methodology.caveat.gaps.text':
		'Dalam berkas PBB, EGDI bernilai 0 berarti negara tersebut **tidak dinilai** pada tahun itu. Dasbor menyimpan EGDI tersebut sebagai kosong, tidak pernah sebagai 0, dan mengabaikan peringkat terakhir yang sama yang diberikan berkas kepada negara-negara itu: grafik menampilkan celah dan tabel menampilkan tanda pisah (—). Nilai lain yang diterbitkan PBB dalam baris seperti itu tetap disimpan jika bukan 0: PBB mengukur modal manusia atau infrastruktur telekomunikasi sejumlah negara yang layanan daringnya tidak dinilai (65 baris dari 2003 hingga 2012). {MNE} (sebelum 2008) dan {SSD} (sebelum 2012) tidak memiliki nilai maupun peringkat karena negara tersebut belum ada.',
	'methodology.caveat.gaps.byEdition':
		'Negara tanpa EGDI, per edisi (pada edisi lainnya semua negara dinilai):',
	'methodology.caveat.gaps.zeros':
		'Setiap nilai 0 lainnya sejak 2008 disimpan sebagai nilai nyata: normalisasi min–maks memberi negara terendah dalam suatu edisi nilai tepat 0 (misalnya EPI bernilai 0). **Nilai nol 2003–2005**: pada edisi-edisi itu HCI (dua pertiga melek huruf orang dewasa, sepertiga angka partisipasi kasar) dan TII (rasio terhadap tolok ukur) tidak dinormalisasi min–maks dan tidak mungkin 0 untuk negara nyata, sehingga 0 di sana adalah cara berkas menulis "tidak ada data" (misalnya HCI {AND}, {LIE}, dan {MCO}). Dasbor menyimpan nilai HCI dan TII tersebut sebagai kosong. EGDI dan peringkat negara-negara itu tetap sebagaimana diterbitkan, karena PBB menghitungnya dengan 0 tersebut: keduanya bukan rata-rata komponen yang ditampilkan.',
	'methodology.caveat.anomalies.title': 'Anomali yang diterbitkan',
	'methodology.caveat.anomalies.text':
		'Nilai yang diterbitkan di luar rentang 0–1 indeksnya. Proses impor hanya menerima nilai-nilai ini, menyimpannya sebagaimana diterbitkan, dan melaporkannya sebagai peringatan; nilai lain di luar rentang ditolak.',
	'methodology.caveat.views.title': 'Tampilan perubahan dan indeks',
	'methodology.caveat.views.text':
		'Grafik tren dapat menampilkan perubahan setiap garis sejak edisi yang dipilih, dalam poin indeks (+0,0698: nilainya naik 0,0698), atau indeksnya (nilainya pada edisi itu = 100; 120 berarti seperlima lebih tinggi). Setiap garis diukur dari nilainya sendiri pada edisi itu; garis tanpa nilai di sana tidak memiliki titik dalam tampilan ini, alih-alih titik awal yang ditebak. Jika negara profil tidak memiliki nilai pada edisi yang dipilih, grafiknya dimulai pada edisi berikutnya yang memiliki nilai (untuk indeks, yang bukan nol), dan judulnya menyebutkannya. Peringkat selalu ditampilkan apa adanya. Karena indeks bersifat relatif dan metodenya berubah (di atas), perubahan antaredisi adalah perubahan posisi di antara negara-negara, bukan ukuran kemampuan semata.',
	'methodology.caveat.precision.title': 'Presisi',
	'methodology.caveat.precision.text':
		'Nilai 2018, 2020, dan 2022 diterbitkan dengan empat desimal (berkasnya menambahkan nol di akhir hingga lima desimal); edisi lainnya memiliki lima desimal. Dasbor menampilkan empat desimal di semua tempat, sehingga selisih pada desimal kelima tidak bermakna, dan dua negara dengan EGDI empat desimal yang sama dapat memiliki peringkat berbeda ({AND} dan {MDA}, keduanya 0,6881 pada 2020, berada di peringkat ke-80 dan ke-79).',
	'methodology.anomaly.HCI.FSM.2003':
		'Berkas PBB mencantumkan HCI sebesar 1,422, di atas nilai maksimum indeks, yaitu 1; EGDI 2003 negara ini (0,52648, peringkat 42) dihitung dari nilai tersebut.',
	'methodology.anomaly.HCI.TUV.2003':
		'Berkas PBB dan salinan data Bank Dunia mencantumkan HCI sebesar 1,03, di atas nilai maksimum indeks, yaitu 1; PBB tidak menilai {name} pada tahun itu (EGDI 0), sehingga EGDI dan peringkatnya kosong dan HCI disimpan sebagaimana diterbitkan.',
	'methodology.sources.un.title': 'Survei E-Government PBB',
	'methodology.sources.un.text':
		'Semua nilai PBB berasal dari **Survei E-Government Perserikatan Bangsa-Bangsa oleh Departemen Urusan Ekonomi dan Sosial PBB (UN DESA)**, yang terbit setiap dua tahun dan dapat diunduh dari [Pusat Data Basis Pengetahuan E-Government PBB]. Nilainya milik UN DESA; pemilihan, kode negara, dan formatnya berasal dari dasbor ini.',
	'methodology.sources.editions':
		'Edisi dalam dasbor ini ({count}): {list}. Edisi berikutnya ditambahkan oleh analis ketika PBB menerbitkannya.',
	'methodology.sources.files':
		'Nilai dibaca dari unduhan CSV Pusat Data ({file}) dan dicocokkan dengan salinan Data360 Bank Dunia untuk indeks yang sama ({mirror}): EGDI, OSI, HCI, dan TII sesuai hingga selisih 0,0001 untuk setiap negara dan edisi. Salinan tersebut tidak memuat EPI maupun peringkat, yang hanya berasal dari berkas PBB.',
	'methodology.sources.countries.title': 'Negara',
	'methodology.sources.countries.names':
		'193 Negara Anggota PBB, dengan kode alfa-3 dan kode numerik ISO 3166. Di halaman berbahasa Inggris nama negara mengikuti ejaan PBB; di sini digunakan nama dalam bahasa Indonesia.',
	'methodology.sources.countries.regions':
		'Kawasan dan subkawasan mengikuti standar UN M49, diambil dari daftar negara Unit Operasional Tata Kelola Elektronik Berbasis Kebijakan pada Universitas PBB (UNU-EGOV).',
	'methodology.sources.countries.income':
		'Kelompok pendapatan adalah klasifikasi Bank Dunia sekitar tahun {year}, dari daftar yang sama, dan sama untuk setiap edisi. Survei menggunakan klasifikasi tahunnya sendiri, yang tidak dapat dibangun ulang oleh dasbor dari sumbernya, sehingga angka per kelompok pendapatan dapat berbeda dari laporan: Survei 2024 menghitung 55 negara berpendapatan menengah ke bawah, daftar ini 51, dan Survei 2022 menggolongkan Seychelles sebagai berpendapatan tinggi, daftar ini menengah ke atas. Setiap halaman dan jawaban API yang memakai kelompok pendapatan menyebutkan tahun klasifikasinya.',
	'methodology.sources.cite.title': 'Cara mengutip',
	'methodology.sources.cite.text':
		'Kutip PBB sebagai sumber nilai, dan dasbor ini jika Anda menggunakan kembali tampilannya:',
	'methodology.sources.cite.reference':
		'Departemen Urusan Ekonomi dan Sosial PBB (UN DESA). {title}. New York: Perserikatan Bangsa-Bangsa. Data: Basis Pengetahuan E-Government PBB, Pusat Data, {url} (diakses *tanggal*).',
	'methodology.sources.cite.series':
		'Untuk deret beberapa edisi, sebutkan edisi yang digunakan (misalnya “edisi {first}–{last}”) dan catat bahwa skor EGDI dari edisi yang berbeda tidak dapat dibandingkan secara langsung (lihat [catatan penting]).',
	'methodology.sources.reuse.title': 'Menggunakan kembali data',
	'methodology.sources.reuse.charts':
		'Setiap grafik memiliki tabel angkanya dan tautan **Unduh CSV**, serta berfungsi tanpa JavaScript.',
	'methodology.sources.reuse.api':
		'API JSON hanya-baca di bawah {base}: [{indicators}], [{countries}], [{observations}] (saring menurut {indicator}, {year}, {country}; setiap baris dengan peringkat yang diterbitkan dan yang dihitung, dan untuk EGDI kelompok tingkat serta kelas penilaiannya) dan {aggregates} ({by} {byValues}). Nilai {null} berarti tidak dinilai.',
	'methodology.sources.reuse.csv':
		'Tambahkan {formatCsv} ke alamat API mana pun untuk mendapatkan baris yang sama sebagai CSV.'
} satisfies Translation<typeof en>;
