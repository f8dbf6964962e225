package io.backupconsole.sandbox.fsx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backupconsole.domain.rules.FsxRules;
import io.backupconsole.sandbox.SimulationContext;
import io.backupconsole.sandbox.protocol.SandboxRequest;
import io.backupconsole.sandbox.support.Fields;
import io.backupconsole.sandbox.support.Json;
import io.backupconsole.sandbox.support.Pages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * DescribeFileSystems, DescribeVolumes and DescribeBackups. Called under the simulator's lock (see the dispatcher).
 */
final class FsxDescribeOperations {
    private static final Set<String> VOLUME_FILTERS = Set.of("file-system-id", "storage-virtual-machine-id");
    /** "The supported names are file-system-id, backup-type, file-system-type, and volume-id." (DescribeBackups docs) */
    private static final Set<String> BACKUP_FILTERS =
            Set.of("file-system-id", "backup-type", "file-system-type", "volume-id");
    /** Model: {@code VolumeFilters} max 2, {@code Filters} max 10. */
    private static final int VOLUME_FILTERS_MAX = 2;

    private static final int BACKUP_FILTERS_MAX = 10;

    private final SimulationContext context;

    FsxDescribeOperations(SimulationContext context) {
        this.context = context;
    }

    JsonNode describeFileSystems(FsxRegion region, SandboxRequest request) {
        Fields in = FsxInput.fields(request.body());
        Optional<List<String>> ids = FsxInput.ids(in, "FileSystemIds", FsxRules::checkFileSystemId);
        int size = FsxInput.pageSize(in);
        Optional<String> token = FsxInput.nextToken(in);
        List<FsxFileSystem> selected = ids.isEmpty()
                ? region.fileSystems()
                : ids.get().stream()
                        .map(id -> region.fileSystem(id).orElseThrow(() -> FsxErrors.fileSystemNotFound(id)))
                        .toList();
        return page("FileSystems", selected, token, size, FsxJson::fileSystem);
    }

    JsonNode describeVolumes(FsxRegion region, SandboxRequest request) {
        Fields in = FsxInput.fields(request.body());
        Optional<List<String>> ids = FsxInput.ids(in, "VolumeIds", FsxRules::checkVolumeId);
        List<FsxInput.Filter> filters = FsxInput.filters(in, "Filters", VOLUME_FILTERS_MAX, VOLUME_FILTERS);
        int size = FsxInput.pageSize(in);
        Optional<String> token = FsxInput.nextToken(in);
        List<FsxVolume> selected = ids.isEmpty()
                ? region.volumes()
                : ids.get().stream()
                        .map(id -> region.volume(id).orElseThrow(() -> FsxErrors.volumeNotFound(id)))
                        .toList();
        List<FsxVolume> matching = selected.stream()
                .filter(v -> filters.stream().allMatch(f -> switch (f.name()) {
                    case "file-system-id" -> f.matches(v.fileSystemId());
                    case "storage-virtual-machine-id" -> f.matches(v.svmId());
                    default -> false;
                }))
                .toList();
        return page("Volumes", matching, token, size, FsxJson::volume);
    }

    /**
     * BackupIds override the filters, and a single unknown id fails the whole call with BackupNotFound ("If any IDs
     * aren't found, a BackupNotFound error occurs"), so pollers must split a failing batch.
     */
    JsonNode describeBackups(FsxRegion region, SandboxRequest request) {
        Fields in = FsxInput.fields(request.body());
        Optional<List<String>> ids = FsxInput.ids(in, "BackupIds", FsxRules::checkBackupId);
        List<FsxInput.Filter> filters = FsxInput.filters(in, "Filters", BACKUP_FILTERS_MAX, BACKUP_FILTERS);
        int size = FsxInput.pageSize(in);
        Optional<String> token = FsxInput.nextToken(in);
        List<FsxBackup> selected;
        if (ids.isPresent()) {
            List<String> missing = ids.get().stream()
                    .filter(id -> !region.backupExists(id))
                    .distinct()
                    .toList();
            if (!missing.isEmpty()) {
                throw FsxErrors.backupNotFound(missing);
            }
            selected = ids.get().stream()
                    .distinct()
                    .map(id -> region.backup(id).orElseThrow())
                    .toList();
        } else {
            requireKnownResources(region, filters);
            selected = region.backups().stream()
                    .filter(b -> filters.stream().allMatch(f -> matches(f, b)))
                    .toList();
        }
        Instant now = context.now();
        return page("Backups", selected, token, size, b -> FsxJson.backup(b, now, null));
    }

    /**
     * A file-system-id or volume-id filter naming something that neither exists nor left backups behind is answered
     * with FileSystemNotFound / VolumeNotFound (both are modelled errors of DescribeBackups).
     */
    private static void requireKnownResources(FsxRegion region, List<FsxInput.Filter> filters) {
        for (FsxInput.Filter filter : filters) {
            for (String value : filter.values()) {
                if (filter.name().equals("file-system-id")
                        && region.fileSystem(value).isEmpty()
                        && region.backups().stream()
                                .noneMatch(b -> b.fileSystem().id().equals(value))) {
                    throw FsxErrors.fileSystemNotFound(value);
                }
                if (filter.name().equals("volume-id")
                        && region.volume(value).isEmpty()
                        && region.backups().stream()
                                .noneMatch(b ->
                                        b.volume() != null && b.volume().id().equals(value))) {
                    throw FsxErrors.volumeNotFound(value);
                }
            }
        }
    }

    private static boolean matches(FsxInput.Filter filter, FsxBackup backup) {
        return switch (filter.name()) {
            case "file-system-id" -> filter.matches(backup.fileSystem().id());
            case "backup-type" -> filter.matches(backup.type());
            case "file-system-type" -> filter.matches(backup.fileSystem().type());
            case "volume-id" ->
                backup.volume() != null && filter.matches(backup.volume().id());
            default -> false;
        };
    }

    private static <T> JsonNode page(
            String member, List<T> items, Optional<String> token, int size, Function<T, ObjectNode> render) {
        Pages.Page<T> page = Pages.page(new ArrayList<>(items), token, size, FsxErrors.VALIDATION);
        ObjectNode out = Json.object();
        ArrayNode array = out.putArray(member);
        page.items().forEach(item -> array.add(render.apply(item)));
        page.nextToken().ifPresent(next -> out.put("NextToken", next));
        return out;
    }
}
