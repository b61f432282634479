package org.wego.platform.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TablePrefixCheckTest {

    @Test
    void findsTheTablesRawSqlCreatesChangesAndFills() {
        assertThat(TablePrefixCheck.tablesInSql("""
                        CREATE TABLE IF NOT EXISTS training_programme (id BIGINT);
                        ALTER TABLE `training_seat` ADD COLUMN x INT;
                        INSERT INTO platform_user_preference VALUES ('a', 'ko', NOW());
                        UPDATE wego.members SET x = 1;
                        DELETE FROM training_waitlist WHERE id = 1;
                        RENAME TABLE training_a TO organisations
                        """))
                .containsExactly(
                        "training_programme",
                        "training_seat",
                        "platform_user_preference",
                        "members",
                        "training_waitlist",
                        "training_a",
                        "organisations");
    }
}
