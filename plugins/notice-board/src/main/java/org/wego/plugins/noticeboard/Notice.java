package org.wego.plugins.noticeboard;

import java.time.LocalDateTime;

/** A notice as members read it. */
record Notice(long id, String title, String postedBy, LocalDateTime postedAt) {}
