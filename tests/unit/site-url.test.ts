import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, parseSiteUrl, siteUrlFromEnv } from '../../src/publish/site-url.ts';

describe('the site address', () => {
  it('defaults to the local preview when ORBITAL_SITE_URL is unset or empty', () => {
    expect(siteUrlFromEnv({})).toBe(DEFAULT_SITE_URL);
    expect(siteUrlFromEnv({ ORBITAL_SITE_URL: '  ' })).toBe(DEFAULT_SITE_URL);
  });

  it('takes an http(s) origin, normalised with a trailing slash', () => {
    expect(siteUrlFromEnv({ ORBITAL_SITE_URL: 'https://orbital-record.org' })).toBe('https://orbital-record.org/');
    expect(parseSiteUrl('http://localhost:8080/')).toBe('http://localhost:8080/');
  });

  it.each([
    ['orbital-record.org', 'not a URL'],
    ['ftp://orbital-record.org', 'scheme is "ftp:"'],
    ['https://orbital-record.org/record/', 'has a path'],
    ['https://orbital-record.org/?x=1', 'query'],
    ['https://orbital-record.org/?', 'query'],
    ['https://orbital-record.org#', 'fragment'],
  ])('refuses %s, saying why', (value, why) => {
    expect(() => parseSiteUrl(value)).toThrow(why);
    expect(() => parseSiteUrl(value)).toThrow(`ORBITAL_SITE_URL is "${value}"`);
  });

  it('refuses an address with a user name or password, and never prints the password', () => {
    expect(() => parseSiteUrl('https://me:secret@orbital-record.org')).toThrow('ORBITAL_SITE_URL is "https://me:***@orbital-record.org/", which holds a user name or password');
    expect(() => parseSiteUrl('https://me@orbital-record.org')).toThrow('ORBITAL_SITE_URL is "https://me@orbital-record.org/", which holds a user name or password');
  });
});
