package io.switchboard.flows.ssml;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Parses SSML as Amazon Connect/Polly expects it: well-formed XML whose root is {@code <speak>}. */
public final class Ssml {

    private Ssml() {
    }

    /** The parsed document; throws {@link InvalidSsmlException} with a readable reason otherwise. */
    public static Document parse(String ssml) {
        Document document;
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // keep the parser from printing to stderr
            document = builder.parse(new InputSource(new StringReader(ssml)));
        } catch (SAXException e) {
            throw new InvalidSsmlException("SSML is not well-formed XML: " + e.getMessage());
        } catch (IOException | ParserConfigurationException e) {
            throw new InvalidSsmlException("SSML could not be read: " + e.getMessage());
        }
        String root = document.getDocumentElement().getNodeName();
        if (!"speak".equals(root)) {
            throw new InvalidSsmlException("SSML root element must be <speak>, found <" + root + ">");
        }
        return document;
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // Prompts can come from Lambda output: never resolve DTDs or external entities.
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        return factory;
    }
}
