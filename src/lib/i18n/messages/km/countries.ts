import type { Translation } from '../../define';
import type en from '../en/countries';

/** Khmer: see ../en/countries.ts. */
export default {
	'countries.title': 'ប្រទេស',
	'countries.lead':
		'រដ្ឋសមាជិកទាំង 193 នៃអង្គការសហប្រជាជាតិ ព្រមទាំង{egdi} {year} តាមតំបន់ M49 របស់អង្គការសហប្រជាជាតិ។ ចុចលើប្រទេសណាមួយ ដើម្បីមើលព័ត៌មានសង្ខេបអំពីប្រទេសនោះ។',
	'countries.search': 'ស្វែងរកប្រទេស',
	'countries.search.placeholder': 'វាយបញ្ចូលឈ្មោះ',
	'countries.search.none': 'គ្មានប្រទេសណាត្រូវនឹង “{q}” ទេ។',
	'countries.profile.kind': 'ព័ត៌មានសង្ខេបអំពីប្រទេស',
	'countries.profile.title': '{country} — ព័ត៌មានសង្ខេបអំពីប្រទេស',
	'countries.profile.headline':
		'EGDI {egdi} ក្នុងឆ្នាំ {year} — ក្រុមកម្រិត{group} ថ្នាក់ {code}; ចំណាត់ថ្នាក់ទី {rank} លើពិភពលោក ទី {subPosition} ក្នុងចំណោម {subCount} ប្រទេសនៅអនុតំបន់{subregion} និងទី {position} ក្នុងចំណោម {count} ប្រទេសនៅតំបន់{region}។',
	'countries.profile.noEgdi': '{country} មិនទាន់មានតម្លៃ EGDI នៅឡើយទេ។',
	'countries.profile.compare': 'ប្រៀបធៀបជាមួយប្រទេសប្រហាក់ប្រហែល',
	'countries.profile.legend': 'ខ្សែបន្ទាត់ក្នុងក្រាហ្វិកសូចនាករ',
	'countries.profile.changeSince': 'បម្រែបម្រួល EGDI ធៀបនឹងឆ្នាំ {year}៖ {change}'
} satisfies Translation<typeof en>;
