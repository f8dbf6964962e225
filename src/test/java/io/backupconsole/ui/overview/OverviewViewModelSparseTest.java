package io.backupconsole.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.backupconsole.aws.overview.OverviewRow;
import io.backupconsole.testsupport.SparseAnswers;
import org.junit.jupiter.api.Test;

/**
 * {@link OverviewViewModelTest} against an endpoint that answers only identifiers and required members: every
 * resource is still listed, by id, in an unknown state; a running FSx backup still shows (its lifecycle is
 * required); nothing says "null".
 */
@SparseAnswers
class OverviewViewModelSparseTest extends OverviewViewModelTest {

    @Test
    void everyResourceIsListedByIdInAnUnknownState() {
        OverviewViewModel model = sharedLoad();

        long resources = model.allRows().stream()
                .filter(row -> row.kind() == OverviewRow.Kind.RESOURCE)
                .count();
        assertTrue(resources > 0);
        for (OverviewRow row : model.allRows()) {
            assertFalse((row.name() + row.detail() + row.state()).contains("null"), row.toString());
            if (row.kind() == OverviewRow.Kind.RESOURCE && !row.id().startsWith("arn:")) {
                assertEquals("", row.state(), row.toString());
                assertEquals("Ready", row.detail(), "what is not known is left to the service: " + row);
            }
        }
    }
}
