import type { PayoutTaxConfig } from './tax-config.js';

/**
 * PPh Pasal 21 withheld from an individual who is not the payer's employee
 * ("bukan pegawai"), as an Ibu Sibuk KOL is, in force from 1 January 2024.
 * To be reviewed whenever the regulations below change.
 */
export const PPH21_NON_EMPLOYEE_2024: PayoutTaxConfig = {
  id: 'pph21-bukan-pegawai-pmk-168-2023',
  sources: [
    // The base and the rate for non-employees.
    'PMK 168 Tahun 2023 (PPh Pasal 21 bukan pegawai): DPP = 50% × jumlah penghasilan bruto, dikalikan tarif Pasal 17 ayat (1) huruf a UU PPh',
    // The scale.
    'UU 7 Tahun 2021 (HPP) Pasal 3, mengubah Pasal 17 ayat (1) huruf a UU PPh: 5% s.d. Rp60 juta, 15% s.d. Rp250 juta, 25% s.d. Rp500 juta, 30% s.d. Rp5 miliar, 35% di atasnya',
    // The surcharge.
    'UU PPh Pasal 21 ayat (5a) dan PMK 168 Tahun 2023: tanpa NPWP, tarif 20% lebih tinggi (120% dari PPh terutang)',
    // NIK as NPWP.
    'UU KUP Pasal 2 ayat (1a) sebagaimana diubah UU HPP, PMK 112/PMK.03/2022 jo. PMK 136 Tahun 2023: NIK berlaku sebagai NPWP orang pribadi penduduk',
    // In-kind income.
    'UU PPh Pasal 4 ayat (1) huruf a sebagaimana diubah UU HPP; PMK 168 Tahun 2023 (penghasilan dalam bentuk natura termasuk objek PPh Pasal 21)',
  ],
  brackets: [
    { upTo: 60_000_000, ratePercent: 5 },
    { upTo: 250_000_000, ratePercent: 15 },
    { upTo: 500_000_000, ratePercent: 25 },
    { upTo: 5_000_000_000, ratePercent: 30 },
    { upTo: null, ratePercent: 35 },
  ],
  taxBasePercent: 50,
  noNpwpSurchargePercent: 20,
  // Products sent for a review are income in kind (natura) under UU HPP, but whether the
  // brand withholds on them or the KOL reports them in her own annual return depends on
  // the campaign agreement and the payer's tax adviser, so it is a switch. Off: the
  // value is shown on the statement and left out of the withholding.
  taxProductValue: false,
};
