package org.quartiersnetz.task.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quartiersnetz.common.control.InvalidInputException;
import org.quartiersnetz.common.entity.WeeklyTime;

class TaskScheduleTest {

    private static WeeklyTime time(DayOfWeek day, int from, int to) {
        return new WeeklyTime(day, LocalTime.of(from, 0), LocalTime.of(to, 0));
    }

    @Test
    void timesOnDifferentDaysOrOneAfterAnotherAreFine() {
        assertEquals(
                3,
                TaskService.scheduleOf(List.of(
                                time(DayOfWeek.TUESDAY, 15, 17),
                                time(DayOfWeek.THURSDAY, 15, 17),
                                time(DayOfWeek.TUESDAY, 17, 18)))
                        .size());
    }

    @Test
    void anEndBeforeTheStartOrAnOverlapNamesTheRow() {
        InvalidInputException reversed = assertThrows(
                InvalidInputException.class, () -> TaskService.scheduleOf(List.of(time(DayOfWeek.MONDAY, 12, 9))));
        assertEquals("schedule[0]", reversed.field());
        InvalidInputException overlap = assertThrows(
                InvalidInputException.class,
                () -> TaskService.scheduleOf(List.of(time(DayOfWeek.MONDAY, 9, 12), time(DayOfWeek.MONDAY, 11, 13))));
        assertEquals("schedule[1]", overlap.field());
    }
}
