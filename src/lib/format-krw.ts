/**
 * KRW amounts as people read them (pure). Korean counts in 만 (10⁴) and 억 (10⁸): 1,500,000,000원 is
 * "15억원", 350,000,000원 "3억 5,000만원". English uses the won sign with thousands separators, or
 * K/M/B when compact.
 */
type Locale = 'ko' | 'en';

const MAN = 10_000;
const EOK = 100_000_000;
const group = (n: number) => n.toLocaleString('en-US');

/** Rounds to one decimal and drops a trailing ".0". */
const oneDecimal = (n: number) => {
	const r = Math.round(n * 10) / 10;
	return Number.isInteger(r)
		? group(r)
		: r.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
};

/** Exact: "12억 3,456만 7,890원" / "₩1,234,567,890". */
export function formatKrw(amount: number, locale: Locale): string {
	const sign = amount < 0 ? '-' : '';
	const n = Math.abs(Math.round(amount));
	if (locale === 'en') return `${sign}₩${group(n)}`;
	if (n === 0) return '0원';
	const eok = Math.floor(n / EOK);
	const man = Math.floor((n % EOK) / MAN);
	const won = n % MAN;
	const parts = [eok ? `${group(eok)}억` : '', man ? `${group(man)}만` : '', won ? group(won) : ''].filter(
		Boolean
	);
	return `${sign}${parts.join(' ')}원`;
}

/** For dashboards: "12.3억원", "3,456만원", "7,890원" / "₩1.2B", "₩34.6M", "₩7,890". */
export function formatKrwCompact(amount: number, locale: Locale): string {
	const sign = amount < 0 ? '-' : '';
	const n = Math.abs(Math.round(amount));
	if (locale === 'en') {
		if (n >= 1e9) return `${sign}₩${oneDecimal(n / 1e9)}B`;
		if (n >= 1e6) return `${sign}₩${oneDecimal(n / 1e6)}M`;
		if (n >= 1e4) return `${sign}₩${oneDecimal(n / 1e3)}K`;
		return `${sign}₩${group(n)}`;
	}
	if (n >= EOK) return `${sign}${oneDecimal(n / EOK)}억원`;
	if (n >= MAN) return `${sign}${group(Math.round(n / MAN))}만원`;
	return `${sign}${group(n)}원`;
}
