import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError, IbuSibukClient, createClient } from '../src/index.js';

const g = globalThis as Record<string, unknown>;
afterEach(() => {
  delete g.window;
  delete g.document;
});
const pretendBrowser = () => {
  g.window = {};
  g.document = {};
};

describe('credentials in a browser', () => {
  it('refuses a secret key where window and document exist', () => {
    pretendBrowser();
    expect(() => createClient({ baseUrl: 'http://127.0.0.1:1', secretKey: 'sk_test_demo' })).toThrow(ConfigurationError);
    expect(() => createClient({ baseUrl: 'http://127.0.0.1:1', secretKey: 'sk_test_demo' })).toThrow(
      /publishable key \(pk_…\) or a KOL session token/,
    );
  });

  it('accepts a publishable key or a session token in a browser', () => {
    pretendBrowser();
    expect(createClient({ baseUrl: 'http://127.0.0.1:1', publishableKey: 'pk_test_demo' })).toBeInstanceOf(IbuSibukClient);
    expect(createClient({ baseUrl: 'http://127.0.0.1:1', sessionToken: 'kst_abc' })).toBeInstanceOf(IbuSibukClient);
  });

  it('lets a test runner faking a browser opt in explicitly', () => {
    pretendBrowser();
    expect(createClient({ baseUrl: 'http://127.0.0.1:1', secretKey: 'sk_test_demo', dangerouslyAllowBrowser: true })).toBeInstanceOf(
      IbuSibukClient,
    );
  });

  it('accepts a secret key in Node', () => {
    expect(createClient({ baseUrl: 'http://127.0.0.1:1', secretKey: 'sk_test_demo' })).toBeInstanceOf(IbuSibukClient);
  });

  it('refuses a secret key passed as a publishable key', () => {
    expect(() => createClient({ baseUrl: 'http://127.0.0.1:1', publishableKey: 'sk_test_demo' })).toThrow(/must start with `pk_`/);
  });

  it('refuses a client without base URL or credential', () => {
    expect(() => createClient({ baseUrl: '/api', publishableKey: 'pk_x' })).toThrow(/baseUrl/);
    expect(() => createClient({ baseUrl: 'http://127.0.0.1:1' })).toThrow(/credential/);
  });
});
