package io.switchboard.stack.deploy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.NodeList;

/** Reads one element's text from a request body the SDK sent. */
final class XmlBody {

    private XmlBody() { }

    /** The text of the only element with this local name; fails when there is not exactly one. */
    static String text(String xml, String localName) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList nodes = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                    .getElementsByTagNameNS("*", localName);
            if (nodes.getLength() != 1) {
                throw new AssertionError("expected one <" + localName + "> in " + xml);
            }
            return nodes.item(0).getTextContent();
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("not XML: " + xml, e);
        }
    }
}
