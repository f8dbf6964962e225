package io.backupconsole.aws.overview;

import io.backupconsole.aws.Connection;
import java.util.Objects;

/**
 * One (account, region) pair of the all-accounts overview.
 *
 * @param account    what the rows show as the account: the connection picker's label of the profile
 * @param connection the profile's connection in the pair's region
 */
public record OverviewTarget(String account, Connection connection) {
    public OverviewTarget {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(connection, "connection");
    }

    public String region() {
        return connection.region();
    }
}
