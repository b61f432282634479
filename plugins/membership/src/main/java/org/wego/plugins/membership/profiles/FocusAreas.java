package org.wego.plugins.membership.profiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.wego.plugin.api.InputField;
import org.wego.plugin.api.InvalidInputException;
import org.wego.plugin.api.Topic;
import org.wego.plugin.api.Topics;

/**
 * A member's focus areas are the platform's managed topics ({@link Topics}, maintained by the
 * secretariat): a profile stores topic codes; new choices come from the current topics, and a retired
 * topic a profile already names keeps its name on screen and may stay chosen. A snapshot of the list,
 * read once per form or request.
 */
public final class FocusAreas {

    /** The profile's input of focus areas, as the service refuses it and the form binds it. */
    public static final InputField INPUT = InputField.of("focusAreas");

    private final Map<String, Topic> byCode = new LinkedHashMap<>();

    FocusAreas(List<Topic> all) {
        all.forEach(topic -> byCode.put(topic.code(), topic));
    }

    /** The list as the platform keeps it now, retired topics included. */
    public static FocusAreas of(Topics topics) {
        return new FocusAreas(topics.all());
    }

    /** The topics to choose from: the current ones, and the retired ones among {@code kept}, in order. */
    public List<Topic> choices(Set<String> kept) {
        return byCode.values().stream()
                .filter(topic -> !topic.retired() || kept.contains(topic.code()))
                .sorted(FocusAreas::inOrder)
                .toList();
    }

    /** The topic of a code, retired or not; empty for a code the platform does not know. */
    public @Nullable Topic topic(String code) {
        return byCode.get(code);
    }

    /** The name of a stored code in a language; the code itself when the platform no longer knows it. */
    public String name(String code, Locale locale) {
        Topic topic = byCode.get(code);
        return topic == null ? code : topic.name(locale);
    }

    /** The names of stored codes in the topics' order, joined by "; ". */
    public String names(Set<String> codes, Locale locale) {
        return sorted(codes).stream().map(code -> name(code, locale)).collect(Collectors.joining("; "));
    }

    /** Codes in the topics' order; unknown codes last, by code. */
    public List<String> sorted(Set<String> codes) {
        var known = new ArrayList<String>();
        byCode.values().stream()
                .sorted(FocusAreas::inOrder)
                .map(Topic::code)
                .filter(codes::contains)
                .forEach(known::add);
        codes.stream().filter(code -> !byCode.containsKey(code)).sorted().forEach(known::add);
        return known;
    }

    /**
     * Checks the chosen codes: each a current topic, or a retired one the profile already names
     * ({@code stored}).
     *
     * @throws InvalidInputException on {@link #INPUT} for an unknown code or a newly chosen retired topic
     */
    void check(Set<String> chosen, Set<String> stored) {
        for (String code : chosen) {
            Topic topic = byCode.get(code);
            if (topic == null || topic.retired() && !stored.contains(code)) {
                throw InvalidInputException.of(INPUT, "membership.invalid.focus-area");
            }
        }
    }

    /**
     * The topic code a client names, accepting the names of the fixed list membership used before
     * the managed topics ({@code DIGITAL_INCLUSION} for {@code digital-inclusion}), which the REST
     * API's callers may still send.
     */
    public static String code(String given) {
        String text = given.strip();
        return text.matches("[A-Z][A-Z_]*") ? text.toLowerCase(Locale.ROOT).replace('_', '-') : text;
    }

    private static int inOrder(Topic a, Topic b) {
        int byPosition = Integer.compare(a.position(), b.position());
        return byPosition != 0 ? byPosition : a.code().compareTo(b.code());
    }
}
