package org.wego.platform.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.OrganisationKey;

/**
 * Checks of request parameters shared by every controller: each refuses bad input with a 400 problem
 * naming the parameter, before any service is called, so nothing is half-done.
 */
public final class ApiParameters {

    /** Page size when none is asked for. */
    public static final int DEFAULT_SIZE = 20;
    /** The largest page size. */
    public static final int MAX_SIZE = 100;
    /** The highest page number: deep enough for every registry, small enough to stay cheap. */
    public static final int MAX_PAGE = 10_000;
    /** The longest free-text filter. */
    public static final int MAX_TEXT = 100;

    private static final Pattern MARKUP = Pattern.compile("[<>]");
    // Letters of any script, digits, spaces and the punctuation of organisation names; nothing that
    // builds SQL (quotes other than the apostrophe, ';', '=', '*', comments) or URLs and scripts.
    private static final Pattern TEXT = Pattern.compile("[\\p{L}\\p{M}\\p{N} .,'’()&/-]*");
    private static final Pattern SQL_COMMENT = Pattern.compile("--|/\\*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

    private ApiParameters() {}

    /**
     * One page of a list.
     *
     * @param page zero-based page number
     * @param size how many items per page, 1 to {@link #MAX_SIZE}
     */
    public record Paging(int page, int size) {

        /** How many items to skip. */
        public int offset() {
            return page * size;
        }
    }

    /** The page asked for; missing values take the defaults (first page, {@value #DEFAULT_SIZE} items). */
    public static Paging paging(@Nullable Integer page, @Nullable Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0 || p > MAX_PAGE) {
            throw ApiException.badParameter("page", "api.error.page", MAX_PAGE);
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ApiException.badParameter("size", "api.error.size", MAX_SIZE);
        }
        return new Paging(p, s);
    }

    /** Refuses any query parameter the endpoint does not know, rather than silently ignoring a typo. */
    public static void onlyKnown(HttpServletRequest request, Set<String> known) {
        for (String name : Collections.list(request.getParameterNames())) {
            if (!known.contains(name)) {
                throw ApiException.badParameter(
                        name,
                        "api.error.unknown-parameter",
                        name,
                        String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    /** A free-text filter, trimmed; {@code null} when empty. Markup, SQL fragments and odd characters are refused. */
    public static @Nullable String text(String parameter, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > MAX_TEXT) {
            throw ApiException.badParameter(parameter, "api.error.too-long", parameter, MAX_TEXT);
        }
        if (MARKUP.matcher(text).find()) {
            throw ApiException.badParameter(parameter, "api.error.markup", parameter);
        }
        if (!TEXT.matcher(text).matches() || SQL_COMMENT.matcher(text).find()) {
            throw ApiException.badParameter(parameter, "api.error.characters", parameter);
        }
        return text;
    }

    /** One of an enum's values by name, any case; {@code null} when empty. */
    public static <E extends Enum<E>> @Nullable E oneOf(String parameter, @Nullable String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equals(name)) {
                return candidate;
            }
        }
        throw ApiException.badParameter(parameter, "api.error.unknown-value", parameter, allowed(type));
    }

    /** An ISO 3166-1 alpha-2 country code, upper case; {@code null} when empty. */
    public static @Nullable String country(String parameter, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!COUNTRY.matcher(value.strip()).matches()) {
            throw ApiException.badParameter(parameter, "api.error.country", parameter);
        }
        return value.strip().toUpperCase(Locale.ROOT);
    }

    /** An organisation key such as {@code vn-hanoi}; {@code null} when empty and not required. */
    public static @Nullable OrganisationKey organisationKey(String parameter, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OrganisationKey.of(value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(parameter, "api.error.key", parameter);
        }
    }

    /** A database id: a positive whole number. */
    public static long id(String parameter, String value) {
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badParameter(parameter, "api.error.malformed", parameter);
    }

    private static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
