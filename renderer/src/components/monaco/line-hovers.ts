import type { MonacoApi } from './load-monaco';

export type LineHover = (line: string, lineNumber: number) => string | undefined;

type Model = ReturnType<MonacoApi['editor']['createModel']>;

const hovers = new Map<string, LineHover>();
let registered = false;

/**
 * Monaco registers hover providers per language, not per editor: one provider serves every JSON model and asks the
 * hover registered for that model.
 */
export function registerLineHover(monaco: MonacoApi, model: Model, hover: LineHover): () => void {
  if (!registered) {
    registered = true;
    monaco.languages.registerHoverProvider('json', {
      provideHover(target, position) {
        const lineHover = hovers.get(target.uri.toString());
        const text = lineHover?.(target.getLineContent(position.lineNumber), position.lineNumber);
        if (!text) return null;
        const line = position.lineNumber;
        return {
          range: new monaco.Range(line, 1, line, target.getLineMaxColumn(line)),
          contents: [{ value: text, supportHtml: false, isTrusted: false }],
        };
      },
    });
  }
  const key = model.uri.toString();
  hovers.set(key, hover);
  return () => {
    hovers.delete(key);
  };
}
