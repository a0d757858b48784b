package org.quartiersnetz.it.matrix;

import java.util.Map;

/** A page: its path and the status each role gets; {@link PageRows#TO_LOGIN} stands for "sent to the login page". */
public record PageRow(String path, Map<Who, Integer> expected) {

    public PageRow(String path, Expect expect) {
        this(path, expect.statuses(path));
    }
}
