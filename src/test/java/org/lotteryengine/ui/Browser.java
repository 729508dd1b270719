package org.lotteryengine.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven by its chromium-driver, with a new empty profile and a download folder of its
 * own. Without them the browser tests skip with a message, except in CI ({@code CI=true}, set by {@code .ci/run},
 * which installs both), where they fail.
 */
final class Browser {

    static final Path CHROMIUM = Path.of(System.getProperty("lottery.test.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("lottery.test.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    /** Skips (or, in CI, fails) when Chromium or its driver is missing. */
    static void requireChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        String message = "Browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + DRIVER
                + "): apt-get install chromium chromium-driver";
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(message + " — .ci/run installs them; in CI they must be present");
        }
        Assumptions.assumeTrue(present, message);
    }

    /** A fresh headless browser that saves downloads into the folder. */
    static ChromeDriver start(Path downloads) throws IOException {
        Path profile = Files.createTempDirectory("lottery-ui-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,1600");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER
                .toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
