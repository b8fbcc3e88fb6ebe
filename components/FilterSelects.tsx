import { LEVELS, LEVEL_LABELS, type Level } from '../storage/model';

export interface SelectFilters {
  level: Level | '';
  tag: string;
  circle: string;
}

/** The level, tag and circle filters shared by the popup and the manager ("Any" clears each). */
export function FilterSelects({
  idPrefix,
  filters,
  tags,
  circles,
  onChange,
}: {
  idPrefix: string;
  filters: SelectFilters;
  tags: string[];
  circles: string[];
  onChange: (patch: Partial<SelectFilters>) => void;
}) {
  return (
    <>
      <div className="b-field">
        <label htmlFor={`${idPrefix}-level`}>Familiarity</label>
        <select
          id={`${idPrefix}-level`}
          value={filters.level}
          onChange={(event) => onChange({ level: event.target.value as Level | '' })}
        >
          <option value="">Any</option>
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {LEVEL_LABELS[level]}
            </option>
          ))}
        </select>
      </div>
      <OptionSelect
        id={`${idPrefix}-tag`}
        label="Tag"
        value={filters.tag}
        options={tags}
        onChange={(tag) => onChange({ tag })}
      />
      <OptionSelect
        id={`${idPrefix}-circle`}
        label="Circle"
        value={filters.circle}
        options={circles}
        onChange={(circle) => onChange({ circle })}
      />
    </>
  );
}

function OptionSelect({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: string[];
  onChange: (value: string) => void;
}) {
  return (
    <div className="b-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  );
}
