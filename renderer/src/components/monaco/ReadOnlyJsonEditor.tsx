import { editorTheme } from './editor-theme';
import { useEffect, useRef } from 'react';
import type { MonacoApi } from './load-monaco';
import { registerLineHover, type LineHover } from './line-hovers';
import { useEditorText } from './use-editor-text';

export interface LineNote {
  lineNumber: number;
  text: string;
}

interface Props {
  monaco: MonacoApi;
  text: string;
  ariaLabel: string;
  /** The hover for a line; Monaco shows it on mouse hover and on Ctrl+K Ctrl+I at the cursor. */
  hover?: LineHover;
  /** Text shown after the end of a line, e.g. a time claim as a date. */
  notes?: readonly LineNote[];
  testId?: string;
}

const LINE_HEIGHT = 19;
const MAX_HEIGHT = 460;

/** Monaco, read-only, sized to its content. Tab leaves the editor, so the page stays keyboard-navigable. */
export function ReadOnlyJsonEditor({ monaco, text, ariaLabel, hover, notes, testId }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<ReturnType<MonacoApi['editor']['create']>>(undefined);
  const decorations =
    useRef<ReturnType<ReturnType<MonacoApi['editor']['create']>['createDecorationsCollection']>>(undefined);
  const hoverRef = useRef(hover);
  hoverRef.current = hover;

  useEffect(() => {
    if (!host.current) return;
    const model = monaco.editor.createModel(text, 'json');
    const editor = monaco.editor.create(host.current, {
      model,
      readOnly: true,
      domReadOnly: true,
      ariaLabel,
      theme: editorTheme(monaco),
      automaticLayout: true,
      minimap: { enabled: false },
      lineNumbers: 'off',
      folding: true,
      scrollBeyondLastLine: false,
      wordWrap: 'on',
      renderLineHighlight: 'none',
      tabFocusMode: true,
      fontSize: 13,
      lineHeight: LINE_HEIGHT,
      hover: { enabled: 'on', delay: 250 },
      scrollbar: { alwaysConsumeMouseWheel: false },
    });
    editorRef.current = editor;
    decorations.current = editor.createDecorationsCollection();
    // Sized to the content as laid out (wrapped lines included), so short tokens need no inner scrolling.
    const fit = () => {
      if (host.current) host.current.style.height = `${Math.min(MAX_HEIGHT, editor.getContentHeight() + 4)}px`;
    };
    const sizing = editor.onDidContentSizeChange(fit);
    fit();
    // Follows the system theme while open, as the rest of the page does through CSS.
    const scheme = window.matchMedia?.('(prefers-color-scheme: dark)');
    const onScheme = () => monaco.editor.setTheme(editorTheme(monaco));
    scheme?.addEventListener('change', onScheme);
    const unregister = registerLineHover(monaco, model, (line, lineNumber) => hoverRef.current?.(line, lineNumber));
    return () => {
      sizing.dispose();
      scheme?.removeEventListener('change', onScheme);
      unregister();
      editor.dispose();
      model.dispose();
      editorRef.current = undefined;
    };
    // Made once per mount (text and notes update it below), so the hover and cursor survive a tick.
  }, [monaco]);

  useEditorText(editorRef, text, monaco);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    // Injected after the last character of the line: text the reader sees but cannot select or copy as JSON.
    decorations.current?.set(
      (notes ?? [])
        .filter((note) => note.lineNumber <= model.getLineCount())
        .map((note) => {
          const end = model.getLineMaxColumn(note.lineNumber);
          return {
            range: new monaco.Range(note.lineNumber, end, note.lineNumber, end),
            options: {
              showIfCollapsed: true,
              after: { content: `  ${note.text}`, inlineClassName: 'monaco-line-note' },
            },
          };
        }),
    );
  }, [monaco, notes, text]);

  return <div ref={host} className="monaco-host" data-testid={testId} />;
}
