import { describe, expect, it } from 'vitest';
import { errorCode, errorMessage, InputError } from '../../src/errors.js';

describe('narrowing what was thrown', () => {
  const systemError = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });

  it.each([
    ['an Error', new Error('broken'), 'broken', undefined],
    ['a system error', systemError, 'ENOENT: no such file', 'ENOENT'],
    ['an InputError', new InputError('say it once'), 'say it once', undefined],
    [
      'an error-like object from elsewhere',
      { message: 'from a worker', code: 'CSV_QUOTE_NOT_CLOSED' },
      'from a worker',
      'CSV_QUOTE_NOT_CLOSED',
    ],
    ['a string', 'plain text', 'plain text', undefined],
    ['a number code, which is no code', { message: 'x', code: 42 }, 'x', undefined],
    ['a message that is not text', { message: 7 }, '[object Object]', undefined],
    ['null', null, 'null', undefined],
    ['undefined', undefined, 'undefined', undefined],
  ])('%s', (_name, thrown, message, code) => {
    expect(errorMessage(thrown)).toBe(message);
    expect(errorCode(thrown)).toBe(code);
  });
});
