import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites every jar in the folders given with its entries stored instead of deflated (run by build.sh and
 * build.ps1 as {@code java installers/StoreJars.java DIR…}, before the app image is made). The installers compress
 * the whole image again (xz in a .deb, LZMA in an MSI), and deflated jars do not compress a second time: the jars
 * took 26 MB of the .deb deflated and 10 MB stored (docs/benchmarks.md). Nothing in the jars is signed, and entry
 * order, names and times are kept, so the class path works as before.
 */
public final class StoreJars {
    public static void main(String[] folders) throws IOException {
        for (String folder : folders) {
            try (var jars = Files.list(Path.of(folder))) {
                for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                    store(jar);
                }
            }
        }
    }

    private static void store(Path jar) throws IOException {
        Path stored = jar.resolveSibling(jar.getFileName() + ".stored");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(stored))) {
            out.setMethod(ZipOutputStream.STORED);
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                copy.setMethod(ZipEntry.STORED);
                copy.setSize(bytes.length);
                copy.setCompressedSize(bytes.length);
                CRC32 crc = new CRC32();
                crc.update(bytes);
                copy.setCrc(crc.getValue());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.move(stored, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
