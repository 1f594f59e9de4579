package md.itpp.persistence.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * V8_16 carries an indicator's single unit and means of verification into both languages and
 * drops the old columns, on a database migrated to the version before it.
 */
class BilingualIndicatorMigrationTest {

    @Test
    void todaysTextIsCarriedIntoBothLanguages() throws Exception {
        JdbcDataSource dataSource = H2Unit.h2();
        MigrationVersion mine = MigrationVersion.fromVersion("8.16");
        MigrationVersion before = Arrays.stream(flyway(dataSource, null).info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v.compareTo(mine) < 0).max(Comparator.naturalOrder()).orElseThrow();
        flyway(dataSource, before).migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // The indicator row alone is what the migration reads; its objective does not matter here.
            s.execute("set referential_integrity false");
            s.execute("insert into objective_indicator (objective_id, position, name_en, name_ro, unit, means_of_verification) "
                    + "values (1, 0, 'Trained specialists', 'Specialiști instruiți', 'persons', 'Annual report of STISC')");
            s.execute("set referential_integrity true");
        }
        flyway(dataSource, mine).migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("select unit_en, unit_ro, means_of_verification_en, means_of_verification_ro "
                     + "from objective_indicator")) {
            assertTrue(row.next());
            assertEquals("persons", row.getString(1));
            assertEquals("persons", row.getString(2));
            assertEquals("Annual report of STISC", row.getString(3));
            assertEquals("Annual report of STISC", row.getString(4));
        }
        try (Connection c = dataSource.getConnection();
             ResultSet columns = c.getMetaData().getColumns(null, null, "OBJECTIVE_INDICATOR", "UNIT")) {
            assertTrue(!columns.next(), "the single-language column is gone");
        }
    }

    private static Flyway flyway(JdbcDataSource dataSource, MigrationVersion target) {
        var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
        return (target == null ? configuration : configuration.target(target)).load();
    }
}
