import { useEffect, type RefObject } from 'react';
import type { MonacoApi } from './load-monaco';

type Editor = ReturnType<MonacoApi['editor']['create']>;

/**
 * Text given from outside (a new answer, a revert, a load) goes into the editor's model; typing that comes back as
 * the same text is left alone, so the cursor and the undo history stay. Again once the editor exists.
 */
export function useEditorText(editor: RefObject<Editor | undefined>, text: string, monaco: MonacoApi | undefined) {
  useEffect(() => {
    const model = editor.current?.getModel();
    if (model && model.getValue() !== text) model.setValue(text);
  }, [editor, text, monaco]);
}
