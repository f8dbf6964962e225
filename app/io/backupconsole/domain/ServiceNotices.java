package io.backupconsole.domain;

/** Facts about a service the user must be told, worded for the connection in use. */
public final class ServiceNotices {
    private ServiceNotices() {}

    /** OpsWorks CM is gone at AWS; the sandbox keeps simulating it. */
    public static String opsWorksCmRetired(boolean reachesAws) {
        return reachesAws
                ? "AWS retired OpsWorks CM in 2024: Puppet Enterprise ended on 31 March 2024 and Chef Automate on "
                        + "5 May 2024. Calls to real AWS fail; the built-in sandbox still simulates the service."
                : "Retired at AWS in 2024. The built-in sandbox simulates it fully.";
    }
}
