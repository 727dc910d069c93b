package org.medvigil.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Paging links for a list page: the previous and next page of the request being answered,
 * with every other query parameter (filters, sort) kept.
 *
 * @param previous the previous page's URL, or null on the first page
 * @param next     the next page's URL, or null on the last page
 * @param first    1-based number of the first item shown (0 when the list is empty)
 * @param last     1-based number of the last item shown
 */
public record Pager(String previous, String next, long first, long last, long total) {

    public static Pager of(PageOf<?> page, HttpServletRequest request) {
        long first = page.items().isEmpty() ? 0 : (long) page.page() * page.size() + 1;
        long last = (long) page.page() * page.size() + page.items().size();
        String previous = page.page() > 0 ? link(request, page.page() - 1) : null;
        String next = last < page.total() ? link(request, page.page() + 1) : null;
        return new Pager(previous, next, first, last, page.total());
    }

    private static String link(HttpServletRequest request, int page) {
        return link(request, Map.of("page", Integer.toString(page)));
    }

    /** The URL of the request being answered with these query parameters set (or replaced), the others kept. */
    public static String link(HttpServletRequest request, Map<String, String> params) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
        params.forEach((name, value) -> b.replaceQueryParam(name, UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8)));
        return b.build(true).toUriString();
    }
}
