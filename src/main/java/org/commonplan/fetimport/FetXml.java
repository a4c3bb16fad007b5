package org.commonplan.fetimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.commonplan.fetimport.FetImportException.FetProblem;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a FET file into a tree of {@link XmlNode}s with the JDK's own parser, with secure processing on and no
 * document type, so that no external entity or file is ever read.
 */
final class FetXml {

    private FetXml() {
    }

    /** The root element, {@code fet}; a file that is not well-formed XML or not a FET file is a problem. */
    static XmlNode parse(String fileName, byte[] bytes) throws FetImportException {
        return parse(fileName, bytes, "fet", "a FET file");
    }

    /** The root element, which must be {@code rootName}; {@code what} names the kind of file in a problem. */
    static XmlNode parse(String fileName, byte[] bytes, String rootName, String what) throws FetImportException {
        TreeBuilder builder = new TreeBuilder();
        try {
            parser().parse(new InputSource(new ByteArrayInputStream(bytes)), builder);
        } catch (SAXParseException e) {
            throw new FetImportException(new FetProblem(fileName, Math.max(e.getLineNumber(), 0), null,
                    "not well-formed XML: " + e.getMessage()));
        } catch (SAXException | IOException e) {
            throw new FetImportException(new FetProblem(fileName, 0, null, "the file cannot be read as XML: "
                    + e.getMessage()));
        }
        XmlNode root = builder.root;
        if (root == null || !root.name().equals(rootName)) {
            throw new FetImportException(new FetProblem(fileName, root == null ? 0 : root.line(), null,
                    "not " + what + ": the root element is " + (root == null ? "missing" : "<" + root.name() + ">")
                            + ", not <" + rootName + ">"));
        }
        return root;
    }

    private static SAXParser parser() throws SAXException {
        // The JDK's built-in parser, not whichever one a library on the class path registers.
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setXIncludeAware(false);
            factory.setNamespaceAware(false);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return parser;
        } catch (ParserConfigurationException e) {
            throw new SAXException("the XML parser cannot be configured securely: " + e.getMessage(), e);
        }
    }

    /** Builds the tree as the parser reports elements, keeping each element's start line. */
    private static final class TreeBuilder extends DefaultHandler {

        private record Open(String name, int line, StringBuilder text, List<XmlNode> children,
                Map<String, String> attributes) {
        }

        private final Deque<Open> open = new ArrayDeque<>();
        private Locator locator;
        private XmlNode root;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < attributes.getLength(); i++) {
                values.put(attributes.getQName(i), attributes.getValue(i));
            }
            open.push(new Open(qName, locator == null ? 0 : locator.getLineNumber(), new StringBuilder(),
                    new ArrayList<>(), values));
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().text().append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            Open element = open.pop();
            String raw = element.children().isEmpty() ? element.text().toString() : "";
            XmlNode node = new XmlNode(element.name(), element.line(), element.text().toString().strip(), raw,
                    element.children(), element.attributes());
            if (open.isEmpty()) {
                root = node;
            } else {
                open.peek().children().add(node);
            }
        }
    }
}
