/**
 * The calendar day of an instant in an IANA time zone, as YYYY-MM-DD. en-CA formats that way and
 * Intl carries the tz database, so no date library is needed; formatters are cached per zone
 * because building one costs far more than using it.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function localDate(at: Date, tz: string): string {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(tz, f);
  }
  return f.format(at);
}
