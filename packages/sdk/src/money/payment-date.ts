import { INDONESIAN_HOLIDAY_DATES } from './holidays.js';

const DAY_MS = 86_400_000;
// Asia/Jakarta (WIB) is UTC+7 all year: Indonesia keeps no daylight saving time.
const JAKARTA_OFFSET_MS = 7 * 3_600_000;
const ISO_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/** Days since 1970-01-01 of the calendar date in Jakarta at `instant`. */
const jakartaDay = (instant: Date) => Math.floor((instant.getTime() + JAKARTA_OFFSET_MS) / DAY_MS);

const isoOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The calendar date in Jakarta at `instant`, as `YYYY-MM-DD`. */
export const jakartaDate = (instant: Date): string => isoOfDay(jakartaDay(instant));

/**
 * The Jakarta date (`YYYY-MM-DD`) by which a payout approved at `approvedAt` is due,
 * `workingDays` Indonesian working days later: Monday to Friday, less `holidays`
 * (national holidays and cuti bersama; default: the SKB 3 Menteri lists in
 * `INDONESIAN_HOLIDAYS`). The approval day itself is day zero, whatever its hour; with
 * `workingDays` 0 the answer is the approval day, or the next working day after it.
 */
export function expectedPaymentDate(
  approvedAt: Date,
  workingDays: number,
  holidays: readonly string[] = INDONESIAN_HOLIDAY_DATES,
): string {
  if (Number.isNaN(approvedAt.getTime())) throw new RangeError('approvedAt is not a valid date');
  if (!Number.isInteger(workingDays) || workingDays < 0 || workingDays > 366) {
    throw new RangeError(`workingDays must be a whole number from 0 to 366, got ${workingDays}`);
  }
  const off = new Set<string>();
  for (const date of holidays) {
    if (!ISO_DATE.test(date)) throw new RangeError(`holiday ${JSON.stringify(date)} is not YYYY-MM-DD`);
    off.add(date);
  }
  // 1970-01-01 was a Thursday: (day + 4) % 7 is 0 on Sundays, 6 on Saturdays.
  const isWorkingDay = (day: number) => {
    const weekday = (day + 4) % 7;
    return weekday !== 0 && weekday !== 6 && !off.has(isoOfDay(day));
  };

  let day = jakartaDay(approvedAt);
  if (workingDays === 0) {
    while (!isWorkingDay(day)) day++;
    return isoOfDay(day);
  }
  for (let left = workingDays; left > 0; ) {
    day++;
    if (isWorkingDay(day)) left--;
  }
  return isoOfDay(day);
}
