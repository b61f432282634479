package org.wego.plugin.api.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.util.Set;
import org.wego.plugin.api.Stability;
import org.wego.plugin.api.Topic;
import org.wego.plugin.api.TopicChoices;

/**
 * The field for a record's topics: the current topics and the retired ones the record already names
 * (marked "retired"), in the secretariat's order, by name in the viewer's language. Its value is the set of
 * topic codes to store; check it in the service with {@link TopicChoices#check}.
 *
 * <pre>{@code
 * var topics = new TopicsField(TopicChoices.of(context.topics()), stored.topics());
 * errors.forField(topics, EventInput.TOPICS).bind(Draft::topics, Draft::setTopics);
 * }</pre>
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.1")
public class TopicsField extends MultiSelectComboBox<String> {

    /**
     * @param choices the platform's topics, read once for the form
     * @param stored the codes the record names now ({@code Set.of()} for a new record)
     */
    public TopicsField(TopicChoices choices, Set<String> stored) {
        setLabel(getTranslation("topics.field"));
        setItems(choices.choices(stored).stream().map(Topic::code).toList());
        setItemLabelGenerator(code -> {
            Topic topic = choices.topic(code);
            String name = choices.name(code, getLocale());
            return topic != null && topic.retired() ? getTranslation("topics.choice.retired", name) : name;
        });
        addClassName("wego-topics-field");
    }
}
