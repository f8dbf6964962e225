package io.backupconsole.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsKeeperTest {
    @TempDir
    Path config;

    @Test
    void changesAreKeptInMemoryAndSavedInTheBackground() {
        SettingsStore store = new SettingsStore(config, Clock.systemUTC());
        SettingsKeeper keeper = new SettingsKeeper(store, Runnable::run, Settings.defaults());
        keeper.update(s -> s.withTheme("dark"));
        assertEquals("dark", keeper.current().theme());
        assertEquals("dark", store.load().settings().theme());
    }

    @Test
    void theNewestSettingsWinWhenSavesOvertakeEachOther() throws InterruptedException {
        SettingsStore store = new SettingsStore(config, Clock.systemUTC());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            SettingsKeeper keeper = new SettingsKeeper(store, pool, Settings.defaults());
            for (int i = 0; i < 40; i++) {
                String region = "region-" + i;
                keeper.update(s -> s.withConnection("sandbox", region));
            }
            keeper.awaitSaves(5000);
            assertEquals("region-39", store.load().settings().region());
        } finally {
            // Overtaken saves may still be writing their temporary files: let them end before the folder goes.
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
