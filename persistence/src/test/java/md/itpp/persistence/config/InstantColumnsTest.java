package md.itpp.persistence.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.TimeZone;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.InstantJavaType;
import org.hibernate.type.descriptor.jdbc.TimestampUtcAsJdbcTimestampJdbcType;
import org.hibernate.type.spi.TypeConfiguration;
import org.junit.jupiter.api.Test;

/**
 * The quick start's database reads its instants through {@link InstantColumns}, exactly, whatever
 * the JVM's time zone; a dialect that chose another way of reading them keeps it.
 */
class InstantColumnsTest {

    @Test
    void thePersistenceUnitOnH2ReadsInstantsAsTimestamps() {
        try (EntityManagerFactory emf = H2Unit.unit(H2Unit.h2())) {
            TypeConfiguration types = emf.unwrap(SessionFactoryImplementor.class).getTypeConfiguration();
            assertInstanceOf(InstantColumns.ReadAsTimestamp.class,
                    types.getJdbcTypeRegistry().getDescriptor(SqlTypes.TIMESTAMP_UTC));
        }
    }

    @Test
    void anInstantWrittenAsH2sDialectWritesItReadsBackExactlyInAnyTimeZone() throws Exception {
        // Newfoundland: half-hour offset and summer time, so a reading through the JVM's zone shows.
        Instant[] written = {Instant.parse("2026-03-08T05:30:00.123456Z"), Instant.parse("2026-11-01T04:45:59.999999Z"),
            Instant.parse("1999-12-31T23:59:59Z")};
        TimeZone before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
        try (Connection c = H2Unit.h2().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table stamps (n int, at timestamp(6) with time zone)");
            try (PreparedStatement insert = c.prepareStatement("insert into stamps values (?, ?)")) {
                for (int i = 0; i < written.length; i++) {
                    insert.setInt(1, i);
                    insert.setObject(2, written[i], Types.TIMESTAMP_WITH_TIMEZONE);
                    insert.executeUpdate();
                }
            }
            var extractor = InstantColumns.ReadAsTimestamp.INSTANCE.getExtractor(InstantJavaType.INSTANCE);
            try (ResultSet rows = s.executeQuery("select at from stamps order by n")) {
                for (Instant expected : written) {
                    rows.next();
                    assertEquals(expected, extractor.extract(rows, 1, null));
                }
            }
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void anotherDialectsChoiceIsKept() {
        TypeConfiguration types = new TypeConfiguration();
        types.getJdbcTypeRegistry().addDescriptor(TimestampUtcAsJdbcTimestampJdbcType.INSTANCE);
        new InstantColumns().contribute(() -> types, null);
        assertSame(TimestampUtcAsJdbcTimestampJdbcType.INSTANCE,
                types.getJdbcTypeRegistry().getDescriptor(SqlTypes.TIMESTAMP_UTC));
    }
}
