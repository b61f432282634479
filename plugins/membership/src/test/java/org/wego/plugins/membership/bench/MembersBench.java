package org.wego.plugins.membership.bench;

import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.wego.platform.WegoApplication;
import org.wego.platform.plugins.PluginRuntime;
import org.wego.plugin.api.Continent;
import org.wego.plugin.api.OrganisationType;

/**
 * The member directory at 250,000 organisations, for {@code ./wego bench members}.
 *
 * <p>Creates the schema {@value #SCHEMA} on the MariaDB server of the {@code WEGO_DB_URL} environment
 * (the run stack's; the run database itself is never touched), boots the platform in this JVM on it
 * with the membership plugin's jar (so the platform's and the plugin's migrations run), seeds
 * {@value #ORGANISATIONS} synthetic organisations and profiles with focus areas by batched SQL, then
 * times, alternating, each query through the plugin's {@code MemberDirectory} as a signed-in member
 * and the same query hand-written in SQL over JDBC: 100 warm-up rounds, then 500 measured
 * ({@code -Dbench.warm-up}, {@code -Dbench.rounds}). The schema is dropped at the end, whatever happened.
 *
 * <p>{@code MembersBench PLUGIN_JAR RESULTS_FILE} writes lines {@code NAME service|raw NANOS}.
 */
public final class MembersBench {

    static final String SCHEMA = "wego_bench_members";
    static final int ORGANISATIONS = 250_000;
    static final int WARM_UP = Integer.getInteger("bench.warm-up", 100);
    static final int ROUNDS = Integer.getInteger("bench.rounds", 500);
    static final int DEEP_OFFSET = 10_000;
    static final int PAGE = 50;
    private static final int BATCH = 5_000;

    /** The raw SQL's row: the registry's columns with the office's key and the profile's, as the service reads. */
    private static final String RAW_ROWS = """
            SELECT o.id, o.org_key, o.type, o.name_en, o.name_ko, o.name_local, o.country, o.continent,
                o.capital, office.org_key AS regional_office_key, o.status, o.status_since, o.website,
                p.head_name, p.head_title, p.focus_areas
            FROM platform_organisation o
            LEFT JOIN platform_organisation office ON office.id = o.regional_office_id
            LEFT JOIN membership_profile p ON p.organisation_key = o.org_key
            """;

    private static final String PLUGIN = "org.wego.plugins.membership.";
    /** Three letters typed: each starts about 1 name in 300 to 600 (a first syllable, then the next one's letter). */
    private static final String[] PREFIXES = {"Kar", "San", "Lot", "Mel", "Nis", "Bor", "Tar", "Rim", "Mud", "Veg"};

    private static final String[] SYLLABLES = {
        "ka", "sa", "lo", "me", "ni", "bo", "ta", "ri", "mu", "ve", "an", "el", "or", "un", "is", "de", "go", "pa",
        "zu", "hi", "ra", "no", "le", "ti"
    };
    private static final String[] FOCUS = {
        "MOBILITY",
        "ENERGY",
        "ENVIRONMENT",
        "WATER",
        "SAFETY",
        "HEALTH",
        "GOVERNANCE",
        "DIGITAL_INCLUSION",
        "DATA_PLATFORMS",
        "ECONOMY"
    };

    /** For tuning only: keep the seeded schema after the run and reuse it in the next ({@code -Dbench.keep=true}). */
    private static final boolean KEEP = Boolean.getBoolean("bench.keep");

    private MembersBench() {}

    private static boolean exists(Statement statement) throws SQLException {
        try (ResultSet rs =
                statement.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '" + SCHEMA
                        + "' AND table_name = 'membership_profile'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: MembersBench PLUGIN_JAR RESULTS_FILE");
            System.exit(2);
        }
        String serverUrl = serverUrl(requireEnv("WEGO_DB_URL"));
        String user = requireEnv("WEGO_DB_USER");
        String password = System.getenv().getOrDefault("WEGO_DB_PASSWORD", "");
        Path plugins = Files.createTempDirectory("wego-bench-members-plugins");
        Path files = Files.createTempDirectory("wego-bench-members-files");
        Files.copy(Path.of(args[0]), plugins.resolve("wego-plugin-membership.jar"));
        int status = 1;
        ConfigurableApplicationContext context = null;
        try (var admin = DriverManager.getConnection(serverUrl, user, password);
                var statement = admin.createStatement()) {
            boolean reuse = KEEP && exists(statement);
            if (!reuse) {
                statement.execute("DROP DATABASE IF EXISTS " + SCHEMA); // left by an interrupted run
                statement.execute("CREATE DATABASE " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            try (var out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8), true)) {
                context = new SpringApplicationBuilder(WegoApplication.class)
                        .run(
                                "--server.port=0",
                                "--spring.datasource.url=" + withSchema(serverUrl),
                                "--wego.plugins.dir=" + plugins,
                                "--wego.files.dir=" + files);
                var membership = context.getBean(PluginRuntime.class)
                        .contextOf("membership")
                        .orElseThrow(() -> new IllegalStateException("the membership plugin did not start"));
                DataSource dataSource = context.getBean(DataSource.class);
                long seeded = System.nanoTime();
                if (!reuse) {
                    seed(dataSource);
                }
                out.println("seed - " + (System.nanoTime() - seeded));
                measure(new Service(membership), dataSource, out);
                status = 0;
            } catch (Exception | Error e) {
                e.printStackTrace();
            } finally {
                if (context != null) {
                    context.close();
                }
                if (!KEEP) {
                    statement.execute("DROP DATABASE IF EXISTS " + SCHEMA);
                }
            }
        } finally {
            deleteQuietly(plugins);
            deleteQuietly(files);
        }
        System.exit(status);
    }

    /** (a) name prefix + type + continent, page and count; (b) a deep page sorted by Korean name; extras. */
    private static void measure(Service service, DataSource dataSource, PrintWriter out) throws Exception {
        try (Connection raw = dataSource.getConnection()) {
            var timings = new Timings(out);
            int[] round = {0};
            // (a) as the directory's search: a page of 50 and the number of matches.
            Object[] searchQueries = new Object[PREFIXES.length];
            for (int i = 0; i < PREFIXES.length; i++) {
                searchQueries[i] = service.query(PREFIXES[i], "PREFIX", "CITY", "ASIA", null, null);
            }
            PreparedStatement searchPage = raw.prepareStatement(RAW_ROWS + """
                    WHERE o.status = 'MEMBER' AND (o.name_en LIKE ? OR o.name_ko LIKE ? OR o.name_local LIKE ?)
                        AND o.type = 'CITY' AND o.continent = 'ASIA'
                    ORDER BY o.name_en, o.id LIMIT 50""");
            PreparedStatement searchCount = raw.prepareStatement("""
                    SELECT COUNT(*) FROM platform_organisation o
                    WHERE o.status = 'MEMBER' AND (o.name_en LIKE ? OR o.name_ko LIKE ? OR o.name_local LIKE ?)
                        AND o.type = 'CITY' AND o.continent = 'ASIA'""");
            timings.run(
                    "search",
                    () -> service.search(searchQueries[round[0] % PREFIXES.length], 0, PAGE, Locale.ENGLISH),
                    () -> {
                        String pattern = PREFIXES[round[0] % PREFIXES.length] + "%";
                        return rows(searchPage, pattern, pattern, pattern)
                                + rows(searchCount, pattern, pattern, pattern);
                    },
                    round);
            // (b) the grid's fetch: one page deep in the current members, by Korean name.
            Object members = service.query(null, "CONTAINS", null, null, null, null);
            PreparedStatement deepPage = raw.prepareStatement(RAW_ROWS + """
                    WHERE o.status = 'MEMBER'
                    ORDER BY o.name_ko, o.id LIMIT 50 OFFSET ?""");
            timings.run(
                    "page",
                    () -> service.entries(members, DEEP_OFFSET + round[0] % 10 * PAGE, PAGE, Locale.KOREAN),
                    () -> rows(deepPage, DEEP_OFFSET + round[0] % 10 * PAGE),
                    round);
            // Extras, reported beside the goal: the grid's count of all members, and a focus area with a country.
            PreparedStatement countAll =
                    raw.prepareStatement("SELECT COUNT(*) FROM platform_organisation o WHERE o.status = 'MEMBER'");
            timings.run("count", () -> service.count(members), () -> rows(countAll), round);
            Object focus = service.query(null, "CONTAINS", null, null, "KR", "MOBILITY");
            PreparedStatement focusCount = raw.prepareStatement("""
                    SELECT COUNT(*) FROM platform_organisation o JOIN membership_profile f ON f.organisation_key = o.org_key
                    WHERE o.status = 'MEMBER' AND o.country = 'KR' AND FIND_IN_SET('MOBILITY', f.focus_areas) > 0""");
            timings.run("focus-count", () -> service.count(focus), () -> rows(focusCount), round);
            Object contains = service.query("ika", "CONTAINS", null, null, null, null);
            PreparedStatement containsPage = raw.prepareStatement("""
                    SELECT o.id, o.name_en FROM platform_organisation o
                    WHERE o.status = 'MEMBER' AND (o.name_en LIKE '%ika%' OR o.name_ko LIKE '%ika%' OR o.name_local LIKE '%ika%')
                    ORDER BY o.name_en, o.id LIMIT 50""");
            timings.run(
                    "contains-page",
                    () -> service.entries(contains, 0, PAGE, Locale.ENGLISH),
                    () -> rows(containsPage),
                    round);
        }
    }

    /** Runs a query's two forms alternately, warm-up first, and writes each measured time. */
    private record Timings(PrintWriter out) {

        void run(String name, Callable<Object> service, Callable<Object> raw, int[] round) throws Exception {
            for (round[0] = 0; round[0] < WARM_UP + ROUNDS; round[0]++) {
                boolean measured = round[0] >= WARM_UP;
                long serviceTime = time(service);
                long rawTime = time(raw);
                if (measured) {
                    out.println(name + " service " + serviceTime);
                    out.println(name + " raw " + rawTime);
                }
            }
        }

        private static long time(Callable<Object> call) throws Exception {
            long start = System.nanoTime();
            Object result = call.call();
            long elapsed = System.nanoTime() - start;
            if (result == null) {
                throw new IllegalStateException("a benchmark query returned nothing");
            }
            return elapsed;
        }
    }

    /** Reads every row and column of a prepared query, as the service's row mapper does. */
    private static Integer rows(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        int rows = 0;
        try (ResultSet rs = statement.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    rs.getObject(c);
                }
                rows++;
            }
        }
        return rows;
    }

    /** The plugin's MemberDirectory, called through its Spring proxy as a signed-in member city. */
    private static final class Service {

        private final Object directory;
        private final ClassLoader loader;
        private final Map<String, Method> methods = new HashMap<>();

        Service(ConfigurableApplicationContext plugin) throws ClassNotFoundException {
            loader = plugin.getClassLoader();
            directory = plugin.getBean(Class.forName(PLUGIN + "directory.MemberDirectory", true, loader));
            for (Method method : directory.getClass().getMethods()) {
                methods.put(method.getName() + "/" + method.getParameterCount(), method);
            }
            for (Class<?> type = directory.getClass(); type != Object.class; type = type.getSuperclass()) {
                for (Method method : type.getDeclaredMethods()) {
                    method.setAccessible(true);
                    methods.putIfAbsent(method.getName() + "/" + method.getParameterCount(), method);
                }
            }
            signIn();
        }

        Object query(String text, String match, String type, String continent, String country, String focus)
                throws ReflectiveOperationException {
            Class<?> query = Class.forName(PLUGIN + "directory.DirectoryQuery", true, loader);
            var constructor = query.getDeclaredConstructors()[0];
            constructor.setAccessible(true);
            return constructor.newInstance(
                    text,
                    constant("directory.DirectoryQuery$TextMatch", match),
                    type == null ? null : OrganisationType.valueOf(type),
                    continent == null ? null : Continent.valueOf(continent),
                    country,
                    null,
                    null,
                    focus == null ? null : constant("profiles.FocusArea", focus),
                    null,
                    constant("directory.DirectorySort", "NAME"),
                    false);
        }

        Object search(Object query, int offset, int limit, Locale locale) throws Exception {
            return methods.get("search/4").invoke(directory, query, offset, limit, locale);
        }

        Object entries(Object query, int offset, int limit, Locale locale) throws Exception {
            return methods.get("entries/4").invoke(directory, query, offset, limit, locale);
        }

        Object count(Object query) throws Exception {
            return methods.get("count/1").invoke(directory, query);
        }

        private Object constant(String type, String name) throws ClassNotFoundException {
            Class<?> enumType = Class.forName(PLUGIN + type, true, loader);
            return Arrays.stream(enumType.getEnumConstants())
                    .filter(c -> ((Enum<?>) c).name().equals(name))
                    .findFirst()
                    .orElseThrow();
        }

        /** A member city's session on this thread, as the platform's security sees a signed-in user. */
        private static void signIn() {
            var token = new OidcIdToken(
                    "bench-token",
                    Instant.now(),
                    Instant.now().plusSeconds(86_400),
                    Map.of(
                            "sub",
                            "bench-member",
                            "name",
                            "Bench member",
                            "email",
                            "bench@example.org",
                            "org_id",
                            "vn-hanoi"));
            var authorities = List.of(new SimpleGrantedAuthority("ROLE_member-city"));
            SecurityContextHolder.getContext()
                    .setAuthentication(new OAuth2AuthenticationToken(
                            new DefaultOidcUser(authorities, token), authorities, "keycloak"));
        }
    }

    /**
     * {@value #ORGANISATIONS} organisations with names of 2 to 4 syllables (English, a Korean form and
     * a local form), types, countries, continents, capitals and regional offices spread as in the
     * registry, 90% current members; two in three with a profile naming 1 to 3 focus areas.
     */
    private static void seed(DataSource dataSource) throws SQLException {
        var random = new Random(20_230_101);
        String[][] countries = {
            {"KR", "ASIA"},
            {"CN", "ASIA"},
            {"VN", "ASIA"},
            {"ID", "ASIA"},
            {"IN", "ASIA"},
            {"MN", "ASIA"},
            {"NG", "AFRICA"},
            {"KE", "AFRICA"},
            {"GH", "AFRICA"},
            {"TZ", "AFRICA"},
            {"RU", "EUROPE"},
            {"TR", "EUROPE"},
            {"ES", "EUROPE"},
            {"MX", "AMERICAS"},
            {"BR", "AMERICAS"},
            {"PE", "AMERICAS"},
            {"IR", "MIDDLE_EAST"},
            {"OM", "MIDDLE_EAST"},
            {"AU", "OCEANIA"},
            {"FJ", "OCEANIA"}
        };
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Long> offices = new HashMap<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery(
                            "SELECT org_key, id FROM platform_organisation WHERE type = 'REGIONAL_OFFICE'")) {
                while (rs.next()) {
                    offices.put(rs.getString(1), rs.getLong(2));
                }
            }
            Map<String, String> officeOf = Map.of(
                    "CN",
                    "ro-chengdu",
                    "VN",
                    "ro-chengdu",
                    "ID",
                    "ro-chengdu",
                    "IN",
                    "ro-chengdu",
                    "MN",
                    "ro-chengdu",
                    "RU",
                    "ro-ulyanovsk",
                    "TR",
                    "ro-beyoglu",
                    "ES",
                    "ro-beyoglu",
                    "MX",
                    "ro-mexico-city",
                    "NG",
                    "ro-abuja");
            connection.setAutoCommit(false);
            try (PreparedStatement organisation = connection.prepareStatement("""
                            INSERT INTO platform_organisation (org_key, type, name_en, name_ko, name_local, country,
                                continent, capital, regional_office_id, status, status_since, version)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""");
                    PreparedStatement profile = connection.prepareStatement("""
                            INSERT INTO membership_profile (organisation_key, head_name, head_title, focus_areas,
                                languages, updated_by, updated_at, version)
                            VALUES (?, ?, ?, ?, 'en', 'bench', NOW(6), 1)""")) {
                for (int i = 0; i < ORGANISATIONS; i++) {
                    String[] country = countries[random.nextInt(countries.length)];
                    double kind = random.nextDouble();
                    String type = kind < 0.75 ? "CITY" : kind < 0.9 ? "COMPANY" : "INSTITUTION";
                    String name = name(random);
                    String key = "bench-" + i;
                    double state = random.nextDouble();
                    String status = state < 0.90
                            ? "MEMBER"
                            : state < 0.95 ? "FORMER" : state < 0.98 ? "SUSPENDED" : "APPLICANT";
                    Long office = officeOf.containsKey(country[0]) ? offices.get(officeOf.get(country[0])) : null;
                    organisation.setString(1, key);
                    organisation.setString(2, type);
                    organisation.setString(3, name);
                    organisation.setString(4, korean(name));
                    organisation.setString(5, random.nextInt(3) == 0 ? null : name.toUpperCase(Locale.ROOT) + " " + i);
                    organisation.setString(6, country[0]);
                    organisation.setString(7, country[1]);
                    organisation.setBoolean(8, type.equals("CITY") && random.nextInt(10) == 0);
                    if (office == null) {
                        organisation.setNull(9, Types.BIGINT);
                    } else {
                        organisation.setLong(9, office);
                    }
                    organisation.setString(10, status);
                    organisation.setObject(
                            11,
                            random.nextInt(20) == 0
                                    ? null
                                    : LocalDate.of(2010, 9, 7).plusDays(random.nextInt(5_800)));
                    organisation.addBatch();
                    if (random.nextInt(3) != 0) {
                        var areas = new ArrayList<String>();
                        for (int a = 0, n = 1 + random.nextInt(3); a < n; a++) {
                            String area = FOCUS[random.nextInt(FOCUS.length)];
                            if (!areas.contains(area)) {
                                areas.add(area);
                            }
                        }
                        areas.sort(null);
                        profile.setString(1, key);
                        profile.setString(2, "Head " + i);
                        profile.setString(3, type.equals("CITY") ? "Mayor" : "Director");
                        profile.setString(4, String.join(",", areas));
                        profile.addBatch();
                    }
                    if ((i + 1) % BATCH == 0) {
                        organisation.executeBatch();
                        profile.executeBatch();
                        connection.commit();
                    }
                }
                organisation.executeBatch();
                profile.executeBatch();
                connection.commit();
            }
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE TABLE platform_organisation, membership_profile");
            }
        }
    }

    private static String name(Random random) {
        var name = new StringBuilder();
        for (int s = 0, n = 2 + random.nextInt(3); s < n; s++) {
            name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
        return name.toString();
    }

    /** A Hangul form of a name: one syllable block per two letters, so Korean prefixes spread too. */
    private static String korean(String name) {
        var korean = new StringBuilder();
        for (int i = 0; i < name.length(); i += 2) {
            int code = (Character.toLowerCase(name.charAt(i)) * 31 + (i + 1 < name.length() ? name.charAt(i + 1) : 0))
                    % 11_172;
            korean.append((char) (0xAC00 + code));
        }
        return korean.toString();
    }

    /** {@code jdbc:mariadb://host:port/} of a URL naming a schema, keeping its parameters. */
    static String serverUrl(String url) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String parameters = query < 0 ? "" : url.substring(query);
        int path = base.indexOf('/', base.indexOf("//") + 2);
        return (path < 0 ? base + "/" : base.substring(0, path + 1)) + parameters;
    }

    private static String withSchema(String serverUrl) {
        int query = serverUrl.indexOf('?');
        return query < 0 ? serverUrl + SCHEMA : serverUrl.substring(0, query) + SCHEMA + serverUrl.substring(query);
    }

    private static String requireEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set: run this through ./wego bench members");
        }
        return value;
    }

    private static void deleteQuietly(Path folder) {
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder())
                    .forEach(f -> f.toFile().delete());
        } catch (java.io.IOException e) {
            // a temporary folder: the system cleans it eventually
        }
    }
}
