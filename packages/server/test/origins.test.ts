import { describe, expect, it } from 'vitest';
import { originMatches } from '../src/http/origins.js';

describe('originMatches', () => {
  it.each([
    ['http://localhost:5173', 'http://localhost:*', true],
    ['http://localhost', 'http://localhost:*', true],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:*', true],
    ['http://localhost.evil.com', 'http://localhost:*', false],
    ['https://localhost:5173', 'http://localhost:*', false],
    ['https://shop.brand.example', 'https://*.brand.example', true],
    ['https://brand.example', 'https://*.brand.example', false],
    ['https://brand.example', 'https://brand.example', true],
    ['https://brandXexample', 'https://brand.example', false],
  ])('%s against %s → %s', (origin, pattern, expected) => {
    expect(originMatches(origin, pattern)).toBe(expected);
  });
});
