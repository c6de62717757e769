import type { Translation } from '../../define';
import type en from '../en/places';

/** Indonesian: see ../en/places.ts. */
export default {
	'term.region.world': 'Dunia',
	'term.region.africa': 'Afrika',
	'term.region.americas': 'Amerika',
	'term.region.asia': 'Asia',
	'term.region.europe': 'Eropa',
	'term.region.oceania': 'Oseania',
	'term.region.easternAfrica': 'Afrika Timur',
	'term.region.middleAfrica': 'Afrika Tengah',
	'term.region.northernAfrica': 'Afrika Utara',
	'term.region.southernAfrica': 'Afrika bagian Selatan',
	'term.region.westernAfrica': 'Afrika Barat',
	'term.region.caribbean': 'Karibia',
	'term.region.centralAmerica': 'Amerika Tengah',
	'term.region.southAmerica': 'Amerika Selatan',
	'term.region.northAmerica': 'Amerika Utara',
	'term.region.centralAsia': 'Asia Tengah',
	'term.region.easternAsia': 'Asia Timur',
	'term.region.southEasternAsia': 'Asia Tenggara',
	'term.region.southernAsia': 'Asia Selatan',
	'term.region.westernAsia': 'Asia Barat',
	'term.region.easternEurope': 'Eropa Timur',
	'term.region.northernEurope': 'Eropa Utara',
	'term.region.southernEurope': 'Eropa Selatan',
	'term.region.westernEurope': 'Eropa Barat',
	'term.region.australiaNewZealand': 'Australia dan Selandia Baru',
	'term.region.melanesia': 'Melanesia',
	'term.region.micronesia': 'Mikronesia',
	'term.region.polynesia': 'Polinesia',
	'term.income.low': 'Pendapatan rendah',
	'term.income.lowerMiddle': 'Pendapatan menengah bawah',
	'term.income.upperMiddle': 'Pendapatan menengah atas',
	'term.income.high': 'Pendapatan tinggi'
} satisfies Translation<typeof en>;
