package org.quartiersnetz.training.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.quartiersnetz.training.entity.CourseRun;

/** A course run to plan: which course, where, who teaches, how many places, until when to enrol, and its dates. */
public class CourseRunInput {

    /** Most dates one run may have. */
    public static final int MAX_SESSIONS = 20;

    @NotBlank
    private String courseCode;

    @NotBlank
    @Size(max = CourseRun.PLACE_LENGTH)
    private String place;

    @NotBlank
    @Size(max = CourseRun.TRAINER_LENGTH)
    private String trainer;

    @Min(1)
    @Max(200)
    private int capacity;

    @NotNull
    private LocalDate enrolmentDeadline;

    @NotEmpty
    @Size(max = MAX_SESSIONS)
    private List<@Valid @NotNull Session> sessions = new ArrayList<>();

    /** One date, in the network's time (Europe/Berlin). */
    public static class Session {

        @NotNull
        private LocalDate date;

        @NotNull
        private LocalTime start;

        @NotNull
        private LocalTime end;

        public Session() {}

        public Session(LocalDate date, LocalTime start, LocalTime end) {
            this.date = date;
            this.start = start;
            this.end = end;
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public LocalTime getStart() {
            return start;
        }

        public void setStart(LocalTime start) {
            this.start = start;
        }

        public LocalTime getEnd() {
            return end;
        }

        public void setEnd(LocalTime end) {
            this.end = end;
        }
    }

    public String getCourseCode() {
        return courseCode;
    }

    public void setCourseCode(String courseCode) {
        this.courseCode = courseCode;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getTrainer() {
        return trainer;
    }

    public void setTrainer(String trainer) {
        this.trainer = trainer;
    }

    public int getCapacity() {
        return capacity;
    }

    public void setCapacity(int capacity) {
        this.capacity = capacity;
    }

    public LocalDate getEnrolmentDeadline() {
        return enrolmentDeadline;
    }

    public void setEnrolmentDeadline(LocalDate enrolmentDeadline) {
        this.enrolmentDeadline = enrolmentDeadline;
    }

    public List<Session> getSessions() {
        return sessions;
    }

    public void setSessions(List<Session> sessions) {
        this.sessions = sessions;
    }
}
