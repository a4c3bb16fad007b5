package org.commonplan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.commonplan.bundle.TestBundles;
import org.commonplan.domain.School;
import org.commonplan.domain.TeamMeeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's headline figures: over all teaching staff, with the figures of the teachers on teams beside. */
class CollaborationReportTest {

    @TempDir
    Path dir;

    @Test
    void figuresPerTeacherCountEveryTeachingStaffMemberWithTheTeamMembersBeside() throws IOException {
        // Ana and Ben meet 50 minutes a week (30 hours a year); Cy teaches and Hana has a homeroom class, both on
        // no team; Dee, the counsellor, neither teaches nor meets and is not teaching staff.
        School school = read(Map.of(
                "bell_schedule.csv", "day,period,start,end\nMON,P1,08:00,08:50\nMON,P2,08:55,09:45\n"
                        + "MON,P3,09:50,10:40\n",
                "teachers.csv", "id,name,homeroom\na,Ana,\nb,Ben,\nc,Cy,\nh,Hana,1A\nd,Dee,\n",
                "groups.csv", "id,size\n1A,20\n",
                "rooms.csv", "id,capacity\nR1,30\n",
                "sections.csv", "id,course,teacher,family\nA1,CA,a,SINGLE\nC1,CC,c,SINGLE\n",
                "teams.csv", "id,kind,members,meetings_per_week\nT,GRADE,a;b,1\n"));
        TeamMeeting meeting = school.getMeetings().get(0);
        meeting.setBlock(school.getBellSchedule().block("MON-P3"));

        CollaborationReport.Summary summary = CollaborationReport.of(school).summary();

        assertThat(summary.teachers()).isEqualTo(5);
        assertThat(summary.staff()).isEqualTo(4);
        assertThat(summary.teachersOnTeams()).isEqualTo(2);
        assertThat(summary.staffOnNoTeam()).isEqualTo(2);
        assertThat(summary.meanCollaborativeMinutesAllStaff()).isEqualTo(25.0);
        assertThat(summary.minCollaborativeMinutesAllStaff()).isZero();
        assertThat(summary.meanCollaborativeMinutes()).isEqualTo(50.0);
        assertThat(summary.minCollaborativeMinutes()).isEqualTo(50);
        assertThat(summary.meanPdHoursPerYearAllStaff()).isEqualTo(15.0);
        assertThat(summary.atPdThresholdAllStaff()).isEqualTo(2);
        assertThat(summary.shareAtPdThresholdAllStaff()).isEqualTo(0.5);
        assertThat(summary.meanPdHoursPerTeacherYear()).isEqualTo(30.0);
        assertThat(summary.teachersOnTeamsAtPdThreshold()).isEqualTo(2);
        assertThat(summary.shareOfTeachersAtPdThreshold()).isEqualTo(1.0);
    }

    private School read(Map<String, String> files) throws IOException {
        return TestBundles.read(dir, Map.of("settings.csv", "key,value\nmin_planning_minutes_per_week,0\n"), files);
    }
}
