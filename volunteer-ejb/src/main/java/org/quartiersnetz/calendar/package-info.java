/** Calendars: iCalendar feeds behind secret, revocable URLs and the staff's schedule of dates. */
package org.quartiersnetz.calendar;
