import { defineMessages } from '../define';

export default defineMessages({
	en: {},
	km: {},
	id: {}
});
