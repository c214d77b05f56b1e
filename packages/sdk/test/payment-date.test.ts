import { describe, expect, it } from 'vitest';
import { expectedPaymentDate, INDONESIAN_HOLIDAYS, INDONESIAN_HOLIDAY_DATES, jakartaDate } from '../src/index.js';

// Instants are written in WIB (+07:00) so the Jakarta day is plain to see.
const wib = (local: string) => new Date(`${local}+07:00`);

describe('expectedPaymentDate (working days in Jakarta, SKB 3 Menteri holidays)', () => {
  it.each([
    // Mon → Tue 1, Wed 2, Thu 3
    ['within one week', '2026-02-02T10:00:00', 3, '2026-02-05'],
    // Thu → Fri 6 (1), weekend, Mon 9 (2), Tue 10 (3)
    ['across a weekend', '2026-02-05T10:00:00', 3, '2026-02-10'],
    // Sat → Mon 9 (1)
    ['approved on a Saturday', '2026-02-07T09:00:00', 1, '2026-02-09'],
    // Thu 12 → Fri 13 (1), weekend, Mon 16 cuti bersama Imlek, Tue 17 Imlek, Wed 18 (2), Thu 19 (3)
    ['across Imlek and its cuti bersama', '2026-02-12T10:00:00', 3, '2026-02-19'],
    // Tue 17 Mar → Wed 18 cuti Nyepi, Thu 19 Nyepi, Fri 20 cuti, Sat 21–Sun 22 Idul Fitri, Mon 23–Tue 24 cuti, Wed 25 (1)
    ['across Nyepi and Lebaran 2026', '2026-03-17T10:00:00', 1, '2026-03-25'],
    // Wed 23 Dec → Thu 24 cuti Natal, Fri 25 Natal, weekend, Mon 28 (1), Tue 29 (2), Wed 30 (3)
    ['across Christmas', '2026-12-23T10:00:00', 3, '2026-12-30'],
    // … Thu 31 (4), Fri 1 Jan 2027 Tahun Baru, weekend, Mon 4 Jan (5)
    ['across the year end', '2026-12-23T10:00:00', 5, '2027-01-04'],
    // 0 days: the approval day when it is a working day …
    ['zero days on a working day', '2026-02-02T10:00:00', 0, '2026-02-02'],
    // … else the next one: Sat 26 Dec → Mon 28
    ['zero days on a weekend', '2026-12-26T10:00:00', 0, '2026-12-28'],
  ])('%s', (_name, approvedAt, days, expected) => {
    expect(expectedPaymentDate(wib(approvedAt), days)).toBe(expected);
  });

  it('counts from the Jakarta date, not the UTC one', () => {
    // Fri 6 Feb 23:30 WIB is still Friday in Jakarta (16:30 UTC): Mon 9 (1)
    expect(expectedPaymentDate(new Date('2026-02-06T16:30:00Z'), 1)).toBe('2026-02-09');
    // 17:30 UTC the same UTC day is Sat 00:30 WIB: Mon 9 (1) too, but Tue 10 for 2
    expect(jakartaDate(new Date('2026-02-06T17:30:00Z'))).toBe('2026-02-07');
    expect(expectedPaymentDate(new Date('2026-02-06T17:30:00Z'), 2)).toBe('2026-02-10');
    // Thu 5 Feb 18:00 UTC is already Fri 6 in Jakarta: Mon 9 (1), not Fri 6
    expect(expectedPaymentDate(new Date('2026-02-05T18:00:00Z'), 1)).toBe('2026-02-09');
  });

  it('takes another holiday list', () => {
    // No holidays: Wed 23 Dec → Thu 24 (1), Fri 25 (2), Mon 28 (3)
    expect(expectedPaymentDate(wib('2026-12-23T10:00:00'), 3, [])).toBe('2026-12-28');
    expect(expectedPaymentDate(wib('2026-02-02T10:00:00'), 1, ['2026-02-03'])).toBe('2026-02-04');
  });

  it('refuses bad input', () => {
    expect(() => expectedPaymentDate(new Date('nope'), 1)).toThrow(RangeError);
    expect(() => expectedPaymentDate(wib('2026-02-02T10:00:00'), -1)).toThrow(RangeError);
    expect(() => expectedPaymentDate(wib('2026-02-02T10:00:00'), 1.5)).toThrow(RangeError);
    expect(() => expectedPaymentDate(wib('2026-02-02T10:00:00'), 1, ['3/2/2026'])).toThrow(RangeError);
  });

  it('lists 17 libur nasional and 8 cuti bersama for 2026, as the SKB does', () => {
    const y2026 = INDONESIAN_HOLIDAYS[2026] ?? [];
    expect(y2026.filter((h) => h.kind === 'libur_nasional')).toHaveLength(17);
    expect(y2026.filter((h) => h.kind === 'cuti_bersama')).toHaveLength(8);
    expect(new Set(INDONESIAN_HOLIDAY_DATES).size).toBe(INDONESIAN_HOLIDAY_DATES.length);
  });
});
