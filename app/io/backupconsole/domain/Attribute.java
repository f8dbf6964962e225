package io.backupconsole.domain;

/** One labelled fact about a resource, shown in its details pane ("Deployment type" = "PERSISTENT_2"). */
public record Attribute(String label, String value) {}
