package dev.lockstep.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.StartSyncExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineType;
import software.amazon.awssdk.services.sfn.model.SyncExecutionStatus;

/**
 * {@code lockstep serve} as a CI pipeline runs it: the runnable jar in its own process, driven with an SDK client
 * configured by hand, stopped with SIGTERM ({@link Process#destroy()}).
 */
class ServeCommandIT {

    private static final Path JAR = Path.of(System.getProperty("lockstep.jar"));
    private static final String VERSION = System.getProperty("lockstep.project.version");
    private static final Pattern BANNER =
            Pattern.compile("Lockstep (\\S+) serving the Step Functions API at (http://127\\.0\\.0\\.1:(\\d+))");

    private record Served(Process process, URI endpoint) {}

    private static Served serve(String... options) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString(),
                "serve",
                "--port",
                "0"));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().remove("SFN_MOCK_CONFIG");
        Process process = builder.start();
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first = CompletableFuture.supplyAsync(() -> {
                    try {
                        return out.readLine();
                    } catch (java.io.IOException e) {
                        return null;
                    }
                })
                .get(60, TimeUnit.SECONDS);
        assertThat(first).as("the first line of lockstep serve").isNotNull();
        Matcher matcher = BANNER.matcher(first);
        assertThat(matcher.matches()).as(first).isTrue();
        assertThat(matcher.group(1)).isEqualTo(VERSION);
        assertThat(Integer.parseInt(matcher.group(3))).isPositive();
        return new Served(process, URI.create(matcher.group(2)));
    }

    /** A client configured as the documentation tells users to: endpoint, any credentials, no host prefix. */
    private static SfnClient client(URI endpoint) {
        return SfnClient.builder()
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("any", "any")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(
                        o -> o.putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
                .build();
    }

    private static int stop(Process process) throws InterruptedException {
        process.destroy(); // SIGTERM
        assertThat(process.waitFor(30, TimeUnit.SECONDS))
                .as("lockstep serve exits")
                .isTrue();
        return process.exitValue();
    }

    @Test
    void serve_answers_the_sdk_and_exits_0_on_sigterm() throws Exception {
        Served served = serve();
        try (SfnClient sfn = client(served.endpoint())) {
            String machine = sfn.createStateMachine(r -> r.name("Greeting")
                            .definition(Definitions.WAIT_AN_HOUR)
                            .roleArn(Definitions.ROLE))
                    .stateMachineArn();
            String execution = sfn.startExecution(
                            r -> r.stateMachineArn(machine).input("{\"who\":\"world\"}"))
                    .executionArn();

            assertThat(sfn.describeExecution(r -> r.executionArn(execution)).status())
                    .as("an hour of Wait passes in virtual time")
                    .isEqualTo(ExecutionStatus.SUCCEEDED);
            assertThat(sfn.getExecutionHistory(r -> r.executionArn(execution)).events())
                    .extracting(HistoryEvent::type)
                    .startsWith(HistoryEventType.EXECUTION_STARTED, HistoryEventType.WAIT_STATE_ENTERED)
                    .endsWith(HistoryEventType.EXECUTION_SUCCEEDED);
        } finally {
            assertThat(stop(served.process())).isZero();
        }
    }

    @Test
    void sigterm_lets_a_request_in_flight_finish_before_exiting_0() throws Exception {
        Served served = serve("--clock", "real");
        try (SfnClient sfn = client(served.endpoint())) {
            String waitTwoSeconds = "{\"StartAt\":\"Pause\",\"States\":{\"Pause\":{\"Type\":\"Wait\",\"Seconds\":2,"
                    + "\"End\":true}}}";
            String machine = sfn.createStateMachine(r -> r.name("Slow")
                            .definition(waitTwoSeconds)
                            .roleArn(Definitions.ROLE)
                            .type(StateMachineType.EXPRESS))
                    .stateMachineArn();
            CompletableFuture<StartSyncExecutionResponse> inFlight =
                    CompletableFuture.supplyAsync(() -> sfn.startSyncExecution(r -> r.stateMachineArn(machine)));
            Thread.sleep(700);

            int exitCode = stop(served.process());

            assertThat(inFlight.get(30, TimeUnit.SECONDS).status()).isEqualTo(SyncExecutionStatus.SUCCEEDED);
            assertThat(exitCode).isZero();
        }
    }

    @Test
    void serve_refuses_a_mock_config_in_one_line_until_the_engine_reads_them() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString(),
                "serve",
                "--port",
                "0");
        builder.environment().put("SFN_MOCK_CONFIG", "/tmp/MockConfigFile.json");
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(err.strip().lines()).hasSize(1);
        assertThat(err).startsWith("lockstep serve: SFN_MOCK_CONFIG is not available yet");
    }
}
