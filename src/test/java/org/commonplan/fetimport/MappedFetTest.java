package org.commonplan.fetimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.commonplan.fetimport.FetImporter.Imported;
import org.junit.jupiter.api.Test;

/** The FET file reduced to the constraints the import maps, for a small file written here. */
class MappedFetTest {

    /** FET's MaxDaysBetweenActivities: CommonPlan has no such rule yet, so the import drops it. */
    private static final String MAX_DAYS = "<ConstraintMaxDaysBetweenActivities><Weight_Percentage>100"
            + "</Weight_Percentage><Number_of_Activities>2</Number_of_Activities><Activity_Id>6</Activity_Id>"
            + "<Activity_Id>7</Activity_Id><MaxDays>2</MaxDays><Active>true</Active>"
            + "</ConstraintMaxDaysBetweenActivities>\n";
    /** Inactive, so dropped. */
    private static final String INACTIVE = FetSpreadImportTest.minDays(100, 3, 4, 5)
            .replace("<MinDays>", "<Active>false</Active><MinDays>");

    @Test
    void theReducedFileHasEveryConstraintButTheDroppedOnesAndImportsToTheSameBundle() throws Exception {
        String fet = FetSpreadImportTest.school(FetSpreadImportTest.minDays(95, 1, 1, 2, 3) + MAX_DAYS + INACTIVE
                + FetSpreadImportTest.minDays(100, 1, 4, 5));
        Imported imported = FetSpreadImportTest.imported(fet);
        assertThat(imported.translation().droppedConstraints()).as("positions among the time constraints")
                .containsExactly(2, 3);

        byte[] reduced = MappedFet.without("spread.fet", fet.getBytes(StandardCharsets.UTF_8),
                imported.translation().droppedConstraints());

        String text = new String(reduced, StandardCharsets.UTF_8);
        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<fet version=\"6.8.5\">")
                .doesNotContain("ConstraintMaxDaysBetweenActivities", "<MinDays>3</MinDays>")
                .contains("<ConstraintBasicCompulsoryTime>", "<MinDays>1</MinDays>", "<Institution_Name>Spread "
                        + "School</Institution_Name>");
        assertThat(text.split("<ConstraintMinDaysBetweenActivities>", -1)).hasSize(3);
        Imported again = FetImporter.importFet("spread.fet", reduced, FetImporter.Options.defaults());
        assertThat(again.summary().dropped()).isZero();
        assertThat(again.summary().mapped()).isEqualTo(imported.summary().mapped());
        for (Map.Entry<String, byte[]> file : imported.files().entrySet()) {
            if (file.getKey().endsWith(".csv")) {
                assertThat(again.files().get(file.getKey())).as(file.getKey()).isEqualTo(file.getValue());
            }
        }
    }

    @Test
    void aFileWithNothingDroppedKeepsEveryElement() throws Exception {
        String fet = FetSpreadImportTest.school(FetSpreadImportTest.minDays(100, 1, 4, 5));

        byte[] reduced = MappedFet.without("spread.fet", fet.getBytes(StandardCharsets.UTF_8),
                FetSpreadImportTest.imported(fet).translation().droppedConstraints());

        assertThat(new String(reduced, StandardCharsets.UTF_8).replaceAll("\\s", ""))
                .isEqualTo(fet.replaceAll("\\s", ""));
    }

    @Test
    void theReducedFileIsNamedAfterTheOriginal() {
        assertThat(MappedFet.fileName("Hopwood.fet")).isEqualTo("Hopwood-mapped.fet");
        assertThat(MappedFet.fileName("school.v2.fet")).isEqualTo("school.v2-mapped.fet");
    }
}
