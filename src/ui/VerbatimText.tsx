import { useId } from 'react';

/**
 * Inputs for the child's words: exactly what is typed, nothing changed. Browsers and on-screen
 * keyboards otherwise autocorrect, capitalise and underline spelling (docs/PRACTICE.md rule 1).
 */
const verbatimProps = {
  autoCorrect: 'off',
  autoCapitalize: 'off',
  autoComplete: 'off',
  spellCheck: false,
  dir: 'auto',
} as const;

interface Props {
  label: string;
  value: string;
  onChange(value: string): void;
  autoFocus?: boolean;
  rows?: number;
}

export function VerbatimTextArea({ label, value, onChange, autoFocus, rows = 3 }: Props) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} {...verbatimProps} data-gramm="false" rows={rows} value={value} autoFocus={autoFocus} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

export function VerbatimInput({ label, value, onChange, autoFocus }: Omit<Props, 'rows'>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" {...verbatimProps} value={value} autoFocus={autoFocus} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
