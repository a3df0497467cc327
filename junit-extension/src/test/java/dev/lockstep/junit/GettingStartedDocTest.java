package dev.lockstep.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/getting-started.md shows a definition and a test class; the same files run in this module's build
 * (com.example.orders.OrderWorkflowTest), so the page's first test is known to pass as written.
 */
class GettingStartedDocTest {

    private static final Path DOC = Path.of("../docs/getting-started.md");

    @Test
    void the_test_class_on_the_page_is_the_one_that_runs_here() throws IOException {
        assertThat(block("java", 0))
                .isEqualTo(Files.readString(Path.of("src/test/java/com/example/orders/OrderWorkflowTest.java")));
    }

    @Test
    void the_definition_on_the_page_is_the_one_that_runs_here() throws IOException {
        assertThat(block("json", 0)).isEqualTo(Files.readString(Path.of("src/test/resources/order-workflow.asl.json")));
    }

    @Test
    void the_page_names_the_versions_this_build_uses() throws IOException {
        String page = Files.readString(DOC);
        assertThat(page)
                .contains("<version>" + System.getProperty("lockstep.project.version") + "</version>")
                .contains("<artifactId>lockstep-junit</artifactId>");
    }

    private static String block(String language, int index) throws IOException {
        Matcher matcher =
                Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(DOC));
        List<String> blocks = new ArrayList<>();
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        assertThat(blocks).as("```%s blocks in %s", language, DOC).hasSizeGreaterThan(index);
        return blocks.get(index);
    }
}
