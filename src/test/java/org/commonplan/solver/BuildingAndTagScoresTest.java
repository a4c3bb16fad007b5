package org.commonplan.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import ai.timefold.solver.core.config.solver.EnvironmentMode;

import org.commonplan.domain.BuildingLimits;
import org.commonplan.domain.School;
import org.commonplan.domain.Section;
import org.commonplan.domain.TagLimit;
import org.commonplan.domain.Teacher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow: runs only with -Dcommonplan.fullAssert=true. small-middle spread over two buildings, its sections tagged,
 * with limits on building changes and tagged lessons: every move's score is recalculated from scratch in every
 * phase, so the building and tag rules' incremental tallies are checked against a full recount.
 */
class BuildingAndTagScoresTest {

    @Test
    @EnabledIfSystemProperty(named = "commonplan.fullAssert", matches = "true")
    void fullAssertFindsNoScoreCorruptionWithBuildingsAndTags(@TempDir Path folder) throws Exception {
        School school = SolverTestSupport.smallMiddleInBuildings(folder);
        List<Teacher> teachers = school.getTeachers();
        for (int i = 0; i < teachers.size(); i++) {
            teachers.get(i).setBuildingLimits(new BuildingLimits(i % 2, 3, 1));
            teachers.get(i).setTagLimits(List.of(new TagLimit("CORE", 1, 1)));
        }
        school.getGroups().forEach(group -> group.setBuildingLimits(new BuildingLimits(1, 3, 1)));
        List<Section> sections = school.getSections();
        for (int i = 0; i < sections.size(); i++) {
            sections.get(i).setTags(i % 2 == 0 ? List.of("CORE") : List.of());
        }

        School solved = ScheduleSolver.solve(school, SolverTestSupport.everyPhase(15, EnvironmentMode.FULL_ASSERT),
                null);

        assertThat(solved.getScore()).isNotNull();
    }
}
