import { useState, type KeyboardEvent, type Ref } from 'react';
import { LIMITS } from '../storage/api';

/**
 * The quick-jot box: a textbox named "Add a note"; Ctrl/Cmd+Enter or Save stores it. The text stays in
 * the box until the save succeeds, so a failed save never loses a note.
 */
export function QuickNote({
  onSave,
  inputRef,
  placeholder = 'Add a note… (Ctrl+Enter to save)',
}: {
  onSave: (text: string) => Promise<void>;
  inputRef?: Ref<HTMLTextAreaElement>;
  placeholder?: string;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const tooLong = text.length > LIMITS.noteLength;

  async function save() {
    if (!text.trim() || tooLong || saving) return;
    setSaving(true);
    setError(null);
    try {
      await onSave(text);
      setText('');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'Could not save the note');
    } finally {
      setSaving(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  }

  return (
    <div className="b-quicknote">
      <textarea
        ref={inputRef}
        aria-label="Add a note"
        placeholder={placeholder}
        value={text}
        dir="auto"
        rows={2}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="b-row">
        <button
          type="button"
          className="b-button b-button--primary"
          onClick={() => void save()}
          disabled={!text.trim() || tooLong || saving}
        >
          Save
        </button>
        {tooLong && (
          <span role="alert" className="b-error">
            Notes can hold up to {LIMITS.noteLength.toLocaleString('en')} characters ({text.length.toLocaleString('en')}{' '}
            now).
          </span>
        )}
        {error && (
          <span role="alert" className="b-error">
            {error}
          </span>
        )}
      </div>
    </div>
  );
}
