package org.wego.platform.plugins;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import liquibase.change.AbstractSQLChange;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;

/**
 * A plugin's changelog may create and touch only tables named with its prefix
 * ({@code feasibility-studies} → {@code feasibility_studies_...}), so plugins never collide with each
 * other or with the platform. Checked on the parsed changelog before anything runs.
 */
final class TablePrefixCheck {

    /** The bean properties of Liquibase's changes that name a table. */
    private static final List<String> TABLE_PROPERTIES = List.of(
            "getTableName",
            "getNewTableName",
            "getOldTableName",
            "getBaseTableName",
            "getReferencedTableName",
            "getViewName",
            "getNewViewName",
            "getOldViewName");

    /** Table names after the SQL keywords that create, change or fill one. */
    private static final Pattern SQL_TABLE = Pattern.compile(
            "(?i)\\b(?:create\\s+(?:or\\s+replace\\s+)?(?:temporary\\s+)?(?:table|view)(?:\\s+if\\s+not\\s+exists)?"
                    + "|alter\\s+table|drop\\s+(?:table|view)(?:\\s+if\\s+exists)?|rename\\s+table|truncate(?:\\s+table)?"
                    + "|insert\\s+(?:ignore\\s+)?into|replace\\s+into|update|delete\\s+from|references|\\bto)"
                    + "\\s+[`\"]?([\\w.]+)[`\"]?");

    private TablePrefixCheck() {}

    /** Every table the changelog names that lacks the prefix, with the change set that names it. */
    static List<String> violations(DatabaseChangeLog changeLog, String prefix) {
        List<String> problems = new ArrayList<>();
        for (ChangeSet changeSet : changeLog.getChangeSets()) {
            for (Change change : changeSet.getChanges()) {
                for (String table : tablesOf(change)) {
                    if (!table.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                        problems.add("change set '" + changeSet.getId() + "' touches table '" + table
                                + "', which does not start with '" + prefix + "'");
                    }
                }
            }
        }
        return problems;
    }

    static Set<String> tablesOf(Change change) {
        Set<String> tables = new LinkedHashSet<>();
        for (String property : TABLE_PROPERTIES) {
            try {
                Method getter = change.getClass().getMethod(property);
                if (getter.getReturnType() == String.class
                        && getter.invoke(change) instanceof String name
                        && !name.isBlank()) {
                    tables.add(name);
                }
            } catch (NoSuchMethodException e) {
                // this kind of change has no such property
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + property + " of " + change, e);
            }
        }
        if (change instanceof AbstractSQLChange sql && sql.getSql() != null) {
            tables.addAll(tablesInSql(sql.getSql()));
        }
        return tables;
    }

    static Set<String> tablesInSql(String sql) {
        Set<String> tables = new LinkedHashSet<>();
        Matcher matcher = SQL_TABLE.matcher(sql);
        while (matcher.find()) {
            String name = matcher.group(1);
            tables.add(name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name);
        }
        return tables;
    }
}
