import { TimeInput } from './forms';
import { nextRange, type WeekHours, WEEKDAYS, weekdayName } from './values';

/** Opening hours per weekday, each day with any number of ranges (none: closed that day). */
export function HoursEditor({ week, onChange }: { week: WeekHours; onChange: (week: WeekHours) => void }) {
  const setDay = (day: keyof WeekHours, ranges: WeekHours[keyof WeekHours]) => onChange({ ...week, [day]: ranges });
  const copyMondayToWeekdays = () => onChange({ ...week, ...Object.fromEntries(WEEKDAYS.slice(1, 5).map((d) => [d, week.monday.map((r) => ({ ...r }))])) });
  return (
    <fieldset className="hours-editor">
      <legend>Opening hours (24-hour)</legend>
      <p className="hint">A day without ranges is closed. With no ranges on any day the facility has no opening-hours limit.</p>
      {WEEKDAYS.map((day) => {
        const name = weekdayName(day);
        const ranges = week[day];
        return (
          <div key={day} className="hours-day" role="group" aria-label={name}>
            <span className="hours-day-name" aria-hidden="true">
              {name}
            </span>
            <div className="hours-ranges">
              {ranges.length === 0 && <span className="muted small">Closed</span>}
              {ranges.map((r, i) => (
                <div key={i} className="hours-range">
                  <TimeInput label={<><span className="visually-hidden">{name} range {i + 1} </span>Opens</>} value={r.open} onChange={(open) => setDay(day, ranges.map((x, j) => (j === i ? { ...x, open } : x)))} />
                  <TimeInput label={<><span className="visually-hidden">{name} range {i + 1} </span>Closes</>} value={r.close} end onChange={(close) => setDay(day, ranges.map((x, j) => (j === i ? { ...x, close } : x)))} />
                  <button type="button" className="secondary small" aria-label={`Remove ${name} range ${i + 1}`} onClick={() => setDay(day, ranges.filter((_, j) => j !== i))}>
                    Remove
                  </button>
                </div>
              ))}
              <button
                type="button"
                className="secondary small"
                aria-label={`Add a ${name} range`}
                onClick={() => setDay(day, [...ranges, nextRange(ranges.at(-1))])}
              >
                Add range
              </button>
            </div>
          </div>
        );
      })}
      <button type="button" className="secondary small" onClick={copyMondayToWeekdays}>
        Copy Monday to Tuesday–Friday
      </button>
    </fieldset>
  );
}
