package org.medvigil.app.web;

/**
 * Which page of a list to return: {@code page} (0-based) and {@code size} (1 to
 * {@value #MAX_SIZE}), as the API's {@code page} and {@code size} query parameters give them.
 */
public record Paging(int page, int size) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public Paging {
        if (page < 0) {
            throw new BadRequestException("page must be 0 or more (got " + page + ")");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("size must be between 1 and " + MAX_SIZE + " (got " + size + ")");
        }
    }

    public static Paging of(int page, int size) {
        return new Paging(page, size);
    }

    /** Rows to skip, for SQL {@code OFFSET}. */
    public long offset() {
        return (long) page * size;
    }
}
