package org.commonplan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** With an API token set, the page loads without it, asks for it once, and then works with it. */
@SpringBootTest(classes = ServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "commonplan.api.token=" + WebPageTokenBrowserTest.TOKEN)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class WebPageTokenBrowserTest {

    static final String TOKEN = "page-token-for-tests";

    @LocalServerPort
    int port;

    private HeadlessChromium chromium;

    @BeforeAll
    void startBrowser() throws IOException {
        chromium = HeadlessChromium.start(port);
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void thePageAsksForTheTokenAndThenReadsTheSchool() throws IOException {
        chromium.open("/");
        WebElement token = chromium.waitFor(By.id("token"));
        assertThat(chromium.browser.findElement(By.id("message")).getText()).contains("needs its API token");
        token.sendKeys(TOKEN);
        chromium.browser.findElement(By.cssSelector("#token-form button")).click();
        chromium.waitFor(By.cssSelector("#dataset option[value=small-elementary]"));
        chromium.browser.findElement(By.cssSelector("#dataset-form button")).click();
        WebElement summary = chromium.waitFor(By.id("summary"));
        assertThat(summary.getText()).contains("Teachers\n14");
        assertThat(chromium.browser.findElement(By.id("token-form")).isDisplayed()).isFalse();
        chromium.screenshot("thePageAsksForTheTokenAndThenReadsTheSchool");
        chromium.assertOnlyThisServer();
    }
}
