import type { Translation } from '../../define';
import { unIndicatorDefinitions } from '../../indicator-terms';
import type en from '../en/definitions';

/** Indonesian: see ../en/definitions.ts. */
export default unIndicatorDefinitions({
	EGDI: 'Rata-rata Indeks Layanan Daring, Indeks Infrastruktur Telekomunikasi, dan Indeks Modal Manusia. Relatif: diskalakan ulang pada setiap edisi.',
	OSI: 'Skor Kuesioner Negara Anggota PBB tentang layanan daring nasional, dinormalisasi min–maks.',
	TII: 'Rata-rata indikator ITU yang dinormalisasi (pengguna internet, langganan seluler dan pita lebar); kumpulan indikatornya berubah antaredisi.',
	HCI: 'Angka melek huruf dewasa, angka partisipasi kasar, harapan lama sekolah, dan rata-rata lama sekolah.',
	EPI: 'E-informasi, e-konsultasi, dan e-pengambilan keputusan; dinormalisasi min–maks.'
}) satisfies Translation<typeof en>;
