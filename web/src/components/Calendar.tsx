import { DateTime, Settings } from 'luxon';
import { type KeyboardEvent, useEffect, useMemo, useRef } from 'react';
import { Calendar as BigCalendar, luxonLocalizer, type SlotInfo, type View } from 'react-big-calendar';
import * as dragAndDrop from 'react-big-calendar/lib/addons/dragAndDrop';
import type { EventInteractionArgs } from 'react-big-calendar/lib/addons/dragAndDrop';
import 'react-big-calendar/lib/css/react-big-calendar.css';
import 'react-big-calendar/lib/addons/dragAndDrop/styles.css';
import type { Schedule, ScheduleAppointment } from '../api/client';
import { clock, visibleHours } from '../lib/time';

export interface CalEvent {
  id: string;
  title: string;
  start: Date;
  end: Date;
  resourceId: string;
  kind: 'appointment' | 'availability' | 'time_off';
  appointment?: ScheduleAppointment;
}

export interface Resource {
  id: string;
  title: string;
}

// The drag-and-drop addon ships as CommonJS only; depending on the bundler's interop its function is the
// module, its default, or its default's default.
type WithDnD = typeof import('react-big-calendar/lib/addons/dragAndDrop').default;
const unwrap = (m: unknown): WithDnD => (typeof m === 'function' ? (m as WithDnD) : unwrap((m as { default: unknown }).default));
const withDragAndDrop = unwrap(dragAndDrop);
const DnDCalendar = withDragAndDrop<CalEvent, Resource>(BigCalendar);

/** Statuses whose time can still be moved by dragging. */
const MOVABLE = new Set(['scheduled', 'pending_payment', 'overdue']);

/** The grid's events; `names` (doctor by id) prefixes each with its doctor where columns do not say it (week view). */
export function eventsOf(schedule: Schedule | null, names?: Map<string, string>): { events: CalEvent[]; background: CalEvent[] } {
  if (!schedule) return { events: [], background: [] };
  const who = (provider: string) => (names?.get(provider) ? `${names.get(provider)}: ` : '');
  const events = schedule.appointments.map<CalEvent>((a) => ({
    id: a.id,
    title: `${who(a.provider)}${a.patient_name}${a.topic_details?.length ? ` · ${a.topic_details.map((t) => t.name).join(', ')}` : ''}`,
    start: new Date(a.start_time),
    end: new Date(a.end_time),
    resourceId: a.provider,
    kind: 'appointment',
    appointment: a,
  }));
  const background = [
    ...schedule.availabilities.map<CalEvent>((a, i) => ({
      id: `availability-${a.availability}-${i}`,
      title: `${who(a.provider)}Available`,
      start: new Date(a.start_time),
      end: new Date(a.end_time),
      resourceId: a.provider,
      kind: 'availability',
    })),
    ...schedule.time_off.map<CalEvent>((t, i) => ({
      id: `time-off-${i}`,
      title: `${who(t.provider)}Time off`,
      start: new Date(t.start_time),
      end: new Date(t.end_time),
      resourceId: t.provider,
      kind: 'time_off',
    })),
  ];
  return { events, background };
}

/** What an event shows, in `zone`: an availability says it is available and when, written down its lane. */
const eventContent = (zone: string) =>
  function EventContent({ event, title }: { event: CalEvent; title: string }) {
    if (event.kind !== 'availability') return <>{title}</>;
    return (
      <span className="lane-label">
        {title} <span className="lane-time">{clock(event.start, zone)}–{clock(event.end, zone)}</span>
      </span>
    );
  };

interface Props {
  zone: string;
  date: Date;
  view: 'day' | 'week';
  schedule: Schedule | null;
  resources: Resource[];
  onNavigate: (date: Date) => void;
  onView: (view: 'day' | 'week') => void;
  onSelectSlot: (slot: { start: Date; end: Date; provider: string | null }) => void;
  onSelectAppointment: (id: string) => void;
  /** An availability block chosen from the keyboard (Enter on the focused block): book inside it. */
  onSelectAvailability?: (block: { start: Date; end: Date; provider: string }) => void;
  onMove?: (appointment: ScheduleAppointment, start: Date, provider: string | null) => void;
}

/**
 * The day and week time grids (react-big-calendar, MIT), drawn in the facility's zone: day view has one
 * column per doctor; availabilities and time off are background blocks under the appointments.
 * An availability's label sits in a lane at the column's left edge that appointments never cover.
 * Appointments and availability blocks are buttons in the tab order: Enter opens an appointment's
 * panel, or "New appointment" inside a block.
 */
export function Calendar({ zone, date, view, schedule, resources, onNavigate, onView, onSelectSlot, onSelectAppointment, onSelectAvailability, onMove }: Props) {
  // The localizer reads luxon's default zone: every time on the grid is the facility's wall clock.
  Settings.defaultZone = zone;
  const localizer = useMemo(() => luxonLocalizer(DateTime, { firstDayOfWeek: 1 }), [zone]);
  const names = view === 'week' && resources.length > 1 ? new Map(resources.map((r) => [r.id, r.title])) : undefined;
  const namesKey = names ? resources.map((r) => r.id).join() : '';
  const { events, background } = useMemo(() => eventsOf(schedule, names), [schedule, namesKey]);
  const hours = visibleHours(schedule?.opening_hours ?? [], zone);
  const day = DateTime.fromJSDate(date, { zone }).startOf('day');
  const min = day.plus({ minutes: hours.min }).toJSDate();
  const max = day.plus({ minutes: Math.min(hours.max, 24 * 60 - 1) }).toJSDate();
  const single = resources.length === 1 ? resources[0]!.id : null;
  const box = useRef<HTMLDivElement>(null);
  const components = useMemo(() => ({ event: eventContent(zone) }), [zone]);
  // The grid scrolls: keyboard users must be able to reach it (react-big-calendar leaves it unfocusable).
  // Time off is drawn for information and does nothing when chosen: it leaves the tab order and stops being a button.
  useEffect(() => {
    box.current?.querySelectorAll('.rbc-time-content').forEach((el) => {
      el.setAttribute('tabindex', '0');
      el.setAttribute('aria-label', `Time grid, ${zone}`);
    });
    box.current?.querySelectorAll('.rbc-background-event.bg-time_off').forEach((el) => {
      el.setAttribute('tabindex', '-1');
      el.removeAttribute('role');
    });
  });

  return (
    <div ref={box} style={{ height: '100%' }}>
    <DnDCalendar
      localizer={localizer}
      date={date}
      view={view as View}
      views={['day', 'week']}
      onNavigate={onNavigate}
      onView={(v) => onView(v === 'week' ? 'week' : 'day')}
      events={events}
      backgroundEvents={background}
      resources={view === 'day' && resources.length > 0 ? resources : undefined}
      resourceIdAccessor={(r) => r.id}
      resourceTitleAccessor={(r) => r.title}
      min={min}
      max={max}
      step={15}
      timeslots={4}
      selectable
      popup
      style={{ height: '100%' }}
      formats={{
        timeGutterFormat: (d: Date) => clock(d, zone),
        eventTimeRangeFormat: ({ start, end }: { start: Date; end: Date }) => `${clock(start, zone)}–${clock(end, zone)}`,
      }}
      eventPropGetter={(e) => ({
        className: e.kind === 'appointment' ? `appt status-${e.appointment?.status}` : `bg-${e.kind}`,
      })}
      onSelectSlot={(slot: SlotInfo) =>
        onSelectSlot({ start: slot.start as Date, end: slot.end as Date, provider: (slot.resourceId as string | undefined) ?? single })
      }
      onSelectEvent={(e) => e.kind === 'appointment' && onSelectAppointment(e.id)}
      onKeyPressEvent={(e, event) => {
        const key = event as KeyboardEvent<HTMLElement>;
        if (key.key !== 'Enter' && key.key !== ' ') return;
        key.preventDefault();
        if (e.kind === 'appointment') onSelectAppointment(e.id);
        else if (e.kind === 'availability') onSelectAvailability?.({ start: e.start, end: e.end, provider: e.resourceId });
      }}
      components={components}
      draggableAccessor={(e) => Boolean(onMove) && e.kind === 'appointment' && MOVABLE.has(e.appointment?.status ?? '')}
      resizable={false}
      onEventDrop={(args: EventInteractionArgs<CalEvent>) => {
        const appointment = args.event.appointment;
        if (!appointment || !onMove) return;
        const start = new Date(args.start);
        if (start.getTime() === args.event.start.getTime() && (!args.resourceId || args.resourceId === appointment.provider)) return;
        onMove(appointment, start, (args.resourceId as string | undefined) ?? null);
      }}
      messages={{ today: 'Today', previous: 'Back', next: 'Next', day: 'Day', week: 'Week', noEventsInRange: 'Nothing booked in this range.' }}
    />
    </div>
  );
}
