package org.wego.plugin.api;

import java.time.LocalDate;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * A date known to the day, or only its year: records taken from a report ("an event in 2018", "an MOU
 * signed in 2019") keep the precision the source gives and never get an invented day. Store it as two
 * columns, the year (always) and the date (when known), and show it with {@link #show(Messages)}: the date
 * as {@code 2018-05-23}, a year alone as "2018 (date not recorded)" in the viewer's language.
 *
 * <p>Check input with {@link #check}: a form offers the year and, optionally, the date; both given must
 * agree.
 *
 * @param year the year, from {@value #MIN_YEAR} to {@value #MAX_YEAR}; the date's year when there is one
 * @param date the day, or {@code null} when only the year is known
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.1")
public record DateOrYear(int year, @Nullable LocalDate date) implements Comparable<DateOrYear> {

    /** The earliest year accepted. */
    public static final int MIN_YEAR = 1900;

    /** The latest year accepted. */
    public static final int MAX_YEAR = 2200;

    /** Year-only first within a year (the year is all it says), then by day. */
    private static final Comparator<DateOrYear> ORDER = Comparator.comparingInt(DateOrYear::year)
            .thenComparing(DateOrYear::date, Comparator.nullsFirst(Comparator.naturalOrder()));

    /**
     * @throws IllegalArgumentException for a year out of range or a date of another year
     */
    public DateOrYear {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("a year from " + MIN_YEAR + " to " + MAX_YEAR + ": " + year);
        }
        if (date != null && date.getYear() != year) {
            throw new IllegalArgumentException("the date " + date + " is not in " + year);
        }
    }

    /** A date known to the day. */
    public static DateOrYear of(LocalDate date) {
        return new DateOrYear(date.getYear(), date);
    }

    /** Only the year is known. */
    public static DateOrYear ofYear(int year) {
        return new DateOrYear(year, null);
    }

    /** Whether only the year is known. */
    public boolean yearOnly() {
        return date == null;
    }

    /** The date, or the year alone marked "date not recorded" ({@code dates.year-only}). */
    public String show(Messages messages) {
        return date == null ? messages.get("dates.year-only", Integer.toString(year)) : date.toString();
    }

    /**
     * A period from this start to an end day: "2018-05-21 – 2018-05-25", one day when the end is missing
     * or the same, or "2018 (dates not recorded)" ({@code dates.year-only.period}) for a year alone.
     */
    public String showPeriod(@Nullable LocalDate end, Messages messages) {
        if (date == null) {
            return messages.get("dates.year-only.period", Integer.toString(year));
        }
        return end == null || end.equals(date) ? date.toString() : date + " – " + end;
    }

    @Override
    public int compareTo(DateOrYear other) {
        return ORDER.compare(this, other);
    }

    /**
     * Checks a form's year and optional day: the day alone gives the year; a year without a day is a
     * year-only value; both must agree.
     *
     * @param yearField the year's input (refused there: missing, out of range, another year than the day's)
     * @param year the year typed, or {@code null}
     * @param date the day picked, or {@code null}
     * @throws InvalidInputException {@code input.invalid.required}, {@code dates.invalid.year} or {@code
     *     dates.invalid.year-differs} on {@code yearField}
     */
    public static DateOrYear check(InputField yearField, @Nullable Integer year, @Nullable LocalDate date) {
        if (year == null && date == null) {
            throw InvalidInputException.of(yearField, "input.invalid.required");
        }
        int known = year != null ? year : date.getYear();
        if (known < MIN_YEAR || known > MAX_YEAR) {
            throw InvalidInputException.of(yearField, "dates.invalid.year", MIN_YEAR, MAX_YEAR);
        }
        if (date != null && date.getYear() != known) {
            throw InvalidInputException.of(yearField, "dates.invalid.year-differs", date.getYear());
        }
        return new DateOrYear(known, date);
    }

    /**
     * Checks the end of a period starting at {@code start}: none, or a day on or after the start's day.
     *
     * @throws InvalidInputException {@code dates.invalid.end-without-start} (a start known by its year only)
     *     or {@code dates.invalid.end-before-start} on {@code endField}
     */
    public static @Nullable LocalDate checkEnd(InputField endField, DateOrYear start, @Nullable LocalDate end) {
        if (end == null) {
            return null;
        }
        if (start.date() == null) {
            throw InvalidInputException.of(endField, "dates.invalid.end-without-start");
        }
        if (end.isBefore(start.date())) {
            throw InvalidInputException.of(endField, "dates.invalid.end-before-start");
        }
        return end;
    }
}
