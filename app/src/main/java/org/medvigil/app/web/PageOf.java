package org.medvigil.app.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list as the API returns it.
 *
 * @param items the page's items
 * @param page  0-based page number
 * @param size  page size asked for
 * @param total items in the whole list
 */
public record PageOf<T>(List<T> items, int page, int size, long total) {
    public PageOf {
        items = List.copyOf(items);
    }

    public static <T> PageOf<T> of(List<T> items, Paging paging, long total) {
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    public <R> PageOf<R> map(Function<T, R> f) {
        return new PageOf<>(items.stream().map(f).toList(), page, size, total);
    }
}
