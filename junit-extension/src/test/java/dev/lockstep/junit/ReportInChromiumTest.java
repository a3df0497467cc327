package dev.lockstep.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lockstep.junit.fixtures.ReportFixtures;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a class report in headless Chromium (Debian's chromium package), as a person would open it in a browser, and
 * checks that the diagram rendered with the path highlighted. Skips only where Chromium is not installed; {@code
 * .ci/run} installs it.
 */
class ReportInChromiumTest {

    private static final int VISITED_FILL = 0xdafbe1;
    private static final int UNVISITED_FILL = 0xf6f8fa;
    private static final int TAKEN_EDGE = 0x1a7f37;

    private static Path chromium;
    private static Path report;

    @BeforeAll
    static void renderAReport() {
        chromium = findChromium();
        assumeTrue(
                chromium != null,
                "Chromium is not installed: the report is not opened in a browser here. Install Debian's chromium"
                        + " package (apt-get install chromium), as .ci/run does, to run this test.");
        Kit kit = Kit.create();
        kit.run(ReportFixtures.HappyPathOnly.class).testEvents().assertStatistics(s -> s.succeeded(1));
        report = kit.reports().resolve(ReportFixtures.HappyPathOnly.class.getName() + ".html");
    }

    @Test
    void the_browser_builds_the_svg_diagram_into_the_page(@TempDir Path profile) throws Exception {
        String dom = run(profile, "--dump-dom", report.toUri().toString());

        assertThat(dom).contains("<svg class=\"lockstep-diagram\"");
        // Seven states, and the virtual start and end.
        assertThat(count(dom, "class=\"state type-")).isEqualTo(9);
        assertThat(dom).contains("class=\"state type-task visited\" data-state=\"ChargeCard\"");
    }

    @Test
    void the_screenshot_shows_the_taken_path_highlighted_beside_states_not_entered(@TempDir Path profile)
            throws Exception {
        Path screenshot = profile.resolve("report.png");
        run(
                profile,
                "--screenshot=" + screenshot,
                "--window-size=1400,1100",
                report.toUri().toString());

        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image).isNotNull();
        assertThat(pixels(image, VISITED_FILL))
                .as("pixels of entered states (green fill)")
                .isGreaterThan(2000);
        assertThat(pixels(image, UNVISITED_FILL))
                .as("pixels of states never entered (grey fill)")
                .isGreaterThan(1000);
        assertThat(pixels(image, TAKEN_EDGE))
                .as("pixels of taken edges and entered borders (dark green)")
                .isGreaterThan(300);
    }

    private static String run(Path profile, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--no-first-run",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile.resolve("profile")));
        command.addAll(List.of(arguments));
        Path output = profile.resolve("stdout.txt");
        Process process = new ProcessBuilder(command)
                .redirectOutput(output.toFile())
                .redirectError(profile.resolve("stderr.txt").toFile())
                .start();
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                throw new AssertionError("Chromium did not finish within 90 s: " + command);
            }
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        assertThat(process.exitValue())
                .as("Chromium's exit code; its stderr: %s", Files.readString(profile.resolve("stderr.txt")))
                .isZero();
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    private static long pixels(BufferedImage image, int rgb) {
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    private static Path findChromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
            if (new File(candidate).canExecute()) {
                return Path.of(candidate);
            }
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String folder : path.split(File.pathSeparator)) {
                Path found = Path.of(folder, "chromium");
                if (Files.isExecutable(found)) {
                    return found;
                }
            }
        }
        return null;
    }
}
