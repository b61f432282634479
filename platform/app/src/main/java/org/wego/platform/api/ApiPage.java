package org.wego.platform.api;

import java.util.List;

/**
 * One page of a list, with what a client needs to ask for the next.
 *
 * @param items the page's items
 * @param page its zero-based number
 * @param size the page size asked for
 * @param total how many items match in all
 */
public record ApiPage<T>(List<T> items, int page, int size, long total) {

    public ApiPage {
        items = List.copyOf(items);
    }

    /** A page of items for the paging asked for. */
    public static <T> ApiPage<T> of(List<T> items, ApiParameters.Paging paging, long total) {
        return new ApiPage<>(items, paging.page(), paging.size(), total);
    }
}
