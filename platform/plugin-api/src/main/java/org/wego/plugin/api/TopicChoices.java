package org.wego.plugin.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The rule every record tagged with the platform's managed topics follows: a record stores topic codes;
 * new choices come from the current topics; a retired topic the record already names keeps its name on
 * screen and may stay chosen; a code the platform no longer knows shows as itself. A snapshot of {@link
 * Topics#all()}, read once per form or request. The form's field is {@code ui.TopicsField}.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.1")
public final class TopicChoices {

    private final Map<String, Topic> byCode = new LinkedHashMap<>();

    private TopicChoices(List<Topic> all) {
        all.stream().sorted(TopicChoices::inOrder).forEach(topic -> byCode.put(topic.code(), topic));
    }

    /** The list as the platform keeps it now, retired topics included. */
    public static TopicChoices of(Topics topics) {
        return new TopicChoices(topics.all());
    }

    /** A fixed list, for unit tests and callers that already read {@link Topics#all()}. */
    public static TopicChoices of(List<Topic> all) {
        return new TopicChoices(all);
    }

    /** The topics to choose from: the current ones, and the retired ones among {@code kept}, in order. */
    public List<Topic> choices(Set<String> kept) {
        return byCode.values().stream()
                .filter(topic -> !topic.retired() || kept.contains(topic.code()))
                .toList();
    }

    /** The topic of a code, retired or not; {@code null} for a code the platform does not know. */
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
        byCode.keySet().stream().filter(codes::contains).forEach(known::add);
        codes.stream().filter(code -> !byCode.containsKey(code)).sorted().forEach(known::add);
        return known;
    }

    /**
     * Checks chosen codes: each a current topic, or a retired one the record already names ({@code
     * stored}).
     *
     * @throws InvalidInputException {@code topics.invalid.choice} on {@code field} for an unknown code or a
     *     newly chosen retired topic
     */
    public void check(InputField field, Set<String> chosen, Set<String> stored) {
        for (String code : chosen) {
            Topic topic = byCode.get(code);
            if (topic == null || topic.retired() && !stored.contains(code)) {
                throw InvalidInputException.of(field, "topics.invalid.choice", code);
            }
        }
    }

    private static int inOrder(Topic a, Topic b) {
        int byPosition = Integer.compare(a.position(), b.position());
        return byPosition != 0 ? byPosition : a.code().compareTo(b.code());
    }
}
