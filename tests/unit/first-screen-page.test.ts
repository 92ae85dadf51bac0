import { describe, expect, it } from 'vitest';
import {
  hasFirstScreenBlock,
  launchSecretInQuery,
  withFirstScreen,
} from '../../electron/services/host/first-screen-page.js';
import type { ApiEnvelope } from '../../shared/contract/transport.js';

const PAGE =
  '<!doctype html><head><title>T</title><script type="application/json" id="tokenscope-first-screen"></script>' +
  '<script type="module" src="./assets/index.js"></script></head><body><div id="root"></div></body>';

/** The data block's text, as the browser's HTML parser would end it: at the first `</script`. */
const blockText = (html: string) => /id="tokenscope-first-screen">([\s\S]*?)<\/script/i.exec(html)?.[1];

describe('launchSecretInQuery', () => {
  it.each([
    ['/?launch=abc_DEF-123', 'abc_DEF-123'],
    ['/index.html?x=1&launch=s3cret', 's3cret'],
    ['/?launch=s3cret#launch=other', 's3cret'],
    ['/', undefined],
    ['/?other=1', undefined],
    ['/#launch=s3cret', undefined], // a fragment never reaches the server; nor is it read when it does
  ])('%s → %s', (url, secret) => {
    expect(launchSecretInQuery(url)).toBe(secret);
  });
});

describe('withFirstScreen', () => {
  it('puts the answer in the data block, where JSON.parse reads it back exactly', () => {
    const envelope: ApiEnvelope = { ok: true, value: { connections: [{ name: 'Sandbox' }], runs: [] } };
    const html = withFirstScreen(PAGE, envelope);
    expect(JSON.parse(blockText(html)!)).toEqual(envelope);
    expect(html).toContain('<script type="module" src="./assets/index.js"></script>');
  });

  it('keeps text that would end the block or open a comment inside it', () => {
    const name = 'Tricky </script><script>alert(1)</script> <!-- <SCRIPT> \u2028 & "quotes"';
    const envelope: ApiEnvelope = { ok: true, value: { connections: [{ name }] } };
    const html = withFirstScreen(PAGE, envelope);
    expect(html).not.toContain('alert(1)</script>');
    expect(html.match(/<\/script/gi)).toHaveLength(2); // the data block's own end and the module script's
    expect(JSON.parse(blockText(html)!)).toEqual(envelope);
  });

  it('carries a failed answer as it is, for the page to ask again', () => {
    const envelope: ApiEnvelope = { ok: false, error: { code: 'internal', message: 'disk <full>' } };
    expect(JSON.parse(blockText(withFirstScreen(PAGE, envelope))!)).toEqual(envelope);
  });

  it('leaves a page without the data block as it is', () => {
    const page = '<!doctype html><title>Baseline</title>';
    expect(hasFirstScreenBlock(page)).toBe(false);
    expect(hasFirstScreenBlock(PAGE)).toBe(true);
    expect(withFirstScreen(page, { ok: true, value: 1 })).toBe(page);
  });

  it('takes `$` in the answer literally', () => {
    const envelope: ApiEnvelope = { ok: true, value: "$& $' $` $1" };
    expect(JSON.parse(blockText(withFirstScreen(PAGE, envelope))!)).toEqual(envelope);
  });
});
