package org.quartiersnetz.training.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** Who was at one date of a run and who was not, by volunteer id. */
public class AttendanceInput {

    @NotNull
    @Size(max = 200)
    private List<@NotNull Long> present = new ArrayList<>();

    @NotNull
    @Size(max = 200)
    private List<@NotNull Long> absent = new ArrayList<>();

    public List<Long> getPresent() {
        return present;
    }

    public void setPresent(List<Long> present) {
        this.present = present;
    }

    public List<Long> getAbsent() {
        return absent;
    }

    public void setAbsent(List<Long> absent) {
        this.absent = absent;
    }
}
