import type { TextareaHTMLAttributes } from 'react';
import { controlled, Field, type Controlled, type FieldProps } from './form-fields';

// Apart from form-fields: no form of the first screen has a text area, so it stays out of the entry chunk.

export type TextAreaProps = Controlled<TextareaHTMLAttributes<HTMLTextAreaElement>>;

/** A labelled text area; its owner gets the new text. */
export function TextAreaField({ label, hint, hintId, className, ...area }: FieldProps & TextAreaProps) {
  return (
    <Field label={label} hint={hint} hintId={hintId} className={className}>
      <textarea {...controlled(area)} />
    </Field>
  );
}
