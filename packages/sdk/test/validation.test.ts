import { describe, expect, it } from 'vitest';
import { ApplicationInput, PostInput, VerifyCodeInput, InsightInput, validate } from '../src/index.js';

const application = {
  profile: {
    name: 'Siti Rahma',
    whatsapp: '+6281234567890',
    city: 'Bandung',
    socialAccounts: [{ platform: 'instagram', handle: '@siti', followers: 5000 }],
    children: [{ birthYear: 2025, birthMonth: 1 }],
    niches: ['parenting'],
  },
  answers: {
    whyMe: 'Saya ibu dua anak yang aktif berbagi.',
    contentIdea: 'Reels rutinitas pagi bersama si kecil.',
    eligibility: { meetsRequirements: true, willFollowBrief: true },
  },
  consent: true,
};

describe('localized validation', () => {
  it('accepts a complete application', () => {
    expect(validate(ApplicationInput, application).success).toBe(true);
  });

  it('names each bad field in Bahasa Indonesia by default', () => {
    const result = validate(ApplicationInput, {
      ...application,
      profile: { ...application.profile, name: '', whatsapp: '0812' },
      consent: false,
    });
    expect(result).toEqual({
      success: false,
      fields: {
        'profile.name': 'Minimal 2 karakter.',
        'profile.whatsapp': 'Nomor WhatsApp harus diawali +62, contoh +6281234567890.',
        consent: 'Wajib dicentang.',
      },
    });
  });

  it('names each bad field in English when asked', () => {
    const result = validate(ApplicationInput, { ...application, profile: { ...application.profile, name: '', whatsapp: '0812' }, consent: false }, 'en');
    expect(result.success ? {} : result.fields).toEqual({
      'profile.name': 'At least 2 characters.',
      'profile.whatsapp': 'WhatsApp number must start with +62, e.g. +6281234567890.',
      consent: 'Please tick this box.',
    });
  });

  it('says what is too short, too long and missing', () => {
    const short = validate(ApplicationInput, { ...application, answers: { ...application.answers, whyMe: 'pendek' } });
    expect(short.success ? {} : short.fields).toEqual({ 'answers.whyMe': 'Minimal 20 karakter.' });
    const long = validate(ApplicationInput, { ...application, profile: { ...application.profile, city: 'x'.repeat(81) } }, 'en');
    expect(long.success ? {} : long.fields).toEqual({ 'profile.city': 'At most 80 characters.' });
    const missing = validate(ApplicationInput, {}, 'en');
    expect(missing.success ? {} : missing.fields).toMatchObject({ profile: 'This field is required.', consent: 'Please tick this box.' });
  });

  it('refuses a post URL that is on no platform, in both languages', () => {
    const id = validate(PostInput, { url: 'https://example.com/p/1' });
    expect(id.success ? {} : id.fields).toEqual({ url: 'Tautan harus dari Instagram, TikTok, YouTube atau Facebook.' });
    const en = validate(PostInput, { url: 'https://example.com/p/1' }, 'en');
    expect(en.success ? {} : en.fields).toEqual({ url: 'The link must be on Instagram, TikTok, YouTube or Facebook.' });
    expect(validate(PostInput, { url: 'https://www.instagram.com/p/abc' }).success).toBe(true);
  });

  it('explains the shape of a sign-in code', () => {
    const result = validate(VerifyCodeInput, { email: 'a@b.co', code: '12ab' }, 'en');
    expect(result.success ? {} : result.fields).toEqual({ code: 'The code is 6 digits.' });
  });

  it('refuses a negative metric', () => {
    const result = validate(InsightInput, { metrics: [{ deliverableIndex: 0, values: { reach: -1 } }], screenshotIds: ['upl_abcdef'] }, 'en');
    expect(result.success ? {} : result.fields).toEqual({ 'metrics.0.values.reach': 'At least 0.' });
  });

  it('says "whole number" for a fractional metric', () => {
    const result = validate(InsightInput, {
      metrics: [{ deliverableIndex: 0, values: { reach: -1, likes: 1.5 } }],
      screenshotIds: ['upl_abcdef'],
    }, 'en');
    expect(result.success ? {} : result.fields).toEqual({
      'metrics.0.values.reach': 'At least 0.',
      'metrics.0.values.likes': 'Enter a whole number.',
    });
  });
});
