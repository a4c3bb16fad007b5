package org.commonplan.fetimport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.commonplan.fetimport.FetImportException.FetProblem;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The FET file reduced to the constraints the import maps: the original XML with every constraint the import
 * dropped taken out, and everything else as FET wrote it (approximated constraints stay as FET has them). FET run
 * on it solves the problem the bundle states, as near as FET can state it.
 */
public final class MappedFet {

    /** The name the reduced file gets beside the bundle's files: the FET file's name with this before .fet. */
    public static final String SUFFIX = "-mapped";

    private MappedFet() {
    }

    /** The reduced file's name for a FET file's name: {@code school.fet} → {@code school-mapped.fet}. */
    public static String fileName(String fetFileName) {
        int dot = fetFileName.lastIndexOf('.');
        return (dot > 0 ? fetFileName.substring(0, dot) : fetFileName) + SUFFIX + ".fet";
    }

    /**
     * The file without the constraints at these positions, counted as the import counts them: the children of
     * Time_Constraints_List, then those of Space_Constraints_List.
     */
    public static byte[] without(String fileName, byte[] fet, List<Integer> dropped) throws FetImportException {
        Document document = parse(fileName, fet);
        Set<Integer> remove = new HashSet<>(dropped);
        List<Element> constraints = new ArrayList<>();
        constraints.addAll(children(first(document.getDocumentElement(), "Time_Constraints_List")));
        constraints.addAll(children(first(document.getDocumentElement(), "Space_Constraints_List")));
        for (int i = 0; i < constraints.size(); i++) {
            if (remove.contains(i)) {
                Element constraint = constraints.get(i);
                Node before = constraint.getPreviousSibling();
                // The line it stood on goes with it.
                if (before != null && before.getNodeType() == Node.TEXT_NODE && before.getTextContent().isBlank()) {
                    before.getParentNode().removeChild(before);
                }
                constraint.getParentNode().removeChild(constraint);
            }
        }
        try {
            Transformer transformer = TransformerFactory.newDefaultInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            // The declaration as FET writes it, on a line of its own.
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            ByteArrayOutputStream out = new ByteArrayOutputStream(fet.length);
            out.writeBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n".getBytes(StandardCharsets.UTF_8));
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("the reduced FET file cannot be written: " + e.getMessage(), e);
        }
    }

    private static Document parse(String fileName, byte[] fet) throws FetImportException {
        try {
            // The JDK's own parser, as secure as the import's: no document type, no external entity.
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            // Fatal errors are thrown, not printed.
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new ByteArrayInputStream(fet));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be configured securely: " + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            // The import has read the same bytes already; this is only reached for bytes it did not read.
            throw new FetImportException(new FetProblem(fileName, 0, null, "not well-formed XML: "
                    + e.getMessage()));
        }
    }

    private static Element first(Element parent, String name) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        if (parent != null) {
            for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element) {
                    elements.add(element);
                }
            }
        }
        return elements;
    }
}
