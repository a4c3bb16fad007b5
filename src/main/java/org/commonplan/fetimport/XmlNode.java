package org.commonplan.fetimport;

import java.util.List;
import java.util.Map;

/**
 * One element of a FET file with the line it starts on, so that a problem can name where it is.
 *
 * @param name       the element's tag, e.g. {@code Activity}
 * @param line       the 1-based line of its start tag
 * @param text       its own text, trimmed ("" when none)
 * @param raw        its own text as written, for an element without children ("" otherwise)
 * @param children   its child elements in file order
 * @param attributes its attributes (FET uses one: the root's {@code version})
 */
record XmlNode(String name, int line, String text, String raw, List<XmlNode> children,
        Map<String, String> attributes) {

    XmlNode {
        children = List.copyOf(children);
        attributes = Map.copyOf(attributes);
    }

    /** The first child of that name, or null. */
    XmlNode child(String childName) {
        for (XmlNode child : children) {
            if (child.name.equals(childName)) {
                return child;
            }
        }
        return null;
    }

    List<XmlNode> children(String childName) {
        return children.stream().filter(child -> child.name.equals(childName)).toList();
    }

    /**
     * The trimmed text of the first child of that name; null when there is no such child or it is empty. A text
     * of spaces only is kept as written: FET accepts it as a name.
     */
    String text(String childName) {
        XmlNode child = child(childName);
        return child == null ? null : child.value();
    }

    /** The texts of every child of that name that is not empty, as {@link #text(String)} reads them. */
    List<String> texts(String childName) {
        return children.stream().filter(child -> child.name.equals(childName)).map(XmlNode::value)
                .filter(value -> value != null).toList();
    }

    private String value() {
        return !text.isEmpty() ? text : raw.isEmpty() ? null : raw;
    }
}
