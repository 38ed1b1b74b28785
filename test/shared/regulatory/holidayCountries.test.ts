import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { PUBLIC_HOLIDAY_COUNTRIES } from '../../../shared/domain/regulatory/holidayCountries';

describe('the countries with public holidays, kept beside the package', () => {
  it('is exactly the holiday package’s list', () => {
    expect([...PUBLIC_HOLIDAY_COUNTRIES].sort()).toEqual(Object.keys(new Holidays().getCountries('en')).sort());
  });
});
