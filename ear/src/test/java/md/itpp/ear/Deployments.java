package md.itpp.ear;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import md.itpp.quickstart.DemoData;
import md.itpp.testkit.FacesHttp;
import md.itpp.testkit.ObjectiveFixture;

/**
 * The deployment under test is the real EAR the build produced, not an archive assembled for
 * the test. Only the demo data (which the release EAR never contains) and test probes are added
 * to its EJB module, where the persistence unit is visible, and the test classes and the test
 * kit to its web module.
 */
public final class Deployments {

    public static final String WEB_MODULE = "itpp-web.war";
    public static final String EJB_MODULE = "itpp-persistence.jar";

    private Deployments() {
    }

    public static EnterpriseArchive releaseEarWithDemoData(Class<?>... testClasses) {
        return releaseEarWithDemoData(new Class<?>[0], testClasses);
    }

    public static EnterpriseArchive releaseEarWithDemoData(Class<?>[] ejbModuleClasses,
                                                           Class<?>... testClasses) {
        EnterpriseArchive ear = ShrinkWrap.create(ZipImporter.class, "itpp.ear")
                .importFrom(new File(System.getProperty("it.ear")))
                .as(EnterpriseArchive.class);
        JavaArchive ejb = ear.getAsType(JavaArchive.class, EJB_MODULE);
        ejb.addPackage(DemoData.class.getPackage());
        ejb.addClasses(ejbModuleClasses);
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.addClasses(testClasses);
        // The test kit, for the test classes that run in the server.
        web.addClasses(FacesHttp.class, ObjectiveFixture.class);
        return ear;
    }

    /**
     * Gives the tests' run-as beans (in the web module) a principal per role. Payara maps
     * group X to role X by default, but computes no principal for a run-as role without an
     * explicit mapping; the mapping written here is the default one, spelled out.
     */
    public static EnterpriseArchive withRunAsPrincipals(EnterpriseArchive ear) {
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.addAsWebInfResource("services/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml");
        web.addAsWebInfResource("services/glassfish-web.xml", "glassfish-web.xml");
        return ear;
    }
}
