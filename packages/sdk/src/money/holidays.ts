// Days off in Indonesia on which no payout is sent: national holidays (hari libur
// nasional) and collective leave (cuti bersama), by year.
//
// TO UPDATE EVERY YEAR when the SKB 3 Menteri (Menteri Agama, Menteri Ketenagakerjaan,
// Menteri PANRB) for the next year is signed, usually in September–November, and
// whenever it is amended. Pass another list to `expectedPaymentDate` to override.

/** One day off. */
export interface Holiday {
  /** Calendar date in Indonesia, `YYYY-MM-DD`. */
  date: string;
  name: string;
  kind: 'libur_nasional' | 'cuti_bersama';
  /** A date computed ahead of the SKB, to be replaced by the signed one. */
  estimated?: true;
}

/**
 * 2026: SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1497 Tahun
 * 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025 tentang Hari Libur Nasional dan Cuti
 * Bersama Tahun 2026 (17 libur nasional, 8 cuti bersama).
 */
const Y2026: Holiday[] = [
  { date: '2026-01-01', kind: 'libur_nasional', name: 'Tahun Baru 2026 Masehi' },
  { date: '2026-01-16', kind: 'libur_nasional', name: 'Isra Mikraj Nabi Muhammad SAW' },
  { date: '2026-02-16', kind: 'cuti_bersama', name: 'Tahun Baru Imlek' },
  { date: '2026-02-17', kind: 'libur_nasional', name: 'Tahun Baru Imlek 2577 Kongzili' },
  { date: '2026-03-18', kind: 'cuti_bersama', name: 'Hari Suci Nyepi' },
  { date: '2026-03-19', kind: 'libur_nasional', name: 'Hari Suci Nyepi (Tahun Baru Saka 1948)' },
  { date: '2026-03-20', kind: 'cuti_bersama', name: 'Idul Fitri 1447 H' },
  { date: '2026-03-21', kind: 'libur_nasional', name: 'Idul Fitri 1447 H' },
  { date: '2026-03-22', kind: 'libur_nasional', name: 'Idul Fitri 1447 H' },
  { date: '2026-03-23', kind: 'cuti_bersama', name: 'Idul Fitri 1447 H' },
  { date: '2026-03-24', kind: 'cuti_bersama', name: 'Idul Fitri 1447 H' },
  { date: '2026-04-03', kind: 'libur_nasional', name: 'Wafat Yesus Kristus' },
  { date: '2026-04-05', kind: 'libur_nasional', name: 'Kebangkitan Yesus Kristus (Paskah)' },
  { date: '2026-05-01', kind: 'libur_nasional', name: 'Hari Buruh Internasional' },
  { date: '2026-05-14', kind: 'libur_nasional', name: 'Kenaikan Yesus Kristus' },
  { date: '2026-05-15', kind: 'cuti_bersama', name: 'Kenaikan Yesus Kristus' },
  { date: '2026-05-27', kind: 'libur_nasional', name: 'Idul Adha 1447 H' },
  { date: '2026-05-28', kind: 'cuti_bersama', name: 'Idul Adha 1447 H' },
  { date: '2026-05-31', kind: 'libur_nasional', name: 'Hari Raya Waisak 2570 BE' },
  { date: '2026-06-01', kind: 'libur_nasional', name: 'Hari Lahir Pancasila' },
  { date: '2026-06-16', kind: 'libur_nasional', name: 'Tahun Baru Islam 1448 H' },
  { date: '2026-08-17', kind: 'libur_nasional', name: 'Proklamasi Kemerdekaan' },
  { date: '2026-08-25', kind: 'libur_nasional', name: 'Maulid Nabi Muhammad SAW' },
  { date: '2026-12-24', kind: 'cuti_bersama', name: 'Kelahiran Yesus Kristus' },
  { date: '2026-12-25', kind: 'libur_nasional', name: 'Kelahiran Yesus Kristus' },
];

/**
 * 2027: PROVISIONAL. The SKB 3 Menteri for 2027 was not at hand when this list was
 * made. Fixed-date holidays are certain; lunar and lunisolar ones (Hijri, Chinese,
 * Balinese Saka, Waisak) and Easter-based ones are computed estimates, marked
 * `estimated`; no cuti bersama is listed yet, so dates near them come out early.
 */
const Y2027: Holiday[] = [
  { date: '2027-01-01', kind: 'libur_nasional', name: 'Tahun Baru 2027 Masehi' },
  { date: '2027-01-05', kind: 'libur_nasional', name: 'Isra Mikraj Nabi Muhammad SAW', estimated: true },
  { date: '2027-02-06', kind: 'libur_nasional', name: 'Tahun Baru Imlek 2578 Kongzili', estimated: true },
  { date: '2027-03-08', kind: 'libur_nasional', name: 'Hari Suci Nyepi (Tahun Baru Saka 1949)', estimated: true },
  { date: '2027-03-09', kind: 'libur_nasional', name: 'Idul Fitri 1448 H', estimated: true },
  { date: '2027-03-10', kind: 'libur_nasional', name: 'Idul Fitri 1448 H', estimated: true },
  { date: '2027-03-26', kind: 'libur_nasional', name: 'Wafat Yesus Kristus', estimated: true },
  { date: '2027-03-28', kind: 'libur_nasional', name: 'Kebangkitan Yesus Kristus (Paskah)', estimated: true },
  { date: '2027-05-01', kind: 'libur_nasional', name: 'Hari Buruh Internasional' },
  { date: '2027-05-06', kind: 'libur_nasional', name: 'Kenaikan Yesus Kristus', estimated: true },
  { date: '2027-05-16', kind: 'libur_nasional', name: 'Idul Adha 1448 H', estimated: true },
  { date: '2027-05-20', kind: 'libur_nasional', name: 'Hari Raya Waisak 2571 BE', estimated: true },
  { date: '2027-06-01', kind: 'libur_nasional', name: 'Hari Lahir Pancasila' },
  { date: '2027-06-06', kind: 'libur_nasional', name: 'Tahun Baru Islam 1449 H', estimated: true },
  { date: '2027-08-14', kind: 'libur_nasional', name: 'Maulid Nabi Muhammad SAW', estimated: true },
  { date: '2027-08-17', kind: 'libur_nasional', name: 'Proklamasi Kemerdekaan' },
  { date: '2027-12-25', kind: 'libur_nasional', name: 'Kelahiran Yesus Kristus' },
];

/** Days off by year, per the SKB 3 Menteri of that year. */
export const INDONESIAN_HOLIDAYS: Readonly<Record<number, readonly Holiday[]>> = { 2026: Y2026, 2027: Y2027 };

/** Every listed day off as `YYYY-MM-DD`, the default of `expectedPaymentDate`. */
export const INDONESIAN_HOLIDAY_DATES: readonly string[] = [...Y2026, ...Y2027].map((h) => h.date);
