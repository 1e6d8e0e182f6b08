// A reminder's time and days: what AMAZON.TIME gives, the recurrence rule the Reminders API takes, and the
// request body, checked against the documented contract the local stand-in enforces.
import { heardTime, recurrenceRule, reminderRequest, scheduleOfRule, type ReminderSchedule } from '../../lambda/comeback';
import { ReminderRequestSchema } from '../../scripts/alexa/api-contract';

describe('heardTime', () => {
  it.each([
    ['08:00', { kind: 'time', hour: 8, minute: 0 }],
    ['18:30', { kind: 'time', hour: 18, minute: 30 }],
    ['00:00', { kind: 'time', hour: 0, minute: 0 }],
    ['12:00', { kind: 'time', hour: 12, minute: 0 }],
    ['EV', { kind: 'partOfDay', part: 'EV' }],
    ['MO', { kind: 'partOfDay', part: 'MO' }],
    [undefined, { kind: 'missing' }],
    ['  ', { kind: 'missing' }],
    ['?', { kind: 'unclear' }],
    ['25:00', { kind: 'unclear' }],
    ['08:61', { kind: 'unclear' }],
    ['8', { kind: 'unclear' }],
    ['toString', { kind: 'unclear' }],
  ])('reads %p', (value, expected) => {
    expect(heardTime(value)).toEqual(expected);
  });
});

describe('recurrence rules', () => {
  const schedules: ReminderSchedule[] = [
    { hour: 8, minute: 0, days: 'daily' },
    { hour: 18, minute: 30, days: 'weekdays' },
    { hour: 9, minute: 15, days: 'weekends' },
  ];

  it('writes daily, weekday and weekend rules', () => {
    expect(schedules.map(recurrenceRule)).toEqual([
      'FREQ=DAILY;BYHOUR=8;BYMINUTE=0;BYSECOND=0;INTERVAL=1;',
      'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=18;BYMINUTE=30;BYSECOND=0;INTERVAL=1;',
      'FREQ=WEEKLY;BYDAY=SA,SU;BYHOUR=9;BYMINUTE=15;BYSECOND=0;INTERVAL=1;',
    ]);
  });

  it('reads back the rules it writes, and nothing else', () => {
    for (const schedule of schedules) expect(scheduleOfRule(recurrenceRule(schedule))).toEqual(schedule);
    expect(scheduleOfRule('FREQ=DAILY;BYDAY=MO;BYHOUR=8;BYMINUTE=0')).toBeNull();
    expect(scheduleOfRule('FREQ=WEEKLY;BYDAY=MO,WE;BYHOUR=8;BYMINUTE=0')).toBeNull();
    expect(scheduleOfRule('FREQ=DAILY;BYHOUR=31;BYMINUTE=0')).toBeNull();
    expect(scheduleOfRule('')).toBeNull();
  });
});

describe('reminderRequest', () => {
  const context = { localNow: '2026-11-26T07:45:00', timeZone: 'Asia/Kolkata', locale: 'en-US', text: 'Time for your stretches.' };

  it('follows the documented contract, in the user\'s time zone', () => {
    const request = reminderRequest({ hour: 7, minute: 0, days: 'weekends' }, context);
    expect(ReminderRequestSchema.safeParse(request).success).toBe(true);
    expect(request.trigger).toEqual({
      type: 'SCHEDULED_ABSOLUTE',
      timeZoneId: 'Asia/Kolkata',
      recurrence: { startDateTime: '2026-11-26T07:45:00.000', recurrenceRules: ['FREQ=WEEKLY;BYDAY=SA,SU;BYHOUR=7;BYMINUTE=0;BYSECOND=0;INTERVAL=1;'] },
    });
  });

  it('leaves the zone to the device when it is not known', () => {
    const request = reminderRequest({ hour: 7, minute: 0, days: 'daily' }, { ...context, timeZone: null });
    expect(request.trigger).not.toHaveProperty('timeZoneId');
    expect(ReminderRequestSchema.safeParse(request).success).toBe(true);
  });

  it('is refused by the contract when a rule is out of range', () => {
    const request = reminderRequest({ hour: 7, minute: 0, days: 'daily' }, context);
    const broken = { ...request, trigger: { ...request.trigger, recurrence: { recurrenceRules: ['FREQ=DAILY;BYHOUR=25;BYMINUTE=0'] } } };
    expect(ReminderRequestSchema.safeParse(broken).success).toBe(false);
    expect(ReminderRequestSchema.safeParse({ ...request, trigger: { ...request.trigger, timeZoneId: 'Mars/Olympus_Mons' } }).success).toBe(false);
  });
});
