package md.itpp.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The API's root and its description in the OpenAPI document ({@code /openapi}). */
@ApplicationPath(ApiApplication.ROOT)
@OpenAPIDefinition(
        info = @Info(title = "ITPP Workbench API", version = "1",
                description = "The objectives of Moldova's Individually Tailored Partnership Programme with NATO"
                        + " 2025-2028, their revisions, approval records, consultation rounds, the monitoring"
                        + " periods' progress reports and the audit trail."
                        + " Every call needs a personal API token (Authorization: Bearer itpp_...), made on the"
                        + " 'API tokens' page; a token acts with its owner's roles and institution. Errors are"
                        + " RFC 9457 problem details in English or Romanian (Accept-Language). Writes need"
                        + " If-Match with the ETag of the last read: 428 without it, 412 when stale."),
        security = @SecurityRequirement(name = ApiApplication.TOKEN_SCHEME))
@SecurityScheme(securitySchemeName = ApiApplication.TOKEN_SCHEME, type = SecuritySchemeType.HTTP,
        scheme = "bearer", description = "A personal API token, shown once when made on the 'API tokens' page.")
public class ApiApplication extends Application {

    public static final String ROOT = "/api/v1";
    public static final String TOKEN_SCHEME = "apiToken";
}
