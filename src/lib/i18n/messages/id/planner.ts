import type { Translation } from '../../define';
import type en from '../en/planner';

/** Indonesian: see ../en/planner.ts. */
export default {
	'planner.pageTitle': 'Apa yang diperlukan: {target}',
	'planner.eyebrow': 'Perencana · {country}',
	'planner.back': 'Semua target',
	'planner.relative':
		'EGDI bersifat relatif: setiap edisi menskalakan ulang setiap negara terhadap yang lain. Peringkat dan kelas di bawah adalah perkiraan, dibuat dengan memproyeksikan masing-masing {countries} negara lain pada tren garis lurus EGDI-nya sendiri selama sepuluh tahun terakhir. Ini bukan ramalan.',
	'planner.unsupported':
		'Perencana mencakup target pada EGDI, peringkatnya, dan komponennya ({components}). Target ini pada indikator lain.',
	'planner.noYears':
		'Tahun target tidak setelah edisi terakhir ({year}): tidak ada lagi yang perlu direncanakan.',
	'planner.required.title': 'Jalur yang dibutuhkan',
	'planner.required.text':
		'Nilai komponen, per edisi, yang akan mencapai target: EGDI tumbuh dengan laju tetap dari edisi terakhir ({year}) hingga target, setiap komponen menutup bagian yang sama dari jaraknya ke batas (1).',
	'planner.required.textComponent':
		'Nilai, per edisi, yang akan mencapai target: {indicator} tumbuh dengan laju tetap dari edisi terakhir ({year}) hingga target; komponen lain tetap di tempatnya.',
	'planner.required.caption': 'Jalur yang dibutuhkan dari {year} ke target',
	'planner.column.edition': 'Edisi',
	'planner.column.group': 'Kelompok tingkat',
	'planner.column.class': 'Kelas peringkat',
	'planner.column.rank': 'Perkiraan peringkat',
	'planner.latest': '{year} (terakhir)',
	'planner.rankOf': '~{rank} dari {countries}',
	'planner.scenario.title': 'Skenario Anda',
	'planner.scenario.text':
		'Tetapkan laju untuk setiap komponen, dalam poin indeks per tahun (0,01 per tahun adalah +0,02 per edisi). Tabel menunjukkan ke mana arahnya.',
	'planner.pace': '{indicator}, poin per tahun',
	'planner.pace.now': 'kini {value}',
	'planner.show': 'Tampilkan skenario',
	'planner.preset.observed': 'Laju teramati sejak {year}',
	'planner.preset.required': 'Laju yang dibutuhkan target',
	'planner.invalid':
		'Laju adalah angka antara −{max} dan {max} poin per tahun; laju teramati dipakai sebagai gantinya untuk: {names}.',
	'planner.scenario.caption': 'Skenario: proyeksi komponen, EGDI, kelompok, kelas, dan peringkat',
	'planner.outcome.reaches': 'Dengan laju ini target tercapai pada {year}.',
	'planner.outcome.short': 'Dengan laju ini target tidak tercapai pada {year}.',
	'planner.outcome.end':
		'{year}: EGDI {egdi}, kelompok {group}, kelas {class}, perkiraan peringkat ~{rank} dari {countries}.',
	'planner.outcome.differs':
		'Ini berbeda dari status di atas ({status}), yaitu penilaian dasbor: status menumbuhkan ukuran target itu sendiri pada laju yang teramati sejak {year}, menjadi {projection} pada {targetYear}. Skenario justru menggerakkan setiap komponen dengan jumlah poin yang tetap per tahun, tidak melebihi 1 — komponen yang menurun atau yang sudah mendekati 1 dapat membuat keduanya berbeda.',
	'planner.effort.title': 'EGDI terbanyak untuk upaya',
	'planner.effort.text':
		'Setiap komponen berbobot sepertiga EGDI, tetapi satu poin lebih mudah diraih jauh dari batas daripada dekat dengannya. Jarak ke batas (1 − nilai), terbesar lebih dulu:',
	'planner.effort.item': '{indicator}: {value}, {headroom} dari batas',
	'planner.effort.best': 'ruang terbesar',
	'planner.briefTitle': 'Skenario: {target}',
	'planner.briefPaces': 'Laju, dalam poin indeks per tahun: {paces}.',
	'planner.brief': 'Tambahkan skenario ini ke ringkasan',
	'planner.error.none':
		'Tidak ada perencana untuk target ini: target tidak ada, atau negaranya tidak memiliki nilai komponen pada edisi terakhir.'
} satisfies Translation<typeof en>;
