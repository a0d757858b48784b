package org.quartiersnetz.training.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.common.control.InvalidInputException;

class SessionTimesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private static CourseRunInput.Session session(String date, String start, String end) {
        return new CourseRunInput.Session(LocalDate.parse(date), LocalTime.parse(start), LocalTime.parse(end));
    }

    @Test
    void datesAreBerlinTimeAndComeOutSoonestFirst() {
        List<Instant[]> times = CourseService.sessionTimes(
                List.of(session("2027-04-03", "09:00", "16:00"), session("2027-03-20", "09:00", "16:00")), TODAY);
        assertEquals(Instant.parse("2027-03-20T08:00:00Z"), times.get(0)[0]);
        assertEquals(Instant.parse("2027-04-03T07:00:00Z"), times.get(1)[0], "summer time");
        assertEquals(Instant.parse("2027-04-03T14:00:00Z"), times.get(1)[1]);
    }

    @Test
    void reversedPastAndRepeatedDatesAreRefusedOnTheirField() {
        assertEquals(
                "sessions[0].end",
                assertThrows(
                                InvalidInputException.class,
                                () -> CourseService.sessionTimes(
                                        List.of(session("2027-01-09", "16:00", "09:00")), TODAY))
                        .field());
        assertEquals(
                "sessions[1].date",
                assertThrows(
                                InvalidInputException.class,
                                () -> CourseService.sessionTimes(
                                        List.of(
                                                session("2027-01-09", "09:00", "16:00"),
                                                session("2026-11-25", "09:00", "16:00")),
                                        TODAY))
                        .field());
        assertEquals(
                "sessions[1].date",
                assertThrows(
                                InvalidInputException.class,
                                () -> CourseService.sessionTimes(
                                        List.of(
                                                session("2027-01-09", "09:00", "16:00"),
                                                session("2027-01-09", "09:00", "12:00")),
                                        TODAY))
                        .field());
        assertEquals(
                1,
                CourseService.sessionTimes(List.of(session("2026-11-26", "00:00", "00:01")), TODAY)
                        .size(),
                "today is allowed");
    }
}
