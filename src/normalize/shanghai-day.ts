const FORMAT = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Asia/Shanghai calendar day of an instant. @example shanghaiDay(new Date('2025-09-30T20:00:00Z')) //=> '2025-10-01' */
export function shanghaiDay(at: Date): string {
  return FORMAT.format(at);
}
