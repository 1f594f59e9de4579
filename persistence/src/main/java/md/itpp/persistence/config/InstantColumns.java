package md.itpp.persistence.config;

import java.sql.CallableStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Calendar;
import java.util.TimeZone;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicExtractor;
import org.hibernate.type.descriptor.jdbc.JdbcType;
import org.hibernate.type.descriptor.jdbc.TimestampUtcAsInstantJdbcType;

/**
 * On H2 (the quick start), reads the {@code timestamp with time zone} columns (every
 * {@code Instant} of the model) with {@code ResultSet.getTimestamp(column, UTC)} rather than
 * {@code getObject(column, Instant.class)}, which H2's dialect chose. The application server's
 * pool hands out result sets wrapped in its own class, whose {@code getObject(int, Class)} finds
 * the driver's method by reflection on every call: a copy of all the driver's declared methods
 * per value read, 3-5 % of the CPU of a page that lists rounds or comments. H2 gives the exact
 * instant either way (the column holds its offset). Values are still written as H2's dialect
 * writes them ({@code setObject} with the instant), so what is stored does not depend on the
 * JVM's time zone. PostgreSQL's dialect reads and writes these columns as timestamps with a UTC
 * calendar already and is left as it is. Registered as a Java service in {@code META-INF/services};
 * Hibernate applies it after the dialect's own types.
 */
public class InstantColumns implements TypeContributor {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    @Override
    public void contribute(TypeContributions contributions, ServiceRegistry serviceRegistry) {
        JdbcType chosen = contributions.getTypeConfiguration().getJdbcTypeRegistry()
                .getDescriptor(SqlTypes.TIMESTAMP_UTC);
        if (chosen instanceof TimestampUtcAsInstantJdbcType) {
            contributions.contributeJdbcType(ReadAsTimestamp.INSTANCE);
        }
    }

    /** {@link TimestampUtcAsInstantJdbcType} with an extractor that calls no method by reflection. */
    static final class ReadAsTimestamp extends TimestampUtcAsInstantJdbcType {

        static final ReadAsTimestamp INSTANCE = new ReadAsTimestamp();

        @Override
        public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
            return new BasicExtractor<>(javaType, this) {
                @Override
                protected X doExtract(ResultSet rs, int position, WrapperOptions options) throws SQLException {
                    return javaType.wrap(rs.getTimestamp(position, utc()), options);
                }

                @Override
                protected X doExtract(CallableStatement statement, int index, WrapperOptions options)
                        throws SQLException {
                    return javaType.wrap(statement.getTimestamp(index, utc()), options);
                }

                @Override
                protected X doExtract(CallableStatement statement, String name, WrapperOptions options)
                        throws SQLException {
                    return javaType.wrap(statement.getTimestamp(name, utc()), options);
                }
            };
        }

        /** A calendar per value: drivers may change the one they are given. */
        private static Calendar utc() {
            return Calendar.getInstance(UTC);
        }
    }
}
