package io.backupconsole.aws;

import io.backupconsole.domain.AwsService;
import java.util.Objects;

/**
 * The typed key of one service's adapter: {@code adapters.get(FsxModule.ADAPTER)} returns an {@code FsxAdapter},
 * so no call site casts. Each module declares its key as a constant.
 *
 * @param service the service whose adapter it names
 * @param type    the adapter's class
 */
public record AdapterKey<A extends ServiceAdapter>(AwsService service, Class<A> type) {
    public AdapterKey {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(type, "type");
    }
}
