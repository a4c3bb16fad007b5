package org.commonplan.fetimport;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Turns FET names (which may hold spaces, ';', '#' and any punctuation) into bundle ids: letters and digits of
 * any script, '_', '.' and '-' are kept, every other run of characters becomes one '_', and an id never starts
 * with a character a spreadsheet would take for a formula. Each kind of thing has its own namespace; two names
 * that clean up alike get {@code _2}, {@code _3}, ...
 */
final class Ids {

    private final Map<String, Map<String, String>> idByName = new HashMap<>();
    private final Map<String, Set<String>> used = new HashMap<>();
    /** "kind: FET name" → id, for the names that had to change. */
    private final Map<String, String> renamed = new LinkedHashMap<>();

    /** The id of {@code name} among things of {@code kind}, the same every time it is asked. */
    String id(String kind, String name) {
        Map<String, String> byName = idByName.computeIfAbsent(kind, key -> new HashMap<>());
        String known = byName.get(name);
        if (known != null) {
            return known;
        }
        Set<String> taken = used.computeIfAbsent(kind, key -> new HashSet<>());
        String base = clean(name);
        String id = base;
        for (int n = 2; !taken.add(id); n++) {
            id = base + "_" + n;
        }
        byName.put(name, id);
        if (!id.equals(name)) {
            renamed.put(kind + ": " + name, id);
        }
        return id;
    }

    /** Reserves an id that the import makes up itself, so that no FET name is given it. */
    String reserve(String kind, String wanted) {
        Set<String> taken = used.computeIfAbsent(kind, key -> new HashSet<>());
        String id = wanted;
        for (int n = 2; !taken.add(id); n++) {
            id = wanted + "_" + n;
        }
        return id;
    }

    Map<String, String> renamed() {
        return renamed;
    }

    /**
     * A name or other text cell as written, without the characters the bundle reader refuses in every cell
     * (control characters, bidirectional controls): each becomes a space.
     */
    static String text(String name) {
        StringBuilder text = new StringBuilder();
        name.codePoints().forEach(c -> text.appendCodePoint(Character.getType(c) == Character.CONTROL
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 ? ' ' : c));
        return text.toString().strip();
    }

    static String clean(String name) {
        StringBuilder id = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            boolean keep = Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-'
                    || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
            if (keep) {
                if (gap && !id.isEmpty()) {
                    id.append('_');
                }
                gap = false;
                id.appendCodePoint(c);
            } else {
                gap = true;
            }
        }
        // A leading '-' would be written as '- by the spreadsheet-safe CSV writer and no longer match.
        while (!id.isEmpty() && (id.charAt(0) == '-' || id.charAt(0) == '.' || id.charAt(0) == '_')) {
            id.deleteCharAt(0);
        }
        return id.isEmpty() ? "x" : id.toString();
    }
}
