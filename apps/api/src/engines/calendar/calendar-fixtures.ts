/**
 * Test and bench material. The VTIMEZONE Outlook writes for Central European time: a Windows zone name that no
 * IANA database knows, so the importer must read the offsets from the block itself.
 */
export const outlookWestEuropeZone = "W. Europe Standard Time";
export const outlookWestEuropeVtimezone = [
  "BEGIN:VTIMEZONE",
  `TZID:${outlookWestEuropeZone}`,
  "BEGIN:STANDARD",
  "DTSTART:16010101T030000",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
  "END:STANDARD",
  "BEGIN:DAYLIGHT",
  "DTSTART:16010101T020000",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
  "END:DAYLIGHT",
  "END:VTIMEZONE",
];
