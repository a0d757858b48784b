package org.quartiersnetz.common.rest;

import java.util.List;
import java.util.function.Function;
import org.quartiersnetz.common.control.Page;

/** One page of a list as the API shows it. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResponse<>(page.items().stream().map(mapper).toList(), page.page(), page.size(), page.total());
    }
}
