package org.wego.plugins.noticeboard;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A notice as members read it. {@code related} is a record of another plugin it points to, stored as
 * a {@code RecordReference} value ({@code training:programme:42}), or {@code null}.
 */
record Notice(
        long id,
        String title,
        String postedBy,
        LocalDateTime postedAt,
        @Nullable String related) {}
