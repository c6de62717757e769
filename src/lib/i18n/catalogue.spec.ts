import { describe, expect, it } from 'vitest';
import { groupOfKey, groupsInData, lookUp, withMessages } from './catalogue';

describe('messages in a page’s data', () => {
	it('finds the groups of the messages the server sent, however deep, with their parameters', () => {
		const data = {
			locale: 'km',
			plan: {
				targets: [
					{
						id: 1,
						label: {
							key: 'editing.rule.required',
							params: { group: { key: 'term.level.high' }, min: 0.5, year: 2030 }
						}
					}
				]
			},
			form: { errors: { email: { key: 'accounts.users.emailTaken' } } },
			series: [{ key: 'KHM', name: 'Cambodia' }]
		};
		expect([...groupsInData(data)].sort()).toEqual(['accounts', 'editing', 'terms']);
	});

	it('names the group of a key by its prefix, the glossary’s included', () => {
		expect(groupOfKey('editing.rule.required')).toBe('editing');
		expect(groupOfKey('term.region.world')).toBe('places');
		expect(groupOfKey('term.level.high')).toBe('terms');
		expect(groupOfKey('term.group.ldc')).toBe('places');
		expect(groupOfKey('term.indicator.EGDI.description')).toBe('definitions');
		expect(groupOfKey('term.indicator.EGDI.name')).toBe('terms');
	});

	it('passes the data on and shrugs off a key-like string of no group', async () => {
		const data = { label: { key: 'nogroup.at.all' }, other: { key: 'summary.headline.change' } };
		const event = { data, url: new URL('http://localhost/km/') };
		await expect(withMessages(event, 'summary')).resolves.toBe(data);
		expect(lookUp('km', 'summary.headline.change')).toBeTruthy();
	});
});
