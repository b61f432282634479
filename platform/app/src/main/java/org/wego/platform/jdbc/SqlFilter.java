package org.wego.platform.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A WHERE clause built from optional criteria, with named parameters ({@code :p0}, {@code :p1}, …): a
 * criterion given as {@code null} or blank is left out, and searched text is matched literally, so a
 * user's {@code %} or {@code _} finds those characters instead of everything.
 */
public final class SqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    /** {@code column = value}, unless the value is {@code null}. */
    public SqlFilter equalTo(String column, @Nullable Object value) {
        if (value != null) {
            conditions.add(column + " = " + parameter(value));
        }
        return this;
    }

    /** {@code column <> value}, unless the value is {@code null}. */
    public SqlFilter notEqualTo(String column, @Nullable Object value) {
        if (value != null) {
            conditions.add(column + " <> " + parameter(value));
        }
        return this;
    }

    /**
     * Any of the expressions contains the text, ignoring case (each expression should be lower-case
     * or a case-insensitive column), unless the text is blank.
     */
    public SqlFilter containsText(@Nullable String text, String... expressions) {
        if (text != null && !text.isBlank()) {
            String parameter = parameter(likePattern(text.strip().toLowerCase(Locale.ROOT)));
            List<String> alternatives = new ArrayList<>();
            for (String expression : expressions) {
                alternatives.add(expression + " LIKE " + parameter);
            }
            conditions.add("(" + String.join(" OR ", alternatives) + ")");
        }
        return this;
    }

    /** {@code " WHERE …"}, or nothing when no criterion was given. */
    public String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** Binds the criteria's values to a statement built with {@link #where()}. */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        JdbcClient.StatementSpec bound = statement;
        for (int i = 0; i < values.size(); i++) {
            bound = bound.param("p" + i, values.get(i));
        }
        return bound;
    }

    /** A LIKE pattern matching the text anywhere, with LIKE's own special characters escaped. */
    static String likePattern(String text) {
        return org.wego.plugin.api.SearchPatterns.containing(text);
    }

    private String parameter(Object value) {
        values.add(value);
        return ":p" + (values.size() - 1);
    }
}
