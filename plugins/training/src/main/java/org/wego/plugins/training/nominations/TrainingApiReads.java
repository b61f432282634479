package org.wego.plugins.training.nominations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.wego.plugin.api.PluginContext;

/**
 * The trainee fields the REST API shows beside a nomination ({@link Nomination} carries only name and
 * e-mail). Reads rows by id only: the caller ({@link TrainingApi}) passes the trainees of nominations
 * {@link Nominations#ofProgramme} already let the user see.
 */
@Component
@Transactional(readOnly = true)
class TrainingApiReads {

    private final JdbcClient jdbc;

    TrainingApiReads(PluginContext platform) {
        this.jdbc = JdbcClient.create(platform.dataSource());
    }

    /** A trainee's position, department and gender. */
    record Trainee(
            long id, @Nullable String position, @Nullable String department, Gender gender) {}

    /** The trainees of these ids, by id. */
    Map<Long, Trainee> trainees(List<Long> ids) {
        var found = new HashMap<Long, Trainee>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT id, position, department, gender FROM training_trainee WHERE id IN (:ids)")
                .param("ids", ids)
                .query((rs, row) -> new Trainee(
                        rs.getLong("id"),
                        rs.getString("position"),
                        rs.getString("department"),
                        Gender.valueOf(rs.getString("gender"))))
                .list()
                .forEach(t -> found.put(t.id(), t));
        return found;
    }
}
