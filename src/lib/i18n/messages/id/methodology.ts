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
		'Survei mengelompokkan negara ke dalam empat **kelompok tingkat** menurut EGDI: {veryHigh}, {high}, {middle}, dan {low}. Sejak edisi 2020, setiap kelompok dibagi menjadi empat **kelas penilaian** dengan lebar yang sama, dinamai mulai dari yang tertinggi, sehingga pergerakan di dalam satu kelompok terlihat. Sebuah kelas mencakup batas bawahnya dan tidak mencakup batas atasnya; hanya kelas teratas, VH, yang mencakup EGDI tepat 1.',
	'methodology.classes.caption':
		'Kelompok tingkat dan kelas penilaian EGDI, dari yang tertinggi. Sebuah kelas memuat setiap EGDI ≥ batas bawahnya dan < batas atasnya; {top} juga mencakup {max}.',
	'methodology.classes.group': 'Kelompok tingkat',
	'methodology.classes.class': 'Kelas',
	'methodology.classes.from': 'EGDI dari (≥)',
	'methodology.classes.to': 'sampai (<)',
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
		'Sebagaimana diterbitkan PBB: 1 adalah EGDI tertinggi, dan negara dengan EGDI yang sama berbagi peringkat. Dasbor menyimpannya bersama nilai EGDI. Negara yang tidak dinilai dalam suatu edisi tidak memiliki peringkat di sini (berkas PBB memberi mereka peringkat terakhir bersama), sehingga jumlah negara yang diperingkat berbeda-beda per edisi.',
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
	'methodology.progress.direction':
		'Untuk target ke arah yang diinginkan, {R} cukup {cagrO} ÷ {cagrR}. Mengalikan dengan {d} dan membagi dengan besaran {cagrR} membalik tandanya jika makin rendah makin baik, sehingga angka peringkat yang turun dihitung sebagai kemajuan dan menjauh dari target selalu menghasilkan {R} negatif.',
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
		'Grafik setiap target menampilkan nilai aktual, jalur yang dibutuhkan dari tahun dasar ke target, dan, dengan garis putus-putus, proyeksi laju teramati hingga tahun target.',
	'methodology.progress.rule.relative':
		'Karena EGDI bersifat relatif (lihat [catatan penting]), target skor ditampilkan bersama peringkat dan kelas penilaian yang dimaksudkannya, serta jarak ke batas kelas berikutnya.',
	'methodology.progress.example': 'Contoh perhitungan',
	'methodology.progress.example.text':
		'Dengan angka ilustrasi: sebuah indeks bernilai {y0} pada edisi {t0} dan {yt} pada {t}, dengan target {yT} pada {T}.',
	'methodology.progress.example.perYear': '{formula} = **{value}** per tahun',
	'methodology.progress.example.ratio':
		'{R} = {observed} ÷ {required} = **{ratio}**: antara {low} dan {high}, sehingga **{status}**.',
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
		'**Kelas penilaian** diperkenalkan pada 2020. Jika dasbor menampilkan kelas untuk edisi yang lebih awal, dasbor menerapkan batas yang sama pada EGDI edisi tersebut; PBB tidak menerbitkannya.',
	'methodology.caveat.methods.mean':
		'Dalam berkas, EGDI sama dengan rata-rata tiga komponen yang diterbitkan dengan selisih paling banyak 0,0001 sejak 2014; sebelumnya selisihnya mencapai sekitar 0,014, karena pembulatan dan komponen yang tidak ada dalam sumber (lihat di bawah).',
	'methodology.caveat.gaps.title': 'Nilai yang tidak dinilai dan nol yang sebenarnya',
	'methodology.caveat.gaps.text':
		'Dalam berkas PBB, EGDI bernilai 0 berarti negara tersebut **tidak dinilai** pada tahun itu. Dasbor menyimpan setiap nilai pada baris seperti itu sebagai nilai kosong: grafik menampilkan celah dan tabel menampilkan tanda pisah (—), tidak pernah 0. Berkas PBB juga memberi negara-negara tersebut peringkat terakhir bersama, yang tidak disertakan oleh dasbor. {MNE} (sebelum 2008) dan {SSD} (sebelum 2012) tidak memiliki nilai maupun peringkat karena negara tersebut belum berdiri.',
	'methodology.caveat.gaps.byEdition':
		'Negara tanpa EGDI, per edisi (pada edisi lainnya semua negara dinilai):',
	'methodology.caveat.gaps.zeros':
		'Setiap nilai 0 lainnya disimpan sebagai nilai sebenarnya: normalisasi min–maks memberi negara terendah dalam suatu edisi nilai tepat 0 (misalnya EPI bernilai 0). Pengecualiannya, yang tidak ditandai dalam berkas: pada 2003–2005 beberapa nilai HCI atau TII sebesar 0 menandakan data sumber yang tidak ada (misalnya HCI 2003 untuk {AND}, {LIE}, dan {MCO}). Nilai tersebut ditampilkan sebagaimana diterbitkan, dan EGDI negara-negara tersebut bukan rata-rata komponen yang diterbitkan.',
	'methodology.caveat.anomalies.title': 'Anomali yang diterbitkan',
	'methodology.caveat.anomalies.text':
		'Nilai yang diterbitkan di luar rentang 0–1 indeksnya. Proses impor hanya menerima nilai-nilai ini, menyimpannya sebagaimana diterbitkan, dan melaporkannya sebagai peringatan; nilai lain di luar rentang ditolak.',
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
		'Kelompok pendapatan adalah klasifikasi Bank Dunia sekitar tahun 2018, dari daftar yang sama; beberapa negara sejak itu telah berpindah kelompok.',
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
		'API JSON hanya-baca di bawah {base}: [{indicators}], [{countries}], [{observations}] (saring menurut {indicator}, {year}, {country}) dan {aggregates} ({by}: {byValues}). Nilai {null} berarti tidak dinilai.',
	'methodology.sources.reuse.csv':
		'Tambahkan {formatCsv} ke alamat API mana pun untuk mendapatkan baris yang sama sebagai CSV.'
} satisfies Translation<typeof en>;
