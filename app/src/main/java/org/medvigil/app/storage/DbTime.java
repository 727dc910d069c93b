package org.medvigil.app.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants and dates to and from JDBC the way both H2 and PostgreSQL take them: as
 * {@link OffsetDateTime} in UTC for {@code TIMESTAMP WITH TIME ZONE} (the PostgreSQL driver does
 * not bind {@link Instant}), as {@link LocalDate} for {@code DATE}.
 */
public final class DbTime {
    private DbTime() {
    }

    /** The value to bind for an instant column; {@code null} stays null. */
    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
