import { useId } from 'react';
import { LEVELS, LEVEL_EXPLANATIONS, LEVEL_LABELS, type Level } from '../storage/model';

/** The familiarity choice: a radio group named "Familiarity" whose options carry the four level labels. */
export function LevelPicker({
  value,
  onChange,
  compact = false,
}: {
  value: Level;
  onChange: (level: Level) => void;
  compact?: boolean;
}) {
  const name = useId();
  return (
    <div role="radiogroup" aria-label="Familiarity" className={compact ? 'b-levels b-levels--compact' : 'b-levels'}>
      {LEVELS.map((level) => (
        <label key={level} className={`b-level b-level--${level}`} title={LEVEL_EXPLANATIONS[level]}>
          <input type="radio" name={name} value={level} checked={value === level} onChange={() => onChange(level)} />
          <span className="b-level__label">{LEVEL_LABELS[level]}</span>
          {!compact && <span className="b-level__hint">{LEVEL_EXPLANATIONS[level]}</span>}
        </label>
      ))}
    </div>
  );
}

export function LevelDot({ level }: { level: Level }) {
  return <span className={`b-dot b-dot--${level}`} aria-hidden="true" />;
}
