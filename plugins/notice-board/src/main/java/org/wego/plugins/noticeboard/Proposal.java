package org.wego.plugins.noticeboard;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A notice a member proposed, as its organisation follows it: PROPOSED, PUBLISHED or REJECTED. */
record Proposal(
        long id, String title, String status, @Nullable String comment, LocalDateTime proposedAt) {}
