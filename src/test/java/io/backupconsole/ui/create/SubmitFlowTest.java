package io.backupconsole.ui.create;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.domain.AwsService;
import io.backupconsole.domain.BackupOrigin;
import io.backupconsole.domain.BackupRequest;
import io.backupconsole.domain.Eligibility;
import io.backupconsole.domain.JobOutcome;
import io.backupconsole.domain.Resource;
import io.backupconsole.domain.rules.Tag;
import io.backupconsole.sandbox.ForcedError;
import io.backupconsole.sandbox.SandboxConfig;
import io.backupconsole.testsupport.DialogTestContext;
import io.backupconsole.testsupport.ReadOnlyFolder;
import io.backupconsole.testsupport.SandboxFixture;
import io.backupconsole.tracking.TrackedJob;
import io.backupconsole.ui.fsx.FsxBackupDialogViewModel;
import io.backupconsole.ui.fsx.FsxBulkPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The submit flow both create dialogs use, on its own: FSx in the sandbox behind the real adapters, a synchronous
 * executor, a journal in a temporary folder. One resource and three go through the same rules.
 */
class SubmitFlowTest {
    @RegisterExtension
    static final SandboxFixture sandbox = new SandboxFixture();

    /** A file system the service does not know (deleted since the list was read). */
    private static final Resource GONE = new Resource(
            AwsService.FSX,
            "fs-0fffffffffffffff0",
            "retired-share",
            "FSx for Windows File Server",
            "AVAILABLE",
            null,
            null,
            Eligibility.ALLOWED,
            List.of());

    @TempDir
    Path data;

    private DialogTestContext app;
    private final List<TrackedJob> started = new ArrayList<>();
    /** Every resource the flow asked a new request for, in order. */
    private final List<Resource> asked = new ArrayList<>();

    @BeforeEach
    void open() {
        app = new DialogTestContext(sandbox, data);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private List<Resource> fileSystems(int count) {
        List<Resource> eligible = app.adapters.get(AwsService.FSX).listResources().stream()
                .filter(r -> r.eligibility().allowed())
                .limit(count)
                .toList();
        assertEquals(count, eligible.size(), "the sandbox's seed has enough FSx resources");
        return eligible;
    }

    private SubmitFlow flow(List<Resource> resources) {
        SubmitFlow flow = new SubmitFlow(resources, app.context);
        flow.onJobStarted(started::add);
        return flow;
    }

    /** A new request per resource, tagged so; the resources in {@code refusedTag} get a tag FSx refuses. */
    private Function<Resource, BackupRequest> requests(List<Resource> refusedTag) {
        return resource -> {
            asked.add(resource);
            Tag tag = refusedTag.contains(resource) ? new Tag("aws:team", "ops") : new Tag("team", "ops");
            return new BackupRequest(
                    AwsService.FSX,
                    resource.id(),
                    resource.name(),
                    "",
                    "",
                    List.of(tag),
                    null,
                    BackupRequest.newToken());
        };
    }

    private Function<Resource, BackupRequest> requests() {
        return requests(List.of());
    }

    private Map<String, Long> manualBackups(List<Resource> resources) {
        return resources.stream()
                .collect(Collectors.toMap(
                        Resource::id,
                        r -> app.adapters.get(AwsService.FSX).listBackups(r.id()).stream()
                                .filter(b -> b.origin() == BackupOrigin.MANUAL)
                                .count()));
    }

    private static Map<String, Long> plusOne(Map<String, Long> counts) {
        return counts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue() + 1));
    }

    private static List<String> outcomes(SubmitFlow flow) {
        return flow.lines().stream().map(line -> line.outcomeProperty().get()).toList();
    }

    private void loseEveryCreateAnswer() {
        sandbox.configure(c -> new SandboxConfig(c.timeScale(), 0, 0, 0, 0, 1.0, List.of("fsx:CreateBackup"), c.seed())
                .withSparseResponses(c.sparseResponses()));
    }

    @Test
    void oneResourceIsABatchOfOne() {
        List<Resource> one = fileSystems(1);
        Map<String, Long> before = manualBackups(one);
        SubmitFlow flow = flow(one);

        flow.submit(requests());

        assertTrue(flow.doneProperty().get(), flow.generalMessageProperty().get());
        assertFalse(flow.lockedProperty().get());
        assertEquals("", flow.generalMessageProperty().get());
        assertEquals(1, started.size());
        assertEquals(
                started.getFirst(), flow.lines().getFirst().startedProperty().get());
        assertEquals(
                "Started (" + started.getFirst().serviceJobId() + ")",
                outcomes(flow).getFirst());
        assertEquals(plusOne(before), manualBackups(one));
        assertEquals(
                JobOutcome.RUNNING, app.journal.jobs().getFirst().progress().outcome());
    }

    @Test
    void threeResourcesEachGetTheirOwnBackupAndJob() {
        List<Resource> three = fileSystems(3);
        Map<String, Long> before = manualBackups(three);
        SubmitFlow flow = flow(three);

        flow.submit(requests());

        assertTrue(flow.doneProperty().get(), flow.generalMessageProperty().get() + outcomes(flow));
        assertEquals(
                three.stream().map(Resource::id).toList(),
                started.stream().map(TrackedJob::resourceId).toList());
        assertEquals(
                3,
                started.stream()
                        .map(job -> job.request().idempotencyToken())
                        .distinct()
                        .count(),
                "a token per backup");
        assertTrue(
                outcomes(flow).stream().allMatch(line -> line.startsWith("Started (backup-")),
                outcomes(flow)::toString);
        assertEquals(plusOne(before), manualBackups(three));
        assertEquals(3, app.journal.jobs().size());
    }

    @Test
    void oneRefusedByTheServiceAndTwoStartedSayWhatBecameOfEachAndCreateSendsOnlyTheRefusedOneAgain() {
        List<Resource> three = fileSystems(3);
        Resource refused = three.get(1);
        SubmitFlow flow = flow(three);

        flow.submit(requests(List.of(refused)));

        assertFalse(flow.doneProperty().get());
        assertEquals(2, started.size());
        String line = outcomes(flow).get(1);
        assertTrue(line.startsWith("Refused: ") && line.contains("aws:"), line);
        assertNull(flow.lines().get(1).startedProperty().get());
        assertEquals(
                "2 of 3 backups started; see each resource's line. Create tries the others again.",
                flow.generalMessageProperty().get());
        assertTrue(flow.lockedProperty().get(), "the input stays as it was sent for the two that started");
        assertEquals(2, app.journal.jobs().size(), "a refused request is not a job");

        asked.clear();
        long creates = sandbox.count("fsx:CreateBackup");
        flow.submit(requests());

        assertEquals(List.of(refused), asked, "a new request for the refused one only");
        assertEquals(creates + 1, sandbox.count("fsx:CreateBackup"), "the started ones are not sent again");
        assertTrue(flow.doneProperty().get(), flow.generalMessageProperty().get());
        assertFalse(flow.lockedProperty().get());
        assertEquals(3, started.size());
    }

    @Test
    void aResourceThePreflightRefusesIsSkippedWithItsReasonAndNeverSent() {
        List<Resource> batch = new ArrayList<>(fileSystems(2));
        batch.add(1, GONE);
        SubmitFlow flow = flow(batch);
        long creates = sandbox.count("fsx:CreateBackup");

        flow.submit(requests());

        assertEquals("Skipped: retired-share no longer exists", outcomes(flow).get(1));
        assertEquals(2, started.size());
        assertEquals(creates + 2, sandbox.count("fsx:CreateBackup"), "the gone one was not sent");

        SubmitFlow alone = flow(List.of(GONE));
        alone.submit(requests());

        assertEquals(
                "Cannot back up now: retired-share no longer exists.",
                alone.generalMessageProperty().get(),
                "with one resource no line is shown: the general message says what became of it");
        assertFalse(alone.lockedProperty().get(), "nothing was sent");
    }

    @Test
    void anUncertainSendLocksAndCreateSendsExactlyTheSameRequestAgain() {
        List<Resource> one = fileSystems(1);
        Map<String, Long> before = manualBackups(one);
        SubmitFlow flow = flow(one);
        loseEveryCreateAnswer();

        flow.submit(requests());

        assertTrue(flow.lockedProperty().get());
        assertFalse(flow.doneProperty().get());
        assertTrue(
                flow.generalMessageProperty().get().startsWith("No clear answer from the service")
                        && flow.generalMessageProperty().get().contains("no second backup"),
                flow.generalMessageProperty().get());
        TrackedJob pending = app.journal.jobs().getFirst();
        assertEquals(JobOutcome.SUBMITTING, pending.progress().outcome());

        sandbox.configure(c -> sandbox.testConfig());
        asked.clear();
        flow.submit(requests());

        assertTrue(asked.isEmpty(), "no new request: the uncertain one is sent as it was");
        TrackedJob job = flow.lines().getFirst().startedProperty().get();
        assertEquals(pending.id(), job.id());
        assertEquals(pending.request(), job.request(), "same request, token included");
        assertTrue(flow.doneProperty().get());
        assertFalse(flow.lockedProperty().get());
        assertEquals(plusOne(before), manualBackups(one), "exactly one backup");
    }

    @Test
    void ofThreeOnlyTheUncertainOnesAreSentAgainAsTheyWere() {
        List<Resource> two = fileSystems(2);
        Map<String, Long> before = manualBackups(two);
        List<Resource> batch = new ArrayList<>(two);
        batch.add(GONE);
        SubmitFlow flow = flow(batch);
        loseEveryCreateAnswer();

        flow.submit(requests());

        assertTrue(flow.lockedProperty().get());
        assertTrue(
                outcomes(flow).get(0).startsWith("No clear answer (")
                        && outcomes(flow).get(0).endsWith("); Create sends the same request again"),
                outcomes(flow).get(0));
        assertEquals("Skipped: retired-share no longer exists", outcomes(flow).get(2));
        Map<String, TrackedJob> pending =
                app.journal.jobs().stream().collect(Collectors.toMap(TrackedJob::resourceId, Function.identity()));
        assertEquals(2, pending.size());

        sandbox.configure(c -> sandbox.testConfig());
        asked.clear();
        flow.submit(requests());

        assertEquals(List.of(GONE), asked, "a new request for the skipped one only");
        for (TrackedJob job : started) {
            assertEquals(pending.get(job.resourceId()).id(), job.id());
            assertEquals(pending.get(job.resourceId()).request(), job.request());
        }
        assertEquals(2, started.size());
        assertEquals(plusOne(before), manualBackups(two), "exactly one backup each");
        assertEquals(
                "2 of 3 backups started; see each resource's line. Create tries the others again.",
                flow.generalMessageProperty().get());
        assertTrue(flow.lockedProperty().get(), "two started, one not: the input stays as it was sent");
    }

    @Test
    void aRefusedResendSettlesTheUncertainSendsAndUnlocks() {
        List<Resource> three = fileSystems(3);
        SubmitFlow flow = flow(three);
        sandbox.configure(c -> new SandboxConfig(c.timeScale(), 0, 0, 0, 1.0, 0, List.of("fsx:CreateBackup"), c.seed())
                .withSparseResponses(c.sparseResponses()));
        flow.submit(requests());
        assertTrue(flow.lockedProperty().get(), "a 5xx answer: the backups may have started");
        List<String> firstTokens = app.journal.jobs().stream()
                .map(job -> job.request().idempotencyToken())
                .toList();

        sandbox.configure(c -> sandbox.testConfig()
                .withForcedErrors(List.of(new ForcedError(
                        "fsx:CreateBackup", 400, "BackupInProgress", "A backup is already in progress."))));
        flow.submit(requests());

        assertFalse(
                flow.lockedProperty().get(), "refused for the request itself: nothing was made, the input may change");
        assertTrue(outcomes(flow).stream().allMatch(line -> line.startsWith("Refused: ")), outcomes(flow)::toString);
        assertEquals(
                "0 of 3 backups started; see each resource's line. Create tries the others again.",
                flow.generalMessageProperty().get());
        assertTrue(app.journal.jobs().isEmpty(), "settled: no job is kept to resend");

        sandbox.configure(c -> sandbox.testConfig());
        asked.clear();
        flow.submit(requests());

        assertEquals(three, asked, "new requests now");
        assertTrue(flow.doneProperty().get(), flow.generalMessageProperty().get());
        assertTrue(started.stream().map(job -> job.request().idempotencyToken()).noneMatch(firstTokens::contains));
    }

    @Test
    void aBulkDialogOfOneSaysWhatTheSingleDialogSaysAndSendsTheSameRequestAgain() {
        List<Resource> two = fileSystems(2);
        Map<String, Long> before = manualBackups(two);
        FsxBackupDialogViewModel single = new FsxBackupDialogViewModel(two.get(0), app.context);
        BulkBackupDialogViewModel bulkOfOne =
                new BulkBackupDialogViewModel(List.of(two.get(1)), new FsxBulkPlan(), app.context);
        loseEveryCreateAnswer();

        single.create();
        bulkOfOne.create();

        assertTrue(single.lockedProperty().get());
        assertTrue(bulkOfOne.lockedProperty().get());
        assertTrue(
                single.generalMessageProperty().get().startsWith("No clear answer from the service"),
                single.generalMessageProperty().get());
        assertEquals(
                single.generalMessageProperty().get(),
                bulkOfOne.generalMessageProperty().get(),
                "one resource: the same sentence, whichever dialog sent it");
        Map<String, TrackedJob> pending =
                app.journal.jobs().stream().collect(Collectors.toMap(TrackedJob::resourceId, Function.identity()));

        sandbox.configure(c -> sandbox.testConfig());
        single.create();
        bulkOfOne.create();

        assertTrue(single.doneProperty().get(), single.generalMessageProperty().get());
        assertTrue(
                bulkOfOne.doneProperty().get(),
                bulkOfOne.generalMessageProperty().get());
        assertFalse(single.lockedProperty().get());
        assertFalse(bulkOfOne.lockedProperty().get());
        for (TrackedJob job : List.of(
                single.startedProperty().get(),
                bulkOfOne.rows().getFirst().startedProperty().get())) {
            assertEquals(pending.get(job.resourceId()).request(), job.request(), "same request, token included");
        }
        assertEquals(plusOne(before), manualBackups(two), "exactly one backup each");
    }

    @Test
    void aResendThatCannotBeJournalledStaysUncertainAndIsSentAgainAsItWas() throws Exception {
        List<Resource> two = fileSystems(2);
        Map<String, Long> before = manualBackups(two);
        SubmitFlow flow = flow(two);
        loseEveryCreateAnswer();
        flow.submit(requests());
        Map<String, TrackedJob> pending =
                app.journal.jobs().stream().collect(Collectors.toMap(TrackedJob::resourceId, Function.identity()));
        assertEquals(2, pending.size());

        sandbox.configure(c -> sandbox.testConfig());
        try (ReadOnlyFolder readOnly = ReadOnlyFolder.of(data)) {
            flow.submit(requests());
        }

        assertTrue(started.isEmpty(), "the service started them, but the journal does not say so yet");
        assertTrue(
                outcomes(flow).stream().allMatch(line -> line.contains("stays recorded as submitting")),
                outcomes(flow)::toString);
        assertTrue(flow.lockedProperty().get(), "still uncertain: a new request could make a second backup");

        asked.clear();
        flow.submit(requests());

        assertTrue(asked.isEmpty(), "no new request: the journalled ones are sent as they were");
        assertTrue(flow.doneProperty().get(), flow.generalMessageProperty().get() + outcomes(flow));
        for (TrackedJob job : started) {
            assertEquals(pending.get(job.resourceId()).request(), job.request(), "same request, token included");
        }
        assertEquals(plusOne(before), manualBackups(two), "exactly one backup each");
    }
}
