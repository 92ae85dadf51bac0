import type { MonacoApi } from './load-monaco';

const DARK = 'tokenscope-dark';
const defined = new WeakSet<object>();

/**
 * The editors' theme for the user's colour scheme. Monaco's dark theme draws comments in #608b4e, 4.2:1 on its
 * background, under the 4.5:1 WCAG 2.2 AA (1.4.3) asks for text this size: ours is that theme with VS Code's later
 * comment colour (#6a9955, 5.0:1).
 */
export function editorTheme(monaco: MonacoApi): string {
  if (!defined.has(monaco.editor)) {
    monaco.editor.defineTheme(DARK, {
      base: 'vs-dark',
      inherit: true,
      rules: [{ token: 'comment', foreground: '6a9955' }],
      colors: {},
    });
    defined.add(monaco.editor);
  }
  return (window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false) ? DARK : 'vs';
}
