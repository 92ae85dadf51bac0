import { editorTheme } from '../../components/monaco/editor-theme';
import { forwardRef, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { WorldProblem } from '../../../../shared/sandbox/world-problem';
import { loadYamlMonaco, type MonacoApi } from '../../components/monaco/load-monaco';
import { Spinner } from '../../components/Spinner';
import { useEditorText } from '../../components/monaco/use-editor-text';

type Editor = ReturnType<MonacoApi['editor']['create']>;

export interface WorldEditorHandle {
  /** Puts the caret on a line (a problem's) and the focus in the editor. */
  goToLine(line: number, column?: number): void;
}

interface Props {
  text: string;
  problems: readonly WorldProblem[];
  onChange(text: string): void;
  onSave(): void;
}

/**
 * The world's YAML in Monaco: highlighting, line numbers, completion and hovers from the world's JSON Schema
 * (monaco-yaml), and the main side's problems as markers, one per problem, where it is.
 */
export const WorldEditor = forwardRef<WorldEditorHandle, Props>(function WorldEditor(props, ref) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<Editor>(undefined);
  const [monaco, setMonaco] = useState<MonacoApi>();
  const [loadError, setLoadError] = useState<string>();
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    loadYamlMonaco().then(setMonaco, (error: Error) => setLoadError(error.message));
  }, []);

  useEffect(() => {
    if (!monaco || !host.current) return;
    const uri = monaco.Uri.parse('file:///sandbox-world.yaml');
    const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(latest.current.text, 'yaml', uri);
    model.setValue(latest.current.text);
    const created = monaco.editor.create(host.current, {
      model,
      ariaLabel: 'World editor (YAML). Ctrl+S applies; F8 goes to the next problem.',
      theme: editorTheme(monaco),
      automaticLayout: true,
      minimap: { enabled: false },
      lineNumbers: 'on',
      scrollBeyondLastLine: false,
      tabSize: 2,
      insertSpaces: true,
      fontSize: 13,
      quickSuggestions: { other: true, strings: true, comments: false },
      scrollbar: { alwaysConsumeMouseWheel: false },
      // "Paste as" reads the system clipboard before the text lands (a browser round trip, late on a loaded
      // machine), so Ctrl+S pressed meanwhile applied the text from before the paste. Off, a paste lands at once.
      pasteAs: { enabled: false },
    });
    editor.current = created;
    const changes = created.onDidChangeModelContent(() => {
      const text = model.getValue();
      // A text set from outside (revert, reset, load) is not an edit: it must not clear the view's message.
      if (text !== latest.current.text) latest.current.onChange(text);
    });
    created.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => latest.current.onSave());
    return () => {
      changes.dispose();
      created.dispose();
      model.dispose();
      editor.current = undefined;
    };
  }, [monaco]);

  useEditorText(editor, props.text, monaco);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (!monaco || !model) return;
    monaco.editor.setModelMarkers(
      model,
      'world',
      props.problems.map((problem) => {
        const line = Math.min(Math.max(problem.line ?? 1, 1), model.getLineCount());
        const column = Math.max(problem.column ?? 1, 1);
        // A problem marks its place to the end of the line: a pointer names a value, not a character.
        return {
          severity: monaco.MarkerSeverity.Error,
          message: problem.message,
          source: problem.path || undefined,
          startLineNumber: line,
          startColumn: Math.min(column, model.getLineMaxColumn(line)),
          endLineNumber: line,
          endColumn: model.getLineMaxColumn(line),
        };
      }),
    );
  }, [monaco, props.problems, props.text]);

  useImperativeHandle(ref, () => ({
    goToLine(line, column = 1) {
      const current = editor.current;
      if (!current) return;
      current.setPosition({ lineNumber: line, column });
      current.revealLineInCenter(line);
      current.focus();
    },
  }));

  if (loadError)
    return (
      <p className="error-card" role="alert">
        The editor could not load: {loadError}
      </p>
    );
  return (
    <>
      {!monaco && <Spinner label="Loading the editor…" />}
      <div ref={host} className="monaco-host world-editor-host" data-testid="world-editor" />
    </>
  );
});
