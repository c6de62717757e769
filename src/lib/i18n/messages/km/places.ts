import type { Translation } from '../../define';
import type en from '../en/places';

/** Khmer: see ../en/places.ts. */
export default {
	'term.region.world': 'ពិភពលោក',
	'term.region.africa': 'អាហ្វ្រិក',
	'term.region.americas': 'អាមេរិក',
	'term.region.asia': 'អាស៊ី',
	'term.region.europe': 'អឺរ៉ុប',
	'term.region.oceania': 'អូសេអានី',
	'term.region.easternAfrica': 'អាហ្វ្រិកខាងកើត',
	'term.region.middleAfrica': 'អាហ្វ្រិកកណ្តាល',
	'term.region.northernAfrica': 'អាហ្វ្រិកខាងជើង',
	'term.region.southernAfrica': 'តំបន់អាហ្វ្រិកខាងត្បូង',
	'term.region.westernAfrica': 'អាហ្វ្រិកខាងលិច',
	'term.region.caribbean': 'ការ៉ាប៊ីន',
	'term.region.centralAmerica': 'អាមេរិកកណ្តាល',
	'term.region.southAmerica': 'អាមេរិកខាងត្បូង',
	'term.region.northAmerica': 'អាមេរិកខាងជើង',
	'term.region.centralAsia': 'អាស៊ីកណ្តាល',
	'term.region.easternAsia': 'អាស៊ីបូព៌ា',
	'term.region.southEasternAsia': 'អាស៊ីអាគ្នេយ៍',
	'term.region.southernAsia': 'អាស៊ីខាងត្បូង',
	'term.region.westernAsia': 'អាស៊ីខាងលិច',
	'term.region.easternEurope': 'អឺរ៉ុបខាងកើត',
	'term.region.northernEurope': 'អឺរ៉ុបខាងជើង',
	'term.region.southernEurope': 'អឺរ៉ុបខាងត្បូង',
	'term.region.westernEurope': 'អឺរ៉ុបខាងលិច',
	'term.region.australiaNewZealand': 'អូស្ត្រាលី និងនូវែលសេឡង់',
	'term.region.melanesia': 'មេឡាណេស៊ី',
	'term.region.micronesia': 'មីក្រូណេស៊ី',
	'term.region.polynesia': 'ប៉ូលីណេស៊ី',
	'term.income.low': 'ចំណូលទាប',
	'term.income.lowerMiddle': 'ចំណូលមធ្យមកម្រិតទាប',
	'term.income.upperMiddle': 'ចំណូលមធ្យមកម្រិតខ្ពស់',
	'term.income.high': 'ចំណូលខ្ពស់'
} satisfies Translation<typeof en>;
