import { describe, expect, it } from 'vitest';
import { detectTokenKind } from '../../shared/inspect/token-kind.js';
import { kindSentence } from '../../renderer/src/features/inspector/kind-sentence.js';

const sentence = (raw: string, hint = {}) => {
  const { kind, label } = detectTokenKind(raw, hint);
  return kindSentence(kind, label);
};

describe('the kind of a token, in words', () => {
  it('names each kind as a sentence would', () => {
    expect(kindSentence('access_token', 'JWT access token')).toBe('This is a JWT access token.');
    expect(kindSentence('id_token', 'ID token')).toBe('This is an ID token.');
    expect(sentence('pat_SandboxEddieLaptopScript00000001')).toBe('This is a personal access token.');
    expect(sentence('Abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG', { resourceRequested: false })).toBe(
      'This is an opaque token.',
    );
    expect(sentence('Abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG', { type: 'refresh_token' })).toBe(
      'This is a refresh token.',
    );
  });

  it('does not call malformed input a token', () => {
    expect(sentence('Bearer abc')).toBe('This is not a token Tokenscope can read.');
  });
});
