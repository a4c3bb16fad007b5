package org.commonplan.fetimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.commonplan.bundle.BundleReader;
import org.commonplan.domain.Lesson;
import org.commonplan.domain.School;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Real schools from FET's own examples (the Debian/Ubuntu package fet-data; scripts/install-test-deps.sh installs
 * it): each imports, validates, and keeps its activities, teachers, student sets, rooms and locked times. The
 * expected figures are counted here from the FET file with the JDK's DOM, not with the importer's reader.
 */
@EnabledIf("examplesInstalled")
class FetExamplesTest {

    static final Path EXAMPLES = Path.of("/usr/share/doc/fet-data/examples");

    @TempDir
    Path dir;

    static boolean examplesInstalled() {
        return Files.isDirectory(EXAMPLES);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "FET-5-official/Greece/Didymoteicho/6th-Primary-School.fet",
            "FET-5-official/Spain/3-school/primaria.fet",
            "FET-5-official/Namibia/by-Bobby/set-7-2016/NamibiaPSY16T1f.fet",
            "FET-5-official/Germany/secondary-school-2/GYR.fet",
            "FET-5-official/Italy/2007/simple/simpler-Italian.fet",
            "FET-6-official/South-Africa/Western-Cape/Robertson/MHS_July2.fet"})
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aRealSchoolImportsAndValidatesWithEveryActivityALesson(String example) throws Exception {
        Path file = EXAMPLES.resolve(example);
        Expected expected = Expected.count(file);

        FetImporter.Imported imported = FetImporter.importFet(file.getFileName().toString(), Files.readAllBytes(file),
                FetImporter.Options.defaults());
        Path bundle = dir.resolve("bundle");
        NewFolder.write(imported.files(), bundle);
        School school = BundleReader.read(bundle);

        assertThat(school.getLessons()).as("one lesson per active activity").hasSize(expected.activeActivities);
        assertThat(school.getLessons().stream().mapToInt(lesson -> lesson.getSection().getAllowedBlocks().get(0)
                .getTimeslots().size()).sum())
                .as("the hours of every active activity").isEqualTo(expected.activeHours);
        assertThat(school.getTeachers().stream().filter(teacher -> !teacher.getId().startsWith("unstaffed-")))
                .as("every FET teacher").hasSize(expected.teachers);
        assertThat(school.getTeachers()).as("and the placeholders of sections without a teacher")
                .hasSize(expected.teachers + imported.summary().placeholderTeachers());
        assertThat(school.getGroups()).as("one group per subgroup, or per group or year not divided")
                .hasSize(expected.atoms);
        assertThat(school.getRooms().stream().filter(room -> !room.getKind().equals(FetImporter.NO_ROOM_KIND)))
                .as("every FET room").hasSize(expected.rooms);
        assertThat(school.getLessons().stream().filter(lesson -> lesson.getLockedBlock() != null))
                .as("a locked lesson per locked activity").hasSize(expected.lockedActivities);
        assertThat(school.getLessons().stream().filter(Lesson::isPinned).map(Lesson::getLockedRoom))
                .doesNotContainNull();
        assertThat(imported.summary().constraints()).isEqualTo(expected.constraints);
    }

    /** What a FET file holds, counted with the JDK's DOM. */
    private record Expected(int activeActivities, int activeHours, int teachers, int atoms, int rooms,
            int lockedActivities, int constraints) {

        static Expected count(Path file) throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(file.toFile());
            Element root = document.getDocumentElement();
            Map<String, Integer> durationById = new HashMap<>();
            int hours = 0;
            for (Element activity : elements(root, "Activity")) {
                if (!"false".equals(text(activity, "Active"))) {
                    int duration = Integer.parseInt(text(activity, "Duration"));
                    durationById.put(text(activity, "Id"), duration);
                    hours += duration;
                }
            }
            Set<String> atoms = new HashSet<>();
            for (Element year : elements(root, "Year")) {
                List<Element> groups = children(year, "Group");
                if (groups.isEmpty()) {
                    atoms.add(text(year, "Name"));
                }
                for (Element group : groups) {
                    List<Element> subgroups = children(group, "Subgroup");
                    if (subgroups.isEmpty()) {
                        atoms.add(text(group, "Name"));
                    }
                    subgroups.forEach(subgroup -> atoms.add(text(subgroup, "Name")));
                }
            }
            int locked = 0;
            for (Element constraint : elements(root, "ConstraintActivityPreferredStartingTime")) {
                if (Double.parseDouble(text(constraint, "Weight_Percentage")) == 100
                        && !"false".equals(text(constraint, "Active"))
                        && durationById.containsKey(text(constraint, "Activity_Id"))
                        && text(constraint, "Preferred_Day") != null && text(constraint, "Preferred_Hour") != null) {
                    locked++;
                }
            }
            int constraints = children(first(root, "Time_Constraints_List"), null).size()
                    + children(first(root, "Space_Constraints_List"), null).size();
            return new Expected(durationById.size(), hours, children(first(root, "Teachers_List"), "Teacher").size(),
                    atoms.size(), children(first(root, "Rooms_List"), "Room").size(), locked, constraints);
        }

        private static List<Element> elements(Element root, String name) {
            NodeList nodes = root.getElementsByTagName(name);
            List<Element> elements = new java.util.ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                elements.add((Element) nodes.item(i));
            }
            return elements;
        }

        private static Element first(Element root, String name) {
            return elements(root, name).get(0);
        }

        /** Child elements, all of them when {@code name} is null. */
        private static List<Element> children(Element parent, String name) {
            List<Element> children = new java.util.ArrayList<>();
            for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element && (name == null || element.getTagName().equals(name))) {
                    children.add(element);
                }
            }
            return children;
        }

        private static String text(Element parent, String name) {
            List<Element> found = children(parent, name);
            if (found.isEmpty()) {
                return null;
            }
            String text = found.get(0).getTextContent().strip();
            return text.isEmpty() ? null : text;
        }
    }
}
