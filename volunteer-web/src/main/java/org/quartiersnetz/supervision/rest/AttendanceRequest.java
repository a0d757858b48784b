package org.quartiersnetz.supervision.rest;

import java.util.List;

/** Attendance of many volunteers at once, by their ids. */
public record AttendanceRequest(List<Long> present, List<Long> excused, List<Long> absent) {}
