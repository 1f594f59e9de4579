package md.itpp.ear.network;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads a Payara Server domain.xml and lists every setting that would let the server reach
 * beyond the loopback interface. Payara reads phone home and the Data Grid per config: an
 * element at domain level is ignored, and a config without one phones home at every start.
 */
final class DomainNetworkSettings {

    private static final String SERVER_CONFIG = "/domain/configs/config[@name='server-config']";

    private DomainNetworkSettings() {
    }

    /** Every problem found, in words; empty when the domain keeps to loopback. */
    static List<String> problems(Path domainXml) throws IOException {
        try (InputStream in = Files.newInputStream(domainXml)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return problems(factory.newDocumentBuilder().parse(in));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read " + domainXml, e);
        }
    }

    private static List<String> problems(Document domain) {
        List<String> problems = new ArrayList<>();
        XPath xpath = XPathFactory.newInstance().newXPath();
        try {
            NodeList phoneHome = (NodeList) xpath.evaluate(SERVER_CONFIG + "/phone-home-runtime-configuration",
                    domain, XPathConstants.NODESET);
            if (phoneHome.getLength() == 0) {
                problems.add("server-config has no phone-home-runtime-configuration: phone home is on");
            }
            for (int i = 0; i < phoneHome.getLength(); i++) {
                if (!"false".equals(((Element) phoneHome.item(i)).getAttribute("enabled"))) {
                    problems.add("server-config's phone-home-runtime-configuration is not enabled=\"false\"");
                }
            }
            String hazelcast = xpath.evaluate(SERVER_CONFIG + "/hazelcast-config-specific-configuration/@enabled", domain);
            if (!"false".equals(hazelcast)) {
                problems.add("server-config's Hazelcast (Data Grid) is not enabled=\"false\"");
            }
            NodeList bound = (NodeList) xpath.evaluate(SERVER_CONFIG
                    + "//*[self::network-listener or self::iiop-listener or self::jmx-connector]",
                    domain, XPathConstants.NODESET);
            if (bound.getLength() == 0) {
                problems.add("server-config declares no listeners");
            }
            for (int i = 0; i < bound.getLength(); i++) {
                Element listener = (Element) bound.item(i);
                String address = listener.getAttribute("address");
                if (!address.startsWith("127.")) {
                    problems.add(listener.getTagName() + " " + listener.getAttribute("name") + listener.getAttribute("id")
                            + " is bound to " + (address.isEmpty() ? "every interface" : address));
                }
            }
        } catch (XPathExpressionException e) {
            throw new IllegalStateException(e);
        }
        return problems;
    }
}
