package md.itpp.ear;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import md.itpp.quickstart.DemoData;

/**
 * The deployment under test is the real EAR the build produced, not an archive assembled for
 * the test. Only the test's own classes and the demo data (which the release EAR never
 * contains) are added to its web module.
 */
public final class Deployments {

    public static final String WEB_MODULE = "itpp-web.war";

    private Deployments() {
    }

    public static EnterpriseArchive releaseEarWithDemoData(Class<?>... testClasses) {
        EnterpriseArchive ear = ShrinkWrap.create(ZipImporter.class, "itpp.ear")
                .importFrom(new File(System.getProperty("it.ear")))
                .as(EnterpriseArchive.class);
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.addPackage(DemoData.class.getPackage());
        web.addClasses(testClasses);
        return ear;
    }
}
