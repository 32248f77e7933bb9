import { countryName } from './country-names';
import { EEA_COUNTRIES } from '../model/transfer-countries';
import { EU_MEMBER_STATES, isThirdCountry } from './ropa/adequacy';

describe('countryName', () => {
  it('names countries as privacy policies do, marking EU member states', () => {
    expect(['US', 'CA', 'GB', 'DE', 'FR', 'CH', 'NO', 'XX'].map(countryName)).toEqual([
      'USA', 'Canada', 'United Kingdom', 'Germany (EU)', 'France (EU)', 'Switzerland', 'Norway', 'XX',
    ]);
  });
});

describe('isThirdCountry', () => {
  it('treats the EEA and adequacy countries as safe and everything else as a third country', () => {
    expect(['DE', 'FR', 'NO', 'IS', 'CA', 'GB', 'CH', 'JP', 'KR', 'NZ', 'IL', 'AR', 'UY'].filter(isThirdCountry)).toEqual([]);
    expect(['US', 'IN', 'CN', 'AU', 'BR', 'SG'].every(isThirdCountry)).toBe(true);
  });
});

describe('EU_MEMBER_STATES', () => {
  it('is the EEA without Iceland, Liechtenstein and Norway', () => {
    expect([...EEA_COUNTRIES].filter((c) => !EU_MEMBER_STATES.has(c)).sort()).toEqual(['IS', 'LI', 'NO']);
    expect([...EU_MEMBER_STATES].every((c) => EEA_COUNTRIES.has(c))).toBe(true);
  });
});
