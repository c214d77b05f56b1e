import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SETTINGS, SMTP_ENV, SettingError, optionsFrom, usage } from '../../src/ops/settings.js';

const deployGuide = readFileSync(new URL('../../../../docs/deploy.md', import.meta.url), 'utf8');

describe('settings from flags and environment variables', () => {
  it('reads every kind of setting from the environment', () => {
    const options = optionsFrom(
      {},
      {
        PORT: '9000',
        IBUSIBUK_HOST: '0.0.0.0',
        DATABASE_URL: '/srv/ibusibuk/api.db',
        IBUSIBUK_DEV: 'false',
        IBUSIBUK_SECRET_KEYS: 'sk_live_a, sk_live_b',
        IBUSIBUK_BRAND_KEYS: 'sk_live_c=Susu Bunda',
        IBUSIBUK_PUBLISHABLE_KEYS: 'pk_live_a=https://orami.example https://*.orami.example',
        IBUSIBUK_TRUST_PROXY: '1',
        IBUSIBUK_STORAGE: 's3',
        IBUSIBUK_S3_BUCKET: 'ibusibuk-media',
        IBUSIBUK_S3_ENDPOINT: 'https://s3.example',
        AWS_REGION: 'ap-southeast-3',
        IBUSIBUK_MEDIA_DELIVERY: 'redirect',
        IBUSIBUK_MAX_VIDEO_BYTES: '800000000',
        IBUSIBUK_LOG_LEVEL: 'warn',
      },
    );
    expect(options).toEqual({
      port: 9000,
      hostname: '0.0.0.0',
      db: '/srv/ibusibuk/api.db',
      dev: false,
      secretKeys: ['sk_live_a', 'sk_live_b', { key: 'sk_live_c', brand: 'Susu Bunda' }],
      publishableKeys: [{ key: 'pk_live_a', allowedOrigins: ['https://orami.example', 'https://*.orami.example'] }],
      trustProxy: 1,
      storage: 's3',
      s3: { bucket: 'ibusibuk-media', endpoint: 'https://s3.example', region: 'ap-southeast-3' },
      mediaDelivery: 'redirect',
      maxVideoBytes: 800_000_000,
      logLevel: 'warn',
    });
  });

  it('lets a flag win over its variable, and adds listed keys from both', () => {
    const options = optionsFrom({ port: '8080', 'secret-key': ['sk_flag'] }, { IBUSIBUK_PORT: '9000', IBUSIBUK_SECRET_KEYS: 'sk_env' });
    expect(options).toEqual({ port: 8080, secretKeys: ['sk_env', 'sk_flag'] });
  });

  it('refuses values that are not what the setting takes, naming where they came from', () => {
    expect(() => optionsFrom({}, { IBUSIBUK_PORT: 'delapan' })).toThrow(new SettingError('IBUSIBUK_PORT takes a whole number ≥ 0, got delapan'));
    expect(() => optionsFrom({ port: '70000' }, {})).toThrow(SettingError);
    expect(() => optionsFrom({}, { IBUSIBUK_STORAGE: 'ftp' })).toThrow('--storage takes one of disk, s3; got ftp');
    expect(() => optionsFrom({}, { IBUSIBUK_DEV: 'mungkin' })).toThrow('IBUSIBUK_DEV takes true or false');
  });

  it('names every flag and variable in --help and every variable in docs/deploy.md', () => {
    const help = usage();
    const variables = [...SETTINGS.flatMap((s) => s.env), ...SMTP_ENV];
    for (const s of SETTINGS) expect(help).toContain(`--${s.flag}`);
    for (const name of variables) expect(help).toContain(name);
    expect(variables.filter((name) => !deployGuide.includes(`\`${name}\``))).toEqual([]);
  });
});
