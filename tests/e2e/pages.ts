/** Every page, for the scans that go through them all (axe, messages). */
export const PUBLIC_PAGES = [
	'/',
	'/countries',
	'/countries/KHM',
	'/indicators/EGDI',
	'/indicators/OSI?year=2022&compare=2014&focus=VNM',
	'/compare?countries=KHM,VNM,THA,LAO',
	'/compare',
	'/methodology',
	'/data',
	'/targets',
	'/targets/1/plan',
	'/targets/3/plan?osi=0.02&tii=0.01&hci=0',
	'/brief?country=KHM&plan=1&osi=0.02&tii=0.01&hci=0.01',
	'/targets?group=body',
	'/milestones/1',
	'/policies/1',
	'/brief?country=KHM',
	'/indicators/EGDI?embed=1',
	'/login',
	'/no-such-page'
];

/** Pages behind signing in, all open to an admin. */
export const SIGNED_IN_PAGES = [
	'/data/upload',
	'/data/imports',
	'/data/imports/1',
	'/data/indicators',
	'/targets/new',
	'/targets/1',
	'/milestones/new',
	'/policies/new',
	'/account',
	'/admin/users',
	'/admin/audit'
];

/** A page's address in a language: `/km` + `/countries`, and `/km` for the summary. */
export const inLanguage = (prefix: string, path: string) =>
	prefix + (path === '/' && prefix ? '' : path);
