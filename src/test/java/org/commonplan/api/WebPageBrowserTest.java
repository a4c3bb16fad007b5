package org.commonplan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.opencsv.CSVReader;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The scheduler's web page in a real browser (Debian's headless chromium through chromedriver) against the real
 * server: one browser for the class, one short solve made through the API for the tests that read a schedule. Each
 * test saves a screenshot under target/web-page/ and fails if the page asked anything of another server.
 */
@SpringBootTest(classes = ServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class WebPageBrowserTest {

    private static final Duration WAIT = HeadlessChromium.WAIT;
    private static final Path SCREENSHOTS = Path.of("target", "web-page");

    @LocalServerPort
    int port;

    private HeadlessChromium chromium;
    private WebDriver browser;
    private Path downloads;
    private ApiClient api;
    /** small-elementary solved through the API, to its first schedule that keeps every hard rule. */
    private String solved;
    /** high-xl-planted, 300 teachers, solved to its first feasible schedule. */
    private String large;

    @BeforeAll
    void startBrowserAndSolve() throws IOException {
        chromium = HeadlessChromium.start(port);
        browser = chromium.browser;
        downloads = chromium.downloads;
        api = new ApiClient(port);
        solved = ApiClient.idOf(api.postZip("/api/v1/schedules?timeLimit=30s&stopWhen=feasible&name=Maple",
                ApiClient.datasetZip("small-elementary")));
        large = ApiClient.idOf(api.postZip("/api/v1/schedules?timeLimit=60s&stopWhen=feasible&name=XL",
                ApiClient.datasetZip("high-xl-planted")));
        api.awaitFinished(solved, WAIT);
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** A screenshot of every test, and no request to any other server. */
    @AfterEach
    void screenshotAndOnlyThisServer(TestInfo test) throws IOException {
        chromium.screenshot(test.getTestMethod().orElseThrow().getName());
        chromium.assertOnlyThisServer();
    }

    @Test
    void anUploadedSchoolIsSummarised() {
        open("/");
        List<String> paths = ApiClient.datasetFiles("small-elementary").keySet().stream()
                .map(name -> Path.of("datasets", "small-elementary", name).toAbsolutePath().toString()).toList();
        browser.findElement(By.id("files")).sendKeys(String.join("\n", paths));
        browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        WebElement summary = waitFor(By.id("summary"));
        assertThat(summary.getText()).contains("Teachers\n14").contains("Sections\n46").contains("Teams\n4");
        assertThat(text("message")).contains("OK");
    }

    @Test
    void aBrokenSchoolListsEveryProblemInATable() throws IOException {
        Path broken = Files.createTempDirectory("broken-school-");
        for (Map.Entry<String, byte[]> file : ApiClient.datasetFiles("small-elementary").entrySet()) {
            Files.write(broken.resolve(file.getKey()), file.getValue());
        }
        String sections = Files.readString(broken.resolve("sections.csv"))
                .replace("PE-KA,PE-K,pe,thompson", "PE-KA,PE-K,pe,nobody");
        Files.writeString(broken.resolve("sections.csv"), sections);
        open("/");
        try (Stream<Path> files = Files.list(broken)) {
            browser.findElement(By.id("files")).sendKeys(String.join("\n",
                    files.map(file -> file.toAbsolutePath().toString()).sorted().toList()));
        }
        browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        WebElement errors = waitFor(By.cssSelector("table.errors"));
        List<WebElement> firstRow = errors.findElements(By.cssSelector("tbody tr:first-child td"));
        assertThat(firstRow.get(0).getText()).isEqualTo("sections.csv");
        assertThat(firstRow.get(1).getText()).isEqualTo("2");
        assertThat(firstRow.get(2).getText()).isEqualTo("teacher");
        assertThat(firstRow.get(3).getText()).contains("nobody");
        assertThat(browser.findElement(By.id("message")).getAttribute("class")).contains("error");
    }

    @Test
    void aSchoolNoScheduleCanGiveInFullShowsWhy() throws IOException {
        Path school = Files.createTempDirectory("unschedulable-school-");
        for (Map.Entry<String, byte[]> file : ApiClient.datasetFiles("small-elementary").entrySet()) {
            Files.write(school.resolve(file.getKey()), file.getValue());
        }
        // The PE teacher away four days of five cannot teach PE's 18 lessons a week.
        String teachers = Files.readString(school.resolve("teachers.csv"));
        String thompson = teachers.lines().filter(line -> line.startsWith("thompson,")).findFirst().orElseThrow();
        Files.writeString(school.resolve("teachers.csv"), teachers.replace(thompson,
                thompson.substring(0, thompson.lastIndexOf(',') + 1) + "MON;TUE;WED;THU"));
        open("/");
        try (Stream<Path> files = Files.list(school)) {
            browser.findElement(By.id("files")).sendKeys(String.join("\n",
                    files.map(file -> file.toAbsolutePath().toString()).sorted().toList()));
        }
        browser.findElement(By.cssSelector("#upload-form button[type=submit]")).click();
        WebElement causes = waitFor(By.cssSelector("table.causes"));
        assertThat(causes.getText()).contains("teacher-time").contains("thompson");
        assertThat(text("message")).contains("CANNOT BE SCHEDULED IN FULL");
    }

    @Test
    void aBundledSchoolSolvesToTheEndWithItsProgressShown() {
        open("/");
        new Select(browser.findElement(By.id("dataset"))).selectByValue("small-elementary");
        browser.findElement(By.cssSelector("#dataset-form button")).click();
        waitFor(By.id("go-solve")).click();
        WebElement limit = waitFor(By.id("time-limit"));
        limit.clear();
        limit.sendKeys("2s");
        browser.findElement(By.id("solve-start")).click();
        new WebDriverWait(browser, WAIT).until(d -> figure("Status").equals("DONE")
                && d.findElement(By.id("week")).getAttribute("data-loaded") != null);
        assertThat(figure("Lessons placed")).isEqualTo("66 of 66");
        assertThat(figure("Best score")).matches("-?\\d+hard/-?\\d+medium/-?\\d+soft");
        assertThat(browser.findElements(By.cssSelector("#score-chart svg path.line"))).hasSize(2);
        assertThat(browser.getCurrentUrl()).contains("/ui/schedules/");
    }

    @Test
    void aTeachersAndAClasssGridShowALessonWhereTheCsvPutsIt() {
        Map<String, String> lesson = firstLesson();
        List<String[]> cells = cellsOf(lesson.get("block"));
        open("/ui/schedules/" + solved + "?by=teacher&id=" + lesson.get("teacher"));
        assertLessonIn(cells, lesson);
        String group = lesson.get("groups").split(";")[0];
        open("/ui/schedules/" + solved + "?by=group&id=" + group);
        assertThat(waitFor(By.cssSelector("table.grid caption")).getText()).startsWith("Class: " + group);
        assertLessonIn(cells, lesson);
        double gridMs = ((Number) js("return window.commonplanTimings.gridMs;")).doubleValue();
        assertThat(gridMs).as("milliseconds to draw one grid").isLessThan(1000);
    }

    @Test
    void aLeadersWeekShowsTheirMeetingsReleaseAndObservationsAsTimetableCsvDoes() throws IOException {
        List<String[]> rows = csv(api.get("/api/v1/schedules/" + solved + "/export/timetable.csv").body()).stream()
                .filter(row -> row[0].equals("morales")).toList();
        open("/ui/schedules/" + solved + "?by=teacher&id=morales#week");
        waitFor(By.cssSelector("table.grid[data-id=morales]"));
        int meetings = 0;
        int release = 0;
        for (String[] row : rows) {
            String where = String.join(",", row);
            WebElement cell = browser.findElement(By.cssSelector("table.grid td[data-day='" + row[1]
                    + "'][data-period='" + row[2] + "']"));
            switch (row[5]) {
                case "MEETING" -> {
                    assertThat(cell.findElements(By.cssSelector(".meeting"))).as(where).isNotEmpty();
                    meetings++;
                }
                case "RELEASE" -> {
                    assertThat(cell.getText()).as(where).containsAnyOf("Release", "Observation");
                    release++;
                }
                case "TEACHING" -> assertThat(cell.findElements(By.cssSelector(".lesson .section")))
                        .extracting(WebElement::getText).as(where).contains(row[6]);
                default -> {
                }
            }
        }
        assertThat(meetings).as("G1's meetings in morales's week").isPositive();
        assertThat(release).as("morales's release periods").isPositive();
        assertThat(text("legend")).contains("reading", "team meeting");
        assertReadable();
        // A tablet's width: the page itself does not scroll sideways (the grid may, inside its own box).
        browser.manage().window().setSize(new Dimension(820, 1180));
        try {
            assertThat((Boolean) js("return document.documentElement.scrollWidth <= window.innerWidth;")).isTrue();
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve("tablet-width.png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Test
    void aLockedLessonStaysInPlaceWhenTheScheduleIsResolved() {
        Map<String, String> lesson = firstLesson();
        List<String[]> cells = cellsOf(lesson.get("block"));
        open("/ui/schedules/" + solved + "?by=teacher&id=" + lesson.get("teacher"));
        WebElement button = assertLessonIn(cells, lesson);
        String id = button.getAttribute("data-lesson");
        button.click();
        WebElement locked = waitFor(By.cssSelector("button[data-lesson='" + id + "'][aria-pressed=true]"));
        assertThat(browser.switchTo().activeElement()).as("focus stays on the lesson").isEqualTo(locked);
        assertThat(text("locks")).contains(id);
        WebElement limit = browser.findElement(By.id("resolve-limit"));
        limit.clear();
        limit.sendKeys("1s");
        browser.findElement(By.id("resolve")).click();
        new WebDriverWait(browser, WAIT).until(d -> !d.findElement(By.id("moved")).getText().isBlank()
                && !d.findElement(By.id("moved")).getText().equals("Re-solving..."));
        String resolved = browser.findElement(By.id("week")).getAttribute("data-loaded");
        assertThat(resolved).isNotEqualTo(solved);
        WebElement again = assertLessonIn(cells, lesson);
        assertThat(again.getText()).contains("fixed");
        JsonNode pinned = findLesson(ApiClient.json(api.get("/api/v1/schedules/" + resolved)), id);
        assertThat(pinned.path("pinned").asBoolean()).isTrue();
        assertThat(pinned.path("block").asText()).isEqualTo(lesson.get("block"));
        assertThat(pinned.path("room").asText()).isEqualTo(lesson.get("room"));
    }

    @Test
    void aLessonLockedTimeOnlyKeepsItsBlockAndFreesItsRoomWhenResolved() throws IOException {
        Map<String, String> lesson = secondLessonOfASection();
        List<String[]> cells = cellsOf(lesson.get("block"));
        open("/ui/schedules/" + solved + "?by=teacher&id=" + lesson.get("teacher"));
        WebElement kind = waitFor(By.id("lock-kind"));
        kind.sendKeys("time only");
        assertThat(new Select(kind).getFirstSelectedOption().getAttribute("value")).isEqualTo("time");
        WebElement button = assertLessonIn(cells, lesson);
        String id = button.getAttribute("data-lesson");
        assertThat(id).as("a lesson after the first of its section").endsWith("#2");
        button.click();
        WebElement locked = waitFor(By.cssSelector("button[data-lesson='" + id + "'][aria-pressed=true]"));
        assertThat(browser.switchTo().activeElement()).as("focus stays on the lesson").isEqualTo(locked);
        assertThat(locked.findElement(By.cssSelector(".lock")).getText()).isEqualTo("time locked");
        assertThat(locked.getAttribute("aria-label")).contains("Locked (time only)");
        assertThat(text("locks")).contains(id + " (time only)");
        WebElement limit = browser.findElement(By.id("resolve-limit"));
        limit.clear();
        limit.sendKeys("1s");
        js("window.resolveBodies = []; const send = window.fetch; window.fetch = (url, options) => {"
                + " if (String(url).endsWith('/resolve')) { window.resolveBodies.push(options.body); }"
                + " return send(url, options); };");
        browser.findElement(By.id("resolve")).click();
        new WebDriverWait(browser, WAIT).until(d -> !d.findElement(By.id("moved")).getText().isBlank()
                && !d.findElement(By.id("moved")).getText().equals("Re-solving..."));
        String resolved = browser.findElement(By.id("week")).getAttribute("data-loaded");
        assertThat(resolved).isNotEqualTo(solved);
        JsonNode sent = ApiClient.JSON.readTree(String.valueOf(js("return window.resolveBodies[0];")));
        assertThat(sent.path("pinLessons")).as("nothing pinned whole").isEmpty();
        List<String> entries = List.of(sent.path("fixedBlock").path(lesson.get("section")).asText().split(";", -1));
        assertThat(entries.get(1)).as("the second lesson's entry").isEqualTo(lesson.get("block"));
        assertThat(entries.stream().filter(entry -> !entry.isEmpty())).as("the other lessons stay free").hasSize(1);
        JsonNode kept = findLesson(ApiClient.json(api.get("/api/v1/schedules/" + resolved)), id);
        assertThat(kept.path("block").asText()).isEqualTo(lesson.get("block"));
        assertThat(kept.path("pinned").asBoolean()).as("the room is left to the solver, so not pinned").isFalse();
        JsonNode timetable = ApiClient.json(api.get("/api/v1/schedules/" + resolved + "/timetable"));
        for (JsonNode view : timetable.path("lessons")) {
            if (view.path("id").asText().equals(id)) {
                assertThat(view.path("roomLocked").asBoolean()).as("a time-only lock").isFalse();
            }
        }
    }

    @Test
    void theReportShowsTheFiguresChartsAndTheScoreInWords() throws IOException {
        JsonNode report = ApiClient.json(api.get("/api/v1/schedules/" + solved + "/report"));
        open("/ui/schedules/" + solved + "#report");
        new WebDriverWait(browser, WAIT).until(d -> solved.equals(
                d.findElement(By.id("report-body")).getAttribute("data-loaded")));
        JsonNode summary = report.path("summary");
        assertThat(text("report-figures")).contains("Team meetings placed\n" + summary.path("meetingsScheduled").asInt()
                + " of " + summary.path("meetingsRequested").asInt());
        assertThat(browser.findElements(By.cssSelector("#report-body svg.bars"))).hasSize(2);
        assertThat(browser.findElements(By.cssSelector("#report-body svg.bars rect")).size())
                .isGreaterThanOrEqualTo(report.path("teams").size());
        assertThat(text("rules")).contains("The score, rule by rule");
        assertReadable();
    }

    @Test
    void twoSchedulesAreComparedSideBySide() {
        String copy = ApiClient.idOf(api.postJson("/api/v1/schedules/" + solved + "/resolve",
                "{\"pinAll\":true,\"timeLimit\":\"1s\"}"));
        api.awaitFinished(copy, WAIT);
        open("/#compare");
        // Ticked in this order, so the older schedule is the baseline though the list has the newest first.
        waitFor(By.cssSelector("#compare-choices input[value='" + solved + "']")).click();
        browser.findElement(By.cssSelector("#compare-choices input[value='" + copy + "']")).click();
        browser.findElement(By.cssSelector("#compare-form button")).click();
        WebElement compared = waitFor(By.cssSelector("table.compare"));
        assertThat(compared.findElements(By.cssSelector("thead th"))).extracting(WebElement::getText)
                .containsExactly("Figure", "Maple (" + solved.substring(0, 8) + ")",
                        "Maple (" + copy.substring(0, 8) + ")");
        List<String> moved = compared.findElements(By.xpath(".//tr[td[1]='Moved from the first']/td")).stream()
                .map(WebElement::getText).toList();
        assertThat(moved).as("everything pinned, nothing moves").containsExactly("Moved from the first", "baseline",
                "0 lesson(s)");
        // The compare command's page below, in a frame without scripts.
        WebElement frame = waitFor(By.cssSelector("iframe.comparison"));
        browser.switchTo().frame(frame);
        try {
            String comparison = new WebDriverWait(browser, WAIT).until(d -> {
                String text = d.findElement(By.tagName("body")).getText();
                return text.contains("Summary") ? text : null;
            });
            assertThat(comparison).contains("Maple (" + solved.substring(0, 8) + ")")
                    .contains("Maple (" + copy.substring(0, 8) + ")");
        } finally {
            browser.switchTo().defaultContent();
        }
        ScheduleApiTest.assertProblem(api.get("/api/v1/comparisons?jobs=" + solved), 400);
        ScheduleApiTest.assertProblem(api.get("/api/v1/comparisons?jobs=" + solved + ",no-such-job"), 404);
    }

    @Test
    void thePrintViewHasAPagePerTeacherAndPerClass() {
        open("/ui/schedules/" + solved + "#takeaway");
        waitFor(By.cssSelector("#downloads button"));
        browser.findElement(By.id("print-view")).click();
        waitFor(By.id("print-back"));
        assertThat(browser.findElement(By.tagName("body")).getAttribute("class")).contains("print-view");
        assertThat(browser.findElements(By.cssSelector("#print-area section.page"))).hasSize(14 + 9);
        assertThat(browser.findElement(By.id("main")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector("#print-area button.item"))).as("no buttons in print").isEmpty();
    }

    @Test
    void aTeachersCalendarDownloadsAsWeeklyEvents() throws IOException {
        open("/ui/schedules/" + solved + "#takeaway");
        waitFor(By.cssSelector("#ics-teacher option"));
        new Select(browser.findElement(By.id("ics-teacher"))).selectByValue("rivera");
        js("document.getElementById('ics-start').value = '2026-09-07';");
        browser.findElement(By.cssSelector("#ics-form button")).click();
        Path file = downloads.resolve("rivera.ics");
        new WebDriverWait(browser, WAIT).until(d -> Files.exists(file));
        String calendar = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        List<String> events = List.of(calendar.split("BEGIN:VEVENT")).subList(1, calendar.split("BEGIN:VEVENT").length);
        long meetings = ApiClient.lines(api.get("/api/v1/schedules/" + solved + "/export/team_meetings.csv").body())
                .stream().skip(1).filter(line -> line.startsWith("GK,")).count();
        assertThat(events).hasSize((int) meetings).allSatisfy(event -> {
            assertThat(event).contains("RRULE:FREQ=WEEKLY").contains("SUMMARY:").containsPattern(
                    "DTSTART:202609(0[7-9]|1[01])T\\d{6}\r\n");
        });
    }

    @Test
    void aThreeHundredTeacherSchoolsGridsDrawInUnderASecond() {
        api.awaitFinished(large, WAIT);
        open("/ui/schedules/" + large + "?by=teacher&id=" + firstLesson(large).get("teacher") + "#week");
        waitFor(By.cssSelector("table.grid .lesson"));
        assertThat(browser.findElements(By.cssSelector("#grid-id option"))).hasSize(300);
        long started = System.nanoTime();
        WebElement filter = browser.findElement(By.id("grid-filter"));
        new Select(browser.findElement(By.id("grid-by"))).selectByValue("room");
        filter.sendKeys("1");
        waitFor(By.cssSelector("table.grid[data-by=room]"));
        double roundTripMs = (System.nanoTime() - started) / 1e6;
        @SuppressWarnings("unchecked")
        Map<String, Number> timings = (Map<String, Number>) js("return window.commonplanTimings;");
        System.out.printf("300-teacher school: timetable fetched and indexed in %.0f ms, one grid drawn in %.1f ms, "
                + "room grid chosen by filter in %.0f ms (WebDriver round trips included)%n",
                timings.get("timetableMs").doubleValue(), timings.get("gridMs").doubleValue(), roundTripMs);
        assertThat(timings.get("gridMs").doubleValue()).as("milliseconds to draw one grid").isLessThan(1000);
    }

    private Map<String, String> firstLesson() {
        return firstLesson(solved);
    }

    private Map<String, String> firstLesson(String job) {
        List<String[]> rows = csv(api.get("/api/v1/schedules/" + job + "/export/master_schedule.csv").body());
        String[] header = rows.get(0);
        String[] row = rows.stream().skip(1).filter(r -> r[header.length - 1].length() > 0)
                .filter(r -> !r[0].startsWith("HR-")).findFirst().orElseThrow();
        Map<String, String> lesson = new java.util.HashMap<>();
        for (int i = 0; i < header.length; i++) {
            lesson.put(header[i], row[i]);
        }
        return lesson;
    }

    /** A section's second lesson, placed in a room, from master_schedule.csv: its list entry is not the first. */
    private Map<String, String> secondLessonOfASection() {
        List<String[]> rows = csv(api.get("/api/v1/schedules/" + solved + "/export/master_schedule.csv").body());
        List<String> header = List.of(rows.get(0));
        int section = header.indexOf("section");
        int number = header.indexOf("lesson");
        int room = header.indexOf("room");
        String[] row = rows.stream().skip(1).filter(r -> !r[section].startsWith("HR-") && r[number].equals("2"))
                .filter(r -> !r[room].isEmpty()).findFirst().orElseThrow();
        Map<String, String> lesson = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            lesson.put(header.get(i), row[i]);
        }
        return lesson;
    }

    /** The (day, period) cells of a block, from the job's blocks.csv. */
    private List<String[]> cellsOf(String block) {
        return csv(api.get("/api/v1/schedules/" + solved + "/export/blocks.csv").body()).stream()
                .filter(row -> row[0].equals(block)).map(row -> new String[] {row[2], row[3]}).toList();
    }

    private WebElement assertLessonIn(List<String[]> cells, Map<String, String> lesson) {
        assertThat(cells).isNotEmpty();
        WebElement found = null;
        for (String[] cell : cells) {
            WebElement td = waitFor(By.cssSelector("table.grid td[data-day='" + cell[0] + "'][data-period='"
                    + cell[1] + "']"));
            found = td.findElements(By.cssSelector(".lesson")).stream()
                    .filter(item -> item.findElement(By.cssSelector(".section")).getText().equals(lesson.get("section"))
                            && item.findElement(By.cssSelector(".room")).getText().equals(lesson.get("room")))
                    .findFirst().orElse(null);
            assertThat(found).as(lesson + " in " + String.join("-", cell)).isNotNull();
            assertThat(found.getText()).contains(lesson.get("course"));
        }
        return found;
    }

    /** WCAG AA: every visible text at 4.5:1 against its background (3:1 when large), every control labelled. */
    private void assertReadable() throws IOException {
        String lowContrast;
        try (var script = getClass().getResourceAsStream("/web-page/low-contrast.js")) {
            lowContrast = new String(script.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat((List<?>) js(lowContrast)).as("text below WCAG AA contrast").isEmpty();
        List<?> unlabelled = (List<?>) js("return [...document.querySelectorAll('input, select, textarea')]"
                + ".filter(e => e.getClientRects().length && !e.labels.length && !e.getAttribute('aria-label'))"
                + ".map(e => e.id || e.outerHTML);");
        assertThat(unlabelled).as("controls without a label").isEmpty();
    }

    private static JsonNode findLesson(JsonNode job, String id) {
        for (JsonNode lesson : job.path("schedule").path("lessons")) {
            if (lesson.path("id").asText().equals(id)) {
                return lesson;
            }
        }
        throw new AssertionError("no lesson " + id);
    }

    private static List<String[]> csv(String text) {
        try (CSVReader reader = new CSVReader(new StringReader(text))) {
            return new ArrayList<>(reader.readAll());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void open(String path) {
        chromium.open(path);
    }

    private WebElement waitFor(By by) {
        return chromium.waitFor(by);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private String figure(String name) {
        // Read in one step: the progress is redrawn at every new best score.
        Object text = js("const e = document.querySelector(\"[data-figure='" + name + "']\"); "
                + "return e ? e.textContent : '';");
        return String.valueOf(text);
    }

    private Object js(String script) {
        return chromium.js(script);
    }

}
