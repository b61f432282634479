package org.wego.plugin.api;

import java.util.List;
import java.util.Optional;

/**
 * The smart-city topics the secretariat maintains, shared by every plugin that tags records with a
 * topic (membership's focus areas, projects, webinars, events). Read only: the secretariat changes
 * the list on its own screen.
 */
@Stability(status = Stability.Status.EXPERIMENTAL, since = "1.0")
public interface Topics {

    /** The topics offered for new choices, in their order. */
    List<Topic> current();

    /** Every topic, retired ones included, in their order: for showing stored choices. */
    List<Topic> all();

    /** One topic by its code, retired or not. */
    Optional<Topic> byCode(String code);
}
